import type { i18n } from 'i18next';
import { listFor, shippedI18n } from '../i18n/i18n.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { tokens } from './text.js';

/** Minutes after Brussels midnight, `from` inclusive and `to` exclusive. */
export type DayPart = { from: number; to: number };

/**
 * Parts of the day in Brussels minutes; appointments rarely start before 8 or after 21. The
 * afternoon ("namiddag") starts after lunch: a slot at noon is no answer to "alleen namiddag".
 */
export const MORNING: DayPart = { from: 8 * 60, to: 12 * 60 };
export const AFTERNOON: DayPart = { from: 13 * 60, to: 17 * 60 };
export const EVENING: DayPart = { from: 17 * 60, to: 21 * 60 };
/** "op het einde van de dag", "en fin de journée", "late afternoon": from 15.00 until the evening has begun. */
export const LATE_AFTERNOON: DayPart = { from: 15 * 60, to: 18 * 60 };

/** What a word of a date phrase contributes; the parser in when.ts combines them. */
export type Meaning =
  | { kind: 'relativeDay'; days: number; part?: DayPart }
  /** "deze week", "volgende week"; "later in de week": from the day after tomorrow to Sunday. */
  | { kind: 'week'; which: 'this' | 'next' | 'later' }
  | { kind: 'weekend' }
  | { kind: 'weekday'; weekday: number }
  /** "vr", "mar.", "thu": a weekday only right before a date ("vr 27 nov", as on the slot buttons). */
  | { kind: 'weekdayShort'; weekday: number }
  | { kind: 'next' }
  | { kind: 'part'; part: DayPart }
  /** `from`: "vanaf", "à partir de", "from": after, the day named included ("vanaf donderdag" is Thursday on). */
  | { kind: 'bound'; bound: 'after' | 'before' | 'at'; from?: true }
  /**
   * Next to a weekday: "ten vroegste", "au plus tôt", "at the earliest" (from that day on); "ten
   * laatste", "uiterlijk", "au plus tard", "at the latest" (up to and with that day).
   */
  | { kind: 'dayEdge'; edge: 'earliest' | 'latest' }
  /** "tussen", "entre", "between": two hours follow, the range between them. */
  | { kind: 'between' }
  /** "tot", "jusqu'à", "to": the end of a range of hours ("van 9 tot 11", "from 10 to 12"). */
  | { kind: 'until' }
  /** "en", "et", "and": the end of a range only after "tussen" ("tussen 11 en 14 uur"). */
  | { kind: 'and' }
  | { kind: 'hourUnit' }
  /**
   * Before an hour, minutes from it: "half tien" (half ten, -30: 9.30), "kwart over 9" (+15),
   * "half past nine" (+30). Only with the hour right after it.
   */
  | { kind: 'hourLead'; offset: number }
  /** After an hour and its unit, minutes from it: "9h et demie" (+30), "10 heures moins le quart" (-15). */
  | { kind: 'hourTail'; offset: number }
  | { kind: 'meridiem'; pm: boolean }
  | { kind: 'month'; month: number }
  /** "volgende maand", "le mois prochain", "next month": the whole of the month after this one. */
  | { kind: 'nextMonth' }
  /** "na nieuwjaar", "après les fêtes", "na de kerstvakantie": from 2 January on. */
  | { kind: 'afterNewYear' }
  /** "na kerstmis", "après noël", "after christmas": from 26 December on. */
  | { kind: 'afterChristmas' }
  /** "weken", "semaines", "weeks": after "over 2", "dans 2", "in 2", that many weeks from now. */
  | { kind: 'weeksUnit' }
  | { kind: 'ordinal' }
  | { kind: 'negation' };

const weekday = (index: number): Meaning => ({ kind: 'weekday', weekday: index });
const month = (number: number): Meaning => ({ kind: 'month', month: number });

/**
 * Every list under `understanding:when` and what its words mean. The words live in
 * locales/<locale>/understanding.json (same keys in every language; a list may be empty); the
 * meanings live here.
 */
export const WHEN_MEANINGS = {
  today: { kind: 'relativeDay', days: 0 },
  tomorrow: { kind: 'relativeDay', days: 1 },
  dayAfterTomorrow: { kind: 'relativeDay', days: 2 },
  thisMorning: { kind: 'relativeDay', days: 0, part: MORNING },
  thisAfternoon: { kind: 'relativeDay', days: 0, part: AFTERNOON },
  thisEvening: { kind: 'relativeDay', days: 0, part: EVENING },
  tomorrowMorning: { kind: 'relativeDay', days: 1, part: MORNING },
  tomorrowAfternoon: { kind: 'relativeDay', days: 1, part: AFTERNOON },
  tomorrowEvening: { kind: 'relativeDay', days: 1, part: EVENING },
  thisWeek: { kind: 'week', which: 'this' },
  nextWeek: { kind: 'week', which: 'next' },
  laterThisWeek: { kind: 'week', which: 'later' },
  nextMonth: { kind: 'nextMonth' },
  afterNewYear: { kind: 'afterNewYear' },
  afterChristmas: { kind: 'afterChristmas' },
  weeksUnit: { kind: 'weeksUnit' },
  weekend: { kind: 'weekend' },
  next: { kind: 'next' },
  monday: weekday(0),
  tuesday: weekday(1),
  wednesday: weekday(2),
  thursday: weekday(3),
  friday: weekday(4),
  saturday: weekday(5),
  sunday: weekday(6),
  mondayShort: { kind: 'weekdayShort', weekday: 0 },
  tuesdayShort: { kind: 'weekdayShort', weekday: 1 },
  wednesdayShort: { kind: 'weekdayShort', weekday: 2 },
  thursdayShort: { kind: 'weekdayShort', weekday: 3 },
  fridayShort: { kind: 'weekdayShort', weekday: 4 },
  saturdayShort: { kind: 'weekdayShort', weekday: 5 },
  sundayShort: { kind: 'weekdayShort', weekday: 6 },
  morning: { kind: 'part', part: MORNING },
  afternoon: { kind: 'part', part: AFTERNOON },
  evening: { kind: 'part', part: EVENING },
  lateAfternoon: { kind: 'part', part: LATE_AFTERNOON },
  // Dutch "pas na 14 uur" ("only after 2 pm") is listed here and wins over French "pas" (a
  // negation) because the longer sequence wins.
  after: { kind: 'bound', bound: 'after' },
  fromOn: { kind: 'bound', bound: 'after', from: true },
  before: { kind: 'bound', bound: 'before' },
  at: { kind: 'bound', bound: 'at' },
  between: { kind: 'between' },
  until: { kind: 'until' },
  earliest: { kind: 'dayEdge', edge: 'earliest' },
  latest: { kind: 'dayEdge', edge: 'latest' },
  and: { kind: 'and' },
  hourUnit: { kind: 'hourUnit' },
  halfBefore: { kind: 'hourLead', offset: -30 },
  halfPast: { kind: 'hourLead', offset: 30 },
  quarterPast: { kind: 'hourLead', offset: 15 },
  quarterTo: { kind: 'hourLead', offset: -15 },
  andAHalf: { kind: 'hourTail', offset: 30 },
  andAQuarter: { kind: 'hourTail', offset: 15 },
  lessAQuarter: { kind: 'hourTail', offset: -15 },
  am: { kind: 'meridiem', pm: false },
  pm: { kind: 'meridiem', pm: true },
  january: month(1),
  february: month(2),
  march: month(3),
  april: month(4),
  may: month(5),
  june: month(6),
  july: month(7),
  august: month(8),
  september: month(9),
  october: month(10),
  november: month(11),
  december: month(12),
  ordinal: { kind: 'ordinal' },
  // "Niet dinsdag" must not become Tuesday: with a negation the bot asks again instead of guessing.
  negation: { kind: 'negation' },
} as const satisfies Record<string, Meaning>;

export type WhenWord = keyof typeof WHEN_MEANINGS;

/** One entry of the vocabulary: a word sequence as `normalize` writes it, and what it means. */
export type VocabularyEntry = readonly [sequence: readonly string[], meaning: Meaning];

/**
 * The date words of every language together: Dutch first, then French and English, each in the
 * order of `WHEN_MEANINGS`; a typo as close to two words goes to the first ("zonday" is zondag,
 * not monday). Sequences, not strings: several meanings take more than one word ("la semaine
 * prochaine"), and matching goes word by word with typo room per word. Phrases are cut into words
 * the way a message is ("après-midi" → apres, midi), so locale files use normal spelling.
 */
export function whenVocabulary(instance: i18n): VocabularyEntry[] {
  const entries: VocabularyEntry[] = [];
  for (const locale of LOCALES) {
    for (const [word, meaning] of Object.entries(WHEN_MEANINGS) as Array<[WhenWord, Meaning]>) {
      for (const phrase of listFor(instance, locale, `understanding:when.${word}`)) {
        const sequence = wordsOf(phrase);
        if (sequence.length > 0) entries.push([sequence, meaning]);
      }
    }
  }
  return entries;
}

/** A text cut into the words the vocabulary matches: apostrophes and question marks split words too ("aujourd'hui"). */
export function wordsOf(text: string): string[] {
  // "next week?": a question mark says nothing about which words were meant.
  return tokens(text.replace(/[’'?]/g, ' '));
}

let shipped: VocabularyEntry[] | undefined;

/** The vocabulary of the shipped locale files, built on first use. */
export function shippedWhenVocabulary(): readonly VocabularyEntry[] {
  shipped ??= whenVocabulary(shippedI18n());
  return shipped;
}

let words: ReadonlySet<string> | undefined;

/** Every word of the shipped date phrases ("zaterdag", "avond", "na", "uur"), as `wordsOf` writes them. */
export function whenWordSet(): ReadonlySet<string> {
  words ??= new Set(shippedWhenVocabulary().flatMap(([sequence]) => sequence));
  return words;
}

const wordsByLocale = new Map<string, ReadonlySet<string>>();

/** The words of one language's phrases for `meanings`, those phrases that `keep` keeps, built once per key. */
function wordsOfPhrases(
  key: string,
  locale: Locale,
  meanings: readonly WhenWord[],
  keep: (phrase: readonly string[]) => boolean,
): ReadonlySet<string> {
  const cacheKey = `${key}:${locale}:${meanings.join(',')}`;
  let words = wordsByLocale.get(cacheKey);
  if (!words) {
    const phrases = meanings.flatMap((word) => listFor(shippedI18n(), locale, `understanding:when.${word}`)).map(wordsOf);
    words = new Set(phrases.filter(keep).flat());
    wordsByLocale.set(cacheKey, words);
  }
  return words;
}

/**
 * The words of one language's phrases for `meanings`, as `wordsOf` writes them. Some words are
 * another thing in another language: French "pas lundi" refuses Monday, Dutch "pas maandag" waits for it.
 */
export function whenWordsOf(locale: Locale, meanings: readonly WhenWord[]): ReadonlySet<string> {
  return wordsOfPhrases('all', locale, meanings, () => true);
}

/** One language's one-word phrases for `meanings` ("vrijdag", "smiddags"), never words of longer ones ("na mijn werk"). */
export function oneWordTimesOf(locale: Locale, meanings: readonly WhenWord[]): ReadonlySet<string> {
  return wordsOfPhrases('one', locale, meanings, (phrase) => phrase.length === 1);
}

const contextWords = new Map<string, ReadonlySet<string>>();

/** The lists under `understanding:whenContext`: words that give a date word its sense. */
export type WhenContextList =
  | 'monthBefore'
  | 'dayOff'
  | 'weeksAheadBefore'
  | 'earlyWithDay'
  | 'dayArticle'
  | 'dayOn'
  | 'dayRangeFrom'
  | 'dayRangeTo'
  | 'dayOfMonth'
  | 'monthStart'
  | 'monthMiddle'
  | 'monthEnd';

/**
 * Words without a date meaning of their own that give the date word next to them its sense, every
 * language (locales `understanding:whenContext`): before a month ("in januari", "en janvier"),
 * before "2 weken" ("over 2 weken", "dans 2 semaines"), or next to a day as its morning
 * ("maandag vroeg", "lundi tôt", "early monday"); a part of a month ("eind december"); around a
 * range of days ("du 28 au 30 décembre", "the 28th of December").
 */
export function whenContextWords(list: WhenContextList): ReadonlySet<string> {
  let words = contextWords.get(list);
  if (!words) {
    words = new Set(LOCALES.flatMap((locale) => listFor(shippedI18n(), locale, `understanding:whenContext.${list}`).flatMap(wordsOf)));
    contextWords.set(list, words);
  }
  return words;
}

const contextPhrases = new Map<string, readonly (readonly string[])[]>();

/**
 * Phrases, every language, that start a reason rather than a time ("want ik werk voormiddag",
 * "parce que je travaille le matin", "because I work mornings"): as `wordsOf` writes them.
 */
export function whenContextPhrases(list: 'reasonBefore' | 'workBefore' | 'askAfterWork'): readonly (readonly string[])[] {
  let phrases = contextPhrases.get(list);
  if (!phrases) {
    phrases = LOCALES.flatMap((locale) => listFor(shippedI18n(), locale, `understanding:whenContext.${list}`).map(wordsOf)).filter(
      (p) => p.length > 0,
    );
    contextPhrases.set(list, phrases);
  }
  return phrases;
}
