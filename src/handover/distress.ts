import type { i18n } from 'i18next';
import { listFor } from '../i18n/i18n.js';
import { LOCALES } from '../i18n/locale.js';
import { tokens } from '../understanding/text.js';

/** Words this long or longer also match as the start of a longer word ("zelfmoord" in "zelfmoordgedachten"). */
const MIN_PREFIX_LENGTH = 6;

/**
 * True when `text` contains one of `phrases` (locales/<lng>/handover.json, `distressWords`): the words
 * in that order, without capitals, accents or punctuation mattering. Pure: the root dialog calls
 * it on every message, and the bot then gives Tele-Onthaal's number before handing over.
 *
 * It errs on the side of asking: a false alarm costs one kind sentence, a miss costs much more.
 */
export function seemsInDistress(text: string, phrases: readonly string[]): boolean {
  const words = tokens(text);
  return phraseTokens(phrases).some((run) => containsRun(words, run));
}

/** The phrase lists come from the locale files and are read on every message: tokenise them once per list. */
const tokenised = new WeakMap<readonly string[], readonly (readonly string[])[]>();

function phraseTokens(phrases: readonly string[]): readonly (readonly string[])[] {
  let runs = tokenised.get(phrases);
  if (!runs) {
    runs = phrases.map(tokens);
    tokenised.set(phrases, runs);
  }
  return runs;
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0 || run.length > words.length) return false;
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, i) => matches(words[start + i] ?? '', word))) return true;
  }
  return false;
}

function matches(typed: string, word: string): boolean {
  return typed === word || (word.length >= MIN_PREFIX_LENGTH && typed.startsWith(word));
}

/** The distress phrases of every language together: people do not always write in the chat's language. */
export function distressPhrases(i18n: i18n): string[] {
  return LOCALES.flatMap((locale) => listFor(i18n, locale, 'handover:distressWords'));
}
