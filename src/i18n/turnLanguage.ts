import type { TurnContext } from '../bot/sdk.js';
import type { Translator } from './i18n.js';
import type { Locale } from './locale.js';

/**
 * The language of one turn, as conversation code sees it: a translator fixed to the turn's locale,
 * the locale itself, and the user's own choice. src/bot/language.ts picks it once per turn; dialogs
 * receive this interface and never a shared i18next instance.
 */
export interface TurnLanguage {
  t(context: TurnContext): Translator;
  locale(context: TurnContext): Locale;
  /** Stores the user's choice and speaks it from the next message on, this turn included. */
  choose(context: TurnContext, locale: Locale): Promise<void>;
  /** A translator for another language than the turn's (to offer a switch in the user's language). */
  translatorFor(locale: Locale): Translator;
}
