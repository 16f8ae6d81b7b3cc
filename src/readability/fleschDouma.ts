import { syllables } from './syllables.js';

/**
 * Words that cannot be avoided in this bot and are explained to the user when they first appear
 * (and in the glossary, "Wat betekent …?"). They count as words for sentence length but are left
 * out of the syllables-per-word ratio: a reader who learned "loopbaancheque" once reads it as a
 * name, not as four syllables. Keep this list short: every entry is a hard word we chose to keep.
 */
export const EXPLAINED_TERMS: ReadonlySet<string> = new Set([
  'loopbaancheque',
  'loopbaancheques',
  'loopbaancentrum',
  'loopbaancentra',
  'kennismakingsgesprek',
  'loopbaanbegeleiding',
  'loopbaanbot',
]);

/** Sentences of a text: split after . ! ? … ; followed by a space, or at a line break. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…;])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Words as a reader counts them; a number, a web address or a {{placeholder}} is one word. */
export function words(sentence: string): string[] {
  return sentence.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A word whose letters say little about how hard it is: a number, an address, a placeholder. */
function isToken(word: string): boolean {
  return /\d|\{\{|\}\}|[./@]\p{L}/u.test(word);
}

export interface ReadabilityCount {
  sentences: number;
  words: number;
  /** Words whose syllables were counted (not explained terms, numbers, addresses, placeholders). */
  countedWords: number;
  syllables: number;
}

/** Counts sentences, words and syllables of Dutch texts taken together. */
export function count(texts: readonly string[]): ReadabilityCount {
  const total: ReadabilityCount = { sentences: 0, words: 0, countedWords: 0, syllables: 0 };
  for (const sentence of texts.flatMap(sentences)) {
    const list = words(sentence);
    if (list.length === 0) continue;
    total.sentences++;
    total.words += list.length;
    for (const word of list) {
      const bare = word.toLowerCase().replace(/^[^\p{L}\p{N}{]+|[^\p{L}\p{N}}]+$/gu, '');
      if (isToken(bare) || EXPLAINED_TERMS.has(bare)) continue;
      total.countedWords++;
      total.syllables += syllables(bare);
    }
  }
  return total;
}

/**
 * Flesch-Douma reading ease of Dutch texts read as one script: 206.84 − 0.77 × syllables per 100
 * words − 0.93 × words per sentence. 60–70 is "normal", 70–80 "fairly easy" (the bot's floor),
 * 80+ "easy". Undefined for a text without words.
 */
export function fleschDouma(texts: readonly string[]): number | undefined {
  const c = count(texts);
  if (c.sentences === 0 || c.countedWords === 0) return undefined;
  const syllablesPer100Words = (100 * c.syllables) / c.countedWords;
  const wordsPerSentence = c.words / c.sentences;
  return 206.84 - 0.77 * syllablesPer100Words - 0.93 * wordsPerSentence;
}
