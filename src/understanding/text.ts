/**
 * Lower case, no accents, no punctuation, single spaces: "Ça, c'est CLAIR!" → "ca c est clair".
 * People type on phones without capitals or accents; matching must not care.
 */
export function normalize(text: string): string {
  let normalized = normalizedTexts.get(text);
  if (normalized === undefined) {
    if (normalizedTexts.size >= REMEMBERED_TEXTS) normalizedTexts.clear();
    normalized = normalizeNow(text);
    normalizedTexts.set(text, normalized);
  }
  return normalized;
}

/**
 * One message is normalised and split dozens of times a turn (every word list that looks for its
 * phrases in it); the last few hundred texts are remembered, so a long message costs its regular
 * expressions once. Bounded: the maps are emptied when full.
 */
const REMEMBERED_TEXTS = 512;
const normalizedTexts = new Map<string, string>();

/**
 * One letter four or more times in a row ("jaaaa"); three are a word's own ("tweeëntwintig" loses
 * its accent: "tweeentwintig").
 */
const HELD_LETTER = /(\p{L})\1{3,}/gu;

/** "m'n", "mn", "z'n", "zn" as a word of their own. */
const SHORT_POSSESSIVE = /(^|[^\p{L}])([mz])['’]?n(?![\p{L}])/giu;

function normalizeNow(text: string): string {
  return (
    text
      // A thumb is a word on a phone: 👍 "ok" (a yes in every language), 👎 "no".
      .replace(/\u{1F44D}/gu, ' ok ')
      .replace(/\u{1F44E}/gu, ' no ')
      // 👌 and ✅ say "ok" too, ❌ "no".
      .replace(/[\u{1F44C}\u{2705}]/gu, ' ok ')
      .replace(/\u{274C}/gu, ' no ')
      // 🙏 folded hands alone (any skin tone, once or more): thanks, as a phone's keyboard offers it.
      // Beside words ("dank u 🙏") it goes with the other signs.
      .replace(/^\s*(?:\u{1F64F}[\u{1F3FB}-\u{1F3FF}]?\s*)+$/u, ' thanks ')
      // "sœur" and "soeur" are one word: œ and æ have no accent to drop, they are two letters.
      .replace(/œ/gu, 'oe')
      .replace(/Œ/gu, 'OE')
      .replace(/æ/gu, 'ae')
      // "m'n", "mn", "z'n": how "mijn" and "zijn" are typed in a chat ("voor mn vrouw").
      .replace(SHORT_POSSESSIVE, (_, before: string, letter: string) => `${before}${letter.toLowerCase() === 'm' ? 'mijn' : 'zijn'}`)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // "jaaaa", "neeeee": a letter held down on a phone; no word of ours has four of one letter in a row.
      .replace(HELD_LETTER, '$1$1')
      .replace(/[^\p{L}\p{N}?]+/gu, ' ')
      .trim()
  );
}

/**
 * Angry, sad or crying faces alone ("😡", "😭😭", "🤬"): cross or stuck, as "dit werkt niet" says in
 * words. Beside words they go with the other signs.
 */
const DISTRESS_ALONE =
  /^\s*(?:[\u{1F614}\u{1F61E}\u{1F61F}\u{1F620}\u{1F621}\u{1F622}\u{1F624}\u{1F625}\u{1F629}\u{1F62B}\u{1F62D}\u{1F641}\u{1F92C}\u{2639}]\u{FE0F}?\s*)+$/u;

export function showsDistressAlone(text: string): boolean {
  return DISTRESS_ALONE.test(text);
}

export function tokens(text: string): string[] {
  const normalized = normalize(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * A message's words for matching: a question mark says nothing about which words were meant, so
 * "mee?" typed and "mee" in a word list are the same word ("wat neem ik mee?").
 */
export function wordsOf(text: string): readonly string[] {
  let words = textWords.get(text);
  if (words === undefined) {
    if (textWords.size >= REMEMBERED_TEXTS) textWords.clear();
    words = tokens(text)
      .map((w) => w.replace(/\?+$/u, ''))
      .filter((w) => w !== '');
    textWords.set(text, words);
  }
  return words;
}
const textWords = new Map<string, readonly string[]>();

/** Words this long or longer also match as the start of a longer word ("zelfmoord" in "zelfmoordgedachten"). */
const MIN_PREFIX_LENGTH = 6;

/**
 * Words of their own that begin with a shorter word of the vocabulary and mean something else:
 * never that word made longer ("could my employer pay?" names no "employé", an employee).
 */
const WHOLE_WORDS: ReadonlySet<string> = new Set(['employer', 'employers', 'employeur', 'employeurs']);

/**
 * True when `text` contains one of `phrases`: its words in that order, without capitals, accents
 * or punctuation mattering; a long word may also start a longer one. For word lists that must be
 * spotted anywhere in a sentence (distress, a job search), where a fuzzy match would cry wolf.
 */
export function containsPhrase(text: string, phrases: readonly string[]): boolean {
  const words = wordsOf(text);
  if (words.length === 0) return false;
  const table = tokenised.get(phrases);
  if (table === undefined) {
    // A list made for this one call ("[phrase]", one answer's phrases put together) is looked for
    // as it is: a table of it would be built for nothing. A list of a word list comes back.
    if (phrases.length <= FEW_PHRASES) {
      for (let p = 0; p < phrases.length; p++) if (containsRun(words, wordsOf(phrases[p]!))) return true;
      return false;
    }
    return anyRunIn(words, phraseTable(phrases).runs);
  }
  // Hundreds of phrases are looked for in every message, and most share no word with it: only the
  // phrases that start with a word said at a place (or one it starts with) are tried there.
  const { byFirstWord, longFirstWord } = (table.firstWords ??= firstWordsOf(table.runs));
  const keys = wordKeys(words);
  for (let at = 0; at < words.length; at++) {
    const starts = keys[at]!;
    for (let k = 0; k < starts.length; k++) {
      const runs = byFirstWord.get(starts[k]!);
      if (runs !== undefined && anyRunAt(words, runs, at)) return true;
    }
    if (longFirstWord.length > 0 && anyRunAt(words, longFirstWord, at)) return true;
  }
  return false;
}

/** True when one of `runs` is in `words`: each tried only when all its words are there (mayHold). */
function anyRunIn(words: readonly string[], runs: readonly (readonly string[])[]): boolean {
  const index = wordIndex(words);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (mayHold(index, run) && containsRun(words, run)) return true;
  }
  return false;
}

/** Phrase lists this short are looked for without a table when they have none (containsPhrase). */
const FEW_PHRASES = 4;

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) if (runAt(words, run, start)) return true;
  return false;
}

function anyRunAt(words: readonly string[], runs: readonly (readonly string[])[], at: number): boolean {
  for (let r = 0; r < runs.length; r++) if (runAt(words, runs[r]!, at)) return true;
  return false;
}

/**
 * What a phrase's first word may be to start at each of a message's words (see startsLike): the
 * word, and its starts from MIN_PREFIX_LENGTH up to MAX_INDEXED_START letters. A longer first word
 * is tried everywhere (FirstWords.longFirstWord).
 */
const positionKeys = new WeakMap<readonly string[], readonly (readonly string[])[]>();

function wordKeys(words: readonly string[]): readonly (readonly string[])[] {
  let keys = positionKeys.get(words);
  if (!keys) {
    keys = words.map((word) => {
      const starts = [word];
      for (let length = MIN_PREFIX_LENGTH; length <= Math.min(word.length - 1, MAX_INDEXED_START); length++)
        starts.push(word.slice(0, length));
      return starts;
    });
    positionKeys.set(words, keys);
  }
  return keys;
}

/** Starts of a message's words this long at most are indexed; a longer phrase word is always looked for. */
const MAX_INDEXED_START = 32;

/**
 * A message's words, and the starts of its long words (from MIN_PREFIX_LENGTH letters on): a
 * phrase can only be in the message when each of its words is one of these. Hundreds of phrases
 * are looked for in every message; most have a word that is not there, and this says so without
 * walking the message, so a long message costs its length once rather than once per phrase.
 */
interface WordIndex {
  readonly words: ReadonlySet<string>;
  readonly starts: ReadonlySet<string>;
}

/** One index per message's words (wordsOf remembers the words, so the same array comes back). */
const indexes = new WeakMap<readonly string[], WordIndex>();

function wordIndex(words: readonly string[]): WordIndex {
  let index = indexes.get(words);
  if (!index) {
    const starts = new Set<string>();
    for (const word of words) {
      for (let length = MIN_PREFIX_LENGTH; length <= Math.min(word.length, MAX_INDEXED_START); length++) starts.add(word.slice(0, length));
    }
    index = { words: new Set(words), starts };
    indexes.set(words, index);
  }
  return index;
}

/** False when a word of `run` is nowhere in the message, not even as the start of a longer word (startsLike). */
function mayHold(index: WordIndex, run: readonly string[]): boolean {
  for (let i = 0; i < run.length; i++) {
    const word = run[i]!;
    if (index.words.has(word) || (word.length >= MIN_PREFIX_LENGTH && (word.length > MAX_INDEXED_START || index.starts.has(word))))
      continue;
    return false;
  }
  return true;
}

/**
 * The ids of `lists` that `text` names: a list counts when one of its phrases is said, and not
 * only inside a longer phrase of another list said there. "self-employed" names "employed" (an
 * employee) only inside "self-employed", "ik werk voor mezelf" names "ik werk" only inside itself:
 * both are the longer list's alone. In the order of `lists`.
 */
export function namedLists<K extends string>(text: string, lists: readonly { id: K; phrases: readonly string[] }[]): K[] {
  const words = wordsOf(text);
  const index = wordIndex(words);
  const spans = lists.map(({ phrases }) =>
    phraseTokens(phrases).flatMap((run) => {
      const found: { at: number; end: number }[] = [];
      if (!mayHold(index, run)) return found;
      for (let at = 0; at + run.length <= words.length; at++) if (runAt(words, run, at)) found.push({ at, end: at + run.length });
      return found;
    }),
  );
  const inLonger = (span: { at: number; end: number }, own: number) =>
    spans.some((others, i) => i !== own && others.some((o) => o.end - o.at > span.end - span.at && o.at <= span.at && o.end >= span.end));
  return lists.flatMap(({ id }, i) => ((spans[i] ?? []).some((span) => !inLonger(span, i)) ? [id] : []));
}

/** `text` as normalised words, every run of one of `phrases` left out ("zaak gesloten, nu bediende" without "gesloten"). */
export function withoutPhrases(text: string, phrases: readonly string[]): string {
  const words = wordsOf(text);
  const runs = phraseTokens(phrases);
  const kept: string[] = [];
  for (let at = 0; at < words.length;) {
    const run = runs.find((r) => runAt(words, r, at));
    if (run) at += run.length;
    else kept.push(words[at++] ?? '');
  }
  return kept.join(' ');
}

/**
 * The parts of `text` a negation reaches across: split at punctuation and at "maar", "mais",
 * "but" ("niet online, ter plaatse", "pas vendredi mais mardi"). Empty parts are left out.
 */
export function contrastClauses(text: string): string[] {
  return text.split(/[,.;:!?]+|\b(?:maar|mais|but)\b/iu).filter((clause) => clause.trim() !== '');
}

/**
 * The questions of a message asked one after another ("wat kost het en hoe lang duurt het?",
 * "c koi et sa coute cb"): its parts between punctuation and the words of `joins` ("en", "et",
 * "and"), as typed, a question mark kept with its part. Parts without a letter are left out. The
 * "and" of contrastClauses' "but": that one splits what a negation reaches, this one what is asked.
 */
export function questionClauses(text: string, joins: ReadonlySet<string>): string[] {
  const clauses: string[] = [];
  for (const piece of text.split(/(?<=[,;!?])|(?<=\.)\s/u)) {
    let words: string[] = [];
    const close = () => {
      const clause = words.join(' ').replace(/^[\s,;.]+|[\s,;.]+$/gu, '');
      if (/\p{L}/u.test(clause)) clauses.push(clause);
      words = [];
    };
    for (const word of piece.split(/\s+/u)) {
      if (joins.has(normalize(word))) close();
      else if (word !== '') words.push(word);
    }
    close();
  }
  return clauses;
}

/**
 * `text` without its clauses that start with one of `phrases`: from the phrase to the next word of
 * `ends` ("maar", "and") or punctuation mark. "ik woon in Gent maar werk in Nederland" without
 * the clauses of "werk in" is "ik woon in gent maar". A word of `ends` inside a phrase ends nothing:
 * the French "en" of "travaille en Flandre" is no Dutch "en". Normalised words; `text` itself when no
 * phrase is in it.
 */
export function withoutClauses(text: string, phrases: readonly string[], ends: ReadonlySet<string>): string {
  const runs = phraseTokens(phrases);
  let removed = false;
  const kept: string[] = [];
  for (const clause of text.split(/[,.;:!?]+/u)) {
    const words = wordsOf(clause);
    let skipping = false;
    // Where the phrases matched so far end: words before it belong to a phrase.
    let phraseEnd = 0;
    for (let at = 0; at < words.length; at++) {
      const word = words[at] ?? '';
      if (skipping && at >= phraseEnd && ends.has(word)) skipping = false;
      for (const run of runs) if (runAt(words, run, at)) phraseEnd = Math.max(phraseEnd, at + run.length);
      if (!skipping && phraseEnd > at) {
        skipping = true;
        removed = true;
      }
      if (!skipping) kept.push(word);
    }
  }
  return removed ? kept.join(' ') : text;
}

/** The phrase lists come from the locale files and are read on every message: tokenise them once per list. */
const tokenised = new WeakMap<readonly string[], PhraseTable>();

/** A phrase list's phrases as words, and by first word once containsPhrase looks for the list again. */
interface PhraseTable {
  readonly runs: readonly (readonly string[])[];
  firstWords?: FirstWords;
}

interface FirstWords {
  /** The phrases by their first word, when it is at most MAX_INDEXED_START letters. */
  readonly byFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** The phrases with a longer first word. */
  readonly longFirstWord: readonly (readonly string[])[];
}

function phraseTable(phrases: readonly string[]): PhraseTable {
  let table = tokenised.get(phrases);
  if (!table) {
    table = { runs: phrases.map(wordsOf) };
    tokenised.set(phrases, table);
  }
  return table;
}

function firstWordsOf(runs: readonly (readonly string[])[]): FirstWords {
  const byFirstWord = new Map<string, (readonly string[])[]>();
  const longFirstWord: (readonly string[])[] = [];
  for (const run of runs) {
    const first = run[0];
    if (first === undefined) continue;
    if (first.length > MAX_INDEXED_START) longFirstWord.push(run);
    else {
      const same = byFirstWord.get(first);
      if (same) same.push(run);
      else byFirstWord.set(first, [run]);
    }
  }
  return { byFirstWord, longFirstWord };
}

function phraseTokens(phrases: readonly string[]): readonly (readonly string[])[] {
  return phraseTable(phrases).runs;
}

/** True when the words from `at` on are `run` (a long word may start a longer one). */
function runAt(words: readonly string[], run: readonly string[], at: number): boolean {
  if (run.length === 0 || at + run.length > words.length) return false;
  for (let i = 0; i < run.length; i++) if (!startsLike(words[at + i]!, run[i]!)) return false;
  return true;
}

function startsLike(typed: string, word: string): boolean {
  return typed === word || (word.length >= MIN_PREFIX_LENGTH && typed.startsWith(word) && !WHOLE_WORDS.has(typed));
}

/** editDistance's rows, grown as needed and reused (it never runs twice at once). */
let rows = new Int32Array(3 * 32);

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each count as one edit ("afsrpaak" is one edit from "afspraak").
 * With a `max`, it returns the distance when it is at most `max`, else `max + 1`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows (i-2, i-1, i) in one reused buffer: this runs for every word pair a reply is
  // matched against, and fresh arrays per row were most of its cost.
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width);
  // Only the cells within `max` of the diagonal can end within `max` (each step off it costs an
  // edit): a row is worked out there alone, with `over` just outside it on both sides.
  const band = Number.isFinite(max) ? max : a.length + width;
  const over = Math.min(band + 1, 0x3fffffff);
  let prevPrev = 0;
  let prev = width;
  let row = 2 * width;
  for (let j = 0; j < width; j++) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(width - 1, i + band);
    rows[row] = i;
    if (from > 1) rows[row + from - 1] = over;
    if (to + 1 < width) rows[row + to + 1] = over;
    let rowMin = from === 1 ? i : over;
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(rows[prev + j]! + 1, rows[row + j - 1]! + 1, rows[prev + j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, rows[prevPrev + j - 2]! + 1);
      }
      rows[row + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const oldest = prevPrev;
    prevPrev = prev;
    prev = row;
    row = oldest;
  }
  return Math.min(rows[prev + b.length]!, max + 1);
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

/**
 * True when the whole `text` is one of `phrases` (normalised already), with a typo at most. Words
 * run together or split apart count as one typo ("waar om"), never more: "pour moi" is two
 * edits from "pourquoi", but two words are no misspelt one.
 */
export function isOneOf(text: string, phrases: readonly string[]): boolean {
  const typed = normalize(text);
  return phrases.some((phrase) => wholeCloseTo(typed, phrase));
}

/**
 * closeTo for a whole reply against a whole phrase: words run together or split apart count as
 * one typo ("waar om"), never more ("pour moi" is no "pourquoi", "pourqoi" no "pour moi").
 */
export function wholeCloseTo(typed: string, known: string): boolean {
  if (typed === known) return true;
  if (!closeTo(typed, known)) return false;
  return countSpaces(typed) === countSpaces(known) || editDistance(typed, known, 1) <= 1;
}

function countSpaces(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) count++;
  return count;
}

/** "why?" → "why": a short word allows no typo, so the question mark would make it another word. */
export function withoutEndMarks(text: string): string {
  return text.replace(/[\s?!.？]+$/u, '');
}

/** Longer messages are cut before anything reads them: what someone wants is in the first sentences. */
export const MAX_MESSAGE_CHARS = 2_000;

/** `text` cut to MAX_MESSAGE_CHARS, so no step of understanding does work that grows with a pasted text. */
export function clampText(text: string, max = MAX_MESSAGE_CHARS): string {
  return text.length <= max ? text : text.slice(0, max);
}

const correctionPatterns = new WeakMap<readonly string[], RegExp>();

/**
 * What `text` says after its last correction ("Brussel, nee sorry, ik woon in Namen" is "ik woon
 * in Namen"): the original words after the last of `corrections`, when anything follows it;
 * `text` itself otherwise. Whole words only, any spaces or punctuation between them.
 */
export function afterCorrection(text: string, corrections: readonly string[]): string {
  let pattern = correctionPatterns.get(corrections);
  if (!pattern) {
    pattern = correctionPatternOf(corrections);
    correctionPatterns.set(corrections, pattern);
  }
  let end = -1;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  if (end < 0) return text;
  const rest = text.slice(end).replace(/^[\s,.;:!?-]+/u, '');
  return /[\p{L}\p{N}]/u.test(rest) ? rest : text;
}

/**
 * The pattern of a list of corrections, by its words: a list put together for one call (the
 * corrections and the take-backs) gets the pattern made the last time rather than a new one. Bounded.
 */
const patternsByWords = new Map<string, RegExp>();
const REMEMBERED_PATTERNS = 64;

function correctionPatternOf(corrections: readonly string[]): RegExp {
  const key = corrections.join('\u0000');
  let pattern = patternsByWords.get(key);
  if (!pattern) {
    const escaped = corrections.map((c) =>
      c
        .trim()
        .split(/\s+/u)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
        .join('[\\s,.;:!?-]+'),
    );
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    if (patternsByWords.size >= REMEMBERED_PATTERNS) patternsByWords.clear();
    patternsByWords.set(key, pattern);
  }
  return pattern;
}
