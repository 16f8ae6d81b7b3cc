/** A calendar date as written in the rules data: `YYYY-MM-DD`. */
export type IsoDate = string;

/** A Brussels wall-clock time, `HH:MM`. */
export type LocalTime = string;

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const BRUSSELS_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The date in Brussels at `now`. Rules take effect on Belgian calendar days, so a message sent at
 * 23:30 UTC on 31 December already falls under the next year's rules.
 */
export function brusselsDate(now: Date): IsoDate {
  // Asked several times a turn. Brussels changes date and offset only on a whole UTC minute,
  // so the date of the last minute asked is kept.
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDate = BRUSSELS_DATE.format(now);
    lastMinute = minute;
  }
  return lastDate;
}

let lastMinute = Number.NaN;
let lastDate: IsoDate = '';

/** Where "today" comes from; tests and the CLI pass a fixed date. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stuck at noon (Brussels) of one calendar day: enough for day-based rules. */
export function fixedDateClock(date: IsoDate): Clock {
  const instant = new Date(`${date}T12:00:00+01:00`);
  return { now: () => instant };
}

/** Inclusive range check on ISO dates; `to: null` means open-ended. */
export function inPeriod(date: IsoDate, from: IsoDate, to: IsoDate | null): boolean {
  return date >= from && (to === null || date <= to);
}

// ---- Brussels wall-clock time -------------------------------------------------------------------

const ZONE = 'Europe/Brussels';

const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Brussels wall-clock fields of an instant. */
export function brusselsParts(instant: Date): { date: IsoDate; time: LocalTime } {
  const p = Object.fromEntries(PARTS.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Milliseconds Brussels is ahead of UTC at `instant` (3 600 000 in winter, 7 200 000 in summer). */
export function brusselsOffsetMs(instant: Date): number {
  const p = Object.fromEntries(PARTS.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  const wallAsUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return wallAsUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant of a Brussels wall-clock time. The offset is taken at a first guess and checked at
 * the result, which settles it on both sides of a daylight-saving change. A time that does not
 * exist (02:30 on the last Sunday of March) maps to the hour after; opening hours never use it.
 */
export function brusselsToInstant(date: IsoDate, time: LocalTime): Date {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  const wallAsUtc = Date.UTC(y, m - 1, d, hh, mm);
  const first = wallAsUtc - brusselsOffsetMs(new Date(wallAsUtc));
  const second = wallAsUtc - brusselsOffsetMs(new Date(first));
  return new Date(second);
}

/** `date` plus `days` calendar days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The weekday of a calendar date. */
export function weekdayOf(date: IsoDate): Weekday {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const sundayFirst = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] ?? 'monday';
}

/** Minutes since midnight of `HH:MM`. */
export function minutesOf(time: LocalTime): number {
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  return hh * 60 + mm;
}

/** `HH:MM` of minutes since midnight. */
export function timeOf(minutes: number): LocalTime {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The instant of Brussels wall-clock `minutes` after midnight on `date` (24:00 = next midnight). */
export function brusselsTime(date: IsoDate, minutes: number): Date {
  return brusselsToInstant(date, timeOf(minutes));
}

/** Minutes after Brussels midnight at `instant`. */
export function brusselsMinutes(instant: Date): number {
  return minutesOf(brusselsParts(instant).time);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: IsoDate): number {
  return WEEKDAYS.indexOf(weekdayOf(date));
}

/**
 * Day and month in the year of `today`, or next year's when that date has passed; undefined for
 * a date that does not exist ("31 februari", "29 februari" outside a leap year). People naming a
 * date without a year mean the coming one.
 */
export function upcomingDate(today: IsoDate, day: number, month: number): IsoDate | undefined {
  const year = Number(today.slice(0, 4));
  const inYear = (y: number): IsoDate => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const candidate = inYear(year) < today ? inYear(year + 1) : inYear(year);
  return addDays(candidate, 0) === candidate ? candidate : undefined;
}
