import { describe, expect, it } from 'vitest';
import { converse, type Line } from '../support/converse.js';
import {
  costEndingSoon,
  hello,
  helloAnnounced,
  menuAgain,
  residence,
  toPerson,
  TRANSITIONAL_TERMS,
  transitionalEndingSoon,
  YES_NO,
} from '../support/lines.js';

const askExplanation: Line[] = [...hello, ['tap', 'menu.explain']];
const clear: Line = ['says', 'explainCheque:clear', [...YES_NO, 'explainCheque:more']];
const clearAgain: Line = ['says', 'explainCheque:clear', YES_NO];
/** One short turn: what the cheque is, the terms of the day, the end of the rules when it is near. */
const explanation = (...terms: Line[]): Line[] => [['says', 'explainCheque:what'], ...terms, clear];
const transitional: Line = ['says', TRANSITIONAL_TERMS];
const terms2020 = (price: 'price' | 'priceUnknown'): Line => [
  'says',
  [
    'explainCheque:terms.cheques',
    'explainCheque:terms.hours',
    `explainCheque:terms.${price}`,
    ...(price === 'priceUnknown' ? ['explainCheque:terms.checkVdab'] : []),
  ],
];
const simplerOrPerson: Line = ['says', 'explainCheque:simplerOrPerson', ['explainCheque:simpler', 'menu.person']];
const glad: Line[] = [['says', 'glad'], menuAgain];
const announcedFirst = ['rules:announced.startedInstead', 'rules:announced.runBy.departement-wewis', 'rules:announced.notAllKnown'];
const announced: Line[] = [
  ['says', announcedFirst],
  [
    'says',
    [
      'rules:announced.hours',
      'rules:announced.experienceYears',
      'rules:announced.notSure',
      'rules:announced.notKnownYet',
      'explainCheque:terms.checkVdab',
    ],
  ],
];

describe('ExplainChequeDialog: what the cheque is, gives and costs on the day', () => {
  it('When asked on 15 December 2026, Then the transitional terms come with the end of the rules and what follows', () =>
    converse([...askExplanation, ...explanation(transitionalEndingSoon), ['user', 'ja'], ...glad], { date: '2026-12-15' }));

  it.each(['ja dank je', 'ja bedankt', 'ja, dank u', 'ja merci', 'ja dankjewel'])(
    'When "%s" answers "Was dit duidelijk?", Then it is a yes with thanks, never the "no" that "nee dank je" shares a word with',
    async (said) => {
      await converse([...askExplanation, ...explanation(transitionalEndingSoon), ['user', said], ...glad], { date: '2026-12-15' });
    },
  );

  it.each(['jaaaa', 'JAAAAA!', '👌', '✅'])(
    'When "%s" answers "Was dit duidelijk?" (a letter held down, an ok sign), Then it is a yes',
    async (said) => {
      await converse([...askExplanation, ...explanation(transitionalEndingSoon), ['user', said], ...glad], { date: '2026-12-15' });
    },
  );

  it('When "neeeee" answers "Was dit duidelijk?", Then it is a no: a simpler text or a person is offered', () =>
    converse([...askExplanation, ...explanation(transitionalEndingSoon), ['user', 'neeeee'], simplerOrPerson], { date: '2026-12-15' }));

  it.each(['nee', 'nee dank je', 'nee bedankt'])(
    'When "%s" answers "Wat wil je: een eenvoudiger uitleg, of met iemand praten?", Then neither: the menu again, never "niet begrepen"',
    async (said) => {
      await converse(
        [...askExplanation, ...explanation(transitionalEndingSoon), ['user', 'nee'], simplerOrPerson, ['user', said], menuAgain],
        {
          date: '2026-12-15',
        },
      );
    },
  );

  it.each([
    ['nl', 'een beetje'],
    ['nl', 'niet helemaal'],
    ['fr', 'un peu'],
    ['en', 'sort of'],
    // Not knowing whether it was clear is not quite (was "Bedoel je …?").
    ['nl', 'ik weet niet'],
    ['fr', 'je sais pas'],
    ['en', "I don't know"],
  ])(
    'When (%s) "%s" answers "Was dit duidelijk?", Then not quite: a simpler text or a person is offered, as for "nee"',
    async (locale, said) => {
      await converse([...askExplanation, ...explanation(transitionalEndingSoon), ['user', said], simplerOrPerson], {
        date: '2026-12-15',
        locale,
      });
    },
  );

  // A learner of the language, after the explanation: "Sorry, dat begreep ik niet", "Bedoel je …?",
  // and the way to a person after two misses. At "Was dit duidelijk?" nothing hangs on the answer:
  // what is said is read as at the menu.
  it('When work, a town, the price or the cheque is said at "Was dit duidelijk?", Then that is what goes on: the check, the centres, the price, the explanation', async () => {
    const atClear = [...askExplanation, ...explanation(transitionalEndingSoon)];
    const date = '2026-12-15';
    await converse([...atClear, ['user', 'ik ben kuisvrouw in hotel'], ['says', 'checkEligibility:intro'], residence], { date });
    const chat = await converse(atClear, { date });
    expect((await chat.says('antwerpen')).at(-1)?.buttons[0]).toBe('Antwerpen');
    await converse([...atClear, ['user', 'hoeveel geld'], costEndingSoon, clear], { date });
    await converse([...atClear, ['user', 'wat is dit cheque'], ['says', 'explainCheque:what'], clear], { date });
  });

  // Found by a blind persona probe: "ok merci au revoir" was "Désolé, je n'ai pas compris" (four words: too long for a goodbye mid-question).
  it.each([
    ['fr', 'ok merci au revoir'],
    ['nl', 'oké bedankt en tot ziens'],
  ] as const)('When (%s) "%s" is said at "Was dit duidelijk?", Then goodbye', async (locale, said) => {
    await converse(
      [...askExplanation, ...explanation(transitionalEndingSoon), ['user', said], ['says', 'goodbye', ['buttons.startAgain']]],
      {
        date: '2026-12-15',
        locale,
      },
    );
  });

  it('When "yes thanks" or "yes thank you" answers it in English, Then a yes too; "no thanks" is still a no', async () => {
    for (const said of ['yes thanks', 'yes thank you'])
      await converse([...askExplanation, ...explanation(transitionalEndingSoon), ['user', said], ...glad], {
        date: '2026-12-15',
        locale: 'en',
      });
    await converse([...askExplanation, ...explanation(transitionalEndingSoon), ['user', 'no thanks'], simplerOrPerson], {
      date: '2026-12-15',
      locale: 'en',
    });
  });

  it('When "Kan ik je nog ergens mee helpen?" gets "nee" or "nee dank u, dag", Then goodbye; "ja" asks to tap what they want; a "nee" with a wish is that wish', async () => {
    const helped: Line[] = [...askExplanation, ...explanation(transitionalEndingSoon), ['user', 'ja'], ...glad];
    const goodbye: Line = ['says', 'goodbye', ['buttons.startAgain']];
    await converse([...helped, ['user', 'nee'], goodbye], { date: '2026-12-15' });
    await converse([...helped, ['user', 'nee dank u, dag'], goodbye], { date: '2026-12-15' });
    await converse([...helped, ['user', 'non merci'], goodbye], { date: '2026-12-15' });
    // "Not now" in words: was "Bedoel je …?" or "Sorry".
    await converse([...helped, ['user', 'nu niet'], goodbye], { date: '2026-12-15' });
    await converse([...helped, ['user', 'niet nodig'], goodbye], { date: '2026-12-15' });
    await converse([...helped, ['user', 'ja'], ['says', 'menu.pickAgain'], menuAgain], { date: '2026-12-15' });
    // A number is the button, never a yes ("1": the first button, as everywhere).
    await converse([...helped, ['user', '1'], ...explanation(transitionalEndingSoon)], { date: '2026-12-15' });
    await converse(
      [
        ...helped,
        ['user', 'nee ik wil een afspraak'],
        ['says', 'bookIntake:intro'],
        ['says', 'bookIntake:where.question', ['buttons.back', 'menu.person']],
      ],
      { date: '2026-12-15' },
    );
  });

  it('When a yes says more ("ja ik wil een afspraak", "ja maar hoeveel moet ik betalen"), Then what it says counts, not the yes alone', async () => {
    const options = { date: '2026-12-15' };
    const booking: Line[] = [
      ['says', 'bookIntake:intro'],
      ['says', 'bookIntake:where.question', ['buttons.back', 'menu.person']],
    ];
    const helped: Line[] = [...askExplanation, ...explanation(transitionalEndingSoon), ['user', 'ja'], ...glad];
    // "Kan ik je nog ergens mee helpen?"
    await converse([...helped, ['user', 'ja ik wil afspraak'], ...booking], options);
    // "Was dit duidelijk?"
    await converse(
      [...askExplanation, ...explanation(transitionalEndingSoon), ['user', 'ja ik wil een afspraak maken'], ...booking],
      options,
    );
    await converse(
      [...askExplanation, ...explanation(transitionalEndingSoon), ['user', 'ja maar hoeveel moet ik betalen'], costEndingSoon, clear],
      options,
    );
    // A yes with filler or thanks is a yes.
    await converse([...askExplanation, ...explanation(transitionalEndingSoon), ['user', 'ja graag'], ...glad], options);
  });

  it('When asked on 31 October 2026 (more than 60 days before the end), Then the end is not mentioned yet', () =>
    converse([...askExplanation, ...explanation(transitional)], { date: '2026-10-31' }));

  it('When asked in 2021, Then it gives the 2020 rules: two cheques, 7 hours, a price', () =>
    converse([...askExplanation, ...explanation(terms2020('price')), ['user', 'top'], ...glad], { date: '2021-03-01' }));

  it('When asked in April 2025, Then it names a price (45 euro from March 2025)', () =>
    converse([...askExplanation, ...explanation(terms2020('price'))], { date: '2025-04-10' }));

  it('When asked in 2024 (the date of the rise to 45 euro is unknown), Then it does not name a price', () =>
    converse([...askExplanation, ...explanation(terms2020('priceUnknown'))], { date: '2024-01-01' }));

  it('When asked in October 2025 (the sources disagree on the rules), Then it says the rules are changing and where to check', () =>
    converse([...askExplanation, ...explanation(['says', ['explainCheque:terms.rulesChanging', 'explainCheque:terms.checkVdab']])], {
      date: '2025-10-15',
    }));

  it('When asked on 2 January 2027, Then it says what is announced about the loopbaankrediet and how sure each part is', () =>
    converse(
      [
        ...helloAnnounced,
        ['tap', 'menu.explain'],
        ...announced,
        clearAgain,
        ['user', 'nee'],
        simplerOrPerson,
        ['user', 'eenvoudiger'],
        ['says', 'rules:announced.simple'],
        clearAgain,
      ],
      { date: '2027-01-02' },
    ));
});

describe('ExplainChequeDialog: the loopbaankrediet asked about before it starts', () => {
  const coming: Line[] = [['says', ['rules:announced.startsInstead', ...announcedFirst.slice(1)]], announced[1] as Line];

  it('When "wat is het loopbaankrediet?" is asked in December 2026, Then what is planned and how sure each part is, not the cheque', () =>
    converse([...hello, ['user', 'wat is het loopbaankrediet?'], ...coming, clearAgain, ['user', 'ja'], ...glad], { date: '2026-12-10' }));

  it('When it is asked in English, Then the same, and the cheque itself is still the cheque', async () => {
    await converse([['user', 'hi'], hello[1] as Line, hello[2] as Line, ['user', 'What is the career credit?'], ...coming, clearAgain], {
      date: '2026-12-10',
      locale: 'en',
    });
    await converse([...askExplanation, ...explanation(transitionalEndingSoon)], { date: '2026-12-10' });
  });
});

describe('ExplainChequeDialog: "Meer uitleg" and "Was dit duidelijk?"', () => {
  const options = { date: '2026-10-01' };
  /** Asked on 1 October 2026: the transitional terms, then "Was dit duidelijk?". */
  const explained: Line[] = [...askExplanation, ...explanation(transitional)];
  /** The simpler version, then "Was dit duidelijk?" once more. */
  const simpleVersion: Line[] = [['says', 'explainCheque:simple'], clearAgain];

  it('When the user wants more, Then the details come on request: guidance, the free first talk, privacy', () =>
    converse(
      [
        ...explained,
        ['tap', 'explainCheque:more'],
        ['says', 'explainCheque:guidance'],
        ['says', 'explainCheque:firstTalkFree'],
        ['says', 'explainCheque:privateAndDutch'],
        clearAgain,
        ['user', 'ja'],
        ...glad,
      ],
      options,
    ));

  it('When the answer is nee, Then it offers a simpler version, and after that version asks again', () =>
    converse(
      [...explained, ['user', 'nee'], simplerOrPerson, ['user', 'eenvoudiger'], ...simpleVersion, ['user', 'ja hoor'], ...glad],
      options,
    ));

  it('When even the simple version is unclear, Then it gives the way to a person', () =>
    converse(
      [...explained, ['user', 'neen'], simplerOrPerson, ['user', '1'], ...simpleVersion, ['user', 'niet echt'], ...toPerson],
      options,
    ));

  it('When the user would rather talk to someone, Then it gives the way to a person', () =>
    converse([...explained, ['user', 'nee'], simplerOrPerson, ['user', 'met iemand praten'], ...toPerson], options));

  it('When "zeg het eenvoudiger" is typed at "Was dit duidelijk?", Then the short version comes and the question stays', () =>
    converse([...explained, ['user', 'zeg het eenvoudiger'], ['says', 'explainCheque:simple'], clear], options));

  it('When "ik niet begrijp" or "snap ik niet" answers "eenvoudiger uitleg of met iemand praten?", Then that is the simpler version, never the same question with its button again', async () => {
    for (const said of ['ik niet begrijp', 'snap ik niet']) {
      await converse([...explained, ['user', 'nee'], simplerOrPerson, ['user', said], ...simpleVersion, ['user', 'ja'], ...glad], options);
    }
  });

  it('When it is still not understood after the simpler version ("snap ik niet"), Then a person is offered, never the same text again', async () => {
    // After "Eenvoudiger uitleg", and after "ik niet begrijp" chose it.
    await converse(
      [
        ...explained,
        ['user', 'nee'],
        simplerOrPerson,
        ['tap', 'explainCheque:simpler'],
        ...simpleVersion,
        ['user', 'snap ik niet'],
        ...toPerson,
      ],
      options,
    );
    await converse(
      [
        ...explained,
        ['user', 'nee'],
        simplerOrPerson,
        ['user', 'ik niet begrijp'],
        ...simpleVersion,
        ['user', 'snap ik niet'],
        ...toPerson,
      ],
      options,
    );
    // The simpler version asked for at "Was dit duidelijk?": asked again, or "nee" after it, a person.
    await converse(
      [...explained, ['user', 'zeg het eenvoudiger'], ['says', 'explainCheque:simple'], clear, ['user', 'snap ik niet'], ...toPerson],
      options,
    );
    await converse(
      [...explained, ['user', 'zeg het eenvoudiger'], ['says', 'explainCheque:simple'], clear, ['user', 'nee'], ...toPerson],
      options,
    );
  });

  it('When a new explanation is given after the simpler version, Then "ik snap het niet" gets its simpler version again', () =>
    converse(
      [
        ...explained,
        ['user', 'nee'],
        simplerOrPerson,
        ['tap', 'explainCheque:simpler'],
        ...simpleVersion,
        ['user', 'ja'],
        ...glad,
        ['tap', 'menu.explain'],
        ...explanation(transitional),
        ['user', 'zeg het eenvoudiger'],
        ['says', 'explainCheque:simple'],
        clear,
      ],
      options,
    ));

  it('When the answer is unclear twice, Then the first miss repeats the question and the second offers a person', () =>
    converse(
      [
        ...explained,
        ['user', 'misschien'],
        ['says', 'notUnderstood'],
        clear,
        ['user', 'hmm'],
        ['says', 'fallback.offerPerson', ['menu.person', 'fallback.tryAgain']],
        ['user', '1'],
        ...toPerson,
      ],
      options,
    ));
});

describe('ExplainChequeDialog: golden transcripts', () => {
  /** A French speaker says bonjour: the greeting and the menu, word for word. */
  const bonjour: Line[] = [
    ['user', 'bonjour'],
    ['bot', 'Bonjour ! Je suis Loopbaanbot, le bot du VDAB. Je vous aide avec le chèque carrière.'],
    ['bot', 'Comment puis-je vous aider ?', ["C'est quoi un chèque carrière ?", 'Puis-je en recevoir un ?', 'Prendre rendez-vous', 'Plus']],
  ];

  it('When asked in Dutch on 15 December 2026, Then these are the exact words', () =>
    converse(
      [
        ['user', 'wat is een loopbaancheque'],
        ['bot', 'Hallo!'],
        ['bot', 'Met een loopbaancheque betaal je minder voor een loopbaancoach. Die helpt je met keuzes over je werk.'],
        [
          'bot',
          'Nu krijg je één loopbaancheque. Dat kan alleen als je nog nooit een cheque gebruikte. Je betaalt een deel. Bedrag en uren zijn nog niet zeker. ' +
            'Kijk op vdab.be/loopbaancheques of bel gratis 0800 30 700. Deze regeling loopt tot 31 december 2026. Daarna komt normaal het loopbaankrediet.',
        ],
        ['bot', 'Was dit duidelijk?', ['Ja', 'Nee', 'Meer uitleg']],
        ['user', 'ja'],
        ['bot', 'Fijn!'],
        ['bot', 'Kan ik je nog ergens mee helpen?', ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer']],
      ],
      { date: '2026-12-15' },
    ));

  it('When asked in Dutch on 2 January 2027, Then these are the exact words', () =>
    converse(
      [
        ...helloAnnounced,
        ['user', 'wat is een loopbaancheque'],
        [
          'bot',
          'De loopbaancheque stopte op 31 december 2026. Normaal komt nu het loopbaankrediet. De Vlaamse overheid regelt het, niet VDAB. Nog niet alles is bekend.',
        ],
        [
          'bot',
          'Het gaat om 6 uur begeleiding. Het is voor wie meer dan 7 jaar gewerkt heeft. Dat is nog niet zeker. Nog niet bekend: de prijs en hoe je het aanvraagt. Kijk op vdab.be/loopbaancheques of bel gratis 0800 30 700.',
        ],
        ['bot', 'Was dit duidelijk?', ['Ja', 'Nee']],
      ],
      { date: '2027-01-02' },
    ));

  it('When asked in French on 15 December 2026, Then these are the exact words', () =>
    converse(
      [
        ...bonjour,
        ['user', '1'],
        ['bot', 'Avec un chèque carrière, un coach vous coûte moins. Il vous aide à choisir pour votre travail.'],
        [
          'bot',
          /^Vous recevez un seul chèque carrière, seulement si .*appelez gratuitement le 0800 30 700\. Ce régime dure jusqu'au 31 décembre 2026\. Ensuite viendra normalement le crédit carrière\.$/,
        ],
        ['bot', "Est-ce que c'était clair ?", ['Oui', 'Non', "Plus d'infos"]],
        ['user', 'oui'],
        ['bot', 'Très bien !'],
        [
          'bot',
          'Puis-je encore vous aider ?',
          ["C'est quoi un chèque carrière ?", 'Puis-je en recevoir un ?', 'Prendre rendez-vous', 'Plus'],
        ],
      ],
      { locale: 'fr-BE', date: '2026-12-15' },
    ));

  it('When asked in French on 2 January 2027, Then what is announced about the crédit carrière comes in French', () =>
    converse(
      [
        ['user', 'bonjour'],
        ['bot', "Bonjour ! Je suis Loopbaanbot, le bot du VDAB. Je vous aide pour l'accompagnement de carrière."],
        ...bonjour.slice(2),
        ['user', '1'],
        [
          'bot',
          "Le chèque carrière s'est terminé le 31 décembre 2026. Normalement, le crédit carrière le remplace. Le gouvernement flamand s'en occupe, pas le VDAB. Tout n'est pas connu.",
        ],
        [
          'bot',
          "Cela donne 6 heures d'accompagnement. C'est pour plus de 7 ans de travail. Ce n'est pas encore sûr. Pas encore connu : le prix et comment le demander. Regardez sur vdab.be/loopbaancheques ou appelez gratuitement le 0800 30 700.",
        ],
        ['bot', "Est-ce que c'était clair ?", ['Oui', 'Non']],
      ],
      { locale: 'fr-BE', date: '2027-01-02' },
    ));

  it('When asked in English in 2021, Then these are the exact words', () =>
    converse(
      [
        ['user', 'hello'],
        ['bot', 'Hello! I am Loopbaanbot from VDAB. I help you with the career cheque.'],
        ['bot', 'What can I help you with?', ['What is a career cheque?', 'Can I get one?', 'Make an appointment', 'More']],
        ['user', 'what is a career cheque'],
        ['bot', 'A career cheque makes a career coach cheaper. The coach helps you with choices about your work.'],
        [
          'bot',
          'You get 2 career cheques. Together they give 7 hours of guidance. You pay 40 euros per cheque yourself. The government pays the rest.',
        ],
        ['bot', 'Was this clear?', ['Yes', 'No', 'Tell me more']],
      ],
      { locale: 'en-GB', date: '2021-03-01' },
    ));
});
