import {
  addDays,
  brusselsDate,
  brusselsParts,
  brusselsToInstant,
  minutesOf,
  timeOf,
  WEEKDAYS,
  weekdayOf,
  type IsoDate,
} from '../domain/calendar.js';
import { editDistance, tokens, typoBudget } from './text.js';

/**
 * A span of time the user asked for ("morgen namiddag", "mardi", "next week"), for picking slots.
 *
 * `from` (inclusive) and `to` (exclusive) are instants; they are computed from Brussels wall-clock
 * days and hours, so a day across a daylight-saving change is 23 or 25 hours long. `daily` is set
 * when the phrase named a part of the day or an hour: a slot must then also start within these
 * Brussels minutes of its day (needed when the window spans several days: "na 14 uur" alone).
 */
export interface TimeWindow {
  from: Date;
  to: Date;
  daily?: { from: number; to: number };
}

export interface WhenOptions {
  /** How far ahead a phrase without a day ("in de namiddag") looks; default 14 days. */
  horizonDays?: number;
}

/** Parts of the day in Brussels minutes; appointments rarely start before 8 or after 21. */
const MORNING = { from: 8 * 60, to: 12 * 60 };
const AFTERNOON = { from: 12 * 60, to: 17 * 60 };
const EVENING = { from: 17 * 60, to: 21 * 60 };
const WHOLE_DAY = { from: 0, to: 24 * 60 };

type Part = { from: number; to: number };
type Meaning =
  | { kind: 'relativeDay'; days: number; part?: Part }
  | { kind: 'week'; which: 'this' | 'next' }
  | { kind: 'weekday'; weekday: number }
  | { kind: 'next' }
  | { kind: 'part'; part: Part }
  | { kind: 'bound'; bound: 'after' | 'before' | 'at' }
  | { kind: 'hourUnit' }
  | { kind: 'meridiem'; pm: boolean }
  | { kind: 'month'; month: number }
  | { kind: 'ordinal' }
  | { kind: 'negation' };

/**
 * Word sequences and what they mean, in Dutch, French and English, accent-free and lower case as
 * `normalize` makes them. Sequences, not strings: several meanings take more than one word
 * ("la semaine prochaine"), and matching happens word by word with typo room per word.
 */
const VOCABULARY: ReadonlyArray<readonly [readonly string[], Meaning]> = [
  ...words(['vandaag', 'aujourd', 'aujourdhui', 'today'], { kind: 'relativeDay', days: 0 }),
  ...words(['morgen', 'demain', 'tomorrow'], { kind: 'relativeDay', days: 1 }),
  ...words(['overmorgen', 'overmorrow'], { kind: 'relativeDay', days: 2 }),
  [['apres', 'demain'], { kind: 'relativeDay', days: 2 }],
  [['day', 'after', 'tomorrow'], { kind: 'relativeDay', days: 2 }],
  ...words(['vanmorgen', 'vanochtend', 'vanvoormiddag'], { kind: 'relativeDay', days: 0, part: MORNING }),
  ...words(['vanmiddag', 'vannamiddag'], { kind: 'relativeDay', days: 0, part: AFTERNOON }),
  ...words(['vanavond', 'tonight'], { kind: 'relativeDay', days: 0, part: EVENING }),
  [['ce', 'matin'], { kind: 'relativeDay', days: 0, part: MORNING }],
  [['cet', 'apres', 'midi'], { kind: 'relativeDay', days: 0, part: AFTERNOON }],
  [['ce', 'soir'], { kind: 'relativeDay', days: 0, part: EVENING }],
  [['this', 'morning'], { kind: 'relativeDay', days: 0, part: MORNING }],
  [['this', 'afternoon'], { kind: 'relativeDay', days: 0, part: AFTERNOON }],
  [['this', 'evening'], { kind: 'relativeDay', days: 0, part: EVENING }],
  ...words(['morgenvroeg', 'morgenochtend', 'morgenvoormiddag'], { kind: 'relativeDay', days: 1, part: MORNING }),
  ...words(['morgenmiddag', 'morgennamiddag'], { kind: 'relativeDay', days: 1, part: AFTERNOON }),
  ...words(['morgenavond'], { kind: 'relativeDay', days: 1, part: EVENING }),

  [['deze', 'week'], { kind: 'week', which: 'this' }],
  [['cette', 'semaine'], { kind: 'week', which: 'this' }],
  [['this', 'week'], { kind: 'week', which: 'this' }],
  [['volgende', 'week'], { kind: 'week', which: 'next' }],
  [['komende', 'week'], { kind: 'week', which: 'next' }],
  [['semaine', 'prochaine'], { kind: 'week', which: 'next' }],
  [['prochaine', 'semaine'], { kind: 'week', which: 'next' }],
  [['next', 'week'], { kind: 'week', which: 'next' }],
  ...words(['volgende', 'komende', 'prochain', 'prochaine', 'next'], { kind: 'next' }),

  ...weekdays(['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']),
  ...weekdays(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']),
  ...weekdays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']),

  ...words(['voormiddag', 'voormiddags', 'ochtend', 'ochtends', 'morgens', 'matin', 'matinee', 'morning'], { kind: 'part', part: MORNING }),
  ...words(['namiddag', 'namiddags', 'middag', 'middags', 'aprem', 'afternoon'], { kind: 'part', part: AFTERNOON }),
  [['na', 'de', 'middag'], { kind: 'part', part: AFTERNOON }],
  [['apres', 'midi'], { kind: 'part', part: AFTERNOON }],
  ...words(['avond', 'avonds', 'soir', 'soiree', 'evening'], { kind: 'part', part: EVENING }),

  ...words(['na', 'vanaf', 'apres', 'after', 'from'], { kind: 'bound', bound: 'after' }),
  [['a', 'partir', 'de'], { kind: 'bound', bound: 'after' }],
  [['later', 'dan'], { kind: 'bound', bound: 'after' }],
  [['later', 'than'], { kind: 'bound', bound: 'after' }],
  ...words(['voor', 'tegen', 'avant', 'before'], { kind: 'bound', bound: 'before' }),
  ...words(['om', 'rond', 'a', 'vers', 'at', 'around'], { kind: 'bound', bound: 'at' }),
  ...words(['u', 'uur', 'h', 'heure', 'heures', 'hr', 'hrs', 'oclock'], { kind: 'hourUnit' }),
  [['o', 'clock'], { kind: 'hourUnit' }],
  ...words(['am'], { kind: 'meridiem', pm: false }),
  ...words(['pm'], { kind: 'meridiem', pm: true }),

  ...months(['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']),
  ...months(['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre']),
  ...months(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']),
  ...words(['e', 'ste', 'de', 'er', 'eme', 'st', 'nd', 'rd', 'th'], { kind: 'ordinal' }),

  // "Niet dinsdag" must not become Tuesday: with a negation the bot asks again instead of guessing.
  // French "pas" is a negation; Dutch "pas na 14 uur" ("only after 2 pm") is not, so it is read first.
  ...words(['niet', 'geen', 'behalve', 'pas', 'sauf', 'not', 'except', 'never', 'jamais', 'nooit'], { kind: 'negation' }),
  [['pas', 'na'], { kind: 'bound', bound: 'after' }],
  [['pas', 'vanaf'], { kind: 'bound', bound: 'after' }],
];

function words(list: readonly string[], meaning: Meaning): Array<readonly [readonly string[], Meaning]> {
  return list.map((w) => [[w], meaning] as const);
}

function weekdays(names: readonly string[]): Array<readonly [readonly string[], Meaning]> {
  return names.map((w, weekday) => [[w], { kind: 'weekday', weekday }] as const);
}

function months(names: readonly string[]): Array<readonly [readonly string[], Meaning]> {
  return names.map((w, index) => [[w], { kind: 'month', month: index + 1 }] as const);
}

/** A word of the message: a number, or a word with the meaning it was matched to (if any). */
type Token = { kind: 'number'; value: number; digits: number } | { kind: 'word'; meaning?: Meaning };

/**
 * Reads a date phrase relative to `now` and returns the time it means, or undefined when the text
 * holds no date phrase, contradicts itself ("maandag dinsdag") or says what it does not want ("niet
 * dinsdag"). Words the phrase does not know are ignored ("liefst", "ik kan"), typos are tolerated.
 *
 * Rules that are choices, not grammar:
 * - A weekday is its next occurrence, today included ("dinsdag" on a Tuesday morning is today);
 *   with "volgende"/"prochain"/"next" it is the next one after today.
 * - "deze week" runs from now to Sunday night; "volgende week" is Monday to Sunday after it.
 * - An hour from 1 to 7 without am/pm is the afternoon ("na 2 uur" → 14:00): nobody books at 2 am.
 * - A date without a year that has passed ("1 december" in January) is next year's.
 * - `from` is never before `now`; a window that has passed ("vanochtend" at 15:00) comes back
 *   empty (`from >= to`) so the caller can say that nothing is free then.
 */
export function understandWhen(text: string, now: Date, options: WhenOptions = {}): TimeWindow | undefined {
  const stream = toTokens(text);
  const days: Array<{ date: IsoDate } | { weekday: number } | { week: 'this' | 'next' }> = [];
  let next = false;
  let daily: Part | undefined;
  let understood = false;

  const narrow = (part: Part): void => {
    daily = { from: Math.max(daily?.from ?? 0, part.from), to: Math.min(daily?.to ?? WHOLE_DAY.to, part.to) };
  };

  for (let i = 0; i < stream.length; i++) {
    const token = stream[i];
    if (!token) continue;
    if (token.kind === 'number') {
      // "1 december", "1er décembre", "1/12", "1 12"
      const date = readDayMonth(stream, i);
      const iso = date && dateOf(now, date.day, date.month);
      if (date && iso) {
        days.push({ date: iso });
        understood = true;
        i = date.end;
      }
      continue;
    }
    const meaning = token.meaning;
    if (!meaning) continue;
    switch (meaning.kind) {
      case 'negation':
        return undefined;
      case 'relativeDay':
        days.push({ date: addDays(brusselsDate(now), meaning.days) });
        if (meaning.part) narrow(meaning.part);
        understood = true;
        break;
      case 'week':
        days.push({ week: meaning.which });
        understood = true;
        break;
      case 'weekday':
        days.push({ weekday: meaning.weekday });
        understood = true;
        break;
      case 'next':
        next = true;
        break;
      case 'part':
        narrow(meaning.part);
        understood = true;
        break;
      case 'bound': {
        const hour = readHour(stream, i + 1);
        if (!hour) break;
        const minutes = hour.minutes;
        narrow(
          meaning.bound === 'after'
            ? { from: minutes, to: WHOLE_DAY.to }
            : meaning.bound === 'before'
              ? { from: 0, to: minutes }
              : { from: minutes, to: minutes + 60 },
        );
        understood = true;
        i = hour.end;
        break;
      }
      case 'month': {
        // "december 1", "december 1st"
        const following = stream[i + 1];
        const iso = following?.kind === 'number' ? dateOf(now, following.value, meaning.month) : undefined;
        if (iso) {
          days.push({ date: iso });
          understood = true;
          const after = stream[i + 2];
          i += after?.kind === 'word' && after.meaning?.kind === 'ordinal' ? 2 : 1;
        }
        break;
      }
      case 'hourUnit':
      case 'meridiem':
      case 'ordinal':
        break;
    }
  }
  if (!understood) return undefined;

  const span = daySpan(days, next, now, options.horizonDays ?? 14);
  if (!span) return undefined;
  const last = addDays(span.to, -1);
  const from = daily ? brusselsTime(span.from, daily.from) : brusselsTime(span.from, 0);
  const to = daily ? brusselsTime(last, daily.to) : brusselsTime(span.to, 0);
  const window: TimeWindow = { from: from < now ? new Date(now) : from, to };
  if (daily) window.daily = daily;
  return window;
}

/** True when a slot starting at `start` lies in the window, its daily hours included. */
export function startsWithin(window: TimeWindow, start: Date): boolean {
  if (start < window.from || start >= window.to) return false;
  if (!window.daily) return true;
  const minutes = brusselsMinutes(start);
  return minutes >= window.daily.from && minutes < window.daily.to;
}

/** The Brussels calendar days `[from, to)` the phrase names, or undefined when they contradict. */
function daySpan(
  days: ReadonlyArray<{ date: IsoDate } | { weekday: number } | { week: 'this' | 'next' }>,
  next: boolean,
  now: Date,
  horizonDays: number,
): { from: IsoDate; to: IsoDate } | undefined {
  const today = brusselsDate(now);
  const dates = unique(days.flatMap((d) => ('date' in d ? [d.date] : [])));
  const weekdayList = unique(days.flatMap((d) => ('weekday' in d ? [d.weekday] : [])));
  const weeks = unique(days.flatMap((d) => ('week' in d ? [d.week] : [])));
  if (dates.length > 1 || weekdayList.length > 1 || weeks.length > 1) return undefined;
  const [date] = dates;
  const [weekday] = weekdayList;
  const [week] = weeks;
  const thisMonday = addDays(today, -weekdayIndex(today));
  const weekStart = week === 'next' ? addDays(thisMonday, 7) : thisMonday;

  if (date !== undefined) {
    if (weekday !== undefined && weekdayIndex(date) !== weekday) return undefined;
    return { from: date, to: addDays(date, 1) };
  }
  if (weekday !== undefined) {
    let day: IsoDate;
    if (week !== undefined) day = addDays(weekStart, weekday);
    else {
      const ahead = (weekday - weekdayIndex(today) + 7) % 7;
      day = addDays(today, ahead === 0 && next ? 7 : ahead);
    }
    return { from: day, to: addDays(day, 1) };
  }
  if (week === 'this') return { from: today, to: addDays(thisMonday, 7) };
  if (week === 'next') return { from: weekStart, to: addDays(weekStart, 7) };
  return { from: today, to: addDays(today, horizonDays) };
}

/** "14", "14 u", "14u30", "14 30", "2 pm", "2.30 pm" starting at `start`; minutes of the day. */
function readHour(stream: readonly Token[], start: number): { minutes: number; end: number } | undefined {
  const hourToken = stream[start];
  if (hourToken?.kind !== 'number' || hourToken.value > 24) return undefined;
  let hour = hourToken.value;
  let minute = 0;
  let end = start;
  let meridiem: boolean | undefined;
  const meaningAt = (i: number) => {
    const t = stream[i];
    return t?.kind === 'word' ? t.meaning : undefined;
  };
  if (meaningAt(end + 1)?.kind === 'hourUnit') end++;
  const minuteToken = stream[end + 1];
  // Minutes are written with two digits ("14u30", "2.30 pm"); "na 14 uur 1 december" has none.
  if (minuteToken?.kind === 'number' && minuteToken.digits === 2 && minuteToken.value < 60) {
    minute = minuteToken.value;
    end++;
  }
  if (meaningAt(end + 1)?.kind === 'hourUnit') end++;
  const m = meaningAt(end + 1);
  if (m?.kind === 'meridiem') {
    meridiem = m.pm;
    end++;
  }
  if (meridiem === true && hour < 12) hour += 12;
  if (meridiem === false && hour === 12) hour = 0;
  if (meridiem === undefined && hour >= 1 && hour <= 7) hour += 12;
  return { minutes: Math.min(hour * 60 + minute, WHOLE_DAY.to), end };
}

/** "1 december", "1er décembre", "1/12" at `start` (a number). */
function readDayMonth(stream: readonly Token[], start: number): { day: number; month: number; end: number } | undefined {
  const dayToken = stream[start];
  if (dayToken?.kind !== 'number' || dayToken.value < 1 || dayToken.value > 31) return undefined;
  let i = start + 1;
  const ordinal = stream[i];
  if (ordinal?.kind === 'word' && ordinal.meaning?.kind === 'ordinal') i++;
  const monthToken = stream[i];
  if (monthToken?.kind === 'word' && monthToken.meaning?.kind === 'month') {
    return { day: dayToken.value, month: monthToken.meaning.month, end: i };
  }
  if (monthToken?.kind === 'number' && i === start + 1 && monthToken.value >= 1 && monthToken.value <= 12) {
    return { day: dayToken.value, month: monthToken.value, end: i };
  }
  return undefined;
}

/**
 * The message as tokens: digits are split from letters ("14u30" → 14, u, 30; "2pm" → 2, pm), and
 * each run of words is matched to the vocabulary, longest sequence first, exact before typo.
 */
function toTokens(text: string): Token[] {
  const raw = tokens(text.replace(/[’']/g, ' ')).flatMap((w) => w.match(/\d+|\D+/g) ?? []);
  const out: Token[] = [];
  for (let i = 0; i < raw.length; ) {
    const word = raw[i] ?? '';
    if (/^\d+$/.test(word)) {
      out.push({ kind: 'number', value: Number(word.slice(0, 4)), digits: word.length });
      i++;
      continue;
    }
    const match = bestMatch(raw, i);
    if (match) {
      out.push({ kind: 'word', meaning: match.meaning });
      i += match.length;
    } else {
      out.push({ kind: 'word' });
      i++;
    }
  }
  return out;
}

function bestMatch(raw: readonly string[], at: number): { meaning: Meaning; length: number } | undefined {
  let best: { meaning: Meaning; length: number; distance: number } | undefined;
  for (const [sequence, meaning] of VOCABULARY) {
    let distance = 0;
    for (let k = 0; k < sequence.length && distance !== Infinity; k++) {
      const typed = raw[at + k];
      const known = sequence[k] ?? '';
      if (typed === undefined || /^\d+$/.test(typed)) distance = Infinity;
      else if (typed !== known) {
        const budget = typoBudget(known);
        const d = budget > 0 ? editDistance(typed, known, budget) : budget + 1;
        distance = d <= budget ? distance + d : Infinity;
      }
    }
    if (distance === Infinity) continue;
    if (!best || distance < best.distance || (distance === best.distance && sequence.length > best.length)) {
      best = { meaning, length: sequence.length, distance };
    }
  }
  return best && { meaning: best.meaning, length: best.length };
}

// ---- Brussels calendar arithmetic ---------------------------------------------------------------

/** The instant of Brussels wall-clock `minutes` after midnight on `date` (24:00 = next midnight). */
export function brusselsTime(date: IsoDate, minutes: number): Date {
  return brusselsToInstant(date, timeOf(minutes));
}

/** Minutes after Brussels midnight at `instant`. */
function brusselsMinutes(instant: Date): number {
  return minutesOf(brusselsParts(instant).time);
}

/** 0 = Monday … 6 = Sunday. */
function weekdayIndex(date: IsoDate): number {
  return WEEKDAYS.indexOf(weekdayOf(date));
}

/**
 * Day and month in the year of `now`, or next year's when that date has passed; undefined for a
 * date that does not exist ("31 februari", "29 februari" outside a leap year).
 */
function dateOf(now: Date, day: number, month: number): IsoDate | undefined {
  const today = brusselsDate(now);
  const year = Number(today.slice(0, 4));
  const inYear = (y: number) => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const exists = (iso: IsoDate) => addDays(iso, 0) === iso;
  const candidate = inYear(year) < today ? inYear(year + 1) : inYear(year);
  return exists(candidate) ? candidate : undefined;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
