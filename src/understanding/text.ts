/**
 * Lower case, no accents, no punctuation, single spaces: "Ça, c'est CLAIR!" → "ca c est clair".
 * People type on phones without capitals or accents; matching must not care.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}?]+/gu, ' ')
    .trim();
}

export function tokens(text: string): string[] {
  const normalized = normalize(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/** Words this long or longer also match as the start of a longer word ("zelfmoord" in "zelfmoordgedachten"). */
const MIN_PREFIX_LENGTH = 6;

/**
 * True when `text` contains one of `phrases`: its words in that order, without capitals, accents
 * or punctuation mattering; a long word may also start a longer one. For word lists that must be
 * spotted anywhere in a sentence (distress, a job search), where a fuzzy match would cry wolf.
 */
export function containsPhrase(text: string, phrases: readonly string[]): boolean {
  const words = tokens(text);
  return phrases.some((phrase) => containsRun(words, tokens(phrase)));
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0 || run.length > words.length) return false;
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, i) => startsLike(words[start + i] ?? '', word))) return true;
  }
  return false;
}

function startsLike(typed: string, word: string): boolean {
  return typed === word || (word.length >= MIN_PREFIX_LENGTH && typed.startsWith(word));
}

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each count as one edit ("afsrpaak" is one edit from "afspraak").
 * Stops early once `max` is exceeded and then returns `max + 1`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * How many typos a word of this length may carry and still count. Short words get none: one edit
 * turns "weer" into "meer" and "top" into "stop".
 */
export function typoBudget(word: string): number {
  if (word.length <= 4) return 0;
  if (word.length <= 7) return 1;
  return 2;
}

/** True when `typed` is `known` with at most the typo budget of `known`. */
export function closeTo(typed: string, known: string): boolean {
  const budget = typoBudget(known);
  return typed === known || (budget > 0 && editDistance(typed, known, budget) <= budget);
}

/** Longer messages are cut before anything reads them: what someone wants is in the first sentences. */
export const MAX_MESSAGE_CHARS = 2_000;

/** `text` cut to MAX_MESSAGE_CHARS, so no step of understanding does work that grows with a pasted text. */
export function clampText(text: string, max = MAX_MESSAGE_CHARS): string {
  return text.length <= max ? text : text.slice(0, max);
}
