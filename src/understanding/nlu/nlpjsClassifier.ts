import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en';
import { LangFr } from '@nlpjs/lang-fr';
import { LangNl } from '@nlpjs/lang-nl';
import { Nlp } from '@nlpjs/nlp';
import type { Locale } from '../../i18n/locale.js';
import { INTENTS, type Intent } from './intents.js';

const LANGUAGE_PLUGINS: Record<Locale, unknown> = { nl: LangNl, fr: LangFr, en: LangEn };

/** NLP.js says "None"; this project says `none`. */
function toIntent(name: string): Intent {
  if (name === 'None') return 'none';
  return (INTENTS as readonly string[]).includes(name) ? (name as Intent) : 'none';
}

/**
 * NLP.js (neural intent classifier with stemming) for one language, trained in memory. Kept in this
 * one file: NLP.js is unmaintained since 2023, and nothing else in the project may depend on it.
 */
export class NlpjsClassifier {
  private constructor(
    private readonly locale: Locale,
    private readonly nlp: Nlp,
  ) {}

  static async train(locale: Locale, examples: readonly { text: string; intent: Intent }[]): Promise<NlpjsClassifier> {
    const container = await containerBootstrap();
    container.use(LANGUAGE_PLUGINS[locale]);
    // autoSave false: otherwise NLP.js writes ./model.nlp into the working directory.
    const nlp = new Nlp({ container, languages: [locale], autoSave: false, autoLoad: false, threshold: 0, nlu: { log: false } });
    nlp.addLanguage(locale);
    for (const example of examples) {
      nlp.addDocument(locale, example.text, example.intent === 'none' ? 'None' : example.intent);
    }
    await nlp.train();
    return new NlpjsClassifier(locale, nlp);
  }

  /** Scores per intent, best first. */
  async classify(text: string): Promise<{ intent: Intent; score: number }[]> {
    const result = await this.nlp.process(this.locale, text);
    const classifications = result.classifications ?? [{ intent: result.intent, score: result.score }];
    return classifications.map((c) => ({ intent: toIntent(c.intent), score: c.score })).sort((a, b) => b.score - a.score);
  }
}
