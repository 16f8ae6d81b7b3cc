import { describe, expect, it } from 'vitest';
import { converse, type Line } from '../support/converse.js';
import { forWhom, hello, helloToForWhom, HELPERS, menu, residence, TRANSITIONAL_TERMS, work } from '../support/lines.js';

/*
 * "Waarom vraag je dat?" at a question: in the check, the condition that question checks, taken
 * from the rules of the day; elsewhere a kind generic answer. Then the same question again, never
 * "niet begrepen" or "Tik op een knop". And the kind answers to "hoe weet ik dat?" at the years and
 * to a bare "ja" at "Voor wie kijk je dit na?".
 */

/** The transitional rules: one cheque, only for people who never used one. */
const DATE = '2026-06-01';
/** The rules of 2020: two cheques in a portfolio of six years. */
const PORTFOLIO_DATE = '2025-05-01';
/** The loopbaankrediet, only announced. */
const ANNOUNCED_DATE = '2027-01-02';

const a = (key: string) => `checkEligibility:answers.${key}`;
const UNKNOWN = a('unknown');
const YES_NO_UNKNOWN = ['answers.yes', 'answers.no', UNKNOWN];

const years: Line = [
  'says',
  'checkEligibility:years.question',
  ['checkEligibility:years.ranges.7.below', 'checkEligibility:years.ranges.7.atLeast', UNKNOWN],
];
const chequeUsed: Line = ['says', 'checkEligibility:chequeUsed.question', [a('never'), 'answers.yes', UNKNOWN]];

const toCheck = helloToForWhom;
/** From a greeting in the chat's language ("bonjour", "hello") to "Waar woon je?", the check begun by its button for oneself. */
const toResidenceAfter = (hi: string): Line[] => [
  ['user', hi],
  ['says', 'greeting'],
  menu,
  ['tap', 'menu.check'],
  ['says', 'checkEligibility:intro'],
  forWhom,
  ['tap', 'checkEligibility:forWhom.self'],
  residence,
];
/** The check asked for as a first message while the loopbaankrediet is only announced (2027). */
const toCheckAnnounced: Line[] = [
  ['user', 'Kan ik er een krijgen?'],
  ['says', 'greetingShort'],
  ['says', ['rules:announced.startedInstead', 'rules:announced.runBy.departement-wewis', 'rules:announced.notAllKnown']],
  ['says', 'checkEligibility:introAnnounced'],
  forWhom,
];
const toYears: Line[] = [
  ...toCheck,
  ['tap', 'checkEligibility:forWhom.self'],
  residence,
  ['tap', a('flanders')],
  work,
  ['tap', a('employee')],
  ['says', 'checkEligibility:years.whatCounts'],
  years,
];

describe('"waarom vraag je dat?" in the check: the condition the question checks, then the question again', () => {
  it('When "pourqoi" (a typo) comes at "Pour qui ?", Then why it is asked, never "Pour moi" two edits away; "pour moi" is never a "pourquoi"', async () => {
    await converse([...toCheck, ['user', 'pourqoi'], ['says', 'checkEligibility:why.forWhom'], forWhom], { date: DATE, locale: 'fr' });
    await converse(
      [
        ...hello,
        ['tap', 'menu.explain'],
        ['says', 'explainCheque:what'],
        ['says', TRANSITIONAL_TERMS],
        ['says', 'explainCheque:clear', ['answers.yes', 'answers.no', 'explainCheque:more']],
        ['user', 'pour moi'],
        ['says', 'checkEligibility:intro'],
        // "pour moi" answers "Pour qui ?" already: the check goes on with where one lives.
        residence,
      ],
      { date: DATE, locale: 'fr' },
    );
  });

  it.each([
    ['nl', 'moet ik dat zeggen'],
    ['nl', 'is dat verplicht?'],
    ['fr', 'je dois répondre ?'],
    ['en', 'do i have to answer that'],
  ] as const)(
    'When whether one must answer is asked (%s: "%s") at "Waar woon je?", Then why it is asked, never "Dat woord staat niet in mijn lijst"',
    async (locale, said) => {
      const hi = { nl: 'hallo', fr: 'bonjour', en: 'hello' }[locale];
      await converse([...toResidenceAfter(hi), ['user', said], ['says', 'checkEligibility:why.residence'], residence], {
        date: DATE,
        locale,
      });
    },
  );

  it("When someone asks why at every question of the check, Then each answer names that question's condition of the day, and the question comes back", () =>
    converse(
      [
        ...toCheck,
        // Not a condition: whom the questions are about.
        ['user', 'waarom vraag je dat?'],
        ['says', 'checkEligibility:why.forWhom'],
        forWhom,
        ['tap', 'checkEligibility:forWhom.self'],
        residence,
        ['user', 'waarom moet je dat weten?'],
        ['says', 'checkEligibility:why.residence'],
        residence,
        ['tap', a('flanders')],
        work,
        ['user', 'waarom wil je dat weten'],
        ['says', 'checkEligibility:why.work'],
        work,
        ['tap', a('employee')],
        ['says', 'checkEligibility:years.whatCounts'],
        years,
        // The minimum of the rules of the day (7 years).
        ['user', 'Waarom vraag je dat?'],
        ['says', 'sideQuestions:yearsOfWork'],
        years,
        ['tap', 'checkEligibility:years.ranges.7.atLeast'],
        chequeUsed,
        // Under these rules only people who never used a cheque get one.
        ['user', 'waarom vraag je dat'],
        ['says', 'sideQuestions:neverUsed'],
        chequeUsed,
        ['tap', a('never')],
        ['says', 'checkEligibility:outplacement.question', YES_NO_UNKNOWN],
        ['user', 'waarom moet je dat weten'],
        ['says', 'checkEligibility:reason.outplacement'],
        // After a side answer, the outplacement question without its explanation.
        ['says', 'checkEligibility:outplacement.again', YES_NO_UNKNOWN],
      ],
      { date: DATE },
    ));

  it('When the rules of the day have a portfolio (2025), Then "why" at the cheque question names two cheques in six years, not "never used"', () =>
    converse(
      [
        ...toYears,
        ['tap', 'checkEligibility:years.ranges.7.atLeast'],
        chequeUsed,
        ['user', 'waarom vraag je dat?'],
        ['says', 'checkEligibility:why.chequesPerYears'],
        chequeUsed,
        ['tap', 'answers.yes'],
        ['says', 'checkEligibility:chequeUsed.within', YES_NO_UNKNOWN],
        ['user', 'waarom vraag je dat?'],
        ['says', 'checkEligibility:why.chequesPerYears'],
        ['says', 'checkEligibility:chequeUsed.within', YES_NO_UNKNOWN],
      ],
      { date: PORTFOLIO_DATE },
    ));

  it('When the rules are only announced (2027), Then "why" at the years says only what is reported, and that it is not sure', () =>
    converse(
      [
        ...toCheckAnnounced,
        ['tap', 'checkEligibility:forWhom.self'],
        years,
        ['user', 'waarom vraag je dat?'],
        ['says', ['rules:announced.experienceYears', 'rules:announced.notSure']],
        years,
      ],
      { date: ANNOUNCED_DATE },
    ));

  it('When the check is in French or English, Then "pourquoi vous demandez ça ?" and "why do you ask?" are answered in that language', async () => {
    await converse(
      [...toResidenceAfter('bonjour'), ['user', 'pourquoi vous demandez ça ?'], ['says', 'checkEligibility:why.residence'], residence],
      { date: DATE, locale: 'fr' },
    );
    await converse(
      [
        ...toResidenceAfter('hello'),
        ['tap', a('flanders')],
        work,
        ['user', 'Why do you ask?'],
        ['says', 'checkEligibility:why.work'],
        work,
      ],
      { date: DATE, locale: 'en' },
    );
  });

  it('When "why do you ask?" comes in English in a Dutch check, Then after the offer of English, the condition of the question that was open, in English', () =>
    converse(
      [
        ...toCheck,
        ['tap', 'checkEligibility:forWhom.self'],
        residence,
        ['user', 'why do you ask?'],
        ['bot', 'Do you want to continue in English?', ['Yes', 'No']],
        ['user', 'yes'],
        ['bot', 'The cheque is only for people who live in Flanders or Brussels.'],
        ['bot', 'Where do you live?', ['Flanders', 'Brussels', 'Somewhere else']],
      ],
      { date: DATE },
    ));
});

describe('a question one would rather not answer: why it is asked, then the question again', () => {
  // "dat wil ik niet zeggen" was "Dat woord staat niet in mijn lijst" ("wil zeggen" heard as a word to
  // explain); "dat zeg ik liever niet" and "gaat je niks aan" only "Tik op een knop".
  it.each([
    ['nl', 'hallo', 'dat wil ik niet zeggen'],
    ['nl', 'hallo', 'dat zeg ik liever niet'],
    ['nl', 'hallo', 'gaat je niks aan'],
    ['en', 'hello', "I'd rather not say"],
  ] as const)(
    'When (%s) "%s" is typed at "Waar woon je?", Then the condition it checks, and the question again',
    async (locale, hi, said) => {
      await converse([...toResidenceAfter(hi), ['user', said], ['says', 'checkEligibility:why.residence'], residence], {
        date: DATE,
        locale,
      });
    },
  );

  it('When "dat wil ik niet zeggen" is typed at "Wat doe je nu?", Then the condition of work, and the question again', () =>
    converse(
      [
        ...toCheck,
        ['tap', 'checkEligibility:forWhom.self'],
        residence,
        ['tap', a('flanders')],
        work,
        ['user', 'dat wil ik niet zeggen'],
        ['says', 'checkEligibility:why.work'],
        work,
      ],
      { date: DATE },
    ));
});

describe('"waarom vraag je dat?" outside the check: a kind generic answer, then the question again', () => {
  it('When someone asks why at the menu or at a booking question, Then "I only ask what I need to help you", and the same question', () =>
    converse(
      [
        ...hello,
        ['user', 'waarom vraag je dat?'],
        ['says', 'sideQuestions:whyAsked'],
        menu,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        ['says', 'bookIntake:where.question', HELPERS],
        ['user', 'waarom moet je dat weten?'],
        ['says', 'sideQuestions:whyAsked'],
        ['says', 'bookIntake:where.question', HELPERS],
      ],
      { date: DATE },
    ));
});

describe('"hoe weet ik dat?" at the years: the buttons are enough, "Ik weet het niet" when in doubt', () => {
  it('When someone asks how to know, or says they do not know exactly, Then no exact number is needed, "Ik weet het niet" is pointed to, and the years are asked again', () =>
    converse(
      [
        ...toYears,
        ['user', 'hoe weet ik dat?'],
        ['says', 'checkEligibility:years.notExactly'],
        years,
        ['user', 'ik weet dat niet precies'],
        ['says', 'checkEligibility:years.notExactly'],
        years,
        // Never taken for "Ik weet het niet" on a guess: a button still answers it.
        ['tap', 'checkEligibility:years.ranges.7.atLeast'],
        chequeUsed,
      ],
      { date: DATE },
    ));

  it('When years come with "niet precies" ("niet precies 10 jaar"), Then they are the answer', () =>
    converse([...toYears, ['user', 'niet precies, 10 jaar'], chequeUsed], { date: DATE }));
});

describe('"ja" at "Voor wie kijk je dit na?"', () => {
  it('When someone answers "ja" or "nee" to whom the check is for, Then what is asked, kindly, with the buttons; no offer of a person', () =>
    converse(
      [
        ...toCheck,
        ['user', 'ja'],
        ['says', 'checkEligibility:forWhom.which', ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other']],
        ['user', 'nee'],
        ['says', 'checkEligibility:forWhom.which', ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other']],
        ['user', 'ok'],
        ['says', 'checkEligibility:forWhom.which', ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other']],
        ['tap', 'checkEligibility:forWhom.self'],
        residence,
      ],
      { date: DATE },
    ));
});

describe('"waarom?" alone, and "waarom niet?" after a "no"', () => {
  it('When someone types only "waarom?", "wrm" or "pourquoi ?" at a question of the check, Then it is "waarom vraag je dat?": the condition, and the question again', async () => {
    await converse(
      [
        ...toCheck,
        ['tap', 'checkEligibility:forWhom.self'],
        residence,
        ['user', 'waarom?'],
        ['says', 'checkEligibility:why.residence'],
        residence,
        ['tap', a('flanders')],
        work,
        ['user', 'wrm'],
        ['says', 'checkEligibility:why.work'],
        work,
      ],
      { date: DATE },
    );
    await converse([...toResidenceAfter('bonjour'), ['user', 'pourquoi ?'], ['says', 'checkEligibility:why.residence'], residence], {
      date: DATE,
      locale: 'fr',
    });
  });

  it('When "what is that" is typed at a question of the check, Then the question said more plainly, never "why is that" a typo or two away', async () => {
    await converse(
      [
        ...toResidenceAfter('hello'),
        ['user', 'what is that'],
        ['says', 'checkEligibility:residence.simpler'],
        residence,
        ['user', 'why is that'],
        ['says', 'checkEligibility:why.residence'],
        residence,
      ],
      { date: DATE, locale: 'en' },
    );
  });

  const menuAgain: Line = ['says', 'menu.questionAgain', ['menu.explain', 'menu.check', 'menu.book', 'menu.more']];
  const reasonAndWayOn: Line[] = [
    ['says', 'checkEligibility:reason.student'],
    ['says', 'checkEligibility:next.vdab_other_support'],
    menuAgain,
  ];
  /** A student checked for herself: "no", and the way on, at "Kan ik je nog ergens mee helpen?". */
  const toNo: Line[] = [
    ...toCheck,
    ['tap', 'checkEligibility:forWhom.self'],
    residence,
    ['user', 'gent'],
    work,
    ['user', 'student'],
    ['says', ['checkEligibility:outcome.not_eligible', 'checkEligibility:reason.student']],
    ['says', 'checkEligibility:next.vdab_other_support'],
    menuAgain,
  ];

  it('When a "no" was just said and the user asks "waarom niet?" or "waarom", Then the reason of that "no" and the way on, then the menu; no "not understood"', () =>
    converse([...toNo, ['user', 'waarom niet?'], ...reasonAndWayOn, ['user', 'waarom'], ...reasonAndWayOn], { date: DATE }));

  it('When a "no" is pushed back with "maar waarom niet" or "maar wat nu", Then the reason and the way on, as without the "maar"; never "Bedoel je een van deze?"', () =>
    converse([...toNo, ['user', 'maar waarom niet'], ...reasonAndWayOn, ['user', 'maar wat nu'], ...reasonAndWayOn], { date: DATE }));

  it('When a "no" was just said and the user asks "wat nu?", "wat moet ik dan doen", "what now?" or "et maintenant ?", Then the reason and the way on again, never the steps to order a cheque', async () => {
    await converse([...toNo, ['user', 'wat nu?'], ...reasonAndWayOn, ['user', 'wat moet ik dan doen'], ...reasonAndWayOn], { date: DATE });
    for (const [locale, said] of [
      ['en', 'what now?'],
      ['fr', 'et maintenant ?'],
    ] as const)
      await converse([...toNo, ['user', said], ...reasonAndWayOn], { date: DATE, locale });
  });

  it('When the English check asks "why?" and says no, Then the condition, and "why not?" gets its reason in English', () =>
    converse(
      [
        ...toResidenceAfter('hello'),
        ['user', 'gent'],
        work,
        // "why?" with its question mark: a word of three letters allows no typo.
        ['user', 'why?'],
        ['says', 'checkEligibility:why.work'],
        work,
        ['user', 'student'],
        ['says', ['checkEligibility:outcome.not_eligible', 'checkEligibility:reason.student']],
        ['says', 'checkEligibility:next.vdab_other_support'],
        ['says', 'menu.questionAgain', ['menu.explain', 'menu.check', 'menu.book', 'menu.more']],
        ['user', 'why not?'],
        ['says', 'checkEligibility:reason.student'],
        ['says', 'checkEligibility:next.vdab_other_support'],
        ['says', 'menu.questionAgain', ['menu.explain', 'menu.check', 'menu.book', 'menu.more']],
      ],
      { date: DATE, locale: 'en' },
    ));
});

/*
 * A jobseeker's "no" ends "Nog niet ingeschreven? Dat kan op vdab.be …". The reply to that at the
 * menu after it was "Sorry, dat begreep ik niet" ("ja ben ingeschreven") or "Dat weet ik niet"
 * ("hoe schrijf ik me in?"): now the counsellor helps on, or where to register.
 */
describe('after a jobseeker\'s "no": registered already, or how to register', () => {
  const jobseekerNo = (who: '' | '_helperShe' = ''): Line[] => [
    ['says', [`checkEligibility:outcome.not_eligible${who}`, 'checkEligibility:reason.jobseeker']],
    ['says', `checkEligibility:next.jobseeker_coach${who}`],
    ['says', 'menu.questionAgain', ['menu.explain', 'menu.check', 'menu.book', 'menu.more']],
  ];
  const menuAgain: Line = ['says', 'menu.questionAgain', ['menu.explain', 'menu.check', 'menu.book', 'menu.more']];
  const toJobseekerNo: Line[] = [
    ...toCheck,
    ['tap', 'checkEligibility:forWhom.self'],
    residence,
    ['user', 'gent'],
    work,
    ['user', 'ik ben werkloos'],
    ...jobseekerNo(),
  ];

  it('When the jobseeker says "ja ben ingeschreven" or "ik heb al een bemiddelaar", Then the VDAB counsellor helps on, and the menu', () =>
    converse(
      [
        ...toJobseekerNo,
        ['user', 'ja ben ingeschreven'],
        ['says', 'sideQuestions:alreadyRegistered'],
        menuAgain,
        ['user', 'ik heb al een bemiddelaar'],
        ['says', 'sideQuestions:alreadyRegistered'],
        menuAgain,
      ],
      { date: DATE },
    ));

  it('When the jobseeker says "nee nog niet ingeschreven" or asks "hoe schrijf ik me in?", Then where to register, and the menu', () =>
    converse(
      [
        ...toJobseekerNo,
        ['user', 'nee nog niet ingeschreven'],
        ['says', 'sideQuestions:howToRegister'],
        menuAgain,
        ['user', 'hoe schrijf ik me in?'],
        ['says', 'sideQuestions:howToRegister'],
        menuAgain,
        ['user', 'ik ben ingeschreven?'],
        ['says', 'sideQuestions:howToRegister'],
        menuAgain,
      ],
      { date: DATE },
    ));

  it('When someone checked for his wife and says "ze is al ingeschreven", Then the counsellor helps her on', () =>
    converse(
      [
        ...toCheck,
        ['user', 'voor mijn vrouw'],
        ['says', 'checkEligibility:residence.question_helperShe', [a('flanders'), a('brussels'), a('elsewhere')]],
        ['user', 'gent'],
        ['says', 'checkEligibility:work.question_helperShe', [a('employee'), a('self_employed'), a('noJob'), 'menu.more']],
        ['user', 'werkzoekend'],
        ...jobseekerNo('_helperShe'),
        ['user', 'ze is al ingeschreven'],
        ['says', 'sideQuestions:alreadyRegistered_helperShe'],
        menuAgain,
      ],
      { date: DATE },
    ));

  it('When a French jobseeker says "je suis déjà inscrit", Then the counsellor helps on, in French', () =>
    converse(
      [
        ...toResidenceAfter('bonjour'),
        ['user', 'gand'],
        work,
        ['user', 'je suis au chômage'],
        ...jobseekerNo(),
        ['user', 'je suis déjà inscrit'],
        ['says', 'sideQuestions:alreadyRegistered'],
        menuAgain,
      ],
      { date: DATE, locale: 'fr' },
    ));

  it('When a student\'s "no" was said, Then "ja ben ingeschreven" is no answer to a question that was not asked', async () => {
    const chat = await converse([...toCheck, ['tap', 'checkEligibility:forWhom.self'], residence, ['user', 'gent'], work], { date: DATE });
    expect((await chat.says('student')).map((r) => r.text)).toContain('Kan ik je nog ergens mee helpen?');
    const replies = await chat.says('ja ben ingeschreven');
    expect(replies.map((r) => r.text).join(' ')).not.toMatch(/begeleider van VDAB|Inschrijven als werkzoekende/);
  });
});

/*
 * "Hoeveel jaar moet ik gewerkt hebben?" at a question of the check asks the years the rules of the
 * day want: answered from them, then the same question again. Under rules only announced, what is
 * announced and that it is not sure.
 */
describe('"hoeveel jaar moet ik gewerkt hebben?" at a question of the check: the years the rules ask, then the question again', () => {
  // Before, "Bedoel je een van deze?" at "Wat doe je nu?", "Tik op een knop" at the years.
  it('When it is asked at "Wat doe je nu?" and at the years, in nl, fr and en, Then the minimum of the day, and the question again', async () => {
    await converse(
      [
        ...toYears.slice(0, -3),
        ['user', 'hoeveel jaar moet ik gewerkt hebben?'],
        ['says', 'sideQuestions:yearsOfWork'],
        work,
        ['tap', a('employee')],
        ['says', 'checkEligibility:years.whatCounts'],
        years,
        ['user', 'hoeveel jaar moet ik gewerkt hebben?'],
        ['says', 'sideQuestions:yearsOfWork'],
        years,
      ],
      { date: DATE },
    );
    await converse(
      [
        ...toCheck,
        ['tap', 'checkEligibility:forWhom.other'],
        ['says', 'checkEligibility:residence.question_helper', [a('flanders'), a('brussels'), a('elsewhere')]],
        ['user', 'hoeveel jaar moet zij gewerkt hebben'],
        ['says', 'sideQuestions:yearsOfWork'],
        ['says', 'checkEligibility:residence.question_helper', [a('flanders'), a('brussels'), a('elsewhere')]],
      ],
      { date: DATE },
    );
    for (const [locale, asked] of [
      ['fr', "combien d'années faut-il avoir travaillé ?"],
      ['en', 'how many years do I need to have worked?'],
    ] as const)
      await converse([...toYears.slice(0, -3), ['user', asked], ['says', 'sideQuestions:yearsOfWork'], work], { date: DATE, locale });
  });

  it('When the rules are only announced (2027), Then it says what is reported, and that it is not sure', () =>
    converse(
      [
        ...toCheckAnnounced,
        ['user', 'hoeveel jaar moet ik gewerkt hebben?'],
        ['says', ['rules:announced.experienceYears', 'rules:announced.notSure']],
        forWhom,
      ],
      { date: ANNOUNCED_DATE },
    ));
});
