import { describe, expect, it } from 'vitest';
import { toTokens } from '../../src/understanding/whenTokens.js';
import type { Meaning, VocabularyEntry } from '../../src/understanding/whenWords.js';

const TOMORROW: Meaning = { kind: 'relativeDay', days: 1 };
const AFTER: Meaning = { kind: 'bound', bound: 'after' };
const HOUR: Meaning = { kind: 'hourUnit' };
const NEGATION: Meaning = { kind: 'negation' };
const NEXT_WEEK: Meaning = { kind: 'week', which: 'next' };
const NEXT: Meaning = { kind: 'next' };

const vocabulary: VocabularyEntry[] = [
  [['morgen'], TOMORROW],
  [['na'], AFTER],
  [['u'], HOUR],
  [['pas'], NEGATION],
  [['pas', 'na'], AFTER],
  [['volgende'], NEXT],
  [['volgende', 'week'], NEXT_WEEK],
];

describe('toTokens', () => {
  it('When digits touch letters, Then they are split into a number and a word', () => {
    expect(toTokens('na 14u30', vocabulary)).toEqual([
      { kind: 'word', meaning: AFTER, word: 'na' },
      { kind: 'number', value: 14, digits: 2 },
      { kind: 'word', meaning: HOUR, word: 'u' },
      { kind: 'number', value: 30, digits: 2 },
    ]);
  });

  it('When a longer sequence matches, Then it wins over its first word alone', () => {
    expect(toTokens('pas na', vocabulary)).toEqual([{ kind: 'word', meaning: AFTER, word: 'pas' }]);
    expect(toTokens('volgende week', vocabulary)).toEqual([{ kind: 'word', meaning: NEXT_WEEK, word: 'volgende' }]);
  });

  it('When a word has a typo within its budget, Then it still matches; unknown words stay without meaning', () => {
    expect(toTokens('liefst mogren', vocabulary)).toEqual([
      { kind: 'word', word: 'liefst' },
      { kind: 'word', meaning: TOMORROW, word: 'mogren' },
    ]);
  });

  it('When a short word has a typo, Then it does not match', () => {
    expect(toTokens('nu', vocabulary)).toEqual([{ kind: 'word', word: 'nu' }]);
  });
});
