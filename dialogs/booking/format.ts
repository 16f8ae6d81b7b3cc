import { addDays, brusselsDate, brusselsParts, weekdayIndex, type IsoDate } from '../../src/domain/calendar.js';
import type { ChequeRules } from '../../src/domain/chequeRegimes.js';
import type { Mode } from '../../src/booking/model.js';
import { formatClock, formatDate, formatWeekdayDate } from '../../src/i18n/format.js';
import type { Translator } from '../../src/i18n/i18n.js';
import { INTL_TAGS as TAG, type Locale } from '../../src/i18n/locale.js';

/** Button labels stay short enough for a phone screen (plain-language rule). */
export const MAX_LABEL = 20;

function day(locale: Locale, iso: string, style: 'long' | 'short'): string {
  return new Intl.DateTimeFormat(TAG[locale], { timeZone: 'Europe/Brussels', weekday: style, day: 'numeric', month: style }).format(
    new Date(iso),
  );
}

/** "dinsdag 1 december om 9.30 uur", "mardi 1 décembre à 9 h 30", "Tuesday 1 December at 9.30 am". */
export function slotText(t: Translator, locale: Locale, iso: string): string {
  const time = formatClock(locale, brusselsParts(new Date(iso)).time);
  return t('bookIntake:slots.at', { day: day(locale, iso, 'long'), time });
}

/** A slot on a button: "di 1 dec 9.30 uur" (at most 20 characters). */
export function slotLabel(locale: Locale, iso: string): string {
  return shorten(`${day(locale, iso, 'short')} ${formatClock(locale, brusselsParts(new Date(iso)).time)}`);
}

/** A day on a button: "vr 27 nov". */
export function dayLabel(locale: Locale, iso: string): string {
  return day(locale, iso, 'short');
}

/** "ter plaatse, online of wandelcoaching" in the user's language. */
export function modesText(t: Translator, locale: Locale, modes: readonly Mode[]): string {
  return new Intl.ListFormat(TAG[locale], { type: 'disjunction' }).format(modes.map((m) => t(`bookIntake:modes.text.${m}`)));
}

export function shorten(label: string): string {
  return label.length <= MAX_LABEL ? label : `${label.slice(0, MAX_LABEL - 1).trimEnd()}…`;
}

/**
 * "Of een gesprek op 5 januari 2027 gratis is, is nog niet zeker.": a meeting booked or moved to a
 * day whose rules leave it open (the loopbaankrediet), while a first meeting is free on `today`
 * (for a move: the day it is booked on now). Undefined when nothing changes: free on both days, or
 * not known on `today` either (the intro said so already).
 */
export function notSureFreeNotice(
  t: Translator,
  locale: Locale,
  rules: Pick<ChequeRules, 'firstMeetingFreeOn'>,
  today: IsoDate,
  slotStart: string,
): string | undefined {
  const day = brusselsDate(new Date(slotStart));
  if (!rules.firstMeetingFreeOn(today) || rules.firstMeetingFreeOn(day)) return undefined;
  return t('bookIntake:summary.notSureFree', { day: formatDate(locale, day) });
}

/** A Monday: the weekdays' names are read from the week it starts. */
const A_MONDAY: IsoDate = '2026-11-30';

/** "maandag", "lundi", "Monday" for weekday `index` (0 = Monday). */
export function weekdayName(locale: Locale, index: number): string {
  return new Intl.DateTimeFormat(TAG[locale], { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${addDays(A_MONDAY, index)}T12:00:00Z`),
  );
}

/**
 * "Op zaterdag 28 november is dit centrum dicht. Het is open van maandag tot vrijdag. …": the days
 * asked for, on which the centre is closed, and the weekdays it is open (`open`, 0 = Monday): a run
 * of three or more as "from … to …", else each of them.
 */
export function closedThenText(t: Translator, locale: Locale, closed: readonly IsoDate[], open: readonly number[]): string {
  const list = (items: string[]) => new Intl.ListFormat(TAG[locale], { type: 'conjunction' }).format(items);
  const days = list(closed.map((d) => formatWeekdayDate(locale, d)));
  // "Op vrijdag 1 januari …" on a weekday it is open on (a holiday, a closing day): never "open van maandag tot zaterdag".
  if (closed.length > 0 && closed.every((d) => open.includes(weekdayIndex(d)))) return t('bookIntake:slots.closedThenException', { days });
  const [first = 0] = open;
  const last = open.at(-1) ?? first;
  const run = open.length >= 3 && last - first === open.length - 1;
  return run
    ? t('bookIntake:slots.closedThenRange', { days, first: weekdayName(locale, first), last: weekdayName(locale, last) })
    : t('bookIntake:slots.closedThenList', { days, open: list(open.map((i) => weekdayName(locale, i))) });
}
