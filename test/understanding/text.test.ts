import { describe, expect, it } from 'vitest';
import { afterCorrection, containsPhrase, namedLists, normalize, questionClauses } from '../../src/understanding/text.js';

const CORRECTIONS = ['nee sorry', 'ik bedoel', 'nee wacht', 'je veux dire', 'no sorry', 'i mean'];

describe('normalize', () => {
  it.each([
    ['voor mn vrouw', 'voor mijn vrouw'],
    ["voor m'n man", 'voor mijn man'],
    ['Voor M’n Zus', 'voor mijn zus'],
    ["z'n baas weet het niet", 'zijn baas weet het niet'],
    ['zn werk', 'zijn werk'],
  ])('When "%s" is typed, Then it reads "%s": the chat spelling of mijn and zijn', (typed, read) => expect(normalize(typed)).toBe(read));

  it.each(['amen', 'mnop', 'zon', 'man'])('When "%s" is typed, Then it stays itself: only a word of its own is mijn or zijn', (typed) =>
    expect(normalize(typed)).toBe(typed),
  );

  it.each([
    ['jaaaa', 'jaa'],
    ['neeeeee', 'nee'],
    ['ouiiii merciiii', 'ouii mercii'],
    ['tweeëntwintig', 'tweeentwintig'],
    ['jaaa', 'jaaa'],
  ])('When "%s" is typed with a letter held down, Then it reads "%s": four or more of one letter in a row are two', (typed, read) =>
    expect(normalize(typed)).toBe(read),
  );

  it.each([
    ['👌', 'ok'],
    ['✅', 'ok'],
    ['❌', 'no'],
  ])('When "%s" is sent, Then it reads "%s", as a thumb does', (typed, read) => expect(normalize(typed)).toBe(read));
});

describe('afterCorrection', () => {
  it.each([
    ['Brussel, nee sorry, ik woon in Namen', 'ik woon in Namen'],
    ['Brussels, no sorry, I moved to Namur last month', 'I moved to Namur last month'],
    ['gent ik bedoel namen', 'namen'],
    ['Leuven... nee, wacht: Luik', 'Luik'],
    ['Gand, je veux dire Bruges', 'Bruges'],
    // The last correction counts.
    ['Gent, nee sorry, Brugge, ik bedoel Kortrijk', 'Kortrijk'],
  ])('When "%s" is typed, Then the answer is "%s"', (typed, answer) => {
    expect(afterCorrection(typed, CORRECTIONS)).toBe(answer);
  });

  it.each([
    // Nothing follows: the words are the answer themselves ("nee sorry" to a yes/no question).
    'nee sorry',
    // Inside other words, or another form of the verb: no correction.
    'ik weet niet wat je bedoelt',
    'Vlaanderen',
    'mean streets',
  ])('When "%s" is typed, Then it is read whole', (typed) => {
    expect(afterCorrection(typed, CORRECTIONS)).toBe(typed);
  });
});

describe('questionClauses', () => {
  const nl = new Set(['en']);
  const fr = new Set(['et']);
  it.each([
    ['wa kost da en hoelang duurt da', nl, ['wa kost da', 'hoelang duurt da']],
    ['hoeveel kost het en kan ik het krijgen?', nl, ['hoeveel kost het', 'kan ik het krijgen?']],
    ['Wat kost het? Hoe lang duurt het?', nl, ['Wat kost het?', 'Hoe lang duurt het?']],
    ['waar is da in roeselare, is da gratis', nl, ['waar is da in roeselare', 'is da gratis']],
    ['c koi et sa coute cb', fr, ['c koi', 'sa coute cb']],
    // "en" inside a word, or in French, joins nothing.
    ['kan ik kennen, wat kost het', nl, ['kan ik kennen', 'wat kost het']],
    ['c est en ligne ?', fr, ['c est en ligne ?']],
  ] as const)('When "%s" is read, Then its questions are %j', (text, joins, clauses) => {
    expect(questionClauses(text, joins)).toEqual(clauses);
  });
});

describe('namedLists', () => {
  const work = [
    { id: 'employee', phrases: ['employed', 'i work', 'ik werk', 'je travaille'] },
    { id: 'self_employed', phrases: ['self-employed', 'i work for myself', 'ik werk voor mezelf', 'je travaille pour moi'] },
  ] as const;
  it.each([
    // A phrase inside a longer phrase of another list is that list's alone.
    ["I'm self-employed", ['self_employed']],
    ['I work for myself', ['self_employed']],
    ['ik werk voor mezelf', ['self_employed']],
    ['je travaille pour moi', ['self_employed']],
    ['I am employed', ['employee']],
    // Said apart from the longer one, it still counts.
    ['I work for a boss, before I was self-employed', ['employee', 'self_employed']],
  ] as const)('When "%s" is read, Then it names %j', (text, named) => {
    expect(namedLists(text, work)).toEqual(named);
  });
});

describe('containsPhrase', () => {
  const distress = ['zelfmoord', 'ik kan niet meer'];
  it.each([
    // A long word of a phrase also starts a longer word; a short one must be the word itself.
    ['ik heb zelfmoordgedachten', ['zelfmoord'], true],
    ['ik ben kostwinner', ['kost'], false],
    ['wat kost het', ['kost'], true],
    // A word of its own that starts with a shorter one: "employer" is no "employé" made longer.
    ['could my employer pay for it', ['employe'], false],
    ['mon employeur paie', ['employe'], false],
    ['two employees', ['employee'], true],
    // The words of a phrase, in its order, next to each other.
    ['ik kan het niet meer', distress, false],
    ['soms denk ik: ik kan niet meer.', distress, true],
    ['meer kan ik niet', distress, false],
    // A phrase word longer than any start the message keeps of its words, at the start of a longer word.
    ['het arbeidsongeschiktheidsuitkeringsaanvraagformulier', ['arbeidsongeschiktheidsuitkeringsaanvraag'], true],
    ['het arbeidsongeschiktheidsuitkeringsaanvraagformulier', ['arbeidsongeschiktheidsuitkeringsaanvraagbrief'], false],
  ] as const)('When "%s" is read for %j, Then it is %s', (text, phrases, found) => {
    expect(containsPhrase(text, phrases)).toBe(found);
  });

  it('When a pasted story of 2,000 characters ends in a phrase, Then it is found there', () => {
    const story = `${'ik heb lang in een fabriek gewerkt en nu zoek ik iets anders. '.repeat(31)}ik kan niet meer`;
    expect(story.length).toBeGreaterThan(1_900);
    expect(containsPhrase(story, distress)).toBe(true);
    expect(containsPhrase(story, ['ik kan niet meer werken'])).toBe(false);
  });

  it('When one message is read for two lists, Then each list gets its own answer', () => {
    const text = 'ik zoek een opleiding';
    expect(containsPhrase(text, ['opleiding'])).toBe(true);
    expect(containsPhrase(text, ['werk zoeken'])).toBe(false);
    expect(containsPhrase(text, ['opleiding'])).toBe(true);
  });
});
