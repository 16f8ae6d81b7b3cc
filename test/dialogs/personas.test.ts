import { describe, it } from 'vitest';
import { testBooking } from '../support/booking.js';
import { converse, DATA, type Line } from '../support/converse.js';
import { HELPERS, hello, helloToResidence, toPerson, work } from '../support/lines.js';

/*
 * The people the bot is for, in their own words: Dutch as a second language ("ik niet begrijp"),
 * men of 50 and over who fear for their job, and people who type everything in one message, in
 * capitals, without punctuation, or answer a question with a question.
 */

const DATE = '2026-11-26';

const talk = (lines: readonly Line[]) => converse([...hello, ...lines] as Line[], { date: DATE });

describe('people who type the way they speak', () => {
  it('When everything comes in one message without punctuation, in capitals or not, Then the check starts and keeps what was told', async () => {
    const checkFromWish: Line[] = [
      ['says', 'checkEligibility:intro'],
      [
        'says',
        'checkEligibility:chequeUsed.question',
        ['checkEligibility:answers.never', 'answers.yes', 'checkEligibility:answers.unknown'],
      ],
    ];
    // Where one lives, the work and the years are told: only whether "bij de stad" is tenured or on a
    // contract is asked, then whether a cheque was used.
    for (const said of [
      'ik werk 20 jaar bij de stad en woon in genk kan ik een cheque krijgen',
      'KAN IK EEN CHEQUE KRIJGEN IK WERK 20 JAAR BIJ DE STAD EN WOON IN GENK',
    ])
      await talk([
        ['user', said],
        checkFromWish[0] as Line,
        [
          'says',
          'checkEligibility:work.official',
          ['checkEligibility:answers.civil_servant', 'checkEligibility:work.contract', 'checkEligibility:answers.unknown'],
        ],
        ['tap', 'checkEligibility:work.contract'],
        checkFromWish[1] as Line,
      ]);
    // Broken Dutch, the question at the end.
    await talk([
      ['user', 'ik werk fabriek 12 jaar mag ik cheque'],
      ['says', 'checkEligibility:intro'],
      [
        'says',
        'checkEligibility:residence.question',
        ['checkEligibility:answers.flanders', 'checkEligibility:answers.brussels', 'checkEligibility:answers.elsewhere'],
      ],
      ['user', 'gent'],
      [
        'says',
        'checkEligibility:chequeUsed.question',
        ['checkEligibility:answers.never', 'answers.yes', 'checkEligibility:answers.unknown'],
      ],
    ]);
  });

  it('When someone stops the typing to do it with a person ("laat maar, ik doe het wel met u"), Then the way to a person, never the goodbye of "stop"', async () => {
    await talk([['user', 'laat maar, ik doe het wel met u'], ...toPerson]);
    // In the middle of the check too: no "Bedoel je: Stoppen?".
    await talk([
      ['user', 'Kan ik er een krijgen?'],
      ['says', 'checkEligibility:intro'],
      ['says', 'checkEligibility:forWhom.question', ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other']],
      ['user', 'laat maar ik doe het liever met iemand'],
      ...toPerson,
    ]);
    // A plain "laat maar", or "no" to a person, still stops.
    await talk([
      ['user', 'laat maar'],
      ['says', 'stopped', ['buttons.startAgain']],
    ]);
  });
});

describe('short questions in broken Dutch, and the worries of men over 50', () => {
  const startCheck: Line[] = [
    ['says', 'checkEligibility:intro'],
    ['says', 'checkEligibility:forWhom.question', ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other']],
  ];

  it('When someone asks "mag ik cheque ja of nee", Then the check starts: "ja of nee" asks for an answer, it is no "ja"', () =>
    talk([['user', 'mag ik cheque ja of nee'], ...startCheck]));

  it('When a man says his firm closes ("ik ben 60 mijn firma sluit wat nu"), Then what a dismissal means for the cheque, never "niet begrepen"', async () => {
    const menu: Line = ['says', 'menu.question', ['menu.explain', 'menu.check', 'menu.book', 'menu.more']];
    for (const said of ['ik ben 60 mijn firma sluit wat nu', 'onze fabriek gaat dicht volgend jaar'])
      await talk([['user', said], ['says', 'sideQuestions:dismissal'], menu]);
  });

  it('When a man says his age and asks if it still makes sense ("ik ben 58 heeft dat nog zin"), Then age is no condition, at the menu and in the check', async () => {
    const age: Line = ['says', ['sideQuestions:age', 'sideQuestions:ageCheck']];
    const menu: Line = ['says', 'menu.question', ['menu.explain', 'menu.check', 'menu.book', 'menu.more']];
    await talk([['user', 'ik ben 58 heeft dat nog zin'], age, menu]);
    // "te laat" beside the age is the same worry, never the deadline to order.
    await talk([['user', 'ik ben 58 jaar, is het niet te laat?'], age, menu]);
    // "de moeite waard" was "Bedoel je …?"; "is it worth it", "ça vaut la peine" too.
    await talk([['user', 'ik ben 58, is dat nog de moeite waard'], age, menu]);
    for (const [locale, said] of [
      ['en', 'i am 58 is it worth it'],
      ['fr', "j'ai 58 ans, ça vaut la peine ?"],
    ] as const) {
      await converse([['user', said], ['says', 'greetingShort'], age, menu], { locale, date: DATE });
    }
    await talk([
      ['user', 'Kan ik er een krijgen?'],
      ...startCheck,
      ['tap', 'checkEligibility:forWhom.self'],
      [
        'says',
        'checkEligibility:residence.question',
        ['checkEligibility:answers.flanders', 'checkEligibility:answers.brussels', 'checkEligibility:answers.elsewhere'],
      ],
      ['user', 'ik ben 58, heeft het nog zin?'],
      // In the check: no offer of the check it is in; the question comes back.
      ['says', 'sideQuestions:age'],
      [
        'says',
        'checkEligibility:residence.question',
        ['checkEligibility:answers.flanders', 'checkEligibility:answers.brussels', 'checkEligibility:answers.elsewhere'],
      ],
    ]);
  });
});

describe('a question answered with a question', () => {
  it('When "weet niet wat is dat" comes at a question of the check, Then what it means is said and the question comes again, never "Ik weet het niet" and a person', async () => {
    const chequeUsed: Line = [
      'says',
      'checkEligibility:chequeUsed.question',
      ['checkEligibility:answers.never', 'answers.yes', 'checkEligibility:answers.unknown'],
    ];
    const outplacement: Line = [
      'says',
      'checkEligibility:outplacement.question',
      ['answers.yes', 'answers.no', 'checkEligibility:answers.unknown'],
    ];
    await talk([
      ['user', 'ik woon in gent en werk 30 jaar als arbeider kan ik een cheque krijgen'],
      ['says', 'checkEligibility:intro'],
      chequeUsed,
      ['user', 'weet niet wat is dat'],
      ['says', 'checkEligibility:chequeUsed.simpler'],
      chequeUsed,
      // Asked alone: the plainer wording at once, no "Bedoel je: Eenvoudiger uitleg?" first.
      ['user', 'wat is dat?'],
      ['says', 'checkEligibility:chequeUsed.simpler'],
      chequeUsed,
      ['user', 'nee nooit'],
      outplacement,
      ['user', 'ik weet niet wat is outplacement'],
      ['says', 'glossary:terms.outplacement.explanation'],
      ['says', 'checkEligibility:outplacement.again', ['answers.yes', 'answers.no', 'checkEligibility:answers.unknown']],
    ]);
  });
});

describe('what a word means, asked in a clause of its own', () => {
  const outplacement: Line = [
    'says',
    'checkEligibility:outplacement.question',
    ['answers.yes', 'answers.no', 'checkEligibility:answers.unknown'],
  ];
  const outplacementAgain: Line = ['says', 'checkEligibility:outplacement.again', outplacement[2] as string[]];
  const toOutplacement: Line[] = [
    ...helloToResidence,
    ['tap', 'checkEligibility:answers.flanders'],
    work,
    ['tap', 'checkEligibility:answers.employee'],
    ['says', 'checkEligibility:years.whatCounts'],
    [
      'says',
      'checkEligibility:years.question',
      ['checkEligibility:years.ranges.7.below', 'checkEligibility:years.ranges.7.atLeast', 'checkEligibility:answers.unknown'],
    ],
    ['tap', 'checkEligibility:years.ranges.7.atLeast'],
    ['says', 'checkEligibility:chequeUsed.question', ['checkEligibility:answers.never', 'answers.yes', 'checkEligibility:answers.unknown']],
    ['tap', 'checkEligibility:answers.never'],
    outplacement,
  ];

  it.each([
    ['nl', 'ik weet niet wat dat is'],
    ['nl', 'geen idee wat dat betekent'],
    ['fr', "je sais pas ce que c'est"],
    ['en', 'I dont know what that means'],
  ])(
    'When (%s) "%s" comes at "Krijg je nu outplacement?", Then it is said more plainly and asked again, never "Ik weet het niet" and a person',
    async (locale, said) => {
      await converse([...toOutplacement, ['user', said], ['says', 'checkEligibility:outplacement.simpler'], outplacementAgain], {
        date: DATE,
        locale,
      });
    },
  );

  it('When "ik weet het niet" alone comes there, Then that is still the answer that brings a person', async () => {
    await converse(
      [
        ...toOutplacement,
        ['user', 'ik weet het niet'],
        ['says', ['checkEligibility:outcome.refer', 'checkEligibility:reason.outplacement_unknown']],
        ...toPerson,
      ],
      { date: DATE },
    );
  });
});

describe('booking, asked in one breath', () => {
  const booking = { date: DATE, booking: testBooking(DATE).parts } as const;
  const askPlace: Line = ['says', 'bookIntake:where.question', HELPERS];
  const startBooking: Line[] = [...hello, ['tap', 'menu.book'], ['says', 'bookIntake:intro'], askPlace];
  const card = (title = 'bookIntake:centres.titleKm'): Line => ['says', [title, DATA, 'bookIntake:centres.modes']];
  const gentCentres: Line[] = [
    card(),
    card(),
    card(),
    ['says', 'bookIntake:centres.question', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']],
  ];

  it('When the place comes with "wanneer kan ik komen" while booking, Then the place is taken, never "Wil je nu dit doen: afspraak maken?"', async () => {
    await converse([...startBooking, ['user', 'gent wanneer kan ik komen'], ...gentCentres], booking);
    // Without a place: what comes first, and the same question; at the centres too.
    const bookingNow: Line = ['says', 'bookIntake:where.bookingNow'];
    await converse([...startBooking, ['user', 'wanneer kan ik komen'], bookingNow, askPlace], booking);
    await converse(
      [...startBooking, ['user', 'gent'], ...gentCentres, ['user', 'wanneer kan ik komen'], bookingNow, gentCentres.at(-1) as Line],
      booking,
    );
  });
});
