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
  return remembering as unknown as Translator;
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
  private readonly translators = new Map<Locale, Translator>();

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

  private current(context: TurnContext): TurnLanguage {
    const pinned = context.turnState.get(TURN_LANGUAGE) as TurnLanguage | undefined;
    if (!pinned) throw new Error('Language.t(): beginTurn() was not called for this turn.');
    return pinned;
  }
}
