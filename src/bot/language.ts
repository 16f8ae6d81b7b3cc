import type { i18n } from 'i18next';
import { listFor, translatorFor, type Translator } from '../i18n/i18n.js';
import { DEFAULT_LOCALE, LOCALES, negotiateLocale, type Locale } from '../i18n/locale.js';
import type { ChoiceVocabulary } from '../understanding/choices.js';
import { COMMANDS, type CommandVocabulary } from '../understanding/commands.js';
import type { StatePropertyAccessor, TurnContext } from './sdk.js';
import type { UserProfile } from './stateShapes.js';

interface TurnLanguage {
  locale: Locale;
  t: Translator;
}

const TURN_LANGUAGE = Symbol('loopbaanbot.turnLanguage');

/**
 * The language this turn speaks right now (after a switch in the chat: the new one), or undefined
 * before `beginTurn` and in proactive turns. The channel renderer reads it at send time.
 */
export function turnLocale(context: TurnContext): Locale | undefined {
  return (context.turnState.get(TURN_LANGUAGE) as TurnLanguage | undefined)?.locale;
}

/**
 * The language of each turn and the words the bot understands.
 *
 * `beginTurn` picks the locale once (the user's stored choice → the client's locale → Dutch) and
 * pins a fixed translator on the turn; dialogs read it with `t(context)`. Understanding is
 * language-blind: a French "oui" is understood in a Dutch conversation too.
 */
export class Language {
  /** Command words of every locale together. */
  readonly commands: CommandVocabulary;
  /** Words that never decide a choice on their own ("ik", "je", "the"). */
  readonly fillerWords: ReadonlySet<string>;
  /** Built on first use: the locale resources do not change while the process runs. */
  private readonly vocabularies = new Map<string, ChoiceVocabulary>();

  constructor(
    private readonly i18n: i18n,
    private readonly profile: StatePropertyAccessor<UserProfile>,
  ) {
    const allLocales = (key: string): string[] => LOCALES.flatMap((l) => listFor(i18n, l, key));
    this.commands = Object.fromEntries(
      COMMANDS.map((c) => [c, allLocales(`understanding:commands.${c}`)]),
    ) as Record<(typeof COMMANDS)[number], string[]>;
    this.fillerWords = new Set(allLocales('understanding:fillerWords'));
  }

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

  /**
   * Every way to say a choice: its button label in each language plus the synonyms listed under
   * `understanding:synonyms.<value>`.
   */
  vocabulary(value: string, labelKey: string): ChoiceVocabulary {
    const cacheKey = `${value}\u0000${labelKey}`;
    let vocabulary = this.vocabularies.get(cacheKey);
    if (!vocabulary) {
      const phrases = LOCALES.flatMap((locale) => [
        translatorFor(this.i18n, locale)(labelKey as never) as string,
        ...listFor(this.i18n, locale, `understanding:synonyms.${value}`),
      ]);
      vocabulary = { value, phrases };
      this.vocabularies.set(cacheKey, vocabulary);
    }
    return vocabulary;
  }

  /** The turn's translator, or Dutch when the turn failed before its language was picked. */
  tOrDefault(context: TurnContext): Translator {
    const pinned = context.turnState.get(TURN_LANGUAGE) as TurnLanguage | undefined;
    return pinned?.t ?? translatorFor(this.i18n, DEFAULT_LOCALE);
  }

  private pin(context: TurnContext, locale: Locale): void {
    context.turnState.set(TURN_LANGUAGE, { locale, t: translatorFor(this.i18n, locale) });
  }

  private current(context: TurnContext): TurnLanguage {
    const pinned = context.turnState.get(TURN_LANGUAGE) as TurnLanguage | undefined;
    if (!pinned) throw new Error('Language.t(): beginTurn() was not called for this turn.');
    return pinned;
  }
}
