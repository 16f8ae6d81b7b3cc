import i18next, { type i18n, type TFunction } from 'i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locale.js';
import { NAMESPACES, resources, type Namespace } from './resources.js';

/** `t` for one locale: keys of `common` as they are, other areas as `area:key`. */
export type Translator = TFunction<Namespace[]>;

/**
 * A private i18next instance with every locale loaded up front (no backend, no network). Callers
 * get a translator fixed to one locale through `translatorFor`, never a global language switch, so
 * overlapping turns in different languages cannot answer each other's users in the wrong language.
 */
export async function createI18n(): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng: DEFAULT_LOCALE,
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

export function translatorFor(instance: i18n, locale: Locale): Translator {
  return instance.getFixedT(locale, [...NAMESPACES]);
}

/** A list resource (synonyms, command words) in one locale; [] when absent. */
export function listFor(instance: i18n, locale: Locale, key: string): string[] {
  const value: unknown = instance.getResource(locale, key.split(':')[0] ?? '', key.split(':')[1] ?? '');
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
