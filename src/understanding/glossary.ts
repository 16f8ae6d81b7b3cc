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
  'werknemer',
  'werkzoekende',
  'tijdskrediet',
  'deeltijds',
  'bijberoep',
  'sectorfonds',
  'interim',
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/**
 * Words people tell their own work with ("werkzoekend", "deeltijds"): typed alone at a question,
 * an answer in the wrong place rather than a question about the word; asked about in words, explained.
 */
export const WORK_TERMS: ReadonlySet<GlossaryTerm> = new Set(['werknemer', 'werkzoekende', 'tijdskrediet', 'deeltijds', 'bijberoep']);

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

  /**
   * The term `message` names, or undefined. Asked in a question after a story ("ik ben
   * zelfstandige, wat is outplacement?"), the word in the question.
   */
  find(message: string): GlossaryTerm | undefined {
    const text = clampText(message);
    const question = askedPart(text);
    return (question !== undefined ? this.findIn(question) : undefined) ?? this.findIn(text);
  }

  private findIn(text: string): GlossaryTerm | undefined {
    // Words as the aliases are split: "vdab?" is the word "vdab".
    const words = wordsOf(text);
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

/** The last question in `text` that follows a story ("ik ben zelfstandige, wat is outplacement?"), from its clause's start; else undefined. */
function askedPart(text: string): string | undefined {
  const end = text.lastIndexOf('?');
  if (end < 0) return undefined;
  const start = Math.max(...[...'.,;:!'].map((mark) => text.lastIndexOf(mark, end)));
  return start < 0 ? undefined : text.slice(start + 1, end);
}
