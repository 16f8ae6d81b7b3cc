import type { i18n } from 'i18next';
import { listFor } from '../i18n/i18n.js';
import { LOCALES } from '../i18n/locale.js';
import { clampText, closeTo, tokens, wordsOf } from './text.js';

/** The glossary's words, as keyed in locales/<locale>/glossary.json `terms`. */
export const GLOSSARY_TERMS = [
  'loopbaancheque',
  'loopbaancentrum',
  'kennismakingsgesprek',
  'werkervaring',
  'outplacement',
  'zelfstandige',
  'loopbaanbegeleiding',
  'ontwikkelingsplan',
  'wandelcoaching',
  'online',
  'terPlaatse',
  'vdab',
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/**
 * "Wat betekent …?": finds which glossary word a message asks about, in any language and with
 * typos ("wat betekend outplacemnt"). Longer names win over shorter ones they contain
 * ("eerste gesprek" before "gesprek"), and the first word in the message wins over later ones.
 */
export class Glossary {
  private readonly phrases: { term: GlossaryTerm; words: string[] }[];

  constructor(i18n: i18n) {
    this.phrases = GLOSSARY_TERMS.flatMap((term) =>
      LOCALES.flatMap((locale) => listFor(i18n, locale, `glossary:aliases.${term}`)).map((alias) => ({ term, words: tokens(alias) })),
    ).sort((a, b) => b.words.length - a.words.length);
  }

  /** The term `message` names, or undefined. */
  find(message: string): GlossaryTerm | undefined {
    // Words as the aliases are split: "vdab?" is the word "vdab".
    const words = wordsOf(clampText(message));
    let found: { term: GlossaryTerm; at: number; length: number } | undefined;
    for (const phrase of this.phrases) {
      for (let at = 0; at + phrase.words.length <= words.length; at++) {
        const matches = phrase.words.every((w, i) => closeTo(words[at + i] ?? '', w));
        if (!matches) continue;
        if (!found || at < found.at || (at === found.at && phrase.words.length > found.length)) {
          found = { term: phrase.term, at, length: phrase.words.length };
        }
        break;
      }
    }
    return found?.term;
  }
}
