import { describe, expect, it } from 'vitest';
import { Chat, converse, type Line } from '../support/converse.js';
import { forWhom, hello, MENU_BUTTONS, queuedIn, residence, toPerson } from '../support/lines.js';

/*
 * People tried in the chat, in their own words: a builder of 55 who types as he speaks
 * ("ik wil nie online", "nu"), an expat who writes long sentences in English, a Brussels resident
 * who writes French without accents on WhatsApp, and Dutch as a second language.
 */

const DATE = '2026-12-03';

const menu: Line = ['says', 'menu.question', MENU_BUTTONS];
/** A job told: "Werk je voor een baas of voor jezelf?", never "Wat doe je nu?" again. */
const forABoss: Line = [
  'says',
  'checkEligibility:work.job',
  ['checkEligibility:answers.employee', 'checkEligibility:answers.self_employed', 'checkEligibility:answers.unknown'],
];
/** "Heb je al eens een loopbaancheque gebruikt?": the question after the work and the years. */
const chequeUsed: Line = [
  'says',
  'checkEligibility:chequeUsed.question',
  ['checkEligibility:answers.never', 'answers.yes', 'checkEligibility:answers.unknown'],
];

describe('a builder of 55, in short words', () => {
  it('When he answers "nu" to "Wil je nu chatten of wil je dat we je bellen?", Then he is in the queue, never the help text', async () => {
    await converse([...hello, ['user', 'ik wil iemand spreken'], ...toPerson, ['user', 'nu'], ...queuedIn('Bel 0800 30 700')], {
      date: DATE,
    });
  });

  it('When he says he does not want it online ("ik wil nie online"), Then it need not be online, and the same question again', async () => {
    await converse([...hello, ['user', 'ik wil nie online'], ['says', 'sideQuestions:notRemote'], menu], { date: DATE });
    await converse(
      [
        ...hello,
        ['user', 'Kan ik er een krijgen?'],
        ['says', 'checkEligibility:intro'],
        forWhom,
        ['user', 'ik wil niet via de telefoon'],
        ['says', 'sideQuestions:notRemote'],
        forWhom,
      ],
      { date: DATE },
    );
    // The coming denied, not online: "ik kan niet naar het centrum, liefst online" is no "niet online".
    const chat = await Chat.start({ date: DATE });
    await chat.says('hallo');
    const texts = (await chat.says('ik kan niet naar het centrum, liefst online')).map((m) => m.text).join(' ');
    expect(texts).not.toContain('Dat hoeft niet.');
  });

  it('When a booking names the town and "niet online", Then it stays the booking with its filter, not the answer', async () => {
    const chat = await Chat.start({ date: DATE });
    await chat.says('hallo');
    const texts = (await chat.says('afspraak gent niet online')).map((m) => m.text).join(' ');
    expect(texts).not.toContain('Dat hoeft niet.');
    expect(texts).toContain('Gent');
  });

  it('When it is said in French or English ("je veux pas en ligne", "I do not want to do it by phone"), Then the same answer', async () => {
    await converse(
      [['user', 'bonjour'], ['says', 'greeting'], menu, ['user', 'je veux pas en ligne'], ['says', 'sideQuestions:notRemote'], menu],
      {
        date: DATE,
        locale: 'fr',
      },
    );
    await converse(
      [['user', 'hi'], ['says', 'greeting'], menu, ['user', 'I do not want to do it by phone'], ['says', 'sideQuestions:notRemote'], menu],
      {
        date: DATE,
        locale: 'en',
      },
    );
  });
});

describe('Dutch as a second language', () => {
  it('When she says her diploma is not from here ("mijn diploma niet hier"), Then no diploma is needed, never "niet begrepen"', async () => {
    await converse([...hello, ['user', 'mijn diploma niet hier'], ['says', 'sideQuestions:noDiploma'], menu], { date: DATE });
    await converse(
      [
        ['user', 'bonjour'],
        ['says', 'greeting'],
        menu,
        ['user', 'mon diplome n est pas reconnu ici'],
        ['says', 'sideQuestions:noDiploma'],
        menu,
      ],
      {
        date: DATE,
        locale: 'fr',
      },
    );
    await converse(
      [
        ['user', 'hi'],
        ['says', 'greeting'],
        menu,
        ['user', 'my degree is not recognized in Belgium'],
        ['says', 'sideQuestions:noDiploma'],
        menu,
      ],
      {
        date: DATE,
        locale: 'en',
      },
    );
  });
});

describe('an expat who asks in long English sentences', () => {
  it('When a student with a side job asks "would I qualify for the career cheque?", Then the check starts with what was told, not what the cheque is', () =>
    converse(
      [
        ['user', 'Hello, I am a PhD student at KU Leuven but I also work part-time as a waiter, would I qualify for the career cheque?'],
        ['says', 'greetingShort'],
        ['says', 'checkEligibility:intro'],
        // "waiter" is a job now: whether for a boss or for oneself, rather than what one does.
        forABoss,
      ],
      { date: DATE, locale: 'en' },
    ));

  it('When someone on a temporary contract asks whether they "can still apply for the career cheque", Then the check, not how to order', () =>
    converse(
      [
        [
          'user',
          'Hello, I am currently on a temporary contract that ends in March, and I am wondering whether I can still apply for the career cheque before my contract ends?',
        ],
        ['says', 'greetingShort'],
        ['says', 'checkEligibility:intro'],
        residence,
      ],
      { date: DATE, locale: 'en' },
    ));
});

describe('a builder of 55: the check in his words', () => {
  it('When he says "kzen al 30 jaar metser", Then it is about himself: "Voor wie?" is not asked', () =>
    converse([...hello, ['user', 'kzen al 30 jaar metser'], ['says', 'checkEligibility:intro'], residence], { date: DATE }));
});

describe('a lorry driver who is tired of his job, at the menu', () => {
  // His job is told (forABoss), and his years: next comes whether he used a cheque before.

  it('When he tells how many years he drives and that he is fed up, Then the check starts, and his years are never asked', () =>
    converse(
      [
        ...hello,
        ['user', 'hallo ik ben al 20 jaar vrachtwagenchauffeur en ik ben het beu'],
        ['says', 'checkEligibility:intro'],
        residence,
        ['tap', 'checkEligibility:answers.flanders'],
        forABoss,
        ['tap', 'checkEligibility:answers.employee'],
        chequeUsed,
      ],
      { date: DATE },
    ));

  it('When he tells it in English, Then the same', () =>
    converse(
      [
        ...hello,
        ['user', 'hi i am a truck driver for 20 years and i am tired of it'],
        ['says', 'checkEligibility:intro'],
        residence,
        ['tap', 'checkEligibility:answers.flanders'],
        forABoss,
        ['tap', 'checkEligibility:answers.employee'],
        chequeUsed,
      ],
      { date: DATE, locale: 'en' },
    ));
});

describe('a lorry driver whose back gives out, asking what he can still do', () => {
  const story = 'ik ben 52 en al 30 jaar vrachtwagenchauffeur maar mijn rug wil niet meer, wat kan ik nog doen?';

  it('When his story ends in "wat kan ik nog doen?", Then that is what a coach is for: the check starts with his years read, never help with the chat', async () => {
    // His age told ("ik ben 52") hears first that age is no condition.
    const ageThenIntro: Line = ['says', ['sideQuestions:age', 'checkEligibility:intro']];
    await converse([['user', story], ['says', 'greetingShort'], ageThenIntro, residence], { date: DATE });
    await converse([...hello, ['user', story], ageThenIntro, residence, ['tap', 'checkEligibility:answers.flanders'], forABoss], {
      date: DATE,
    });
    await converse(
      [
        ...hello,
        ['user', "I've been a cleaner for 15 years but my knees hurt, what can I still do?"],
        ['says', 'checkEligibility:intro'],
        residence,
      ],
      { date: DATE, locale: 'en' },
    );
  });

  it('When "wat kan ik nog doen?" comes alone, Then it is still help with the chat', () =>
    converse([...hello, ['user', 'wat kan ik nog doen?'], ['says', 'help.what'], ['says', 'help.how'], ['says', 'help.commands'], menu], {
      date: DATE,
    }));
});

describe('a cleaner in Schaarbeek who tells it all in her first message', () => {
  it('When she says where she lives, that she works for a firm "sinds 2015", Then the year is no postcode: her home, work and years are never asked', () =>
    converse(
      [
        ['user', 'goeiemiddag, ik woon in Schaarbeek en werk als schoonmaakster bij een firma sinds 2015. Kan ik zo een cheque krijgen?'],
        ['says', 'greetingShort'],
        ['says', 'checkEligibility:intro'],
        chequeUsed,
      ],
      { date: DATE },
    ));
});

describe('someone who is lost, at the menu', () => {
  it('When she says "ik weet het allemaal niet meer", Then she gets help with the chat, and the conversation never stops', () =>
    converse(
      [...hello, ['user', 'ik weet het allemaal niet meer'], ['says', 'help.what'], ['says', 'help.how'], ['says', 'help.commands'], menu],
      { date: DATE },
    ));
});

describe('people who tell their years of work and want something else, at the menu', () => {
  // The recognizer is not sure of these (it half hears the explanation, or a move); the years of
  // work are the check's story all the same.
  it.each([
    ['nl', 'ik ben al 12 jaar verpleegster en wil wat anders', residence],
    ['nl', 'ik doe al 14 jaar de afwas in een restaurant', residence],
    ['fr', 'ca fait 11 ans que je travaille a la caisse et j en ai assez', residence],
    // Her years in a warehouse and "i want" tell of herself: "Voor wie?" is not asked.
    ['en', '12 years in the same warehouse and i want a change', residence],
  ] as const)('When she says (%s) "%s", Then the check starts', async (locale, story, question) => {
    await converse([...hello, ['user', story], ['says', 'checkEligibility:intro'], question], { date: DATE, locale });
  });

  // The recognizer is not sure of this one either; an age is no years of work, so the years do
  // not start the check ("ik ben 58 jaar en wil iets anders" the recognizer itself hears as the check).
  it('When she tells her age, not her years of work, Then the check is one of the choices, not started', () =>
    converse(
      [
        ...hello,
        ['user', 'ik ben 58 jaar en ik ben het beu'],
        ['says', 'fallback.didYouMean', ['menu.explain', 'menu.check', 'fallback.somethingElse']],
      ],
      { date: DATE },
    ));
});

describe('in January 2027, someone still asks for "een loopbaancheque"', () => {
  const JANUARY = '2027-01-05';
  const menu2027: Line = ['says', 'menu.question', MENU_BUTTONS];

  it('When the price of the cheque is asked, Then first that the loopbaankrediet takes its place, then that the price is not known', () =>
    converse(
      [
        ['user', 'hallo'],
        ['says', 'greetingAnnounced'],
        menu2027,
        ['user', 'wat kost de cheque'],
        ['says', ['rules:announced.startedInstead', 'rules:announced.priceUnknown', 'explainCheque:terms.checkVdab']],
        menu2027,
      ],
      { date: JANUARY },
    ));

  it('When "ik wil een loopbaancheque" starts a booking, Then it first says the loopbaankrediet takes the place of the cheque', async () => {
    const chat = await Chat.start({ date: JANUARY });
    await chat.says('hallo');
    const texts = (await chat.says('ik wil een loopbaancheque')).map((m) => m.text);
    expect(texts[0]).toMatch(/^De loopbaancheque stopte op 31 december 2026\. Normaal komt nu het loopbaankrediet\.\n/u);
  });
});

describe('a cleaner of 45 who writes simple French on her phone', () => {
  const forWhomFr: Line = [
    'says',
    'checkEligibility:forWhom.question',
    ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other'],
  ];
  const residence: Line = [
    'says',
    'checkEligibility:residence.question',
    ['checkEligibility:answers.flanders', 'checkEligibility:answers.brussels', 'checkEligibility:answers.elsewhere'],
  ];
  const start: Line[] = [
    ['user', 'bonjour'],
    ['says', 'greeting'],
    menu,
    ['user', 'je peu avoir le cheque'],
    ['says', 'checkEligibility:intro'],
    forWhomFr,
    ['user', 'pour moi'],
    residence,
  ];
  const toPersonFr: Line[] = [
    ['says', 'handover:intro'],
    ['says', 'handover:callSelf', ['Appeler le 0800 30 700']],
    ['says', 'handover:how.question', ['handover:how.chat', 'handover:how.callback', 'handover:how.no']],
  ];

  it('When she asks "un humain svp" at "Où habitez-vous ?", Then a person, never Humain (a village in Wallonia) and a "no"', () =>
    converse([...start, ['user', 'un humain svp'], ...toPersonFr], { date: DATE, locale: 'fr' }));

  it('When she says where she works ("je travaille chez un patron", "… dans le nettoyage"), Then she is an employee, never "Je ne comprends pas bien"', async () => {
    const work: Line = [
      'says',
      'checkEligibility:work.question',
      ['checkEligibility:answers.employee', 'checkEligibility:answers.self_employed', 'checkEligibility:answers.noJob', 'menu.more'],
    ];
    const years: Line[] = [
      ['says', 'checkEligibility:years.whatCounts'],
      [
        'says',
        'checkEligibility:years.question',
        ['checkEligibility:years.ranges.7.below', 'checkEligibility:years.ranges.7.atLeast', 'checkEligibility:answers.unknown'],
      ],
    ];
    for (const said of ['je travaille chez un patron', 'je travaille dans le nettoyage']) {
      await converse([...start, ['user', 'flandre'], work, ['user', said], ...years], { date: DATE, locale: 'fr' });
    }
  });
});
