import { formatClock } from '../i18n/format.js';
import { INTL_TAGS, type Locale } from '../i18n/locale.js';
import { brusselsParts } from '../domain/calendar.js';
import { resources } from '../i18n/resources.js';

type Tree = { [key: string]: string | Tree };

/**
 * A text of the `booking` namespace (locales/<locale>/booking.json) with `{{name}}` filled in.
 * Synchronous and i18next-free so calendar files and centre e-mails can be built anywhere;
 * the placeholder syntax is i18next's, so the locale parity test covers these files too.
 */
export function bookingText(locale: Locale, key: string, values: Record<string, string> = {}): string {
  let node: string | Tree | undefined = resources[locale].booking as Tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`missing booking text ${locale}:${key}`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);
}

/** "donderdag 3 december 2026 om 10:30" style, in Brussels time. */
export function formatWhen(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_TAGS[locale], { timeZone: 'Europe/Brussels', dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso));
}

/** The clock time in Brussels as the dialogs write it: "10.30 uur", "10 h 30", "10.30 am". */
export function formatTime(iso: string, locale: Locale): string {
  return formatClock(locale, brusselsParts(new Date(iso)).time);
}
