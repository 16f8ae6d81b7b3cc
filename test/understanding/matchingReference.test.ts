import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n.js';
import { matchChoice, rankChoices, type ChoiceVocabulary, type WordClasses } from '../../src/understanding/choices.js';
import {
  closeTo,
  containsPhrase,
  contrastClauses,
  editDistance,
  normalize,
  typoBudget,
  wholeCloseTo,
  wordsOf,
} from '../../src/understanding/text.js';
import { Vocabulary } from '../../src/understanding/vocabulary.js';
import { numberOfWord } from '../../src/understanding/years.js';

/**
 * matchChoice, rankChoices and containsPhrase were rewritten to allocate nothing per call (they run
 * dozens of times a turn). The rewrite must answer exactly as before: here the implementations of
 * before are kept as the reference, and both answer random replies made of the real word lists'
 * words, with typos, filler, negations, numbers and punctuation between them.
 */

const vocabulary = new Vocabulary(await createI18n());

type Json = Record<string, unknown>;
const locales = ['nl', 'fr', 'en'].map(
  (locale) => JSON.parse(readFileSync(new URL(`../../locales/${locale}/understanding.json`, import.meta.url), 'utf8')) as Json,
);

/** Every answer's synonyms, all languages together, as the Vocabulary gives them. */
const synonymKeys = Object.keys(locales[0]!.synonyms as Json);
const vocabularies: ChoiceVocabulary[] = synonymKeys.map((key) => ({
  value: key,
  phrases: locales.flatMap((l) => ((l.synonyms as Json)[key] as string[] | undefined) ?? []),
}));

/** Every plain word list of understanding.json (distress, job search, corrections...), all languages. */
const phraseLists: string[][] = Object.keys(locales[0]!)
  .filter((key) => Array.isArray(locales[0]![key]))
  .map((key) => locales.flatMap((l) => (Array.isArray(l[key]) ? (l[key] as string[]) : [])));

const classes = vocabulary.words;
const extraWords = [
  ...classes.filler,
  ...(classes.weak ?? []),
  ...(classes.negations ?? []),
  ...(classes.general ?? []),
  '1',
  '2',
  '3',
  '12',
  'eight',
  'twee',
  'niet',
  'not',
  'jamais',
  'zelfmoordgedachten',
  'loopbaancheques',
];

/** A word with up to two typos: a letter dropped, doubled, changed, or two swapped. */
function typo(word: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(40), fc.constantFrom('drop', 'double', 'change', 'swap', 'none'), fc.constantFrom('a', 'e', 'n', 'r', 'é'));
  return fc.tuple(word, fc.array(edit, { maxLength: 2 })).map(([w, edits]) => {
    let out = w;
    for (const [at, kind, letter] of edits) {
      if (out.length === 0) break;
      const i = at % out.length;
      if (kind === 'drop') out = out.slice(0, i) + out.slice(i + 1);
      else if (kind === 'double') out = out.slice(0, i + 1) + out.slice(i);
      else if (kind === 'change') out = out.slice(0, i) + letter + out.slice(i + 1);
      else if (kind === 'swap' && i + 1 < out.length) out = out.slice(0, i) + out[i + 1] + out[i] + out.slice(i + 2);
    }
    return out;
  });
}

const separator = fc.constantFrom(' ', ' ', ' ', ', ', ' maar ', ' but ', '? ', '. ', ' - ', "'");

/** A reply from `words` (with typos), or one of `phrases` as it is or with a typo. */
function replyFrom(words: readonly string[], phrases: readonly string[]): fc.Arbitrary<string> {
  const word = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...words) }, { weight: 1, arbitrary: fc.constantFrom(...extraWords) });
  const built = fc
    .array(fc.tuple(fc.oneof({ weight: 3, arbitrary: word }, { weight: 1, arbitrary: typo(word) }), separator), {
      minLength: 1,
      maxLength: 16,
    })
    .map((parts) => parts.map(([w, s]) => w + s).join(''));
  const phrase = phrases.length > 0 ? fc.constantFrom(...phrases) : fc.constant('');
  return fc.oneof({ weight: 3, arbitrary: built }, { weight: 1, arbitrary: phrase }, { weight: 1, arbitrary: typo(phrase) });
}

/** Two to six real vocabularies offered together, sometimes two of them with one value (a button and its typed-only synonym). */
const offered = fc
  .tuple(fc.uniqueArray(fc.nat(vocabularies.length - 1), { minLength: 1, maxLength: 6 }), fc.boolean())
  .map(([picked, shareValue]) =>
    picked.map((i, n) => {
      const v = vocabularies[i]!;
      return shareValue && n === 1 ? { value: vocabularies[picked[0]!]!.value, phrases: v.phrases } : v;
    }),
  );

const wordClasses = fc.constantFrom<ReadonlySet<string> | WordClasses | undefined>(classes, classes.filler, undefined, {
  filler: classes.filler,
  negations: classes.negations,
});

const wordsOfChoices = (choices: readonly ChoiceVocabulary[]) => [...new Set(choices.flatMap((c) => c.phrases.flatMap((p) => wordsOf(p))))];

describe('matchChoice and rankChoices answer as their implementations before the rewrite', () => {
  it('When random replies of the real vocabularies are matched, Then every answer is the reference answer', () => {
    const cases = offered.chain((choices) =>
      fc.tuple(
        fc.constant(choices),
        replyFrom(
          wordsOfChoices(choices),
          choices.flatMap((c) => c.phrases),
        ),
        wordClasses,
      ),
    );
    fc.assert(
      fc.property(cases, ([choices, reply, words]) => {
        expect(matchChoice(reply, choices, words)).toBe(referenceMatchChoice(reply, choices, words));
        expect(rankChoices(reply, choices, words)).toEqual(referenceRankChoices(reply, choices, words));
      }),
      { numRuns: 4000 },
    );
    // 4,000 replies take about 4 s alone; a loaded CI machine took 20 s.
  }, 60_000);

  it('When the examples of the choice tests are matched, Then every answer is the reference answer', () => {
    const yesNo = [vocabulary.choice('yes', 'answers.yes'), vocabulary.choice('no', 'answers.no')];
    for (const reply of [
      'ja',
      'nee',
      'nee nooit',
      'nooi',
      'ik denk van niet',
      'ja maar niet online',
      'jamai',
      '2',
      'eight',
      'oui',
      'yes please',
    ]) {
      expect(matchChoice(reply, yesNo, classes)).toBe(referenceMatchChoice(reply, yesNo, classes));
    }
  });
});

describe('containsPhrase answers as its implementation before the rewrite', () => {
  it('When random messages are searched for the real word lists, Then every answer is the reference answer', () => {
    const allWords = [...new Set(phraseLists.flat().flatMap((p) => wordsOf(p)))];
    const cases = fc.nat(phraseLists.length - 1).chain((list) => {
      const phrases = phraseLists[list]!;
      const words = [...new Set(phrases.flatMap((p) => wordsOf(p)))];
      // Longer words typed on: "zelfmoordgedachten" holds "zelfmoord".
      const longer = fc.tuple(fc.constantFrom(...words), fc.constantFrom('', 'en', 's', 'gedachten')).map(([w, end]) => w + end);
      return fc.tuple(
        fc.constant(phrases),
        fc.oneof(
          replyFrom([...words, ...allWords.slice(0, 200)], phrases),
          longer.map((w) => `ik ${w} nu`),
        ),
      );
    });
    fc.assert(
      fc.property(cases, ([phrases, text]) => {
        const expected = referenceContainsPhrase(text, phrases);
        // The word list itself (kept, then looked up by first word), a new list of its phrases each
        // time (never kept), and a few of them (looked for one by one).
        expect(containsPhrase(text, phrases)).toBe(expected);
        expect(containsPhrase(text, [...phrases])).toBe(expected);
        const few = phrases.filter((p) => wordsOf(p).some((w) => text.toLowerCase().includes(w.slice(0, 3)))).slice(0, 3);
        expect(containsPhrase(text, few)).toBe(referenceContainsPhrase(text, few));
      }),
      { numRuns: 4000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The reference: src/understanding/choices.ts and text.ts as they were before the rewrite.

const MIN_SIGNIFICANT_LENGTH = 4;
const NO_WORDS: ReadonlySet<string> = new Set();
const LONG_REPLY_WORDS = 12;
const NEGATION_REACH = 3;

const classesOf = (words: ReadonlySet<string> | WordClasses): WordClasses =>
  words instanceof Set ? { filler: words } : (words as WordClasses);

interface PreparedVocabulary {
  value: string;
  normalized: readonly string[];
  words: readonly (readonly string[])[];
}

const prepare = (choice: ChoiceVocabulary): PreparedVocabulary => ({
  value: choice.value,
  normalized: choice.phrases.map(normalize),
  words: choice.phrases.map(wordsOf),
});

function referenceMatchChoice(
  reply: string,
  choices: readonly ChoiceVocabulary[],
  words: ReadonlySet<string> | WordClasses = NO_WORDS,
): string | undefined {
  const { filler: fillerWords, weak = NO_WORDS, general = NO_WORDS, negations = NO_WORDS, own = NO_WORDS } = classesOf(words);
  const text = normalize(reply);
  if (text === '') return undefined;
  const allWords = wordsOf(reply);
  const replyNegated = negations.size > 0 && allWords.some((w) => saysNegation(w, negations));
  const turnedAround = (phraseWords: readonly string[]) => !replyNegated && phraseWords.some((w) => negations.has(w));

  if (/^\d+$/.test(text)) {
    return choices[Number(text) - 1]?.value;
  }

  const prepared = choices.map(prepare);
  const only = (found: readonly PreparedVocabulary[]) => (new Set(found.map((c) => c.value)).size === 1 ? found[0]?.value : undefined);
  const whole = prepared.filter((c) => c.normalized.some((p, i) => typoOf(text, p, own) && !turnedAround(c.words[i] ?? [])));
  if (whole.length > 0) return only(whole) ?? only(prepared.filter((c) => c.normalized.includes(text)));

  const replyWords = allWords.filter((w) => !fillerWords.has(w));
  if (replyWords.length === 0) return undefined;
  const long = replyWords.length > LONG_REPLY_WORDS;
  const distinct = long ? [...new Set(replyWords)] : replyWords;
  const found = long ? new Map<string, boolean>() : undefined;
  const said = (w: string) => {
    let yes = found?.get(w);
    if (yes === undefined) {
      yes = distinct.some((r) => typoOf(r, w, own));
      found?.set(w, yes);
    }
    return yes;
  };

  let clauses: (readonly string[])[] | undefined;
  let best: { value: string; coverage: number; matched: number; typedRight: number } | undefined;
  let tie = false;
  for (const choice of prepared) {
    const phrases = choice.words.map((phrase) => phrase.filter((w) => !fillerWords.has(w)));
    for (let i = 0; i < phrases.length; i++) {
      const words = phrases[i] ?? [];
      if (words.length === 0 || turnedAround(choice.words[i] ?? [])) continue;
      let matched = 0;
      let typedRight = 0;
      let significant = false;
      let exact = false;
      let onlyGeneral = true;
      const denies = replyNegated && !(choice.words[i] ?? []).some((w) => negations.has(w));
      if (denies && words.some((w) => deniedIn((clauses ??= contrastClauses(reply).map(wordsOf)), w, negations))) continue;
      for (const w of words) {
        if (!said(w)) continue;
        matched++;
        if (w.length >= MIN_SIGNIFICANT_LENGTH && !weak.has(w)) significant = true;
        if (distinct.includes(w)) {
          exact = true;
          typedRight++;
        }
        if (!general.has(w)) onlyGeneral = false;
      }
      const saysOnlyThis = distinct.every((r) => words.some((w) => closeTo(r, w)));
      const whole = matched === words.length && (words.length >= 2 || saysOnlyThis);
      if (!whole && !significant) continue;
      const coverage = matched / words.length;
      if (coverage < 0.5 || (coverage < 1 && !exact)) continue;
      if (onlyGeneral && (coverage < 1 || !saysOnlyThis)) continue;
      if (
        !best ||
        coverage > best.coverage ||
        (coverage === best.coverage && (matched > best.matched || (matched === best.matched && typedRight > best.typedRight)))
      ) {
        tie = false;
        best = { value: choice.value, coverage, matched, typedRight };
      } else if (coverage === best.coverage && matched === best.matched && typedRight === best.typedRight && best.value !== choice.value) {
        tie = true;
      }
    }
  }
  return best && !tie ? best.value : undefined;
}

function referenceRankChoices(
  reply: string,
  choices: readonly ChoiceVocabulary[],
  words: ReadonlySet<string> | WordClasses = NO_WORDS,
): string[] {
  const { filler: fillerWords, weak = NO_WORDS, negations = NO_WORDS, own = NO_WORDS } = classesOf(words);
  const clauses = contrastClauses(reply).map(wordsOf);
  const replyWords = wordsOf(reply).filter(
    (w) => !fillerWords.has(w) && !weak.has(w) && w.length >= MIN_SIGNIFICANT_LENGTH && !deniedIn(clauses, w, negations),
  );
  if (replyWords.length === 0) return [];
  const scored = choices.map(prepare).flatMap((choice) => {
    const shared = Math.max(
      0,
      ...choice.words.map(
        (phrase) => phrase.filter((w) => w.length >= MIN_SIGNIFICANT_LENGTH && replyWords.some((r) => ownOrCloseTo(r, w, own))).length,
      ),
    );
    return shared > 0 ? [{ value: choice.value, shared }] : [];
  });
  return scored.sort((a, b) => b.shared - a.shared).map((s) => s.value);
}

/**
 * A typo, not a number word, and two letters off only with the same first letter ("werkplaats" is
 * no "verplaats") and when the typed word is no word of its own ("pensionné" is no "personne").
 */
function typoOf(typed: string, known: string, own: ReadonlySet<string>): boolean {
  if (typed === known) return true;
  if (!wholeCloseTo(typed, known) || numberOfWord(typed) !== undefined) return false;
  return (typed[0] === known[0] && !own.has(typed)) || editDistance(typed, known, 1) <= 1;
}

/** Close, and a word of its own only one letter off. */
function ownOrCloseTo(typed: string, known: string, own: ReadonlySet<string>): boolean {
  return closeTo(typed, known) && (typed === known || !own.has(typed) || editDistance(typed, known, 1) <= 1);
}

function saysNegation(word: string, negations: ReadonlySet<string>): boolean {
  if (negations.has(word)) return true;
  const all = [...negations];
  const typoNegations = all.filter(
    (n) => typoBudget(n) > 0 && !all.some((other) => other !== n && (closeTo(other, n) || closeTo(n, other))),
  );
  return typoNegations.some((n) => word[0] === n[0] && closeTo(word, n));
}

function deniedIn(clauses: readonly (readonly string[])[], word: string, negations: ReadonlySet<string>): boolean {
  return clauses.some((words) =>
    words.some((w, at) => closeTo(w, word) && words.slice(Math.max(0, at - NEGATION_REACH), at).some((before) => negations.has(before))),
  );
}

const MIN_PREFIX_LENGTH = 6;
const MAX_INDEXED_START = 32;

function referenceContainsPhrase(text: string, phrases: readonly string[]): boolean {
  const words = wordsOf(text);
  const starts = new Set<string>();
  for (const word of words) {
    for (let length = MIN_PREFIX_LENGTH; length <= Math.min(word.length, MAX_INDEXED_START); length++) starts.add(word.slice(0, length));
  }
  const index = { words: new Set(words), starts };
  const mayHold = (run: readonly string[]) =>
    run.every(
      (word) => index.words.has(word) || (word.length >= MIN_PREFIX_LENGTH && (word.length > MAX_INDEXED_START || index.starts.has(word))),
    );
  // Since the rewrite: a word of its own is never a shorter word made longer ("employer" is no "employé").
  const wholeWords = new Set(['employer', 'employers', 'employeur', 'employeurs']);
  const startsLike = (typed: string, word: string) =>
    typed === word || (word.length >= MIN_PREFIX_LENGTH && typed.startsWith(word) && !wholeWords.has(typed));
  const runAt = (run: readonly string[], at: number) =>
    run.length > 0 && at + run.length <= words.length && run.every((word, i) => startsLike(words[at + i] ?? '', word));
  const containsRun = (run: readonly string[]) => {
    for (let start = 0; start + run.length <= words.length; start++) if (runAt(run, start)) return true;
    return false;
  };
  return phrases.map(wordsOf).some((run) => mayHold(run) && containsRun(run));
}
