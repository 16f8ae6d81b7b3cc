import { describe, expect, it } from 'vitest';
import { matchChoice, rankChoices, type ChoiceVocabulary } from '../../src/understanding/choices.js';
import { editDistance, isOneOf, normalize } from '../../src/understanding/text.js';

const menu: ChoiceVocabulary[] = [
  { value: 'explain', phrases: ['Wat is een loopbaancheque?', 'uitleg', 'loopbaancheque'] },
  { value: 'check', phrases: ['Kan ik er een krijgen?', 'heb ik recht', 'voorwaarden'] },
  { value: 'book', phrases: ['Afspraak maken', 'afspraak', 'gesprek'] },
  { value: 'more', phrases: ['Meer'] },
];
const filler = new Set(['ik', 'je', 'een', 'er', 'is', 'wat', 'wil', 'ne', 'kan']);

describe('normalize', () => {
  it('When text has capitals, accents and punctuation, Then they are gone', () => {
    expect(normalize('  Ça, c’est CLAIR!! ')).toBe('ca c est clair');
    expect(normalize('Wat is een loopbaancheque?')).toBe('wat is een loopbaancheque?');
  });

  it('When "œ" is typed, or "oe" for it, Then both are one word ("ma sœur" is "ma soeur")', () => {
    expect(normalize('Ma Sœur')).toBe('ma soeur');
    expect(normalize('ma soeur')).toBe('ma soeur');
  });
});

describe('editDistance', () => {
  it.each([
    ['afspraak', 'afspraak', 0],
    ['afsrpaak', 'afspraak', 1],
    ['afspaak', 'afspraak', 1],
    ['lopbaancheque', 'loopbaancheque', 1],
    ['kat', 'hond', 4],
  ])('%s → %s is %i edits', (a, b, expected) => expect(editDistance(a, b)).toBe(expected));

  it('When the distance exceeds the budget, Then it stops early with budget + 1', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });
});

describe('matchChoice', () => {
  it.each([
    ['2', 'check'],
    ['4', 'more'],
    ['Afspraak maken', 'book'],
    ['afspraak maken', 'book'],
    ['afsrpaak', 'book'],
    ['ik wil ne afspraak', 'book'],
    ['wat is een lopbaancheque', 'explain'],
    ['kan ik er een krijge', 'check'],
    ['MEER', 'more'],
  ])('When the user writes "%s", Then it means %s', (reply, expected) => {
    expect(matchChoice(reply, menu, filler)).toBe(expected);
  });

  it.each([['9'], ['0'], [''], ['   '], ['hallo'], ['wat is dat'], ['🙂'], ['x'.repeat(10_000)], ['hoe is het weer'], ['ik heb dorst']])(
    'When the user writes "%s", Then nothing is guessed',
    (reply) => {
      expect(matchChoice(reply, menu, filler)).toBeUndefined();
    },
  );

  it('When two answers fit equally well, Then it is unclear rather than a guess', () => {
    const tie: ChoiceVocabulary[] = [
      { value: 'a', phrases: ['gesprek plannen'] },
      { value: 'b', phrases: ['gesprek annuleren'] },
    ];
    expect(matchChoice('gesprek', tie)).toBeUndefined();
  });

  it('When one phrase covers more of the reply, Then that one wins ("niet duidelijk" is no, not yes)', () => {
    const yesNo: ChoiceVocabulary[] = [
      { value: 'yes', phrases: ['ja', 'duidelijk'] },
      { value: 'no', phrases: ['nee', 'niet duidelijk'] },
    ];
    expect(matchChoice('nie duidelijk', yesNo)).toBe('no');
    expect(matchChoice('duidelijk', yesNo)).toBe('yes');
  });
});

describe('a whole reply with a typo: words run together or split apart are one typo, never more', () => {
  const forWhom: ChoiceVocabulary[] = [
    { value: 'self', phrases: ['Pour moi'] },
    { value: 'other', phrases: ["Quelqu'un d'autre"] },
  ];

  it('When "pourqoi" comes where "Pour moi" is an answer, Then it is no answer (two edits, one of them a space)', () => {
    expect(matchChoice('pourqoi', forWhom)).toBeUndefined();
    expect(matchChoice('pour mi', forWhom)).toBe('self');
    expect(matchChoice('pourmoi', forWhom)).toBe('self');
  });

  it('When "pour moi" is held against "pourquoi", Then it is not that word; "waar om" and "pourqoi" still are', () => {
    expect(isOneOf('pour moi', ['pourquoi'])).toBe(false);
    expect(isOneOf('pourqoi', ['pourquoi'])).toBe(true);
    expect(isOneOf('waar om', ['waarom'])).toBe(true);
  });
});

describe('matchChoice on a long message (its words compared once)', () => {
  const story = 'ik werk al twintig jaar in de haven en mijn rug doet pijn en ik zoek iets anders';

  it('When a long message names one answer among its words, Then that answer, as in a short one, typo included', () => {
    expect(matchChoice(`${story} dus graag een afspraak`, menu, filler)).toBe('book');
    expect(matchChoice(`${story} dus graag een afsrpaak`, menu, filler)).toBe('book');
    expect(matchChoice('graag een afsrpaak', menu, filler)).toBe('book');
  });

  it('When a long message repeats its words and names no answer, or two, Then none', () => {
    expect(matchChoice(`${story} ${story}`, menu, filler)).toBeUndefined();
    expect(matchChoice(`${story} afspraak of uitleg`, menu, filler)).toBeUndefined();
  });
});

describe('matchChoice and one fuzzy word', () => {
  const appointments: ChoiceVocabulary[] = [
    { value: 'move', phrases: ['afspraak veranderen', 'verplaatsen'] },
    { value: 'cancel', phrases: ['afspraak annuleren'] },
  ];

  it('When half a phrase is matched only by a word two typos away ("vlaanderen" ~ "veranderen"), Then no answer is picked', () => {
    expect(matchChoice('Vlaanderen', appointments, filler)).toBeUndefined();
  });

  it('When a word is two letters off with another first letter ("werkplaats" ~ "verplaatsen"), Then it is another word; typos that keep the first letter still count', () => {
    expect(matchChoice('ik werk in een werkplaats', appointments, filler)).toBeUndefined();
    expect(matchChoice('werkplaatsen', appointments, filler)).toBeUndefined();
    expect(matchChoice('verplatsen', appointments, filler)).toBe('move');
    expect(matchChoice('verplaatsn aub', appointments, filler)).toBe('move');
    expect(matchChoice('werplaatsen', appointments, filler)).toBe('move');
  });

  it('When a word of its own is typed two letters from an answer\'s word ("pensionné" ~ "personne"), Then it is that word, not a typo; one letter off still counts', () => {
    const atMenu: ChoiceVocabulary[] = [
      { value: 'person', phrases: ['personne', 'parler a quelqu un'] },
      { value: 'check', phrases: ['puis je en recevoir un'] },
    ];
    const classes = { filler: new Set(['je', 'suis']), own: new Set(['pensionne', 'personnes']) };
    expect(matchChoice('pensionné', atMenu, classes)).toBeUndefined();
    expect(matchChoice('je suis pensionné', atMenu, classes)).toBeUndefined();
    expect(rankChoices('je suis pensionné', atMenu, classes)).toEqual([]);
    // Not a word of its own: the typo it is.
    expect(matchChoice('persionne', atMenu, classes)).toBe('person');
    expect(matchChoice('personnes', atMenu, classes)).toBe('person');
    // The same words without the list of own words: "pensionné" was taken for "personne".
    expect(matchChoice('je suis pensionné', atMenu, { filler: classes.filler })).toBe('person');
  });

  it('When half a phrase is matched by a word typed right, Then that answer is picked', () => {
    expect(matchChoice('ik wil ne afspraak veranderen', appointments, filler)).toBe('move');
  });

  it('When one answer has the word as typed and another has it two letters away ("employed", "unemployed"), Then the one typed wins', () => {
    const work: ChoiceVocabulary[] = [
      { value: 'employee', phrases: ['employee', 'employed'] },
      { value: 'self_employed', phrases: ['self employed'] },
      { value: 'jobseeker', phrases: ['unemployed'] },
    ];
    const englishFiller = new Set(['i', 'am']);
    expect(matchChoice('I am employed', work, englishFiller)).toBe('employee');
    expect(matchChoice('I am unemployed', work, englishFiller)).toBe('jobseeker');
    // Both a letter off: still unclear.
    expect(matchChoice('I am emploied', [work[0], { value: 'x', phrases: ['emploier'] }], englishFiller)).toBeUndefined();
  });
});

describe('rankChoices (the likely answers for "Bedoel je …?")', () => {
  it('When a reply shares meaningful words with some answers, Then those come back, most shared first', () => {
    expect(rankChoices('ik wil een afspraak voor uitleg', menu, filler)).toEqual(['explain', 'book']);
  });

  it('When a reply shares nothing meaningful, Then nothing is likely', () => {
    expect(rankChoices('asdf', menu, filler)).toEqual([]);
  });
});

describe('matchChoice: weak words count only together with others', () => {
  const words = { filler, weak: new Set(['niet', 'pas', 'not']) };
  const clear: ChoiceVocabulary[] = [
    { value: 'yes', phrases: ['Ja', 'duidelijk'] },
    { value: 'no', phrases: ['Nee', 'niet duidelijk'] },
  ];
  const menuWithCancel: ChoiceVocabulary[] = [...menu, { value: 'cancel', phrases: ['Afspraak annuleren', 'ik kan niet komen'] }];

  it('When "dat was niet duidelijk" is typed, Then the negation decides: no', () => {
    expect(matchChoice('dat was niet duidelijk', clear, words)).toBe('no');
    expect(matchChoice('heel duidelijk', clear, words)).toBe('yes');
  });

  it('When the only word a reply shares with an answer is "niet", Then it picks nothing', () => {
    expect(matchChoice('ik snap het niet', menuWithCancel, words)).toBeUndefined();
    expect(matchChoice('ik kan niet komen', menuWithCancel, words)).toBe('cancel');
    expect(rankChoices('ik snap het niet', menuWithCancel, words)).toEqual([]);
  });

  it('When a button and a typed-only synonym give the same answer, Then saying it is that answer, not a tie', () => {
    const never: ChoiceVocabulary[] = [
      { value: 'never', phrases: ['Nee, nooit'] },
      { value: 'never', phrases: ['nee nooit', 'nooit'] },
      { value: 'yes', phrases: ['Ja'] },
    ];
    expect(matchChoice('nee nooit', never, words)).toBe('never');
  });

  it('When every word of a two-word answer is said, short and weak words included, Then that is the answer', () => {
    const used: ChoiceVocabulary[] = [
      { value: 'never', phrases: ['Nee, nooit'] },
      { value: 'yes', phrases: ['Ja'] },
    ];
    expect(matchChoice('nee nog nooit', used, words)).toBe('never');
    expect(matchChoice('neen, echt nog nooit', used, words)).toBe('never');
  });

  it('When a short answer comes with filler only ("ja graag"), Then it is that answer; with other words it is not', () => {
    const yesNo: ChoiceVocabulary[] = [
      { value: 'yes', phrases: ['Ja'] },
      { value: 'no', phrases: ['Nee'] },
    ];
    const withGraag = { ...words, filler: new Set([...filler, 'graag']) };
    expect(matchChoice('ja graag', yesNo, withGraag)).toBe('yes');
    expect(matchChoice('ja maar wat kost het', yesNo, withGraag)).toBeUndefined();
  });
});

describe('matchChoice: a phrase that says "not" needs a reply that does', () => {
  const negations = new Set(['niet', 'nooit', 'pas', 'not', 'never']);
  const used: ChoiceVocabulary[] = [
    { value: 'never', phrases: ['Nee, nooit', 'ik denk van niet', 'ik denk het niet'] },
    { value: 'unknown', phrases: ['Ik weet het niet'] },
  ];

  it('When "ik denk van wel" is typed, Then it is not "ik denk van niet", one word and a few letters away', () => {
    expect(matchChoice('ik denk van wel', used, { filler, negations })).toBeUndefined();
    expect(matchChoice('ik denk het wel', used, { filler, negations })).toBeUndefined();
  });

  it('When the reply says "not" too, Then the phrase is matched as before, typos allowed', () => {
    expect(matchChoice('ik denk van niet', used, { filler, negations })).toBe('never');
    expect(matchChoice('ik denk het nie', used, { filler, negations: new Set([...negations, 'nie']) })).toBe('never');
    expect(matchChoice('ik weet het niet', used, { filler, negations })).toBe('unknown');
  });

  it('When no negations are given, Then nothing changes (the fuzzy match of the whole reply stands)', () => {
    expect(matchChoice('ik denk van wel', used, { filler })).toBe('never');
  });
});

describe('matchChoice: a word the reply denies is no answer', () => {
  const negations = new Set(['niet', 'geen', 'not', 'dont', 'pas']);
  const modes: ChoiceVocabulary[] = [
    { value: 'in_person', phrases: ['Ter plaatse', 'in person', 'sur place'] },
    { value: 'online', phrases: ['Online', 'en ligne'] },
    { value: 'phone', phrases: ['Telefoon', 'phone', 'par téléphone'] },
  ];
  const words = { filler, negations };

  it('When "liever niet online" or "i dont have a phone" is typed, Then neither is chosen', () => {
    expect(matchChoice('liever niet online', modes, words)).toBeUndefined();
    expect(matchChoice('i dont have a phone', modes, words)).toBeUndefined();
    expect(matchChoice('pas en ligne', modes, words)).toBeUndefined();
  });

  it('When the denial is in another clause ("niet online, ter plaatse", "not online but in person"), Then the other answer is chosen', () => {
    expect(matchChoice('niet online, ter plaatse', modes, words)).toBe('in_person');
    expect(matchChoice('not online but in person', modes, words)).toBe('in_person');
  });

  it('When nothing is denied, Then the answer stands; a denied word is not offered for "Bedoel je …?" either', () => {
    expect(matchChoice('online graag', modes, words)).toBe('online');
    expect(rankChoices('liever niet online', modes, words)).toEqual([]);
  });
});

describe('matchChoice: a general verb does not stand for a longer answer', () => {
  const words = { filler, general: new Set(['veranderen', 'maken']) };
  const more: ChoiceVocabulary[] = [
    { value: 'move', phrases: ['Afspraak veranderen', 'afspraak verplaatsen'] },
    { value: 'change', phrases: ['veranderen', 'iets aanpassen'] },
  ];

  it('When "ik wil van job veranderen" is typed, Then it is not "Afspraak veranderen"', () => {
    expect(matchChoice('ik wil van job veranderen', more.slice(0, 1), words)).toBeUndefined();
    expect(matchChoice('ik wil iets maken', menu, words)).toBeUndefined();
  });

  it('When the answer is the verb itself or names its object, Then it is still found', () => {
    expect(matchChoice('veranderen', more, words)).toBe('change');
    expect(matchChoice('mijn afspraak veranderen aub', more.slice(0, 1), words)).toBe('move');
    expect(matchChoice('ne afspraak', menu, words)).toBe('book');
  });

  it('When a general verb is all a reply shares with an answer and the reply says more, Then it is not that answer', () => {
    const asked = { filler, general: new Set(['krijgen']) };
    expect(matchChoice('en hoeveel uren krijgen we', menu, asked)).toBeUndefined();
    expect(matchChoice('kan ik er een krijgen', menu, asked)).toBe('check');
  });
});
