import type { Locale } from '../../i18n/locale.js';
import { editDistance } from '../text.js';

/**
 * Spoken-language and chat spellings mapped to the written word, per language: Flemish "da",
 * "wa", "ne" ("ik wil ne afspraak"), French "sa" for "ça", English "u", "pls". Applied to training
 * and input alike, so both meet in the middle.
 */
const CHAT_WORDS: Record<Locale, Readonly<Record<string, string>>> = {
  nl: {
    da: 'dat',
    wa: 'wat',
    ne: 'een',
    nen: 'een',
    ni: 'niet',
    nie: 'niet',
    zon: 'zo een',
    mijne: 'mijn',
    mijnen: 'mijn',
    ge: 'je',
    gij: 'jij',
    ff: 'even',
    me: 'met',
  },
  fr: { sa: 'ca', rdv: 'rendez vous', svp: 'plait', stp: 'plait', jsuis: 'je suis', chui: 'je suis', pk: 'pourquoi' },
  en: {
    u: 'you',
    r: 'are',
    ur: 'your',
    pls: 'please',
    plz: 'please',
    whats: 'what is',
    dont: 'do not',
    doesnt: 'does not',
    cant: 'cannot',
    im: 'i am',
    wanna: 'want to',
    gonna: 'going to',
    thx: 'thanks',
  },
};

/** Lower case, no accents, apostrophes joined ("c'est" → "cest"), no punctuation or emoji. */
export function plainTokens(text: string): string[] {
  const cleaned = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`´]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return cleaned === '' ? [] : cleaned.split(' ');
}

/**
 * One spelling for sounds people write in several ways. Dutch: "ij" and "ei" sound the same;
 * a final "d" or "dt" sounds like "t" (wie betaald/betaalt, hij vind/vindt); "cheque" is said "chek".
 * Both training text and input pass through this, so it only has to be consistent, not correct.
 */
function soundsLike(locale: Locale, word: string): string {
  if (locale !== 'nl') return word;
  return word
    .replace(/ij/g, 'ei')
    .replace(/y/g, 'ei')
    .replace(/que$/, 'k')
    .replace(/ques$/, 'ks')
    .replace(/dt$/, 't')
    .replace(/(?<=\w)d$/, 't');
}

/** The words of `text` in the form the classifiers are trained on. */
export function canonicalTokens(locale: Locale, text: string): string[] {
  return plainTokens(text)
    .flatMap((token) => (CHAT_WORDS[locale][token] ?? token).split(' '))
    .map((token) => soundsLike(locale, token));
}

/** Edits a word may need to be recognised: none up to 2 letters, 1 up to 5, else 2. */
function budget(word: string): number {
  if (word.length <= 2) return 0;
  if (word.length <= 5) return 1;
  return 2;
}

/**
 * Replaces words the classifiers never saw with the nearest word they did see, before classifying.
 * NLP.js's stemmer cannot repair "afsrpaak" or "medewrker", and a message of only unknown words
 * makes it answer None with full confidence; measured in the NLU notes, this correction brought
 * bare typo'd keywords from 2/12 to 12/12. Words in the everyday word list are real words and stay
 * as they are. A glued pair ("afspraakmaken", "watis") is split into two known words.
 */
export class SpellingCorrector {
  private readonly known: ReadonlySet<string>;
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Map<string, string[]>();

  constructor(
    vocabulary: Iterable<string>,
    private readonly realWords: ReadonlySet<string>,
  ) {
    this.known = new Set(vocabulary);
    for (const word of this.known) {
      const list = this.byLength.get(word.length) ?? [];
      list.push(word);
      this.byLength.set(word.length, list);
    }
  }

  /** `tokens` with unknown words corrected, split, or kept when nothing is close. */
  correct(tokens: readonly string[]): string[] {
    return tokens.flatMap((token) => this.correctOne(token));
  }

  private correctOne(token: string): string[] {
    if (this.known.has(token) || this.realWords.has(token) || /\d/.test(token)) return [token];
    const cached = this.cache.get(token);
    if (cached) return cached;
    const result = this.nearest(token) ?? this.split(token) ?? [token];
    if (this.cache.size < 10_000) this.cache.set(token, result);
    return result;
  }

  private nearest(token: string): string[] | undefined {
    const max = budget(token);
    if (max === 0) return undefined;
    let best: { word: string; distance: number } | undefined;
    for (let length = token.length - max; length <= token.length + max; length++) {
      for (const word of this.byLength.get(length) ?? []) {
        if (budget(word) === 0) continue;
        const distance = editDistance(token, word, Math.min(max, budget(word)));
        if (distance > Math.min(max, budget(word))) continue;
        // Closest wins; on a tie the longer word, which carries more meaning than a short one.
        if (!best || distance < best.distance || (distance === best.distance && word.length > best.word.length)) {
          best = { word, distance };
        }
      }
    }
    return best ? [best.word] : undefined;
  }

  private split(token: string): string[] | undefined {
    for (let at = 2; at <= token.length - 2; at++) {
      const head = token.slice(0, at);
      const tail = token.slice(at);
      if (this.known.has(head) && this.known.has(tail)) return [head, tail];
    }
    return undefined;
  }
}
