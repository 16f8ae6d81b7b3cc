import { describe, expect, it } from 'vitest';
import { Chat, converse, type Line } from '../support/converse.js';
import { forWhom, hello, menu, menuAgain } from '../support/lines.js';

/*
 * A check for someone else speaks about that person. When the words that named them tell whether
 * it is a man or a woman ("voor mijn man", "pour ma fille", "can my wife …", "zij woont in Gent"),
 * every question and the verdict say "hij" or "zij" ("il", "elle"; "he", "she"); otherwise "hij of
 * zij" / "die persoon" stays. Texts that do not differ by it ("Het sectorfonds …") keep the helper's.
 */

const DATE = '2026-06-01';

const a = (key: string) => `checkEligibility:answers.${key}`;
const UNKNOWN = a('unknown');
const YES_NO_UNKNOWN = ['answers.yes', 'answers.no', UNKNOWN];
const residence = (form: string): Line => [
  'says',
  `checkEligibility:residence.question_${form}`,
  [a('flanders'), a('brussels'), a('elsewhere')],
];
const work = (form: string): Line => [
  'says',
  `checkEligibility:work.question_${form}`,
  [a('employee'), a('self_employed'), a('noJob'), 'menu.more'],
];
const years = (form: string): Line[] => [
  ['says', 'checkEligibility:years.whatCounts'],
  [
    'says',
    `checkEligibility:years.question_${form}`,
    ['checkEligibility:years.ranges.7.below', 'checkEligibility:years.ranges.7.atLeast', UNKNOWN],
  ],
];
const chequeUsed = (form: string): Line => ['says', `checkEligibility:chequeUsed.question_${form}`, [a('never'), 'answers.yes', UNKNOWN]];

describe('a check for someone named as a man or a woman', () => {
  it('When "kan mijn vrouw er een krijgen?" starts the check, Then every question, the yes and the offer to book say "zij" / "haar"', () =>
    converse(
      [
        ...hello,
        ['user', 'kan mijn vrouw er een krijgen?'],
        ['says', 'checkEligibility:intro'],
        residence('helperShe'),
        ['user', 'gent'],
        work('helperShe'),
        ['tap', a('employee')],
        ...years('helperShe'),
        ['user', '10 jaar'],
        chequeUsed('helperShe'),
        ['tap', a('never')],
        ['says', 'checkEligibility:outplacement.question_helperShe', YES_NO_UNKNOWN],
        ['tap', 'answers.no'],
        ['says', 'checkEligibility:outcome.eligible_helperShe'],
        [
          'says',
          'checkEligibility:eligibleNext.questionFree_helperShe',
          ['menu.book', 'checkEligibility:eligibleNext.order', 'checkEligibility:eligibleNext.later'],
        ],
      ],
      { date: DATE },
    ));

  // Before, "mn" was no "mijn" where the first message was read: "Voor wie kijk je dit na?" came anyway.
  it('When the first message is "voor mn vrouw" (a chat spelling of mijn), Then the check knows it is for her and asks where she lives', () =>
    converse([...hello, ['user', 'voor mn vrouw'], ['says', 'checkEligibility:intro'], residence('helperShe')], { date: DATE }));

  // Found by a blind persona probe: "For someone else" was the person read from "someone", "for my husband" the booking.
  it.each([
    ['en', 'For someone else', 'Where does this person live?'],
    ['en', 'for my husband', 'Where does he live?'],
    ['fr', "pour quelqu'un d'autre", 'Où habite cette personne ?'],
    ['nl', 'voor mijn moeder', 'Waar woont zij?'],
  ] as const)('When (%s) "%s" is typed at the menu, Then the check starts for that person', async (locale, said, asked) => {
    const chat = await Chat.start({ date: DATE, locale });
    await chat.opens();
    expect((await chat.says(said)).at(-1)?.text).toBe(asked);
  });

  // Found by a blind persona probe: "typ voor" named no one the check is for, and "slecht nederlands"
  // was read as living in the Netherlands (abroad: "iemand van VDAB moet het bekijken").
  it('When someone types for their father, who speaks little Dutch and lives in Antwerpen, Then the check is for him, in Flanders, and ends in a yes', async () => {
    const chat = await Chat.start({ date: DATE });
    await chat.opens();
    const first = await chat.says(
      'ik typ voor mijn vader hij spreekt slecht nederlands. hij werkt in de bouw. hij woont in antwerpen. kan hij een cheque krijgen?',
    );
    expect(first.at(-1)?.text).toBe('Hoe lang heeft hij in totaal al gewerkt?');
    await chat.says('30 jaar');
    await chat.says('nee');
    expect((await chat.says('nee'))[0]?.text).toMatch(/^Ja, hij kan een loopbaancheque krijgen\./);
    // Living in the Netherlands is still abroad; a language named before the home is no country.
    const abroad = await Chat.start({ date: DATE });
    await abroad.opens();
    await abroad.says('kan mijn vader een cheque krijgen? hij woont in nederland');
    for (const said of ['werknemer', '30 jaar', 'nee']) await abroad.says(said);
    expect((await abroad.says('nee'))[0]?.text).toMatch(/^Dat moet iemand van VDAB bekijken\..*\nWie in het buitenland woont/);
    const moved = await Chat.start({ date: DATE });
    await moved.opens();
    // "ik spreek …" is about oneself: neither whom nor where is asked again.
    expect((await moved.says('ik spreek slecht nederlands en woon in gent, kan ik een cheque krijgen?')).at(-1)?.text).toBe(
      'Wat doe je nu?',
    );
  });

  it('When the wish says more ("een afspraak voor mijn vrouw"), Then it is that wish, not the check', async () => {
    const chat = await Chat.start({ date: DATE });
    await chat.opens();
    expect((await chat.says('een afspraak voor mijn vrouw')).at(-1)?.text).toBe(
      'In welke gemeente zoek je een centrum? Typ de postcode of de naam.',
    );
  });

  it('When "voor mijn man" answers "Voor wie?", Then the questions and the no say "hij"; a text the same for everyone stays the helper\'s', () =>
    converse(
      [
        ...hello,
        ['tap', 'menu.check'],
        ['says', 'checkEligibility:intro'],
        forWhom,
        ['user', 'voor mijn man'],
        residence('helperHe'),
        ['tap', a('flanders')],
        work('helperHe'),
        ['tap', a('employee')],
        ...years('helperHe'),
        ['user', '3 jaar'],
        ['says', ['checkEligibility:outcome.not_eligible_helperHe', 'checkEligibility:reason.too_little_experience_helperHe']],
        // "Het sectorfonds …" has no form of its own for him: the helper's text.
        [
          'says',
          [
            'checkEligibility:next.sector_fund_helper',
            'checkEligibility:next.ask_employer_helper',
            'checkEligibility:next.paid_coaching_helperHe',
          ],
        ],
        menuAgain,
      ],
      { date: DATE },
    ));

  it('When "Voor iemand anders" is tapped, Then "die persoon" until an answer tells ("zij woont in Gent"), and "zij" from then on', () =>
    converse(
      [
        ...hello,
        ['tap', 'menu.check'],
        ['says', 'checkEligibility:intro'],
        forWhom,
        ['tap', 'checkEligibility:forWhom.other'],
        residence('helper'),
        ['user', 'zij woont in gent'],
        work('helperShe'),
      ],
      { date: DATE },
    ));

  it('When the words tell nothing ("voor mijn partner") or tell about the speaker ("ik ben zijn vrouw"), Then "hij of zij" stays', async () => {
    for (const said of ['voor mijn partner', 'voor een collega', 'ik ben zijn vrouw']) {
      await converse(
        [
          ...hello,
          ['tap', 'menu.check'],
          ['says', 'checkEligibility:intro'],
          forWhom,
          ['user', said],
          residence('helper'),
          ['tap', a('flanders')],
          work('helper'),
        ],
        { date: DATE },
      );
    }
  });

  it('When the check is for "mon mari" in French or "my daughter" in English, Then "il" / "she"', async () => {
    await converse(
      [
        ['user', 'bonjour'],
        ['says', 'greeting'],
        menu,
        ['tap', 'menu.check'],
        ['says', 'checkEligibility:intro'],
        forWhom,
        ['user', 'pour mon mari'],
        ['bot', 'Où habite-t-il ?', ['Flandre', 'Bruxelles', 'Ailleurs']],
        ['tap', a('brussels')],
        ['bot', 'Que fait-il en ce moment ?', ['Salarié', 'Indépendant', 'Sans emploi', 'Plus']],
      ],
      { date: DATE, locale: 'fr' },
    );
    await converse(
      [
        ['user', 'hello'],
        ['says', 'greeting'],
        menu,
        ['user', 'can my daughter get a career cheque?'],
        ['says', 'checkEligibility:intro'],
        ['bot', 'Where does she live?', ['Flanders', 'Brussels', 'Somewhere else']],
        ['tap', a('flanders')],
        ['bot', 'What does she do now?', ['Employee', 'Self-employed', 'No job now', 'More']],
      ],
      { date: DATE, locale: 'en' },
    );
  });
});

describe('someone else told of first, then asked about with "hij", "ze", "il", "she"', () => {
  it.each([
    ['nl', 'mijn vader werkt in de bouw, kan hij een cheque krijgen?', 'helperHe'],
    ['nl', 'mijn moeder is poetsvrouw, kan ze er een krijgen', 'helperShe'],
    ['fr', 'mon mari travaille, il peut avoir un chèque carrière?', 'helperHe'],
    ['en', 'my wife is a nurse, can she get a career cheque?', 'helperShe'],
  ])('When %s "%s" is typed at the menu, Then the check for that person starts, never "Bedoel je …?"', async (locale, said, form) => {
    await converse([...hello, ['user', said], ['says', 'checkEligibility:intro'], residence(form)], { date: DATE, locale });
  });
});

describe('someone else who speaks another language', () => {
  const otherSpeaks = (form?: 'he' | 'she'): Line => [
    'says',
    [form ? `sideQuestions:otherSpeaksLanguage_${form}` : 'sideQuestions:otherSpeaksLanguage', 'sideQuestions:guidanceLanguage'],
  ];

  it('When "mijn man spreekt geen nederlands" or "my husband doesn\'t speak dutch" is typed, Then the bot says it speaks three languages and the guidance is in Dutch, never the language menu', async () => {
    await converse([...hello, ['user', 'mijn man spreekt geen nederlands'], otherSpeaks('he'), menu], { date: DATE });
    await converse([...hello, ['user', 'mijn vrouw spreekt alleen frans'], otherSpeaks('she'), menu], { date: DATE });
    await converse([...hello, ['user', 'mijn partner spreekt alleen arabisch'], otherSpeaks(), menu], { date: DATE });
    // The "ik" of the one typing for him (a blind persona probe: was the language menu, then a person).
    await converse([...hello, ['user', 'ik schrijf voor mijn vader hij spreekt niet goed nederlands'], otherSpeaks('he'), menu], {
      date: DATE,
    });
    await converse([['user', 'hi'], ['says', 'greeting'], menu, ['user', "my husband doesn't speak dutch"], otherSpeaks('he'), menu], {
      date: DATE,
      locale: 'en',
    });
    await converse(
      [['user', 'bonjour'], ['says', 'greeting'], menu, ['user', 'ma femme ne parle pas néerlandais'], otherSpeaks('she'), menu],
      {
        date: DATE,
        locale: 'fr',
      },
    );
    // In the middle of the check: the answer, then the same question again.
    await converse(
      [
        ...hello,
        ['tap', 'menu.check'],
        ['says', 'checkEligibility:intro'],
        forWhom,
        ['tap', 'checkEligibility:forWhom.other'],
        residence('helper'),
        ['user', 'mijn man spreekt geen nederlands'],
        otherSpeaks('he'),
        residence('helper'),
      ],
      { date: DATE },
    );
    // The one typing who does not speak Dutch still gets the languages to choose from.
    await converse(
      [
        ...hello,
        ['user', 'ik spreek geen nederlands'],
        ['says', 'chooseLanguage:question', ['chooseLanguage:nl', 'chooseLanguage:fr', 'chooseLanguage:en']],
      ],
      { date: DATE },
    );
  });
});

describe('someone else named in Flemish, or told of with "hij" or "zij", at "Voor wie kijk je dit na?"', () => {
  const toForWhom: Line[] = [...hello, ['tap', 'menu.check'], ['says', 'checkEligibility:intro'], forWhom];

  it('When "voor mijne vent" is typed, Then the check is for him, never "Afspraak maken?"', () =>
    converse([...toForWhom, ['user', 'voor mijne vent'], residence('helperHe')], { date: DATE }));

  // "ma", "pa": how a mother and a father are named in Flanders; before, "Bedoel je dit? Afspraak maken".
  it('When "voor mn ma" or "mijn pa" is typed, Then it is for her or him', async () => {
    await converse([...toForWhom, ['user', 'voor mn ma'], residence('helperShe')], { date: DATE });
    await converse([...toForWhom, ['user', 'mijn pa'], residence('helperHe')], { date: DATE });
    await converse([...hello, ['user', 'kan mijn ma er een krijgen?'], ['says', 'checkEligibility:intro'], residence('helperShe')], {
      date: DATE,
    });
  });

  // The pronoun alone: was "Sorry, dat begreep ik niet".
  it('When "hij" or "ze" alone is typed, Then it is for him or her', async () => {
    await converse([...toForWhom, ['user', 'hij'], residence('helperHe')], { date: DATE });
    await converse([...toForWhom, ['user', 'ze'], residence('helperShe')], { date: DATE });
  });

  it('When "hij woont in aalst" is typed, Then it is for him and where he lives is kept: his work is asked next', () =>
    converse([...toForWhom, ['user', 'hij woont in aalst'], work('helperHe')], { date: DATE }));

  // "ze" is how "zij" is said and typed; before, "Sorry, dat begreep ik niet".
  it('When "ze woont in aalst" is typed, Then it is for her and where she lives is kept', () =>
    converse([...toForWhom, ['user', 'ze woont in aalst'], work('helperShe')], { date: DATE }));

  // "bij mij" is where she lives, not the speaker's own check; before, "Sorry, dat begreep ik niet".
  it('When "ze woont bij mij in aalst" is typed, Then it is for her and where she lives is kept; "ik woon in aalst" stays for oneself', async () => {
    await converse([...toForWhom, ['user', 'ze woont bij mij in aalst'], work('helperShe')], { date: DATE });
    await converse([...toForWhom, ['user', 'hij woont bij mij in gent'], work('helperHe')], { date: DATE });
    await converse([...toForWhom, ['user', 'hij woont bij ons in gent'], work('helperHe')], { date: DATE });
    await converse([...toForWhom, ['user', 'ze woont bij mij'], residence('helperShe')], { date: DATE });
    await converse([...toForWhom, ['user', 'mijn zoon woont bij mij'], residence('helperHe')], { date: DATE });
    await converse([...toForWhom, ['user', 'elle habite chez moi à gand'], work('helperShe')], { date: DATE, locale: 'fr' });
    await converse([...toForWhom, ['user', 'she lives with me in ghent'], work('helperShe')], { date: DATE, locale: 'en' });
    const ownWork: Line = ['says', 'checkEligibility:work.question', [a('employee'), a('self_employed'), a('noJob'), 'menu.more']];
    await converse([...toForWhom, ['user', 'ik woon in aalst'], ownWork], { date: DATE });
  });

  it('When the wish names him and where he lives with the speaker ("kan mijn zoon er een krijgen? hij woont bij mij"), Then it is for him: where he lives is asked, not "Voor wie?"', () =>
    converse(
      [...hello, ['user', 'kan mijn zoon er een krijgen? hij woont bij mij'], ['says', 'checkEligibility:intro'], residence('helperHe')],
      {
        date: DATE,
      },
    ));

  it('When "zij werkt als poetsvrouw" is typed, Then it is for her: the questions say "zij"', () =>
    converse([...toForWhom, ['user', 'zij werkt als poetsvrouw'], residence('helperShe')], { date: DATE }));
});

/*
 * The work told of him or her ("zij werkt als poetsvrouw") is read as "ik werk als poetsvrouw" is:
 * working, for a boss. Told early, at "Voor wie?" or in the first message, it is not asked again.
 */
describe('the work told of him or her ("zij werkt als poetsvrouw") is taken, never asked again', () => {
  const toForWhom: Line[] = [...hello, ['tap', 'menu.check'], ['says', 'checkEligibility:intro'], forWhom];
  const toTheirWork: Line[] = [
    ...toForWhom,
    ['tap', 'checkEligibility:forWhom.other'],
    residence('helper'),
    ['user', 'gent'],
    work('helper'),
  ];

  // Before, "Wat doet zij nu?" came after where she lives.
  it('When "zij werkt als poetsvrouw" answers "Voor wie?", Then after where she lives, how long she worked', async () => {
    await converse([...toForWhom, ['user', 'zij werkt als poetsvrouw'], residence('helperShe'), ['user', 'gent'], ...years('helperShe')], {
      date: DATE,
    });
    await converse([...toForWhom, ['user', 'hij werkt als chauffeur'], residence('helperHe'), ['user', 'gent'], ...years('helperHe')], {
      date: DATE,
    });
    await converse(
      [...toForWhom, ['user', 'elle travaille comme femme de ménage'], residence('helperShe'), ['user', 'gand'], ...years('helperShe')],
      { date: DATE, locale: 'fr' },
    );
    await converse([...toForWhom, ['user', 'she works as a cleaner'], residence('helperShe'), ['user', 'ghent'], ...years('helperShe')], {
      date: DATE,
      locale: 'en',
    });
  });

  it('When the first message names her and her work ("kan mijn vrouw er een krijgen? ze werkt als poetsvrouw"), Then after where she lives, how long she worked', () =>
    converse(
      [
        ...hello,
        ['user', 'kan mijn vrouw er een krijgen? ze werkt als poetsvrouw'],
        ['says', 'checkEligibility:intro'],
        residence('helperShe'),
        ['user', 'gent'],
        ...years('helperShe'),
      ],
      { date: DATE },
    ));

  // Before, "Werkt die persoon voor een baas of voor zichzelf?" for the one, the years for "hij werkt niet".
  it('When "zij werkt als poetsvrouw" answers "Wat doet hij of zij nu?", Then how long she worked; "hij werkt niet" is no work now', async () => {
    await converse([...toTheirWork, ['user', 'zij werkt als poetsvrouw'], ...years('helperShe')], { date: DATE });
    const noJob: Line = ['says', 'checkEligibility:work.noJob', [a('jobseeker'), a('student'), a('retired'), 'menu.more']];
    await converse([...toTheirWork, ['user', 'hij werkt niet'], noJob], { date: DATE });
    await converse([...toTheirWork, ['user', 'ze werkt nu niet'], noJob], { date: DATE });
  });

  // Before, "Wat doet hij nu?" after where he lives: "hij werkt niet meer" was not read.
  it('When "hij werkt niet meer" answers "Voor wie?", Then it is for him and, after where he lives, which life without work', () =>
    converse(
      [
        ...toForWhom,
        ['user', 'hij werkt niet meer'],
        residence('helperHe'),
        ['user', 'gent'],
        ['says', 'checkEligibility:work.noJob', [a('jobseeker'), a('student'), a('retired'), 'menu.more']],
      ],
      { date: DATE },
    ));
});

/*
 * A job named at "Voor wie?" is one's own work, even when its words hold a word for a relative:
 * "femme de ménage" is no "ma femme", "sage-femme" nobody's wife.
 */
describe('one\'s own job at "Voor wie?" ("je suis femme de ménage") is for oneself, never for a wife', () => {
  const toForWhom: Line[] = [...hello, ['tap', 'menu.check'], ['says', 'checkEligibility:intro'], forWhom];
  const ownResidence: Line = ['says', 'checkEligibility:residence.question', [a('flanders'), a('brussels'), a('elsewhere')]];
  const forABoss = (form = ''): Line => ['says', `checkEligibility:work.job${form}`, [a('employee'), a('self_employed'), UNKNOWN]];

  // Before, "Où habite cette personne ?": "femme" came close to "ma femme".
  it('When "je suis femme de ménage" answers "Pour qui ?", Then it is for oneself, and the job is kept: for a boss or for oneself', async () => {
    for (const said of ['je suis femme de ménage', 'femme de ménage', 'je suis sage-femme', 'je suis homme de ménage'])
      await converse([...toForWhom, ['user', said], ownResidence, ['user', 'gand'], forABoss()], { date: DATE, locale: 'fr' });
    // Her job, with her named: for her still.
    await converse(
      [...toForWhom, ['user', 'ma femme est femme de ménage'], residence('helperShe'), ['user', 'gand'], forABoss('_helperShe')],
      {
        date: DATE,
        locale: 'fr',
      },
    );
  });

  // Before, "cleaning lady" at "Who is this check for?" ended the chat: "Goodbye!".
  it('When "i am a cleaning lady" or "cleaning lady" answers "Who is it for?", Then it is for oneself; "poetsvrouw" alone too', async () => {
    for (const said of ['i am a cleaning lady', 'cleaning lady'])
      await converse([...toForWhom, ['user', said], ownResidence, ['user', 'ghent'], forABoss()], { date: DATE, locale: 'en' });
    await converse([...toForWhom, ['user', 'poetsvrouw'], ownResidence, ['user', 'gent'], forABoss()], { date: DATE });
    // No work ("ik ben huisvrouw") is about oneself too.
    await converse([...toForWhom, ['user', 'ik ben huisvrouw'], ownResidence], { date: DATE });
  });
});
