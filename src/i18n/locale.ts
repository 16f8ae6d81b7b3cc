/** The languages the bot speaks. Dutch first: it is the language of the guidance itself. */
export const LOCALES = ['nl', 'fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The BCP 47 tag for dates and numbers (Intl) in each language: Belgian Dutch and French. */
export const INTL_TAGS: Readonly<Record<Locale, string>> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** `nl-BE`, `fr_BE`, `EN` → a supported locale, or undefined. */
export function toSupported(tag: string | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : undefined;
}

/**
 * The language for one turn: the user's own choice, else what the client reports, else Dutch.
 * Decided once per turn; nothing switches a shared language.
 */
export function negotiateLocale(saved: Locale | undefined, activityLocale: string | undefined): Locale {
  return saved ?? toSupported(activityLocale) ?? DEFAULT_LOCALE;
}
