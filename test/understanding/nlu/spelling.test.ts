import { describe, expect, it } from 'vitest';
import { canonicalTokens, SpellingCorrector } from '../../../src/understanding/nlu/spelling.js';

const corrector = new SpellingCorrector(
  ['afspraak', 'annuleren', 'medewerker', 'kost', 'cancel', 'maken', 'wat', 'is', 'loopbaancheque', 'loopbaan', 'cheque', 'opzich'],
  new Set(['parcel', 'jaar']),
);

describe('the spelling corrector', () => {
  it.each([
    ['afsrpaak', 'afspraak'], // two letters swapped: one edit
    ['anuleren', 'annuleren'],
    ['medewrker', 'medewerker'],
    ['kots', 'kost'],
  ])('When "%s" is typed, Then it reads "%s"', (typed, meant) => {
    expect(corrector.correct([typed])).toEqual([meant]);
  });

  it('When two known words are glued together, Then they are split', () => {
    expect(corrector.correct(['afspraakmaken'])).toEqual(['afspraak', 'maken']);
  });

  it('When a compound is written in two ("loopbaan cheque"), Then it reads as the one known word; short pairs stay apart', () => {
    expect(corrector.correct(['wat', 'is', 'loopbaan', 'cheque'])).toEqual(['wat', 'is', 'loopbaancheque']);
    expect(corrector.correct(['loopbaan', 'chequ', 'kost'])).toEqual(['loopbaan', 'cheque', 'kost']);
    expect(corrector.correct(['op', 'zich'])).toEqual(['op', 'zich']);
  });

  it('When a word is an everyday word, or a short word two edits away, Then it is left alone', () => {
    expect(corrector.correct(['parcel', 'jaar', 'kast1', 'xyz'])).toEqual(['parcel', 'jaar', 'kast1', 'xyz']);
    // Six letters allow one edit only: "pancel" is one edit from "cancel", "parcol" two.
    expect(corrector.correct(['pancel', 'parcol'])).toEqual(['cancel', 'parcol']);
  });

  it('When a token is thousands of letters long, Then it is kept as it is', () => {
    const long = 'afspraak'.repeat(300);
    expect(corrector.correct([long])).toEqual([long]);
  });
});

describe('canonical tokens', () => {
  it('When a message is only question marks, Then it reads as "huh"; when it has no words at all, Then it is empty', () => {
    expect(canonicalTokens('nl', '??')).toEqual(['huh']);
    expect(canonicalTokens('fr', ' ?! ')).toEqual(['huh']);
    expect(canonicalTokens('en', '!!! ...')).toEqual([]);
  });

  it('When Flemish chat spelling is typed, Then it reads as the written words', () => {
    expect(canonicalTokens('nl', 'kunde gij da ni')).toEqual(['kun', 'je', 'jei', 'dat', 'niet']);
  });
});
