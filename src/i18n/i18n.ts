import i18next, { type i18n, type TFunction } from 'i18next';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './locale.js';
import { NAMESPACES, resources, type Namespace } from './resources.js';

/** `t` for one locale: keys of `common` as they are, other areas as `area:key`. */
export type Translator = TFunction<Namespace[]>;

/**
 * A private i18next instance with every locale loaded up front (no backend, no network). Callers
 * get a translator fixed to one locale through `translatorFor`, never a global language switch, so
 * overlapping turns in different languages cannot answer each other's users in the wrong language.
 */
export async function createI18n(): Promise<i18n> {
  return createI18nNow();
}

/** With the resources inline and `initAsync: false`, i18next finishes `init` before it returns. */
function createI18nNow(): i18n {
  const instance = i18next.createInstance();
  void instance.init({
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
  if (!instance.isInitialized) throw new Error('createI18nNow(): i18next did not initialise synchronously.');
  return instance;
}

let shipped: i18n | undefined;

/**
 * One instance over the shipped locales for code that runs outside a turn and is handed no
 * translator: calendar files, centre e-mails, the date words `understandWhen` knows. The
 * resources never change while the process runs, so sharing it is safe; nobody switches its language.
 */
export function shippedI18n(): i18n {
  shipped ??= createI18nNow();
  return shipped;
}

/**
 * Contexts that fall back to a broader one where a text has no form of its own: the words about
 * someone named as a man or a woman ("mijn man": `helperHe`, "hij") are the helper's ("hij of
 * zij") wherever they would not differ. i18next itself falls back from a context to no context.
 */
const CONTEXT_FALLBACKS: Readonly<Record<string, string>> = {
  helperHe: 'helper',
  helperShe: 'helper',
  selfEmployedHelperHe: 'selfEmployedHelper',
  selfEmployedHelperShe: 'selfEmployedHelper',
};

export function translatorFor(instance: i18n, locale: Locale): Translator {
  const t = instance.getFixedT(locale, [...NAMESPACES]);
  // TFunction's overloads cannot be written by hand: call and return it through plain signatures.
  const translate = t as unknown as (key: unknown, options?: unknown, ...rest: unknown[]) => unknown;
  const withFallback = (key: unknown, options?: unknown, ...rest: unknown[]): unknown => {
    const { context, ...others } = (typeof options === 'object' && options !== null ? options : {}) as { context?: unknown };
    const broader = typeof context === 'string' ? CONTEXT_FALLBACKS[context] : undefined;
    if (
      broader &&
      typeof key === 'string' &&
      !instance.exists(`${key}_${context as string}`, { ...others, lng: locale, ns: [...NAMESPACES] })
    )
      return translate(key, { ...others, context: broader }, ...rest);
    return translate(key, options, ...rest);
  };
  // The fixed locale and namespaces stay readable on the wrapper, as on i18next's own (localeOf).
  const { lng, ns } = t as unknown as { lng?: unknown; ns?: unknown };
  return Object.assign(withFallback, { lng, ns }) as unknown as Translator;
}

/** The locale a translator from `translatorFor` is fixed to (i18next keeps it on the function). */
export function localeOf(t: Translator): Locale | undefined {
  const lng = (t as unknown as { lng?: unknown }).lng;
  return isLocale(lng) ? lng : undefined;
}

/** A list resource (synonyms, command words) in one locale; [] when absent. */
export function listFor(instance: i18n, locale: Locale, key: string): string[] {
  const value: unknown = instance.getResource(locale, key.split(':')[0] ?? '', key.split(':')[1] ?? '');
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
