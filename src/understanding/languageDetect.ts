import { francAll } from 'franc';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { commonWords, trainingCorpus } from './nlu/corpus.js';
import { plainTokens } from './nlu/spelling.js';

const FRANC_CODES: Record<string, Locale> = { nld: 'nl', fra: 'fr', eng: 'en' };

/**
 * franc only decides for messages this long: on short chat lines it is unreliable (measured:
 * "je veux un rendez-vous" → Dutch, "how much does it cost" → French).
 */
const FRANC_MIN_CHARS = 40;
/**
 * Only the start of a message is read, by the word lists and by franc alike: the language shows in
 * the first sentences, and a pasted 250 KB text must cost no more than a normal message.
 */
export const MAX_DETECT_CHARS = 500;
/** Share of a message's words that must be known in the other language… */
const MIN_COVERAGE = 0.6;
/** …and by how much more than in the current language. */
const MIN_LEAD = 0.3;
/**
 * A lead this large is clear without franc: on a 40–60 character line franc still errs ("je veux
 * prendre rendez-vous à Gand mardi" → Dutch, at 88% French words against 13% Dutch).
 */
const CLEAR_LEAD = 0.6;

let vocabularies: ReadonlyMap<Locale, ReadonlySet<string>> | undefined;

/**
 * Words of each language: its training corpus plus its everyday word list. Not the examples of
 * `change_language`: they hold other languages' words on purpose ("en français", "english please").
 */
function vocabulary(locale: Locale): ReadonlySet<string> {
  const ownWords = (l: Locale) =>
    trainingCorpus(l)
      .examples.filter((e) => e.intent !== 'change_language')
      .flatMap((e) => plainTokens(e.text));
  vocabularies ??= new Map(LOCALES.map((l) => [l, new Set([...ownWords(l), ...commonWords(l).flatMap((w) => plainTokens(w))])]));
  return vocabularies.get(locale) ?? new Set();
}

/**
 * Builds every language's word list now. Built on first use instead, it cost the first message of
 * three words or more 20–35 ms (measured), paid while every other user of the process waited.
 */
export function prepareLanguageDetection(): void {
  for (const locale of LOCALES) vocabulary(locale);
}

/** True when `word` (as plainTokens writes it) is a word of one of the languages: no name, say. */
export function isEverydayWord(word: string): boolean {
  return LOCALES.some((locale) => vocabulary(locale).has(word));
}

/**
 * French endings for a woman or for more than one, with the ending of the word lists' form:
 * "indépendante", "perdue", "salariées", "chômeuse", "ouvrière", "active".
 */
const FRENCH_FORMS: readonly (readonly [string, string])[] = [
  ['euses', 'eur'],
  ['euse', 'eur'],
  ['ieres', 'ier'],
  ['iere', 'ier'],
  ['ives', 'if'],
  ['ive', 'if'],
  ['es', ''],
  ['e', ''],
  ['s', ''],
];

/** True when `word` is an everyday word, or a French one in the form for a woman or for more than one. */
export function isEverydayWordForm(word: string): boolean {
  if (isEverydayWord(word)) return true;
  const french = vocabulary('fr');
  return FRENCH_FORMS.some(
    ([end, base]) => word.length > end.length + 2 && word.endsWith(end) && french.has(word.slice(0, -end.length) + base),
  );
}

/** A French elision before a word ("d'adresse", "l'email", "qu'il"): dropped, the word itself is read. */
const ELISION = /(^|[^\p{L}])(?:[cdjlmnst]|qu)['’](?=\p{L})/giu;

/**
 * The message's words as plainTokens writes them, each with its spelling without a French elision:
 * "d'adresse" is "dadresse" or "adresse". The two lists are as long: an elision joins, never splits.
 */
function wordsToDetect(text: string): Token[] {
  const written = plainTokens(text).filter((t) => !/^\d+$/.test(t));
  const bare = plainTokens(text.replace(ELISION, '$1')).filter((t) => !/^\d+$/.test(t));
  return written.map((word, i) => ({ word, bare: bare.length === written.length ? (bare[i] ?? word) : word }));
}

interface Token {
  word: string;
  bare: string;
}

function coverage(locale: Locale, tokens: readonly Token[]): number {
  const words = vocabulary(locale);
  return tokens.filter((t) => words.has(t.word) || words.has(t.bare)).length / tokens.length;
}

/**
 * The language a message is written in, when it is clearly another one than `current`; else
 * undefined. One or two words never count ("merci", "ok", "menu" and "stop" are used in every
 * language here). A short message counts when most of its words belong to the other language and
 * clearly fewer to the current one, or all of them to the other one only and not all to the
 * current one; a long message when franc agrees as well, unless the words alone leave no doubt.
 */
export function detectOtherLanguage(message: string, current: Locale): Locale | undefined {
  const text = message.slice(0, MAX_DETECT_CHARS);
  const tokens = wordsToDetect(text);
  if (tokens.length < 3) return undefined;
  const own = coverage(current, tokens);
  const others = LOCALES.filter((l) => l !== current).map((locale) => ({ locale, coverage: coverage(locale, tokens) }));
  // "i want job help": every word English, and the Dutch words among them English too ("want",
  // "job", "help"); a word the current language lacks ("i") and no word only its own decide it.
  const whole = others.filter((c) => c.coverage === 1);
  const wholly = (c: { coverage: number }) => c.coverage === 1 && whole.length === 1 && own < 1;
  const candidates = others
    .filter((c) => c.coverage >= MIN_COVERAGE && (c.coverage - own >= MIN_LEAD || wholly(c)))
    .sort((a, b) => b.coverage - a.coverage);
  const best = candidates[0];
  if (!best) return undefined;
  if (text.length >= FRANC_MIN_CHARS && best.coverage - own < CLEAR_LEAD) {
    const [top] = francAll(text, { only: Object.keys(FRANC_CODES) });
    if (!top || FRANC_CODES[top[0]] !== best.locale) return undefined;
  }
  return best.locale;
}

/** The fewest words of ours, and their least share, that make a message one of ours all the same. */
const MIN_OWN_WORDS = 4;
const MIN_OWN_SHARE = 0.6;

/**
 * The language of ours a message is mostly written in, when it has a few words ("merhaba, ik werk
 * als kuisvrouw en wil een afspraak" once its greeting is left out); undefined otherwise.
 */
export function mostlyWrittenIn(message: string): Locale | undefined {
  const tokens = wordsToDetect(message.slice(0, MAX_DETECT_CHARS));
  if (tokens.length < MIN_OWN_WORDS) return undefined;
  const [best] = LOCALES.map((locale) => ({ locale, share: coverage(locale, tokens) })).sort((a, b) => b.share - a.share);
  return best && best.share >= MIN_OWN_SHARE ? best.locale : undefined;
}

/**
 * A reply too short for detectOtherLanguage ("pour moi", "voor mij"): true when every word is a
 * word of `own` and not every word one of `other`, so "ok" or "menu", words of both, never count.
 */
export function shortReplyIn(message: string, own: Locale, other: Locale): boolean {
  const tokens = wordsToDetect(message.slice(0, MAX_DETECT_CHARS));
  if (tokens.length === 0 || tokens.length >= 3) return false;
  return coverage(own, tokens) === 1 && coverage(other, tokens) < 1;
}

/**
 * The language of a message of one or two words ("Rappelez-moi", "au secours", "bonsoir"), too
 * short for detectOtherLanguage: every word one language's and none of them `current`'s, and that
 * language the only one that knows them all. Words of several languages ("ok", "merci", "stop")
 * never count. A guess for where nothing else reads the message; never an answer's own reading.
 */
export function shortMessageIn(message: string, current: Locale): Locale | undefined {
  const tokens = wordsToDetect(message.slice(0, MAX_DETECT_CHARS));
  if (tokens.length === 0 || tokens.length >= 3 || coverage(current, tokens) > 0) return undefined;
  const speaking = LOCALES.filter((l) => l !== current && coverage(l, tokens) === 1);
  return speaking.length === 1 ? speaking[0] : undefined;
}

/**
 * True when most letters of a message are of another script than ours (Cyrillic, Arabic, Greek…):
 * "Привіт, можна українською?" asks in a language the bot does not speak, whatever it says.
 */
export function writtenInOtherScript(message: string): boolean {
  const text = message.slice(0, MAX_DETECT_CHARS);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters >= 3 && latin / letters < 0.5;
}
