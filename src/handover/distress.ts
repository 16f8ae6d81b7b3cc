import type { i18n } from 'i18next';
import { listFor } from '../i18n/i18n.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { containsPhrase, wordsOf } from '../understanding/text.js';

/**
 * What a person in distress may write (locales/<lng>/handover.json): `anywhere`, phrases that
 * count wherever they stand in a message (`distressWords`: "ik zie het niet meer zitten");
 * `alone`, words that count only as the whole message (`distressAlone`: "ik kan niet meer" is
 * someone at the end of their tether, "ik kan niet meer komen" a booking to move).
 */
export interface DistressWords {
  anywhere: readonly string[];
  alone: ReadonlySet<string>;
  /**
   * Words that join clauses ("en", "maar", "and", "mais"), or start one where people write without
   * full stops ("ik", "i", "je"): an `alone` phrase that is a clause of its own between them counts
   * too ("ik heb een burn-out en kan niet meer", "ik heb schulden ik kan niet meer"). Default: none.
   */
  joins?: ReadonlySet<string>;
  /** Each language's own words, to tell which language a message of distress is written in. */
  byLocale?: ReadonlyMap<Locale, DistressWords>;
}

/**
 * True when `text` contains one of the `anywhere` phrases or is one of the `alone` ones, as a whole
 * or as a clause of it between `joins` and punctuation: the words in that order, without capitals,
 * accents or punctuation mattering. Pure: the root dialog calls it on every message, and the bot
 * then gives the crisis line's number before handing over.
 *
 * It errs on the side of asking: a false alarm costs one kind sentence, a miss costs much more.
 */
export function seemsInDistress(text: string, words: DistressWords): boolean {
  if (containsPhrase(text, words.anywhere) || words.alone.has(wordsOf(text).join(' '))) return true;
  const { alone, joins } = words;
  return joins !== undefined && text.split(CLAUSE_MARKS).some((part) => hasAloneClause(wordsOf(part), alone, joins));
}

/** Marks that end a clause: "j'ai des dettes, je n'en peux plus". */
const CLAUSE_MARKS = /[,.;:!?\n]+/u;

/** The most words of an `alone` phrase ("ik kan het niet meer aan"). */
const MAX_ALONE_WORDS = 7;

/**
 * True when a run of `words` that starts and ends at a join (or the part's edges) is one of `alone`:
 * "… en kan niet meer" is a clause, "ik kan niet meer werken" and "mijn rug kan niet meer" are not.
 */
function hasAloneClause(words: readonly string[], alone: ReadonlySet<string>, joins: ReadonlySet<string>): boolean {
  for (let from = 0; from < words.length; from++) {
    if (from > 0 && !joins.has(words[from - 1]!)) continue;
    for (let to = from + 1; to <= Math.min(words.length, from + MAX_ALONE_WORDS); to++) {
      if ((to === words.length || joins.has(words[to]!)) && alone.has(words.slice(from, to).join(' '))) return true;
    }
  }
  return false;
}

/**
 * The language whose words of distress `text` uses, when only one language's do: "jveux mourir"
 * is French, "i wanna die" English, however short or misspelt; "suicide" is every language's.
 */
export function distressLanguage(text: string, words: DistressWords): Locale | undefined {
  const speaking = [...(words.byLocale ?? [])].filter(([, own]) => seemsInDistress(text, own)).map(([locale]) => locale);
  return speaking.length === 1 ? speaking[0] : undefined;
}

/** The distress words of every language together: people do not always write in the chat's language. */
export function distressWords(i18n: i18n): DistressWords {
  const of = (locales: readonly Locale[]) => {
    const all = (key: string) => locales.flatMap((locale) => listFor(i18n, locale, key));
    return {
      anywhere: all('handover:distressWords'),
      alone: new Set(all('handover:distressAlone').map((phrase) => wordsOf(phrase).join(' '))),
      joins: new Set(all('handover:distressJoins').flatMap((join) => wordsOf(join))),
    };
  };
  return { ...of(LOCALES), byLocale: new Map(LOCALES.map((locale) => [locale, of([locale])])) };
}
