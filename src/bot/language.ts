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
 * The language of each turn. `beginTurn` picks the locale once (the user's stored choice → the
 * client's locale → Dutch) and pins a fixed translator on the turn; dialogs read it with
 * `t(context)`. Understanding is language-blind (src/understanding/vocabulary.ts).
 */
export class Language implements TurnLanguage {
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
    return translatorFor(this.i18n, locale);
  }

  /** The turn's translator, or Dutch when the turn failed before its language was picked. */
  tOrDefault(context: TurnContext): Translator {
    const pinned = context.turnState.get(TURN_LANGUAGE) as PinnedLanguage | undefined;
    return pinned?.t ?? translatorFor(this.i18n, DEFAULT_LOCALE);
  }

  private pin(context: TurnContext, locale: Locale): void {
    context.turnState.set(TURN_LANGUAGE, { locale, t: translatorFor(this.i18n, locale) });
  }

  private current(context: TurnContext): PinnedLanguage {
    const pinned = context.turnState.get(TURN_LANGUAGE) as PinnedLanguage | undefined;
    if (!pinned) throw new Error('Language.t(): beginTurn() was not called for this turn.');
    return pinned;
  }
}
