import { formatClock } from '../i18n/format.js';
import { INTL_TAGS, type Locale } from '../i18n/locale.js';
import { brusselsParts } from '../domain/calendar.js';
import { shippedI18n, translatorFor } from '../i18n/i18n.js';

/**
 * A text of the `booking` namespace (locales/<locale>/booking.json) with `{{name}}` filled in.
 * Synchronous so calendar files, centre e-mails and reminders can be built outside a turn, through
 * the shipped locales' i18next instance. Throws on a key that is missing: a centre must never get
 * an e-mail that shows a key instead of a fact.
 */
export function bookingText(locale: Locale, key: string, values: Record<string, string> = {}): string {
  const i18n = shippedI18n();
  if (typeof i18n.getResource(locale, 'booking', key) !== 'string') throw new Error(`missing booking text ${locale}:${key}`);
  // `replace`, not the values themselves, as options: a placeholder named `lng` or `count` must not steer the lookup.
  return translatorFor(i18n, locale)(`booking:${key}` as never, { replace: values });
}

/** "donderdag 3 december 2026 om 10:30" style, in Brussels time. */
export function formatWhen(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_TAGS[locale], { timeZone: 'Europe/Brussels', dateStyle: 'full', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** The clock time in Brussels as the dialogs write it: "10.30 uur", "10 h 30", "10.30 am". */
export function formatTime(iso: string, locale: Locale): string {
  return formatClock(locale, brusselsParts(new Date(iso)).time);
}
