import { closeTo, contrastClauses, editDistance, normalize, typoBudget, wholeCloseTo, wordsOf } from './text.js';
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
  /**
   * Words some answer is known by ("pensionne", "huisvrouw"), normalised: typed as they are, they
   * mean themselves, so never a word two letters away ("pensionné" is no "personne"); one letter
   * off still is ("zelfstandig" for "zelfstandige").
   */
  own?: ReadonlySet<string>;
}

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
  // Runs for every question on every message, against every phrase offered: plain loops and
  // nothing built per call (a reply's words and a vocabulary's phrases are prepared once, remembered).
  const classes = words instanceof Set ? undefined : (words as WordClasses);
  const fillerWords = classes ? classes.filler : (words as ReadonlySet<string>);
  const weak = classes?.weak ?? NO_WORDS;
  const general = classes?.general ?? NO_WORDS;
  const negations = classes?.negations ?? NO_WORDS;
  const own = classes?.own ?? NO_WORDS;
  const text = normalize(reply);
  if (text === '') return undefined;
  const allWords = wordsOf(reply);
  const replyNegated = negations.size > 0 && saysAnyNegation(allWords, negations);

  if (DIGITS.test(text)) {
    return choices[Number(text) - 1]?.value;
  }

  // The whole reply is a phrase. Two ways of saying one answer (a button and a typed-only synonym
  // with the same value) are one; two answers are one only when the reply is one of them exactly.
  let wholeValue: string | undefined;
  let wholeFound = false;
  let wholeMany = false;
  for (let c = 0; c < choices.length; c++) {
    const choice = prepare(choices[c]!);
    if (!wholePhraseOf(choice, text, replyNegated, negations, own)) continue;
    if (!wholeFound) {
      wholeFound = true;
      wholeValue = choice.value;
    } else if (choice.value !== wholeValue) wholeMany = true;
  }
  if (wholeFound) return wholeMany ? onlyValueSaying(choices, text) : wholeValue;

  const reached = meaningfulReply(allWords, fillerWords);
  if (reached.words.length === 0) return undefined;
  // A long message repeats its words, and one phrase word comes back in many phrases: there each
  // reply word is compared once, and each phrase word looked up once. A short reply (nearly every
  // one, on every question) is cheaper compared as it is than with the sets this takes.
  const distinct = reached.distinct;
  const found = reached.words.length > LONG_REPLY_WORDS ? new Map<string, boolean>() : undefined;

  let clauses: readonly (readonly string[])[] | undefined;
  let bestValue: string | undefined;
  let bestCoverage = 0;
  let bestMatched = 0;
  let bestTypedRight = 0;
  let tie = false;
  for (let c = 0; c < choices.length; c++) {
    const choice = prepare(choices[c]!);
    const phrases = meaningfulWords(choice, fillerWords);
    for (let i = 0; i < phrases.length; i++) {
      const words = phrases[i]!;
      if (words.length === 0) continue;
      // A phrase that says "not" cannot be meant by a reply that does not.
      const phraseNegated = hasAny(choice.words[i]!, negations);
      if (!replyNegated && phraseNegated) continue;
      // "liever niet online", "not by phone": a word the reply denies is no answer ("nooit" phrases excepted: they deny themselves).
      if (replyNegated && !phraseNegated && anyDenied((clauses ??= clausesOf(reply)), words, negations)) continue;
      let matched = 0;
      let typedRight = 0;
      let significant = false;
      let exact = false;
      let onlyGeneral = true;
      for (let k = 0; k < words.length; k++) {
        const w = words[k]!;
        if (!said(w, distinct, found, own)) continue;
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
      // nothing else ("ja graag": "graag" is filler). Whether it does is only worked out when asked.
      let saysOnlyThis: boolean | undefined;
      const whole = matched === words.length && (words.length >= 2 || (saysOnlyThis = saysOnly(distinct, words)));
      if (!whole && !significant) continue;
      const coverage = matched / words.length;
      // Half a phrase is enough only with one word typed right: "vlaanderen" is two typos from
      // "veranderen", which alone must not pick "afspraak veranderen".
      if (coverage < 0.5 || (coverage < 1 && !exact)) continue;
      // A general verb decides only when the reply says nothing else: "kan ik er een krijgen" is
      // the button, "hoeveel uren krijg ik" is a question about hours.
      if (onlyGeneral && (coverage < 1 || !(saysOnlyThis ?? saysOnly(distinct, words)))) continue;
      // Equal otherwise, the phrase whose words were typed as they are wins: "I am employed" is
      // "employed" (employee), not "unemployed" two letters away.
      if (
        bestValue === undefined ||
        coverage > bestCoverage ||
        (coverage === bestCoverage && (matched > bestMatched || (matched === bestMatched && typedRight > bestTypedRight)))
      ) {
        tie = false;
        bestValue = choice.value;
        bestCoverage = coverage;
        bestMatched = matched;
        bestTypedRight = typedRight;
      } else if (coverage === bestCoverage && matched === bestMatched && typedRight === bestTypedRight && bestValue !== choice.value) {
        tie = true;
      }
    }
  }
  return tie ? undefined : bestValue;
}

/** A button's number: the whole reply digits. */
const DIGITS = /^\d+$/;

/** Replies of more words than this are matched through the sets of `matchChoice`. */
const LONG_REPLY_WORDS = 12;

/** True when the whole reply `text` is one of a vocabulary's phrases, with a typo at most, and not one that says "not" when the reply does not. */
function wholePhraseOf(
  choice: PreparedVocabulary,
  text: string,
  replyNegated: boolean,
  negations: ReadonlySet<string>,
  own: ReadonlySet<string>,
): boolean {
  for (let i = 0; i < choice.normalized.length; i++) {
    if (typoOf(text, choice.normalized[i]!, own) && (replyNegated || !hasAny(choice.words[i]!, negations))) return true;
  }
  return false;
}

/** The one value of the choices with `text` as a phrase exactly; undefined for none or two values. */
function onlyValueSaying(choices: readonly ChoiceVocabulary[], text: string): string | undefined {
  let value: string | undefined;
  for (let c = 0; c < choices.length; c++) {
    const choice = prepare(choices[c]!);
    if (!choice.normalized.includes(text)) continue;
    if (value === undefined) value = choice.value;
    else if (choice.value !== value) return undefined;
  }
  return value;
}

/** A reply's words without filler, and once each for a long reply. */
interface MeaningfulReply {
  words: readonly string[];
  distinct: readonly string[];
}

/** Per reply's words (wordsOf remembers them, so the same array comes back), per filler list. */
const meaningfulReplies = new WeakMap<readonly string[], Map<ReadonlySet<string>, MeaningfulReply>>();

/** A message is matched against dozens of questions' vocabularies a turn: its words are sorted out once. */
function meaningfulReply(allWords: readonly string[], filler: ReadonlySet<string>): MeaningfulReply {
  let perFiller = meaningfulReplies.get(allWords);
  if (!perFiller) {
    perFiller = new Map();
    meaningfulReplies.set(allWords, perFiller);
  }
  let reply = perFiller.get(filler);
  if (!reply) {
    const words = allWords.filter((w) => !filler.has(w));
    reply = { words, distinct: words.length > LONG_REPLY_WORDS ? [...new Set(words)] : words };
    perFiller.set(filler, reply);
  }
  return reply;
}

/** Whether the reply says phrase word `word` (see closeToAny), remembered in `found` for a long reply. */
function said(word: string, distinct: readonly string[], found: Map<string, boolean> | undefined, own: ReadonlySet<string>): boolean {
  if (!found) return closeToAny(distinct, word, own);
  let yes = found.get(word);
  if (yes === undefined) {
    yes = closeToAny(distinct, word, own);
    found.set(word, yes);
  }
  return yes;
}

/** True when every reply word is close to a word of the phrase: the reply says nothing else. */
function saysOnly(replyWords: readonly string[], phraseWords: readonly string[]): boolean {
  for (let r = 0; r < replyWords.length; r++) {
    const typed = replyWords[r]!;
    let close = false;
    for (let k = 0; k < phraseWords.length && !close; k++) close = closeTo(typed, phraseWords[k]!);
    if (!close) return false;
  }
  return true;
}

function hasAny(words: readonly string[], set: ReadonlySet<string>): boolean {
  if (set.size === 0) return false;
  for (let i = 0; i < words.length; i++) if (set.has(words[i]!)) return true;
  return false;
}

function closeToAny(words: readonly string[], known: string, own: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) if (typoOf(words[i]!, known, own)) return true;
  return false;
}

/**
 * True when `typed` is `known` or a typo of it. A number word is never a typo of another word:
 * "eight" is no "right" (a yes), "eight years" at a yes-no question no answer. Nor is a word two
 * letters off with another first letter: "werkplaats" is no "verplaats" (moving a booking), nor
 * one of the `own` words two letters off ("pensionné" is no "personne").
 */
function typoOf(typed: string, known: string, own: ReadonlySet<string>): boolean {
  if (typed === known) return true;
  if (!wholeCloseTo(typed, known) || numberOfWord(typed) !== undefined) return false;
  if (typed.charCodeAt(0) !== known.charCodeAt(0) || own.has(typed)) return editDistance(typed, known, 1) <= 1;
  return true;
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

/** True when one of a reply's words says "not" (saysNegation). */
function saysAnyNegation(words: readonly string[], negations: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) if (saysNegation(words[i]!, negations)) return true;
  return false;
}

/**
 * True when a reply's word says "not": a negation, or one typed with a typo that keeps its first
 * letter ("jamai", "nooi", "nevr"), so "jamai" can still mean "Non, jamais". "ever" is no "never".
 */
function saysNegation(word: string, negations: ReadonlySet<string>): boolean {
  if (negations.has(word)) return true;
  const typos = typoNegations(negations);
  for (let i = 0; i < typos.length; i++) {
    const n = typos[i]!;
    if (word[0] === n[0] && closeTo(word, n)) return true;
  }
  return false;
}

/** How far back a negation reaches: "niet online", "niet meer online", "I don't have a phone". */
const NEGATION_REACH = 3;

/** True when one of `words` is denied in the reply (deniedIn). */
function anyDenied(clauses: readonly (readonly string[])[], words: readonly string[], negations: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) if (deniedIn(clauses, words[i]!, negations)) return true;
  return false;
}

/**
 * True when `word` is said within NEGATION_REACH words after a negation in the same clause: "niet
 * online, ter plaatse" denies "online", not "ter plaatse" (a comma or "maar" starts a new clause).
 */
function deniedIn(clauses: readonly (readonly string[])[], word: string, negations: ReadonlySet<string>): boolean {
  for (let c = 0; c < clauses.length; c++) {
    const words = clauses[c]!;
    for (let at = 0; at < words.length; at++) {
      if (!closeTo(words[at]!, word)) continue;
      for (let before = Math.max(0, at - NEGATION_REACH); before < at; before++) if (negations.has(words[before]!)) return true;
    }
  }
  return false;
}

/** The last few hundred replies' clauses (contrastClauses) as words, like normalize's texts: bounded, emptied when full. */
const REMEMBERED_CLAUSES = 512;
const replyClauses = new Map<string, readonly (readonly string[])[]>();

function clausesOf(reply: string): readonly (readonly string[])[] {
  let clauses = replyClauses.get(reply);
  if (clauses === undefined) {
    if (replyClauses.size >= REMEMBERED_CLAUSES) replyClauses.clear();
    clauses = contrastClauses(reply).map(wordsOf);
    replyClauses.set(reply, clauses);
  }
  return clauses;
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
  if (text === '') return false;
  for (let c = 0; c < choices.length; c++) {
    const normalized = prepare(choices[c]!).normalized;
    for (let p = 0; p < normalized.length; p++) if (wholeCloseTo(text, normalized[p]!)) return true;
  }
  return false;
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
  const classes = words instanceof Set ? undefined : (words as WordClasses);
  const fillerWords = classes ? classes.filler : (words as ReadonlySet<string>);
  const weak = classes?.weak ?? NO_WORDS;
  const negations = classes?.negations ?? NO_WORDS;
  const own = classes?.own ?? NO_WORDS;
  const clauses = clausesOf(reply);
  // A denied word ("niet online") points away from its answer, not to it.
  const allWords = wordsOf(reply);
  const replyWords: string[] = [];
  for (let i = 0; i < allWords.length; i++) {
    const w = allWords[i]!;
    if (!fillerWords.has(w) && !weak.has(w) && w.length >= MIN_SIGNIFICANT_LENGTH && !deniedIn(clauses, w, negations)) replyWords.push(w);
  }
  if (replyWords.length === 0) return [];
  const values: string[] = [];
  const shares: number[] = [];
  for (let c = 0; c < choices.length; c++) {
    const choice = prepare(choices[c]!);
    let shared = 0;
    for (let p = 0; p < choice.words.length; p++) {
      const phrase = choice.words[p]!;
      let count = 0;
      for (let k = 0; k < phrase.length; k++) {
        const w = phrase[k]!;
        if (w.length >= MIN_SIGNIFICANT_LENGTH && anyCloseTo(replyWords, w, own)) count++;
      }
      if (count > shared) shared = count;
    }
    if (shared === 0) continue;
    // Most shared words first, in the order of `choices` among equals.
    let at = values.length;
    while (at > 0 && shares[at - 1]! < shared) at--;
    values.splice(at, 0, choice.value);
    shares.splice(at, 0, shared);
  }
  return values;
}

/** True when a `typed` word is `known` or close to it; one of the `own` words only when one letter off (typoOf). */
function anyCloseTo(typed: readonly string[], known: string, own: ReadonlySet<string>): boolean {
  for (let i = 0; i < typed.length; i++) {
    const word = typed[i]!;
    if (closeTo(word, known) && (word === known || !own.has(word) || editDistance(word, known, 1) <= 1)) return true;
  }
  return false;
}
