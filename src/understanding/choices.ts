import { closeTo, contrastClauses, normalize, typoBudget, wholeCloseTo, wordsOf } from './text.js';
import { numberOfWord } from './years.js';

/** A reply must share at least one word this long with a phrase before words alone decide. */
const MIN_SIGNIFICANT_LENGTH = 4;

/**
 * Words that decide less: `filler` words never count ("ik", "the"); `weak` words ("niet",
 * "pas", "not") count with others but never pick an answer on their own; `general` words
 * ("veranderen", "maken") fit too many sentences to stand for a longer answer: "ik wil van job
 * veranderen" is not "afspraak veranderen", though "veranderen" alone may be an answer of its own.
 */
export interface WordClasses {
  filler: ReadonlySet<string>;
  weak?: ReadonlySet<string>;
  general?: ReadonlySet<string>;
  /**
   * Words that turn a phrase around ("niet", "nooit", "pas", "never"): a phrase with one is never
   * matched by a reply without one, however close the rest ("ik denk van wel" is no "ik denk van niet").
   */
  negations?: ReadonlySet<string>;
}

const classesOf = (words: ReadonlySet<string> | WordClasses): WordClasses =>
  words instanceof Set ? { filler: words } : (words as WordClasses);

/** One answer the user can give, with every way of saying it (all languages, synonyms). */
export interface ChoiceVocabulary {
  value: string;
  phrases: readonly string[];
}

/**
 * Finds which of the offered choices a reply means, or undefined when it is unclear.
 *
 * In order: the button's number ("2"); the whole reply equal to a phrase, allowing typos; then
 * the phrase whose meaningful words are best covered by the reply ("ik wil ne afspraak" →
 * "afspraak maken"). Filler words ("ik", "wil", "een") never decide on their own, and a tie between
 * two choices is unclear rather than a guess.
 */
export function matchChoice(
  reply: string,
  choices: readonly ChoiceVocabulary[],
  words: ReadonlySet<string> | WordClasses = NO_WORDS,
): string | undefined {
  const { filler: fillerWords, weak = NO_WORDS, general = NO_WORDS, negations = NO_WORDS } = classesOf(words);
  const text = normalize(reply);
  if (text === '') return undefined;
  const allWords = wordsOf(reply);
  const replyNegated = negations.size > 0 && allWords.some((w) => saysNegation(w, negations));
  // A phrase that says "not" cannot be meant by a reply that does not.
  const turnedAround = (phraseWords: readonly string[]) => !replyNegated && phraseWords.some((w) => negations.has(w));

  if (/^\d+$/.test(text)) {
    return choices[Number(text) - 1]?.value;
  }

  const prepared = choices.map(prepare);
  // Two ways of saying one answer (a button and a typed-only synonym with the same value) are one.
  const only = (found: readonly PreparedVocabulary[]) => (new Set(found.map((c) => c.value)).size === 1 ? found[0]?.value : undefined);
  const whole = prepared.filter((c) => c.normalized.some((p, i) => typoOf(text, p) && !turnedAround(c.words[i] ?? [])));
  if (whole.length > 0) return only(whole) ?? only(prepared.filter((c) => c.normalized.includes(text)));

  const replyWords = allWords.filter((w) => !fillerWords.has(w));
  if (replyWords.length === 0) return undefined;
  // A long message repeats its words, and one phrase word comes back in many phrases: there each
  // reply word is compared once, and each phrase word looked up once. A short reply (nearly every
  // one, on every question) is cheaper compared as it is than with the sets this takes.
  const long = replyWords.length > LONG_REPLY_WORDS;
  const distinct = long ? [...new Set(replyWords)] : replyWords;
  const found = long ? new Map<string, boolean>() : undefined;
  const said = (w: string) => {
    let yes = found?.get(w);
    if (yes === undefined) {
      yes = closeToAny(distinct, w);
      found?.set(w, yes);
    }
    return yes;
  };

  let clauses: (readonly string[])[] | undefined;
  // Matched on every message against every phrase offered: counted in plain loops, no arrays.
  let best: { value: string; coverage: number; matched: number; typedRight: number } | undefined;
  let tie = false;
  for (const choice of prepared) {
    const phrases = meaningfulWords(choice, fillerWords);
    for (let i = 0; i < phrases.length; i++) {
      const words = phrases[i] ?? [];
      if (words.length === 0 || turnedAround(choice.words[i] ?? [])) continue;
      let matched = 0;
      let typedRight = 0;
      let significant = false;
      let exact = false;
      let onlyGeneral = true;
      // "liever niet online", "not by phone": a word the reply denies is no answer ("nooit" phrases excepted: they deny themselves).
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
      // One short word ("heb" in "heb ik recht") or a weak one ("niet" in "ik snap het niet" against
      // "ik kan niet komen") says too little to pick an answer on its own; every word of a phrase
      // of two or more does ("nee nog nooit" says "nee, nooit"), and so does a reply that says
      // nothing else ("ja graag": "graag" is filler).
      const saysOnlyThis = distinct.every((r) => words.some((w) => closeTo(r, w)));
      const whole = matched === words.length && (words.length >= 2 || saysOnlyThis);
      if (!whole && !significant) continue;
      const coverage = matched / words.length;
      // Half a phrase is enough only with one word typed right: "vlaanderen" is two typos from
      // "veranderen", which alone must not pick "afspraak veranderen".
      if (coverage < 0.5 || (coverage < 1 && !exact)) continue;
      // A general verb decides only when the reply says nothing else: "kan ik er een krijgen" is
      // the button, "hoeveel uren krijg ik" is a question about hours.
      if (onlyGeneral && (coverage < 1 || !saysOnlyThis)) continue;
      // Equal otherwise, the phrase whose words were typed as they are wins: "I am employed" is
      // "employed" (employee), not "unemployed" two letters away.
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

/** Replies of more words than this are matched through the sets of `matchChoice`. */
const LONG_REPLY_WORDS = 12;

function closeToAny(words: readonly string[], known: string): boolean {
  for (const w of words) if (typoOf(w, known)) return true;
  return false;
}

/**
 * True when `typed` is `known` or a typo of it. A number word is never a typo of another word:
 * "eight" is no "right" (a yes), "eight years" at a yes-no question no answer.
 */
function typoOf(typed: string, known: string): boolean {
  return typed === known || (wholeCloseTo(typed, known) && numberOfWord(typed) === undefined);
}

const typoNegationsCache = new WeakMap<ReadonlySet<string>, readonly string[]>();

/**
 * The negations a typo may stand for: long enough for a typo ("nooit", "jamais", "never"), and none
 * listed beside a twin a typo away ("doesn", "doesnt"): such a stem's typo is "does", with no "not".
 */
function typoNegations(negations: ReadonlySet<string>): readonly string[] {
  let found = typoNegationsCache.get(negations);
  if (!found) {
    const all = [...negations];
    found = all.filter((n) => typoBudget(n) > 0 && !all.some((other) => other !== n && (closeTo(other, n) || closeTo(n, other))));
    typoNegationsCache.set(negations, found);
  }
  return found;
}

/**
 * True when a reply's word says "not": a negation, or one typed with a typo that keeps its first
 * letter ("jamai", "nooi", "nevr"), so "jamai" can still mean "Non, jamais". "ever" is no "never".
 */
function saysNegation(word: string, negations: ReadonlySet<string>): boolean {
  if (negations.has(word)) return true;
  for (const n of typoNegations(negations)) if (word[0] === n[0] && closeTo(word, n)) return true;
  return false;
}

/** How far back a negation reaches: "niet online", "niet meer online", "I don't have a phone". */
const NEGATION_REACH = 3;

/**
 * True when `word` is said within NEGATION_REACH words after a negation in the same clause: "niet
 * online, ter plaatse" denies "online", not "ter plaatse" (a comma or "maar" starts a new clause).
 */
function deniedIn(clauses: readonly (readonly string[])[], word: string, negations: ReadonlySet<string>): boolean {
  return clauses.some((words) =>
    words.some((w, at) => closeTo(w, word) && words.slice(Math.max(0, at - NEGATION_REACH), at).some((before) => negations.has(before))),
  );
}

interface PreparedVocabulary {
  value: string;
  normalized: readonly string[];
  words: readonly (readonly string[])[];
  /** `words` without the filler words of a word list, per list (see meaningfulWords). */
  meaningful: WeakMap<ReadonlySet<string>, readonly (readonly string[])[]>;
}

/** The default word classes: one shared empty set, so lists kept per filler set stay few. */
const NO_WORDS: ReadonlySet<string> = new Set();

/** Each phrase's words that are not filler: filler lists, like vocabularies, are the same every turn. */
function meaningfulWords(choice: PreparedVocabulary, filler: ReadonlySet<string>): readonly (readonly string[])[] {
  let words = choice.meaningful.get(filler);
  if (!words) {
    words = choice.words.map((phrase) => phrase.filter((w) => !filler.has(w)));
    choice.meaningful.set(filler, words);
  }
  return words;
}

/**
 * True when the whole `reply` is one of the phrases of `choices`, with at most a typo: the test
 * matchChoice starts with, on phrases normalised once per vocabulary.
 */
export function saysWhole(reply: string, choices: readonly ChoiceVocabulary[]): boolean {
  const text = normalize(reply);
  return text !== '' && choices.some((choice) => prepare(choice).normalized.some((phrase) => wholeCloseTo(text, phrase)));
}

/**
 * Vocabularies come from the locale files and are matched on every turn: normalise their phrases
 * once per vocabulary object rather than for every reply.
 */
const preparedCache = new WeakMap<ChoiceVocabulary, PreparedVocabulary>();

function prepare(choice: ChoiceVocabulary): PreparedVocabulary {
  let prepared = preparedCache.get(choice);
  if (!prepared) {
    prepared = {
      value: choice.value,
      normalized: choice.phrases.map(normalize),
      words: choice.phrases.map(wordsOf),
      meaningful: new WeakMap(),
    };
    preparedCache.set(choice, prepared);
  }
  return prepared;
}

/**
 * The choices a reply comes close to without clearly naming one: those sharing at least one
 * meaningful word with it, most shared words first. For "Bedoel je …?" after a miss, never to act on.
 */
export function rankChoices(
  reply: string,
  choices: readonly ChoiceVocabulary[],
  words: ReadonlySet<string> | WordClasses = NO_WORDS,
): string[] {
  const { filler: fillerWords, weak = NO_WORDS, negations = NO_WORDS } = classesOf(words);
  const clauses = contrastClauses(reply).map(wordsOf);
  // A denied word ("niet online") points away from its answer, not to it.
  const replyWords = wordsOf(reply).filter(
    (w) => !fillerWords.has(w) && !weak.has(w) && w.length >= MIN_SIGNIFICANT_LENGTH && !deniedIn(clauses, w, negations),
  );
  if (replyWords.length === 0) return [];
  const scored = choices.map(prepare).flatMap((choice) => {
    const shared = Math.max(
      0,
      ...choice.words.map(
        (phrase) => phrase.filter((w) => w.length >= MIN_SIGNIFICANT_LENGTH && replyWords.some((r) => closeTo(r, w))).length,
      ),
    );
    return shared > 0 ? [{ value: choice.value, shared }] : [];
  });
  return scored.sort((a, b) => b.shared - a.shared).map((s) => s.value);
}
