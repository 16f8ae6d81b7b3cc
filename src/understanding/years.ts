import { LOCALES } from '../i18n/locale.js';
import { resources } from '../i18n/resources.js';
import { clampText, closeTo, normalize } from './text.js';

/*
 * "Hoe lang heb je in totaal al gewerkt?" answered in words: "20 jaar", "twintig jaar", "ik werk
 * al vijfentwintig jaar", "sinds 2005", "6 maanden", "minder dan 7 jaar", "vingt ans", "since 2010".
 * The words of each language live in locales/<lng>/understanding.json (`numbers`, `durations`).
 */

interface DurationWords {
  years: string[];
  months: string[];
  since: string[];
  lessThan: string[];
  moreThan: string[];
  /** Words of "less than" that mean just under ("bijna 40": not 10, but 39 and some). */
  almost: string[];
  vague: string[];
  /** Words before a number that make it "about" that many years: "een jaar of tien". */
  about: string[];
  /** Words right before a number that make it an age: "ik ben 55", "j'ai 55 ans", "I'm 55". */
  ageBefore: string[];
  /** Words right after "jaar" that make the number an age: "55 jaar oud". */
  ageAfter: string[];
  /**
   * Words that, between "ik ben" and a number of years, name no job: "ik ben al 25 jaar" is no
   * "ik ben metser 55 jaar" (a job, then an age).
   */
  notAJobBeforeAge: string[];
  /** Words right after "jaar" that make it a time past, never an age: "ik ben 5 jaar geleden gekomen". */
  ago: string[];
  /** Words about work: after "ik ben 12 jaar" they make it years of work ("… werknemer"), not an age. */
  work: string[];
  /** Number words that are articles too ("een", "a", "un"): a number only with "jaar" after them. */
  articles: string[];
  /** Words of doubt around one number ("ongeveer 7", "7 jaar denk ik"): a year more or less. */
  hedges: string[];
  /** Words between two numbers that make them a range: "5 of 6", "6 à 7", "6 or 7", "5 tot 8". */
  rangeJoins: string[];
  /** "tussen 5 en 8": a word before two numbers joined by `betweenJoins`. */
  between: string[];
  betweenJoins: string[];
  /** "van 2005 tot nu", "de 2005 à 2010", "from 2005 to 2010": a year that starts a period ("van", "de", "from")… */
  periodFrom: string[];
  /** …the word that ends it ("tot", "à", "until")… */
  until: string[];
  /** …and the words for today that may close it ("nu", "maintenant", "now"). */
  now: string[];
  /** Words that put durations one after another ("daarvoor", "puis", "before that"): they add up. */
  oneAfterAnother: string[];
  /** "de twee", "les deux", "both" said alone: two things meant (a job and a business), never 2 years. */
  both: string[];
}

/** Number words of every language: "twintig" → 20, "vingt" → 20, "twenty" → 20. */
const NUMBER_WORDS = new Map<string, number>(
  LOCALES.flatMap((locale) =>
    Object.entries(resources[locale].understanding.numbers as Record<string, string[]>).flatMap(([value, words]) =>
      words.map((word): [string, number] => [normalize(word), Number(value)]),
    ),
  ),
);

const WORDS: DurationWords = LOCALES.reduce<DurationWords>(
  (all, locale) => {
    const words = resources[locale].understanding.durations as DurationWords;
    for (const key of Object.keys(all) as (keyof DurationWords)[]) all[key].push(...words[key].map(normalize));
    return all;
  },
  {
    years: [],
    months: [],
    since: [],
    lessThan: [],
    moreThan: [],
    almost: [],
    vague: [],
    about: [],
    ageBefore: [],
    ageAfter: [],
    notAJobBeforeAge: [],
    ago: [],
    work: [],
    articles: [],
    hedges: [],
    rangeJoins: [],
    between: [],
    betweenJoins: [],
    periodFrom: [],
    until: [],
    now: [],
    oneAfterAnother: [],
    both: [],
  },
);

/** True when `text` tells a stretch of work before or after another ("daarvoor nog 6 jaar", "avant j'ai travaillé 4 ans"). */
export function tellsAnotherStretch(text: string): boolean {
  const plain = ` ${normalize(text)} `;
  return WORDS.oneAfterAnother.some((phrase) => plain.includes(` ${phrase} `));
}

/**
 * `text` without the years it counts from ("sinds 2015", "depuis 2010", "since 2019"), which are no
 * postcodes: "ik woon in Gent en werk sinds 2015" names Gent alone.
 */
export function withoutYearsSince(text: string): string {
  if (!/\d{4}/u.test(text)) return text;
  YEAR_SINCE ??= new RegExp(`(^|[^\\p{L}])(?:${WORDS.since.join('|')})\\s+(?:19|20)\\d\\d(?!\\d)`, 'giu');
  return text.replace(YEAR_SINCE, '$1');
}
let YEAR_SINCE: RegExp | undefined;

/** The number a word spells ("vier" → 4, "quatorze" → 14), or undefined. */
export function numberOfWord(word: string): number | undefined {
  return NUMBER_WORDS.get(normalize(word));
}

const TENS = [...NUMBER_WORDS].filter(([, n]) => n >= 20 && n % 10 === 0);
const UNITS = [...NUMBER_WORDS].filter(([, n]) => n >= 1 && n <= 9);
/** More years than anyone works: a number above this is not a duration. */
const MAX_YEARS = 60;
/** A bare number is read as years in a message of at most this many words ("minder dan 7"). */
const MAX_WORDS_WITHOUT_UNIT = 3;

/**
 * The years of work a message gives, or undefined when it gives none. Months count as parts of a
 * year; "minder dan 7" is just under 7 and "meer dan 7" just over. "Een paar jaar" is too vague to
 * decide and gives undefined, so the question is asked again rather than guessed. A number without
 * "jaar" counts only as a short answer ("12"), never inside a sentence about something else.
 */
export function understandYears(text: string, now: Date): number | undefined {
  return yearsFrom(yearsSaid(text, now));
}

/** What yearsSaid found, as one number: a bound is just under or over it; two durations are none. */
export function yearsFrom(said: YearsSaid | undefined): number | undefined {
  if (!said || said.unclear) return undefined;
  return said.bound === 'under' ? Math.max(0, said.value - 0.5) : said.bound === 'over' ? said.value + 0.5 : said.value;
}

export interface YearsSaid {
  value: number;
  bound?: 'under' | 'over';
  /** With bound 'under': just under ("bijna 40", "à peine 7"), within a year of `value`. */
  near?: true;
  unclear?: true;
  /** With `unclear`: the shortest of the durations said ("20 jaar zelfstandig, daarvoor 8 jaar bediende": 8). */
  least?: number;
  /**
   * With `unclear`, when every number said is years or months: their sum ("3 jaar hier en 2 jaar in
   * Frankrijk": 5), the most the years can be together (stretches at the same time count once).
   */
  total?: number;
  /** With `total`: said one after another ("daarvoor", "puis", "then"), so the years are that total. */
  oneAfterAnother?: true;
  /**
   * Unsure: somewhere in this range ("5 of 6 jaar", "een jaar of zes zeven", "ongeveer 7": 6 to 8).
   * `value` is the number said, or the lower end of two. Whether it decides depends on the minimum.
   */
  range?: { from: number; to: number };
}

/**
 * What a message says about the years of work: a number, perhaps only a bound of it ("minder dan
 * 10", "bijna 7", "geen 7 jaar": under, "bijna" just under; "meer dan 5": over), so the caller can tell whether it
 * decides against the minimum. `unclear`: two durations that are not one answer ("5 years in the
 * UK and 4 here", "sinds 2019 maar 2 jaar werkloos"): the total must be asked.
 */
export function yearsSaid(text: string, now: Date): YearsSaid | undefined {
  // "6,5 jaar", "6 jaar en half", "zes en een half jaar", "6 ans et demi": the whole years read, and half a year on top.
  const half = HALF_YEAR.exec(text);
  const whole = half ? (numberOfWord(normalize(half[1] ?? '')) ?? Number(half[1])) : undefined;
  if (half && whole !== undefined && !Number.isNaN(whole)) {
    const said = yearsSaid(`${text.slice(0, half.index)}${whole} jaar${text.slice(half.index + half[0].length)}`, now);
    if (!said || said.unclear) return said;
    return { ...said, value: said.value + 0.5, ...(said.range && { range: { from: said.range.from + 0.5, to: said.range.to + 0.5 } }) };
  }
  const plain = ` ${answerText(text)} `;
  if (WORDS.both.includes(plain.trim())) return undefined;
  const words = plain.trim().split(' ');
  const numbers = numbersIn(words).filter((n) => !n.age);
  const withUnit = numbers.filter((n) => n.unit);
  // "van 2005 tot nu": the years since; "from 2005 to 2010": a period that ended, perhaps not all the
  // work, so the total is asked unless the period alone is enough (`least`).
  const period = new RegExp(
    `\\b(?:(?:${WORDS.periodFrom.join('|')}) )?((?:19|20)\\d\\d) (?:${WORDS.until.join('|')}) ((?:19|20)\\d\\d|${WORDS.now.join('|')})\\b`,
  ).exec(plain);
  if (period) {
    const thisYear = now.getUTCFullYear();
    const end = /^\d+$/.test(period[2] ?? '') ? Number(period[2]) : thisYear;
    const years = Math.min(end, thisYear) - Number(period[1]);
    if (years < 0 || years > MAX_YEARS) return undefined;
    return end >= thisYear && withUnit.length === 0 ? { value: years } : { value: years, unclear: true, least: years };
  }
  const since = new RegExp(`\\b(?:${WORDS.since.join('|')}) ((?:19|20)\\d\\d)\\b`).exec(plain);
  if (since) {
    const years = now.getUTCFullYear() - Number(since[1]);
    if (years < 0 || years > MAX_YEARS) return undefined;
    return withUnit.length > 0 ? { value: years, unclear: true } : { value: years };
  }
  // "5 years in the UK and 4 here": more than one number, one of them years ("een jaar of tien" is one).
  const aboutOne = WORDS.about.some((phrase) => plain.includes(` ${phrase} `));
  // "5 of 6 jaar", "een jaar of zes zeven", "tussen 5 en 8 jaar": one duration, not sure which.
  const range = rangeIn(aboutOne ? withoutAbout(plain).trim().split(' ') : words);
  if (range) return { value: range.from, range };
  // "8 jaar en 6 maanden", "6 ans et 8 mois": one duration in years and months.
  const [yearsPart, monthsPart] = numbers;
  if (numbers.length === 2 && yearsPart?.unit === 'years' && monthsPart?.unit === 'months') {
    const between = words.slice(yearsPart.at + yearsPart.length + 1, monthsPart.at);
    if (between.length === 0 || (between.length === 1 && JOINING.has(between[0] ?? '')))
      return { value: yearsPart.value + monthsPart.value / 12 };
  }
  if (!aboutOne && withUnit.length > 0 && numbers.length > 1) {
    const least = Math.min(...numbers.map(inYears));
    // Each told as years or months: together at most their sum, whatever overlapped.
    const counted = numbers.every((n) => n.unit) && { total: numbers.reduce((sum, n) => sum + inYears(n), 0) };
    // "5 jaar en daarvoor 3 jaar", "2 ans puis 6 ans": one stretch after another, that sum exactly.
    const inTurn = counted && WORDS.oneAfterAnother.some((phrase) => plain.includes(` ${phrase} `)) && { oneAfterAnother: true as const };
    return { value: withUnit[0]?.value ?? 0, unclear: true, least, ...counted, ...inTurn };
  }
  // "een paar jaar bij mijn vorige baas en nu 6 jaar hier": a stretch told without its count beside
  // one with: at least the one counted, the total asked (was 6 years, and a "no").
  const countless = words.some((w, i) => WORDS.vague.includes(w) && WORDS.years.includes(words[i + 1] ?? ''));
  const counted = withUnit.filter((n) => n.unit === 'years');
  if (countless && !aboutOne && counted.length > 0) {
    const least = Math.max(...counted.map((n) => n.value));
    return { value: least, unclear: true, least };
  }
  const value = yearsValue(plain, words);
  if (value === undefined) return undefined;
  const before = value.at < 0 ? '' : words.slice(Math.max(0, value.at - 2), value.at).join(' ');
  // "minde dan 7 jaar", "moin de 7 ans": the button's words typed with a typo are still a bound.
  const boundBy = (phrases: readonly string[]) =>
    phrases.some((w) => before.endsWith(w) || (value.at >= 0 && typedBefore(words, value.at, w)));
  if (boundBy(WORDS.lessThan)) return { value: value.years, bound: 'under', ...(boundBy(WORDS.almost) && { near: true as const }) };
  if (boundBy(WORDS.moreThan)) return { value: value.years, bound: 'over' };
  // "Ongeveer 7 jaar denk ik", "een jaar of zes": a year more or less.
  const hedged = aboutOne || WORDS.hedges.some((phrase) => plain.includes(` ${phrase} `));
  if (hedged && value.years >= 1) return { value: value.years, range: { from: value.years - 1, to: value.years + 1 } };
  return { value: value.years };
}

/** True when the words right before `at` are `phrase` with a typo at most ("minde dan", "les than", "moin de"). */
function typedBefore(words: readonly string[], at: number, phrase: string): boolean {
  const length = phrase.split(' ').length;
  return at >= length && closeTo(words.slice(at - length, at).join(' '), phrase);
}

/**
 * Half a year after a number of years: "6,5 jaar", "6.5 years", "6 jaar en half", "6 en een half
 * jaar", "zes en een half jaar", "6 ans et demi", "six and a half years". The number is group 1.
 */
const HALF_YEAR =
  /\b(\d{1,2}|\p{L}+)(?:\s*[,.]\s*5\s*(?:jaar|ans?|years?)?|(?:\s+(?:jaar|ans?|years?))?\s+(?:en|et|and)\s+(?:een\s+|a\s+)?(?:half|halve|demi|demie)(?:\s+(?:jaar|ans?|years?))?)(?!\p{L})/iu;

/** `plain` without the phrases of "about" ("een jaar of zes zeven" → "zes zeven"). */
function withoutAbout(plain: string): string {
  return WORDS.about.reduce((text, phrase) => text.replaceAll(` ${phrase} `, ' '), plain);
}

/** Two numbers said as one unsure duration ("5 of 6 jaar", "zes zeven", "tussen 5 en 8"), lower first. */
function rangeIn(words: readonly string[]): { from: number; to: number } | undefined {
  const numbers = numbersIn(words).filter((n) => !n.age);
  const [first, second] = numbers;
  if (numbers.length !== 2 || !first || !second || first.unit === 'months' || second.unit === 'months') return undefined;
  if (second.value <= first.value || second.value - first.value > MAX_RANGE || second.value > MAX_YEARS) return undefined;
  const between = words.slice(first.at + first.length, second.at).filter((w) => !WORDS.years.includes(w));
  const joined =
    between.length === 0 ||
    (between.length === 1 && WORDS.rangeJoins.includes(between[0] ?? '')) ||
    (between.length === 1 && WORDS.betweenJoins.includes(between[0] ?? '') && WORDS.between.includes(words[first.at - 1] ?? ''));
  // Without "jaar" only a short answer is years ("5 of 6"), as for one number.
  const years = first.unit !== undefined || second.unit !== undefined || words.length <= MAX_WORDS_WITHOUT_UNIT + 1;
  return joined && years ? { from: first.value, to: second.value } : undefined;
}

/** How far apart two numbers may be and still be one unsure duration ("tussen 5 en 10"). */
const MAX_RANGE = 5;

/** The one duration of a message and where it stands, in years. */
function yearsValue(plain: string, words: readonly string[]): { years: number; at: number } | undefined {
  // "een paar jaar", "al lang": too vague; "al heel lang, meer dan 20 jaar" gives its number with "jaar".
  if (words.some((w) => WORDS.vague.includes(w)) && !numbersIn(words).some((n) => n.unit === 'years')) return undefined;
  for (const phrase of WORDS.about) {
    const at = plain.indexOf(` ${phrase} `);
    if (at < 0) continue;
    const after = plain
      .slice(at + phrase.length + 2)
      .trim()
      .split(' ');
    const about = numberAt(after, 0);
    if (about && about.value <= MAX_YEARS) return { years: about.value, at: -1 };
  }
  const said = numbersIn(words);
  // "ik ben 50 jaar en werk al 30 jaar": the age is not the answer, the other number is.
  const candidates = said.length > 1 ? said.filter((n) => !n.age) : said.filter((n) => !n.age || n.aboutWork);
  // "I worked as a cleaner for 10 years": the number with "years" is the answer, not the "a".
  const first = candidates.find((n) => n.unit) ?? candidates[0];
  if (!first) return undefined;
  // Without "jaar" or "maanden" only a short answer is a number of years ("12", "meer dan 7"): in
  // a sentence a number is something else ("ik wil een afspraak", "I want a meeting", "2 kinderen").
  if (!first.unit && words.length > MAX_WORDS_WITHOUT_UNIT) return undefined;
  const value = first.unit === 'months' ? first.value / 12 : first.value;
  if (value > MAX_YEARS) return undefined;
  return { years: value, at: first.at };
}

/**
 * The age one started working at: "sinds mijn 18de", "vanaf mijn 16 jaar", "op mijn 16de", "toen ik
 * 20 was", "depuis mes 18 ans", "quand j'avais 20 ans", "since I was 18", "when I was 18", "at the age of 17".
 */
const STARTED_AT_AGE =
  /\b(?:(?:sinds|vanaf|van|op)\s+(?:mijn|m'n|mn|zijn|z'n|zn|haar)\s+(\d{1,2})\s*(?:de|ste|e|jaar)?|(?:sinds|toen)\s+(?:ik|hij|zij|ze)\s+(\d{1,2})\s+(?:ben|is|was|jaar)|depuis\s+(?:mes|ses|l'âge\s+de|l\s+âge\s+de)\s+(\d{1,2})\s*ans|quand\s+(?:j'avais|il\s+avait|elle\s+avait)\s+(\d{1,2})\s*ans|(?:since|when)\s+(?:i\s+was|he\s+was|she\s+was|(?:the\s+)?age(?:\s+of)?)\s+(\d{1,2})|at\s+the\s+age\s+of\s+(\d{1,2}))\b/iu;

/** Who the starting age is of, by its words: "sinds zijn 18" him, "sinds haar 19" her, "depuis ses 18 ans" either. */
const STARTED_AT_AGE_OF: readonly (readonly [RegExp, 'self' | 'he' | 'she' | 'other'])[] = [
  [/\b(?:zijn|z'n|zn|hij|il|he)\b/iu, 'he'],
  [/\b(?:haar|zij|elle|she)\b/iu, 'she'],
  [/\b(?:ses|ze)\b/iu, 'other'],
];

/**
 * An age said outright: "ik ben 45", "k ben 45 jaar", "nu ben ik 45", "… en ben nu 52", "j'ai 45 ans",
 * "I'm 45", "I am 45 years old".
 */
const AGE_NOW =
  /\b(?:(?:(?:ik|k|en)\s+ben(?:\s+nu)?|nu\s+ben\s+ik|(?:hij|zij|ze)\s+is(?:\s+nu)?|nu\s+is\s+(?:hij|zij|ze))\s+(\d{2})(?:\s+jaar)?(?!\s+(?:aan|bezig|werk|in\s+dienst))|(?:j'?ai|il\s+a|elle\s+a)(?:\s+maintenant)?\s+(\d{2})\s+ans|(?:i(?:'m|\s+am)|(?:he|she)(?:'s|\s+is))(?:\s+now)?\s+(\d{2}))\b/iu;

/** An age said of someone: "zij is 60", "hij is 55 jaar", "il a 60 ans", "she is 60 years old", "60 jaar". */
const AGE_OF_SOMEONE = /\b(?:(?:hij|zij|ze|il|elle|he|she)\s+(?:is|a|est|'s)\s+)?\d{2}(?:\s+(?:jaar|ans|years?)(?:\s+(?:oud|old))?)?\b/giu;

/** `text` without an age said of someone ("mijn moeder, zij is 60" is "mijn moeder"). */
export function withoutAgeOfSomeone(text: string): string {
  return text.replace(AGE_OF_SOMEONE, ' ');
}

/** The youngest age at which work counts here, and the most years between the two ages that are read. */
const YOUNGEST_WORKING_AGE = 14;

/**
 * "ik ben 45 en werk sinds mijn 18de", "j'ai 50 ans, je travaille depuis mes 20 ans": the years from
 * the age one started at to the age one is (27, 30); undefined unless both are said and make sense.
 */
export function yearsSinceAnAge(text: string): number | undefined {
  const from = startedAtAge(text);
  const now = ageNow(text);
  return from === undefined || now === undefined ? undefined : yearsBetweenAges(from, now);
}

/** Whose starting age `text` gives: one's own ("sinds mijn 18"), his, hers, or someone's ("depuis ses 18 ans"). */
export function startedAtAgeOf(text: string): 'self' | 'he' | 'she' | 'other' {
  const said = STARTED_AT_AGE.exec(text)?.[0] ?? '';
  return STARTED_AT_AGE_OF.find(([words]) => words.test(said))?.[1] ?? 'self';
}

/** The age one started working at ("sinds mijn 16de", "depuis mes 18 ans", "since I was 18"), if one a worker can have been. */
export function startedAtAge(text: string): number | undefined {
  const started = STARTED_AT_AGE.exec(text);
  const from = Number(started?.slice(1).find((n) => n !== undefined));
  return started && from >= YOUNGEST_WORKING_AGE ? from : undefined;
}

/** `text` without the age one started working at ("sinds mijn 16de, 39 jaar in de bouw" keeps "39 jaar"). */
export function withoutStartingAge(text: string): string {
  return text.replace(STARTED_AT_AGE, ' ');
}

/** The age one is, said outright: "ik ben (nu) 55", "j'ai 55 ans", "I'm 55". */
export function ageNow(text: string): number | undefined {
  const age = AGE_NOW.exec(text);
  return age ? Number(age.slice(1).find((n) => n !== undefined)) : undefined;
}

/** The years from the age one started at to the age one is; undefined when the two make no sense together. */
export function yearsBetweenAges(from: number, now: number): number | undefined {
  return now <= from || now - from > MAX_YEARS ? undefined : now - from;
}

/**
 * True when `text` gives an age rather than years of work: "ik ben 55 (jaar)", "55 jaar oud",
 * "j'ai 55 ans", "I'm 55 years old". "J'ai 20 ans d'expérience" and "ik ben 12 jaar werknemer" are
 * years of work; "ik ben 50 en werk al 30 jaar" gives the years too.
 */
export function saysAge(text: string): boolean {
  const words = answerText(text).trim().split(' ');
  const said = numbersIn(words);
  const [one] = said;
  if (said.length !== 1 || !one?.age || one.aboutWork || countsSomething(text)) return false;
  // "ik ben 3 jaar bij mijn baas" is no age of someone who works; "ik ben 5 jaar geleden gekomen" a time past.
  const afterUnit = words[one.at + one.length + (one.unit ? 1 : 0)] ?? '';
  return one.value >= YOUNGEST_WORKING_AGE && !WORDS.ago.includes(afterUnit);
}

/** "j'ai 3 enfants", "ik heb 2 kinderen", "ik ben 2 dagen ziek": a number with a thing it counts right after it. */
function countsSomething(text: string): boolean {
  const word = /\b\d{1,3}\s+(\p{L}+)/u.exec(clampText(text, 500))?.[1];
  return word !== undefined && COUNTED_THINGS.has(normalize(word.toLowerCase()));
}

/** Things a number counts that an age never does: children, days, hours, jobs (every language). */
const COUNTED_THINGS: ReadonlySet<string> = new Set(
  LOCALES.flatMap((locale) => (resources[locale].understanding.countedThings as string[]).map(normalize)),
);

/** Hours a week below which work is part-time here (a full week in Belgium is 38 hours). */
const PART_TIME_BELOW_HOURS = 30;

/**
 * True when `text` gives working hours a week that are part-time: "20 uur per week", "20u/week",
 * "24 heures par semaine", "20 hours a week". "38 uur per week" is full-time.
 */
export function saysPartTimeHours(text: string): boolean {
  const hours = Number(WEEKLY_HOURS.exec(clampText(text, 500))?.[1]);
  return hours > 0 && hours < PART_TIME_BELOW_HOURS;
}

/** The words for hours after a number, in every language: "uur", "u", "h", "heures", "hours". */
const HOUR_UNIT = '(?:uur|u|uren|h|heures?|hours?|hrs?)';

/** Hours a week: "20 uur per week", "20u/week", "24 heures par semaine", "20 hours a week". */
const WEEKLY_HOURS = new RegExp(`\\b(\\d{1,2})\\s*${HOUR_UNIT}\\s*(?:per|par|a|an|in\\s+de|\\/)?\\s*(?:week|semaine|sem)\\b`, 'iu');

/** A number of hours and nothing else: "20 uur", "20 hours", "24h". */
const HOURS_ALONE = new RegExp(`^\\s*\\d{1,2}\\s*${HOUR_UNIT}\\s*$`, 'iu');

/** True when `text` is only a number of hours ("20 uur", "20 hours"): hours told, nothing asked. */
export function isHoursAlone(text: string): boolean {
  return HOURS_ALONE.test(text);
}

/** A full working week in Belgium, in hours: part-time hours count against it. */
const FULL_WEEK_HOURS = 38;

/** Words that name a part of a full-time job ("halftijds" → 0.5, "quatre cinquièmes" → 0.8), every language. */
const FRACTION_WORDS: readonly { words: string[]; fraction: number }[] = LOCALES.flatMap((locale) =>
  Object.entries(resources[locale].understanding.partTimeFractions as Record<string, string[]>).map(([value, words]) => ({
    words: words.map((w) => ` ${answerText(w)} `),
    fraction: Number(value),
  })),
);

/**
 * The part of a full-time job `text` says one works, or undefined when it says none or only
 * "deeltijds": "4/5" → 0.8, "halftijds" → 0.5, "80%" → 0.8, "20 uur per week" → 20/38. Of several,
 * the smallest ("eerst halftijds, nu 4/5": 0.5), so years counted with it are never too many.
 */
export function partTimeFraction(text: string): number | undefined {
  const clamped = clampText(text, 500);
  const plain = ` ${answerText(clamped)} `;
  const found = FRACTION_WORDS.filter(({ words }) => words.some((w) => plain.includes(w))).map((f) => f.fraction);
  for (const [, part, whole] of clamped.matchAll(/(?<![\d/])([1-9])\s*\/\s*([1-9])(?![\d/])/gu)) {
    if (Number(part) < Number(whole)) found.push(Number(part) / Number(whole));
  }
  for (const [, percent] of clamped.matchAll(/(?<!\d)([1-9]\d)\s*(?:%|procent|pourcent|pour cent|percent|per cent)/giu)) {
    found.push(Number(percent) / 100);
  }
  if (saysPartTimeHours(clamped)) found.push(Number(WEEKLY_HOURS.exec(clamped)?.[1]) / FULL_WEEK_HOURS);
  return found.length > 0 ? Math.min(...found) : undefined;
}

/** The start of an answer, normalised, hyphens as spaces ("vingt-cinq" → "vingt cinq"). */
function answerText(text: string): string {
  return normalize(clampText(text, 200)).replace(/-/g, ' ');
}

/** A number said, in years: months are parts of a year. */
function inYears(said: NumberSaid): number {
  return said.unit === 'months' ? said.value / 12 : said.value;
}

interface NumberSaid {
  at: number;
  /** How many words the number takes ("twenty five": 2). */
  length: number;
  value: number;
  unit?: 'years' | 'months';
  /** Said as an age: "ik ben 55", "55 jaar oud", "j'ai 55 ans". */
  age: boolean;
  /** Words about work follow it ("… jaar werknemer", "… ans d'expérience"). */
  aboutWork: boolean;
}

/** Every number in `words`, with its unit and whether it reads as an age. */
function numbersIn(words: readonly string[]): NumberSaid[] {
  const said: NumberSaid[] = [];
  for (let at = 0; at < words.length; at++) {
    const found = numberAt(words, at);
    if (!found) continue;
    const next = words[at + found.length] ?? '';
    const unit = WORDS.years.includes(next) ? 'years' : WORDS.months.includes(next) ? 'months' : undefined;
    // "I am a cleaner", "ik heb een vraag": an article, not the number one.
    if (!unit && found.length === 1 && WORDS.articles.includes(words[at] ?? '')) continue;
    // "mama van 2 kinderen", "4 dagen per week": a number that counts something else, never years.
    if (!unit && COUNTED_THINGS.has(next)) continue;
    const afterUnit = words[at + found.length + (unit ? 1 : 0)] ?? '';
    const before = ` ${words.slice(Math.max(0, at - 3), at).join(' ')}`;
    const age =
      (unit === 'years' && (WORDS.ageAfter.includes(afterUnit) || (found.value >= YOUNGEST_WORKING_AGE && jobThenAge(words, at)))) ||
      WORDS.ageBefore.some((w) => before.endsWith(` ${w}`));
    const aboutWork = workRightAfter(words, at + found.length + (unit ? 1 : 0));
    said.push({ at, length: found.length, value: found.value, ...(unit && { unit }), age, aboutWork });
    at += found.length - 1;
  }
  return said;
}

/**
 * "ik ben metser 55 jaar", "k ben poetsvrouw 25 jaar": one's job, then one's age (when it can be
 * one). Years in that job are said with "al" or "sinds" ("ik ben al 25 jaar poetsvrouw"), or with
 * work after them.
 */
function jobThenAge(words: readonly string[], at: number): boolean {
  const [i, am, job] = words.slice(Math.max(0, at - 3), at);
  if ((i !== 'ik' && i !== 'k') || am !== 'ben' || job === undefined || /\d/.test(job)) return false;
  return !WORDS.notAJobBeforeAge.includes(job) && numberAt(words, at - 1) === undefined;
}

/** Words that join a second statement: "ik ben 25 jaar en werknemer" gives an age, then a job. */
const JOINING = new Set(['en', 'et', 'and', 'maar', 'mais', 'but']);
/** How far after a number a word about work makes it years of work ("12 jaar als werknemer"). */
const WORK_REACH = 3;

/** True when a word about work follows `from` closely, before anything joins another statement. */
function workRightAfter(words: readonly string[], from: number): boolean {
  for (const w of words.slice(from, from + WORK_REACH)) {
    if (JOINING.has(w)) return false;
    if (WORDS.work.some((work) => w.startsWith(work))) return true;
  }
  return false;
}

/** A number written at `words[at]`: digits ("12", "7,5"), a word, "twenty five", "vijfentwintig". */
export function numberAt(words: readonly string[], at: number): { value: number; length: number } | undefined {
  const word = words[at] ?? '';
  if (/^\d{1,2}([.,]\d)?$/.test(word)) return { value: Number(word.replace(',', '.')), length: 1 };
  const compound = dutchCompound(word);
  if (compound !== undefined) return { value: compound, length: 1 };
  // Two words that are one number: "dix sept" (written dix-sept).
  const twoWords = NUMBER_WORDS.get(`${word} ${words[at + 1] ?? ''}`);
  if (twoWords !== undefined) return { value: twoWords, length: 2 };
  const value = NUMBER_WORDS.get(word);
  if (value === undefined) return undefined;
  // "twenty five", "vingt cinq", "vingt et un"
  const next = words[at + 1] === 'et' ? words[at + 2] : words[at + 1];
  const unit = next !== undefined ? NUMBER_WORDS.get(next) : undefined;
  if (value >= 20 && value % 10 === 0 && unit !== undefined && unit >= 1 && unit <= 9) {
    return { value: value + unit, length: words[at + 1] === 'et' ? 3 : 2 };
  }
  return { value, length: 1 };
}

/** "vijfentwintig" = vijf + en + twintig; "eenendertig" = een + en + dertig. Every one, spelled once. */
const DUTCH_COMPOUNDS: ReadonlyMap<string, number> = new Map(
  TENS.flatMap(([tens, ten]) => UNITS.map(([unitWord, unit]) => [`${unitWord}en${tens}`, ten + unit] as const)),
);

function dutchCompound(word: string): number | undefined {
  return DUTCH_COMPOUNDS.get(word);
}
