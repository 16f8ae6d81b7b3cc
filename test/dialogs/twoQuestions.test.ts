import { describe, it } from 'vitest';
import { converse, type Line } from '../support/converse.js';
import {
  centreCard,
  costEndingSoon,
  greeting,
  helloToResidence,
  HELPERS,
  menu,
  MENU_BUTTONS,
  residence,
  toTownQuestion,
  work,
  YES_NO,
} from '../support/lines.js';

/** A day whose cost answer is short: two answers fit one turn. */
const SHORT_TERMS = { date: '2021-03-01' } as const;
/** The last weeks of the transitional rules: the cost answer says their end too, and fills most of a turn. */
const ENDING_SOON = { date: '2026-12-03' } as const;

const cost: Line = [
  'says',
  ['sideQuestions:firstMeetingFree', 'explainCheque:terms.cheques', 'explainCheque:terms.hours', 'explainCheque:terms.price'],
];
const firstMeeting: Line = ['says', 'sideQuestions:firstMeeting'];
const whatItIs: Line = ['says', 'explainCheque:what'];
const opened: Line[] = [['opens'], greeting, menu];
const alsoAsk: Line = ['says', 'sideQuestions:twoQuestions.alsoAsk', YES_NO];

describe('Two questions in one message', () => {
  it('When "wa kost da en hoelang duurt da" is asked and both answers fit, Then both come, then the menu', () =>
    converse([...opened, ['user', 'wa kost da en hoelang duurt da'], cost, firstMeeting, menu], SHORT_TERMS));

  it.each([
    ['nl', 'wa kost da en hoelang duurt da'],
    ['nl', 'wat kost het en hoe lang duurt het'],
    ['fr', 'combien ça coûte et ça dure combien de temps'],
  ])(
    'When "%s: %s" is asked and both whole answers do not fit one turn, Then both come in brief (price, length of the first meeting), then the menu',
    async (locale, said) => {
      await converse(
        [
          ...opened,
          ['user', said],
          ['says', ['sideQuestions:firstMeetingFree', 'explainCheque:terms.priceUnknown', 'explainCheque:terms.checkVdab']],
          ['says', 'sideQuestions:firstMeetingLength'],
          menu,
        ],
        { ...ENDING_SOON, locale },
      );
    },
  );

  it('When "hoeveel kost het en kan ik het krijgen?" is asked, Then the check starts at once and says the price in brief, not only the price', () =>
    converse(
      [
        ...opened,
        ['user', 'hoeveel kost het en kan ik het krijgen?'],
        ['says', ['sideQuestions:firstMeetingFree', 'explainCheque:terms.price', 'checkEligibility:intro']],
        ['says', 'checkEligibility:forWhom.question', ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other']],
      ],
      SHORT_TERMS,
    ));

  it('When "is da gratis en kan ik het krijgen" is asked, Then the price comes, and the check is offered, not dropped', () =>
    converse(
      [
        ...opened,
        ['user', 'is da gratis en kan ik het krijgen'],
        cost,
        ['says', 'sideQuestions:twoQuestions.offerCheck', YES_NO],
        ['user', 'ja'],
        ['says', 'checkEligibility:intro'],
        ['says', 'checkEligibility:forWhom.question', ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other']],
      ],
      SHORT_TERMS,
    ));

  // Were what the cheque is and "Zullen we kijken of je er een kan krijgen?" (for "je"): a wish told
  // before the check asked for is the check's story.
  it('When a wish is told and then the check asked ("mijn vrouw wil van job veranderen, kan zij een cheque krijgen?"), Then the check starts, for her', async () => {
    const REGIONS = ['checkEligibility:answers.flanders', 'checkEligibility:answers.brussels', 'checkEligibility:answers.elsewhere'];
    await converse([
      ...opened,
      ['user', 'mijn vrouw wil van job veranderen, kan zij een cheque krijgen?'],
      ['says', 'checkEligibility:intro'],
      ['says', 'checkEligibility:residence.question_helperShe', REGIONS],
    ]);
    await converse([
      ...opened,
      ['user', 'ik wil van job veranderen, kan ik een cheque krijgen?'],
      ['says', 'checkEligibility:intro'],
      residence,
    ]);
    await converse(
      [
        ...opened,
        ['user', 'my wife wants to change career, can she get it'],
        ['says', 'checkEligibility:intro'],
        ['says', 'checkEligibility:residence.question_helperShe', REGIONS],
      ],
      { locale: 'en' },
    );
    // Asked, not told: both answers, as before.
    await converse([
      ...opened,
      ['user', 'wat is een loopbaancheque en kan ik er een krijgen?'],
      whatItIs,
      ['says', 'sideQuestions:twoQuestions.offerCheck', YES_NO],
    ]);
  });

  // Was the answer about the computer alone: the question after it was lost.
  it('When "ik heb geen computer, kan ik een cheque krijgen?" is said, Then no computer is needed, and the check is offered', () =>
    converse(
      [
        ...opened,
        ['user', 'ik heb geen computer, kan ik een cheque krijgen?'],
        ['says', 'sideQuestions:noComputer'],
        ['says', 'sideQuestions:twoQuestions.offerCheck', YES_NO],
        ['user', 'ja'],
        ['says', 'checkEligibility:intro'],
        ['says', 'checkEligibility:forWhom.question', ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other']],
      ],
      SHORT_TERMS,
    ));

  it('When "ik heb geen computer thuis, kan ik toch een afspraak maken?" is said, Then no computer is needed, and a booking is offered', () =>
    converse(
      [
        ...opened,
        ['user', 'ik heb geen computer thuis, kan ik toch een afspraak maken?'],
        ['says', 'sideQuestions:noComputer'],
        ['says', 'sideQuestions:twoQuestions.offerBook', YES_NO],
      ],
      SHORT_TERMS,
    ));

  it('When "ik ben 24 en wil een loopbaancheque" is said, Then age is no condition and a booking is offered, with no button named that is not shown', () =>
    converse(
      [
        ...opened,
        ['user', 'ik ben 24 en wil een loopbaancheque'],
        ['says', 'sideQuestions:age'],
        ['says', 'sideQuestions:twoQuestions.offerBook', YES_NO],
      ],
      SHORT_TERMS,
    ));

  it('When "wat is dat en wat kost da" is asked, Then what the cheque is comes with the price; or, in a full turn, the price is offered', async () => {
    await converse([...opened, ['user', 'wat is dat en wat kost da'], whatItIs, cost, menu], SHORT_TERMS);
    await converse([...opened, ['user', 'wat is dat en wat kost da'], whatItIs, alsoAsk, ['tap', 'answers.no'], menu], ENDING_SOON);
  });

  it('When "waar is da in roeselare en is da gratis" is asked, Then the price comes, and a booking in Roeselare is offered with its centres', () =>
    converse(
      [
        ...opened,
        ['user', 'waar is da in roeselare en is da gratis'],
        costEndingSoon,
        ['bot', 'Zullen we een afspraak maken in Roeselare?', ['Ja', 'Nee']],
        ['user', 'ja'],
        ['bot', /^1\. Demo Loopbaancentrum Kortrijk/],
        ['bot', /^2\. Demo Loopbaancentrum Brugge/],
        ['bot', /^3\. Demo Loopbaancentrum Oostende/],
        ['bot', 'Welk centrum kies je?', ['Kortrijk', 'Brugge', 'Oostende', 'Meer']],
      ],
      ENDING_SOON,
    ));

  it('When the first message asks two things, Then a short hello and both answers come before the menu', () =>
    converse([['user', 'wat kost het en hoe lang duurt het gesprek'], ['says', 'greetingShort'], cost, firstMeeting, menu], SHORT_TERMS));

  it('When "c koi et sa coute cb" is asked in French, Then what the cheque is comes, and the price is offered', () =>
    converse(
      [
        ...opened,
        ['user', 'c koi et sa coute cb'],
        whatItIs,
        ['bot', 'Voulez-vous aussi savoir : combien ça coûte ?', ['Oui', 'Non']],
        ['user', 'oui'],
        costEndingSoon,
        menu,
      ],
      { ...ENDING_SOON, locale: 'fr' },
    ));

  it('When "what is it and how much does it cost" is asked in English, Then both answers come', () =>
    converse([...opened, ['user', 'what is it and how much does it cost'], whatItIs, cost, menu], { ...SHORT_TERMS, locale: 'en' }));

  it('When one question is asked, or a clause is no clear question, Then the message is read whole as before', async () => {
    await converse([...opened, ['user', 'wat kost het?'], cost, menu], SHORT_TERMS);
    // The same question twice is one question: one answer.
    await converse(
      [...opened, ['user', 'wat kost het en hoeveel moet ik betalen'], cost, ['says', 'menu.question', MENU_BUTTONS]],
      SHORT_TERMS,
    );
    // "ik woon in gent" tells, it asks nothing of its own: the whole message is the booking it asks for.
    await converse(
      [
        ...opened,
        ['user', 'ik woon in gent en wil een afspraak'],
        ['bot', /^1\. Demo Loopbaancentrum Gent/],
        ['bot', /^2\. Demo Loopbaancentrum Aalst/],
        ['bot', /^3\. Demo Loopbaancentrum Sint-Niklaas/],
        ['bot', 'Welk centrum kies je?', ['Gent', 'Aalst', 'Sint-Niklaas', 'Meer']],
      ],
      SHORT_TERMS,
    );
  });
});

describe('Three questions in one message', () => {
  it('When "wat kost het, hoe lang duurt het en waar moet ik naartoe?" is asked and only the first answer fits, Then the price, and the other two as buttons that say them', () =>
    converse(
      [
        ...opened,
        ['user', 'wat kost het, hoe lang duurt het en waar moet ik naartoe?'],
        costEndingSoon,
        ['bot', 'Je stelde nog andere vragen. Tik op wat je ook wil weten.', ['Hoe lang duurt het?', 'Waar moet ik naartoe?']],
        ['user', 'Hoe lang duurt het?'],
        firstMeeting,
        menu,
      ],
      ENDING_SOON,
    ));

  it('When three questions are asked and two answers fit, Then both come in order, and the third is offered (a flow with its own words)', () =>
    converse(
      [
        ...opened,
        ['user', 'wa kost da, hoelang duurt da en kan ik het krijgen'],
        cost,
        firstMeeting,
        ['says', 'sideQuestions:twoQuestions.offerCheck', YES_NO],
        ['tap', 'answers.yes'],
        ['says', 'checkEligibility:intro'],
        ['says', 'checkEligibility:forWhom.question', ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other']],
      ],
      SHORT_TERMS,
    ));
  it('When "would a self-employed person qualify and how much does it cost" is asked, Then the check starts with the price in brief, never the price alone', async () => {
    const forWhom: Line = [
      'says',
      'checkEligibility:forWhom.question',
      ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other'],
    ];
    const residence: Line = [
      'says',
      'checkEligibility:residence.question',
      ['checkEligibility:answers.flanders', 'checkEligibility:answers.brussels', 'checkEligibility:answers.elsewhere'],
    ];
    const years = (minimum: number): Line[] => [
      ['says', 'checkEligibility:years.whatCounts'],
      [
        'says',
        'checkEligibility:years.question',
        [
          `checkEligibility:years.ranges.${minimum}.below`,
          `checkEligibility:years.ranges.${minimum}.atLeast`,
          'checkEligibility:answers.unknown',
        ],
      ],
    ];
    await converse(
      [
        ...opened,
        ['user', 'would a self-employed person qualify and how much does it cost'],
        ['says', ['sideQuestions:firstMeetingFree', 'explainCheque:terms.price', 'checkEligibility:intro']],
        forWhom,
        ['tap', 'checkEligibility:forWhom.self'],
        residence,
        ['tap', 'checkEligibility:answers.flanders'],
        [
          'says',
          'checkEligibility:work.question',
          ['checkEligibility:answers.employee', 'checkEligibility:answers.self_employed', 'checkEligibility:answers.noJob', 'menu.more'],
        ],
        ['tap', 'checkEligibility:answers.self_employed'],
        ...years(7),
      ],
      { ...SHORT_TERMS, locale: 'en' },
    );
    // Asked alone, it is the check too, never "Met iemand praten" read from "person".
    await converse([...opened, ['user', 'would a self-employed person qualify'], ['says', 'checkEligibility:intro'], forWhom], {
      ...SHORT_TERMS,
      locale: 'en',
    });
  });
});

describe('An answer and a question about something else in one message', () => {
  const price: Line = costEndingSoon;

  it('When "ik woon in Genk maar wat kost het?" is typed where the town is asked, Then the price, and the town on a button of the question again; a tap shows its centres', () =>
    converse(
      [
        ...toTownQuestion,
        ['user', 'ik woon in Genk maar wat kost het?'],
        price,
        // The price and three centres would not fit one turn: the town waits on a button, never lost.
        ['says', 'bookIntake:where.question', ['Genk', ...HELPERS]],
        ['user', 'Genk'],
        centreCard('bookIntake:centres.titleNear'),
        centreCard(),
        centreCard(),
        ['says', 'bookIntake:centres.question', ['Genk', 'Hasselt', 'Turnhout', 'menu.more']],
      ],
      ENDING_SOON,
    ));

  it.each([
    ['nl', 'is het gratis in Gent?', price, 'Gent'],
    ['nl', '9000, hoe lang duurt het?', firstMeeting, 'Gent'],
    ['fr', "j'habite à Gand, c'est combien ?", price, 'Gand'],
    ['en', 'i live in ghent, how much does it cost?', price, 'Ghent'],
  ] as const)(
    'When %s "%s" is typed where the town is asked, Then the answer, and the town on a button of the question again',
    async (locale, said, answer, town) => {
      await converse([...toTownQuestion, ['user', said], answer, ['says', 'bookIntake:where.question', [town, ...HELPERS]]], {
        ...ENDING_SOON,
        locale,
      });
    },
  );

  it('When a question names a centre where the centres are shown ("is het gratis in Gent?"), Then its answer and the centres again; the centre is chosen only when said', async () => {
    await converse(
      [
        ...toTownQuestion,
        ['user', '9000'],
        centreCard(),
        centreCard(),
        centreCard(),
        ['says', 'bookIntake:centres.question', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']],
        // Was Gent chosen, and the price never said.
        ['user', 'is het gratis in Gent?'],
        price,
        ['says', 'bookIntake:centres.question', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']],
        ['user', 'hoe lang duurt het gesprek in Aalst?'],
        firstMeeting,
        ['says', 'bookIntake:centres.question', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']],
        ['user', 'Gent'],
        [
          'says',
          'bookIntake:modes.question',
          ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online', 'bookIntake:modes.button.walking'],
        ],
      ],
      ENDING_SOON,
    );
    // A town said in French, read as the Brussels centre's (shown as "Brussel"): asked about, not chosen.
    await converse(
      [
        ...toTownQuestion,
        ['user', '1000'],
        centreCard('bookIntake:centres.titleNear'),
        centreCard(),
        centreCard(),
        ['says', 'bookIntake:centres.question', ['Brussel', 'Vilvoorde', 'Mechelen', 'menu.more']],
        ['user', "c'est gratuit à Bruxelles ?"],
        price,
        ['says', 'bookIntake:centres.question', ['Brussel', 'Vilvoorde', 'Mechelen', 'menu.more']],
      ],
      { ...ENDING_SOON, locale: 'fr' },
    );
  });

  it('When the question alone is typed there, Then the answer and the question again as it was', () =>
    converse([...toTownQuestion, ['user', 'wat kost het?'], price, ['says', 'bookIntake:where.question', HELPERS]], ENDING_SOON));

  it('When "ik woon in Gent, wat kost het?" is typed at "Waar woon je?", Then the price, and the check goes on from Gent', () =>
    converse([...helloToResidence, ['user', 'ik woon in Gent, wat kost het?'], price, work], ENDING_SOON));

  it('When "ik woon in Gent, hoe lang duurt het eerste gesprek?" is typed there, Then that answer, and the check goes on', () =>
    converse([...helloToResidence, ['user', 'ik woon in Gent, hoe lang duurt het eerste gesprek?'], firstMeeting, work], ENDING_SOON));
});
