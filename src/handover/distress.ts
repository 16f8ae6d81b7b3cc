import type { i18n } from 'i18next';
import { listFor } from '../i18n/i18n.js';
import { LOCALES } from '../i18n/locale.js';
import { containsPhrase } from '../understanding/text.js';

/**
 * True when `text` contains one of `phrases` (locales/<lng>/handover.json, `distressWords`): the words
 * in that order, without capitals, accents or punctuation mattering. Pure: the root dialog calls
 * it on every message, and the bot then gives Tele-Onthaal's number before handing over.
 *
 * It errs on the side of asking: a false alarm costs one kind sentence, a miss costs much more.
 */
export function seemsInDistress(text: string, phrases: readonly string[]): boolean {
  return containsPhrase(text, phrases);
}

/** The distress phrases of every language together: people do not always write in the chat's language. */
export function distressPhrases(i18n: i18n): string[] {
  return LOCALES.flatMap((locale) => listFor(i18n, locale, 'handover:distressWords'));
}
