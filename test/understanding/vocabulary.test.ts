import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n.js';
import { matchChoice } from '../../src/understanding/choices.js';
import { containsPhrase, withoutClauses } from '../../src/understanding/text.js';
import { Vocabulary } from '../../src/understanding/vocabulary.js';

const vocabulary = new Vocabulary(await createI18n());

describe('Vocabulary.position: a button named by its place', () => {
  it.each([
    ['de eerste', 1],
    ['Die tweede', 2],
    ['nummer 3', 3],
    ['the first one', 1],
    ['the 2nd', 2],
    ['le premier', 1],
    ['la deuxième', 2],
    ['celui-ci, le troisième', 3],
    // As typed on a phone, without the accent.
    ['le 2eme', 2],
    ['la 1ere', 1],
    ['de laatste', 'last'],
    ['the last one', 'last'],
  ] as const)('When "%s" is typed, Then it names position %s', (text, position) => {
    expect(vocabulary.position(text)).toBe(position);
  });

  it.each(['de eerste keer', 'wait a second', 'ik woon in de derde straat', 'eerste gesprek gratis?', 'Gent', ''])(
    'When "%s" says more than a place in the list, Then it names none',
    (text) => {
      expect(vocabulary.position(text)).toBeUndefined();
    },
  );
});

describe('the shipped word lists and the button "Meer"', () => {
  const menuEnd = [vocabulary.choice('more', 'menu.more'), vocabulary.choice('person', 'menu.person')];

  it.each(['mijn rug kan niet meer', 'ik wil niet meer', 'my back cannot take it any more', "je n'en peux plus"])(
    'When "%s" is typed, Then it is not the button "Meer": "niet meer" is no request for more',
    (text) => {
      expect(matchChoice(text, menuEnd, vocabulary.words)).toBeUndefined();
    },
  );

  it.each(['meer', 'Meer', 'more', 'plus'])('When "%s" alone is typed, Then it is the button', (text) => {
    expect(matchChoice(text, menuEnd, vocabulary.words)).toBe('more');
  });
});

describe('withoutClauses with the shipped phrases about where someone works', () => {
  it.each([
    ['ik werk in Nederland', ''],
    ['ik woon in Gent maar ik werk in Nederland', 'ik woon in gent maar'],
    ['Ik werk in Brussel, ik woon in Aalst', 'ik woon in aalst'],
    ['je travaille aux Pays-Bas et j’habite à Anvers', 'et j habite a anvers'],
    ['I work in Antwerp but I live in Breda', 'but i live in breda'],
    // The French "en" of "travaille en" is part of the phrase, never the Dutch "en" that ends a clause:
    // "je travaille en Flandre" was left as "en flandre", read as where one lives.
    ['je travaille en Flandre', ''],
    ["je travaille en Flandre mais j'habite en Wallonie", 'mais j habite en wallonie'],
    ['ik werk en woon in Gent', 'en woon in gent'],
  ])('When "%s" is read, Then what is left is "%s"', (text, left) => {
    expect(withoutClauses(text, vocabulary.workPlace, vocabulary.clauseEnds)).toBe(left);
  });

  it('When nothing in a message is about work, Then the message comes back as typed', () => {
    expect(withoutClauses('Ik woon in Sint-Niklaas', vocabulary.workPlace, vocabulary.clauseEnds)).toBe('Ik woon in Sint-Niklaas');
  });
});

describe('containsPhrase with the shipped phrase lists', () => {
  it.each(['wat neem ik mee?', 'Wat neem ik mee ??', 'hoe lang duurt het?'])(
    'When "%s" ends in a question mark, Then the phrase is still found',
    (text) => {
      expect(containsPhrase(text, vocabulary.firstMeeting)).toBe(true);
    },
  );
});

describe('the words of "Heb je al eens een loopbaancheque gebruikt?"', () => {
  const answers = [
    vocabulary.choice('never', 'checkEligibility:answers.never'),
    vocabulary.choice('usedBefore', 'answers.yes'),
    vocabulary.choice('unknown', 'checkEligibility:answers.unknown'),
  ];
  const meaning = (reply: string) => matchChoice(reply, answers, vocabulary.words);

  it.each([
    ['ik denk van wel', 'usedBefore'],
    ['een keer, lang geleden', 'usedBefore'],
    ['yes once', 'usedBefore'],
    ['une fois il y a longtemps', 'usedBefore'],
    ['ik denk van niet', 'never'],
    ['nee nog nooit', 'never'],
    // Told of someone else, with the year: "gebruikte" is no "nooit gebruikt".
    ['hij gebruikte er een in 2019', 'usedBefore'],
    ['ze heeft er al eens een gebruikt', 'usedBefore'],
    ['il en a utilisé un en 2019', 'usedBefore'],
    ['she used one in 2019', 'usedBefore'],
    ['nooit gebruikt', 'never'],
  ] as const)('When "%s" is typed, Then it is %s', (reply, expected) => {
    expect(meaning(reply)).toBe(expected);
  });

  it.each(['twelve years', 'more than ten years', 'ça fait déjà 12 ans', 'ik werk hier al 12 jaar'])(
    'When "%s" (years of work) is typed, Then it is no answer to this question',
    (reply) => {
      expect(meaning(reply)).toBeUndefined();
    },
  );
});

describe('the words of a yes or a no, as typed on a phone', () => {
  const answers = [vocabulary.choice('yes', 'answers.yes'), vocabulary.choice('no', 'answers.no')];
  const meaning = (reply: string) => matchChoice(reply, answers, vocabulary.words);

  it.each([
    ['ja ok', 'yes'],
    ['👍', 'yes'],
    ['ja is goed', 'yes'],
    ['oui d accord', 'yes'],
    ['nee hoeft niet', 'no'],
    ['👎', 'no'],
    ['non merci', 'no'],
    ['no thanks', 'no'],
    // Short forms and doubled words of chat: "nn", "nan", "ui", "oui oui", "nee nee", "yea".
    ['nn', 'no'],
    ['nan', 'no'],
    ['pas du tout', 'no'],
    ['nee nee', 'no'],
    ['ui', 'yes'],
    ['oui oui', 'yes'],
    ['yea', 'yes'],
    // West- and East-Flemish: "joa", "jo", "tis goed", "neeje", "nint".
    ['joa', 'yes'],
    ['jo', 'yes'],
    ['tis goed', 'yes'],
    ['neeje', 'no'],
    ['nint', 'no'],
  ] as const)('When "%s" is typed, Then it is %s', (reply, expected) => {
    expect(meaning(reply)).toBe(expected);
  });

  it('When a no comes with another day ("nee, niet vrijdag maar dinsdag"), Then it is no plain no: the day is read elsewhere', () => {
    expect(meaning('nee, niet vrijdag maar dinsdag')).toBeUndefined();
  });

  it.each(['jsp', 'weetnie', 'geen gedacht', 'idk', 'dunno'])('When "%s" is typed, Then it is "I don\'t know"', (reply) => {
    expect(matchChoice(reply, [vocabulary.choice('unknown', 'checkEligibility:answers.unknown')], vocabulary.words)).toBe('unknown');
  });

  it('When someone tells of stress at work, Then that is no "I don\'t know" ("weet ik veel" shares "ik" and "veel" with it)', () => {
    expect(
      matchChoice('ik heb veel stress op mijn werk', [vocabulary.choice('unknown', 'checkEligibility:answers.unknown')], vocabulary.words),
    ).toBeUndefined();
  });
});

describe('Vocabulary.saysDismissal: a dismissal, typed with a typo', () => {
  it.each(['ik ben ontslagen', 'ik ben ontslagn', 'ik ben ontslage', 'ik ben ontslaagen', 'j ai été licensié'])(
    'When "%s" is typed, Then it tells of a dismissal',
    (text) => {
      expect(vocabulary.saysDismissal(text)).toBe(true);
    },
  );

  it.each(['er is een probleem ontstaan', 'hoe ontstaat dat', 'j ai une licence en droit', 'ik ben ontspannen'])(
    'When "%s" is typed (a word a letter or two from one of dismissal), Then it tells of none',
    (text) => {
      expect(vocabulary.saysDismissal(text)).toBe(false);
    },
  );
});
