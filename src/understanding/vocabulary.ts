import type { i18n } from 'i18next';
import { listFor, translatorFor } from '../i18n/i18n.js';
import { LOCALES } from '../i18n/locale.js';
import type { ChoiceVocabulary } from './choices.js';
import { COMMANDS, type CommandVocabulary } from './commands.js';

/**
 * The words the bot understands, in every language at once: a French "oui" is understood in a Dutch
 * conversation too. Built from the locale files (locales/<lng>/understanding.json and the button
 * labels), which do not change while the process runs, so each list is built once.
 */
export class Vocabulary {
  /** Command words of every locale together. */
  readonly commands: CommandVocabulary;
  /** Words that never decide a choice on their own ("ik", "je", "the"). */
  readonly fillerWords: ReadonlySet<string>;
  private readonly choices = new Map<string, ChoiceVocabulary>();

  constructor(private readonly i18n: i18n) {
    this.commands = Object.fromEntries(COMMANDS.map((c) => [c, this.allLocales(`understanding:commands.${c}`)])) as unknown as CommandVocabulary;
    this.fillerWords = new Set(this.allLocales('understanding:fillerWords'));
  }

  /**
   * Every way to say a choice: its label in each language plus the synonyms listed under
   * `understanding:synonyms.<synonyms>` (by default the choice's id).
   */
  choice(id: string, labelKey: string, synonyms: string = id): ChoiceVocabulary {
    const cacheKey = `${id}\u0000${labelKey}\u0000${synonyms}`;
    let vocabulary = this.choices.get(cacheKey);
    if (!vocabulary) {
      const phrases = LOCALES.flatMap((locale) => [
        translatorFor(this.i18n, locale)(labelKey as never) as string,
        ...listFor(this.i18n, locale, `understanding:synonyms.${synonyms}`),
      ]);
      vocabulary = { value: id, phrases };
      this.choices.set(cacheKey, vocabulary);
    }
    return vocabulary;
  }

  /** A list resource of every locale together (e.g. `understanding:fillerWords`). */
  allLocales(key: string): string[] {
    return LOCALES.flatMap((locale) => listFor(this.i18n, locale, key));
  }
}
