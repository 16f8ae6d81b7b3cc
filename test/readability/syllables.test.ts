import { describe, expect, it } from 'vitest';
import { count, fleschDouma } from '../../src/readability/fleschDouma.js';
import { syllables } from '../../src/readability/syllables.js';

describe('Dutch syllables from hyphenation patterns', () => {
  // Counted by hand, by saying each word aloud.
  it.each([
    ['ja', 1],
    ['ook', 1],
    ['uur', 1],
    ['nieuw', 1],
    ['afspraak', 2],
    ['praten', 2],
    ['maandag', 2],
    ['duidelijk', 3],
    ['gebruikte', 3],
    ['begeleiding', 4],
    ['eenvoudiger', 4],
    ['zelfstandige', 4],
    ['werkervaring', 4],
    ['kennismakingsgesprek', 6],
  ] as const)('When the patterns split "%s" right, Then it has %i syllables', (word, expected) => {
    expect(syllables(word)).toBe(expected);
  });

  // The patterns never break after the first or before the last letter (leftmin/rightmin 2).
  it.each([
    ['over', 2],
    ['overheid', 3],
    ['eten', 2],
    ['idee', 2],
    ['ideaal', 3],
    ['radio', 3],
    ['video', 3],
    ['België', 3],
  ] as const)('When a syllable of one letter sits at the edge of "%s", Then the correction still counts %i', (word, expected) => {
    expect(syllables(word)).toBe(expected);
  });

  it('When a word has capitals or punctuation around it, Then they do not change the count', () => {
    expect(syllables('Afspraak!')).toBe(2);
  });
});

describe('Flesch-Douma', () => {
  it('When a text is counted, Then explained terms, numbers and addresses count as words but not as syllables', () => {
    expect(count(['Bel gratis 0800 30 700.', 'Het kennismakingsgesprek staat op vdab.be/loopbaancheques.'])).toStrictEqual({
      sentences: 2,
      words: 10,
      countedWords: 5,
      syllables: 6,
    });
  });

  it('When a text has one short sentence of one-syllable words, Then the score is 206.84 − 77 − 0.93 × 4', () => {
    expect(fleschDouma(['Ik bel je nu.'])).toBeCloseTo(206.84 - 77 - 0.93 * 4, 5);
  });

  it('When a sentence is long and full of long words, Then the score drops below 30', () => {
    const hard =
      'Overeenkomstig de toepasselijke reglementering dient de aanvrager voorafgaandelijk ' +
      'een gemotiveerde aanvraag tot tegemoetkoming in te dienen bij de bevoegde administratie.';
    expect(fleschDouma([hard])).toBeLessThan(30);
  });

  it('When there is no text, Then there is no score', () => {
    expect(fleschDouma([''])).toBeUndefined();
  });
});
