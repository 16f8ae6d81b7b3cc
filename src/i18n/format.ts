import { INTL_TAGS, type Locale } from './locale.js';

/**
 * A clock time from the data (`08:00`, `16:30`) the way people read it in each language:
 * nl "8.00 uur" style ("16.30 uur"), fr "16 h 30", en "4.30 pm".
 */
export function formatClock(locale: Locale, hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const mm = String(m).padStart(2, '0');
  switch (locale) {
    case 'nl':
      return `${h}.${mm} uur`;
    case 'fr':
      return m === 0 ? `${h} h` : `${h} h ${mm}`;
    case 'en': {
      const suffix = h < 12 ? 'am' : 'pm';
      const h12 = h % 12 === 0 ? 12 : h % 12;
      return m === 0 ? `${h12} ${suffix}` : `${h12}.${mm} ${suffix}`;
    }
  }
}

/**
 * One formatter per locale for the life of the process: building an Intl.DateTimeFormat loads
 * locale data (about a tenth of a millisecond), and the dates of the rules are told on most turns.
 */
const DATE_FORMATS = new Map<Locale, Intl.DateTimeFormat>();

/** A calendar date from the data (`2026-12-31`) as people write it: "31 december 2026", "31 décembre 2026". */
export function formatDate(locale: Locale, isoDate: string): string {
  let format = DATE_FORMATS.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_TAGS[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    DATE_FORMATS.set(locale, format);
  }
  const date = format.format(new Date(`${isoDate}T00:00:00Z`));
  // French writes the first of the month as an ordinal: "1er janvier 2027".
  return locale === 'fr' ? date.replace(/^1 /u, '1er ') : date;
}

const WEEKDAY_FORMATS = new Map<Locale, Intl.DateTimeFormat>();

/** A calendar date with its weekday, without the year: "vrijdag 4 december", "vendredi 4 décembre", "Friday 4 December". */
export function formatWeekdayDate(locale: Locale, isoDate: string): string {
  let format = WEEKDAY_FORMATS.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_TAGS[locale], { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
    WEEKDAY_FORMATS.set(locale, format);
  }
  return format.format(new Date(`${isoDate}T12:00:00Z`));
}
