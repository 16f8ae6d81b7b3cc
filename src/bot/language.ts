import type { i18n } from 'i18next';
import { translatorFor, type Translator } from '../i18n/i18n.js';
import { DEFAULT_LOCALE, negotiateLocale, type Locale } from '../i18n/locale.js';
import type { TurnLanguage } from '../i18n/turnLanguage.js';
import type { StatePropertyAccessor, TurnContext } from './sdk.js';
import type { UserProfile } from './stateShapes.js';

/** What is pinned on a turn. */
interface PinnedLanguage {
  locale: Locale;
  t: Translator;
}

const TURN_LANGUAGE = Symbol('loopbaanbot.turnLanguage');

/**
 * The language this turn speaks right now (after a switch in the chat: the new one), or undefined
 * before `beginTurn` and in proactive turns. The channel renderer reads it at send time.
 */
export function turnLocale(context: TurnContext): Locale | undefined {
  return (context.turnState.get(TURN_LANGUAGE) as PinnedLanguage | undefined)?.locale;
}

/**
 * A translator that remembers the finished text of every key asked without options. i18next
 * resolves namespaces, fallbacks, nesting and interpolation on every call (about a tenth of a
 * turn's CPU); the resources never change while the process runs, so the same key gives the same
 * text. Calls with options (names, codes, numbers) always go to i18next and are never kept, so
 * nothing a user gave stays in memory and the cache is bounded by the number of keys.
 */
function rememberingPlainTexts(t: Translator): Translator {
  // TFunction's overloads cannot be written by hand: call and return it through plain signatures.
  const translate = t as unknown as (...args: unknown[]) => unknown;
  const texts = new Map<string, string>();
  const remembering = (key: unknown, ...rest: unknown[]): unknown => {
    if (typeof key !== 'string' || rest.length > 0) return translate(key, ...rest);
    let text = texts.get(key);
    if (text === undefined) {
      const resolved = translate(key);
      if (typeof resolved !== 'string') return resolved;
      text = resolved;
      texts.set(key, text);
    }
    return text;
  };
  // The fixed locale stays readable on the wrapper, as on i18next's own (localeOf).
  return Object.assign(remembering, { lng: (t as unknown as { lng?: unknown }).lng }) as unknown as Translator;
}

/**
 * The language of each turn. `beginTurn` picks the locale once (the user's stored choice → the
 * client's locale → Dutch) and pins a fixed translator on the turn; dialogs read it with
 * `t(context)`. Understanding is language-blind (src/understanding/vocabulary.ts).
 */
export class Language implements TurnLanguage {
  private readonly translators = new Map<Locale, Translator>();

  constructor(
    private readonly i18n: i18n,
    private readonly profile: StatePropertyAccessor<UserProfile>,
  ) {}

  async beginTurn(context: TurnContext): Promise<Locale> {
    const profile = await this.profile.get(context, {});
    const locale = negotiateLocale(profile.locale, context.activity.locale);
    this.pin(context, locale);
    return locale;
  }

  /** Stores the user's choice and speaks it from the next message on, this turn included. */
  async choose(context: TurnContext, locale: Locale): Promise<void> {
    const profile = await this.profile.get(context, {});
    await this.profile.set(context, { ...profile, locale });
    this.pin(context, locale);
  }

  locale(context: TurnContext): Locale {
    return this.current(context).locale;
  }

  t(context: TurnContext): Translator {
    return this.current(context).t;
  }

  translatorFor(locale: Locale): Translator {
    return this.translator(locale);
  }

  /** The turn's translator, or Dutch when the turn failed before its language was picked. */
  tOrDefault(context: TurnContext): Translator {
    const pinned = context.turnState.get(TURN_LANGUAGE) as PinnedLanguage | undefined;
    return pinned?.t ?? this.translator(DEFAULT_LOCALE);
  }

  private pin(context: TurnContext, locale: Locale): void {
    context.turnState.set(TURN_LANGUAGE, { locale, t: this.translator(locale) });
  }

  /** One translator per locale for the life of the process (see rememberingPlainTexts). */
  private translator(locale: Locale): Translator {
    let t = this.translators.get(locale);
    if (!t) {
      t = rememberingPlainTexts(translatorFor(this.i18n, locale));
      this.translators.set(locale, t);
    }
    return t;
  }

  private current(context: TurnContext): PinnedLanguage {
    const pinned = context.turnState.get(TURN_LANGUAGE) as PinnedLanguage | undefined;
    if (!pinned) throw new Error('Language.t(): beginTurn() was not called for this turn.');
    return pinned;
  }
}
