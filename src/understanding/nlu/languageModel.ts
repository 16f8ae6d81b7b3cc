import type { Locale } from '../../i18n/locale.js';
import type { Intent } from './intents.js';
import { NlpjsClassifier } from './nlpjsClassifier.js';
import { canonicalTokens, SpellingCorrector } from './spelling.js';
import { TrigramClassifier } from './trigramClassifier.js';

/**
 * Only the start of a long message is read: what someone wants is in the first sentences, and a
 * pasted 250 KB text must cost no more than a normal message. The cut comes before any other work.
 */
export const MAX_INPUT_CHARS = 300;
const MAX_TOKENS = 40;

/** What each classifier thinks of one message: per intent a score between 0 and 1 (absent = 0). */
export interface RawScores {
  nlp: ReadonlyMap<Intent, number>;
  trigrams: ReadonlyMap<Intent, number>;
}

/** The first `MAX_INPUT_CHARS` characters, without splitting a surrogate pair (an emoji) in two. */
export function cut(text: string): string {
  if (text.length <= MAX_INPUT_CHARS) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(MAX_INPUT_CHARS - 1)) ? MAX_INPUT_CHARS - 1 : MAX_INPUT_CHARS;
  return text.slice(0, end);
}

/**
 * Both classifiers of one language, trained on the same examples, behind the same normalisation:
 * chat and dialect spellings mapped, unknown words corrected against the training vocabulary.
 * The recognizer and the calibration (which trains one per cross-validation fold) both use this,
 * so the scores the calibration was fitted on are made exactly as at run time.
 */
export class LanguageModel {
  private constructor(
    private readonly locale: Locale,
    private readonly corrector: SpellingCorrector,
    private readonly nlp: NlpjsClassifier,
    private readonly trigrams: TrigramClassifier,
  ) {}

  /** `realWords`: everyday words that typo correction must leave alone (already canonical). */
  static async train(
    locale: Locale,
    examples: readonly { text: string; intent: Intent }[],
    realWords: ReadonlySet<string>,
  ): Promise<LanguageModel> {
    const canonical = examples
      .map((e) => ({ intent: e.intent, text: canonicalTokens(locale, e.text).join(' ') }))
      .filter((e) => e.text !== '');
    const vocabulary = new Set(canonical.flatMap((e) => e.text.split(' ')));
    return new LanguageModel(
      locale,
      new SpellingCorrector(vocabulary, realWords),
      await NlpjsClassifier.train(locale, canonical),
      new TrigramClassifier(canonical),
    );
  }

  /** Both readings of `text`, or undefined when it holds no words at all (empty, emoji only). */
  async scores(text: string): Promise<RawScores | undefined> {
    const tokens = canonicalTokens(this.locale, cut(text)).slice(0, MAX_TOKENS);
    if (tokens.length === 0) return undefined;
    const corrected = this.corrector.correct(tokens).join(' ');
    const nlp = new Map((await this.nlp.classify(corrected)).map((c) => [c.intent, c.score] as const));
    const trigrams = new Map(this.trigrams.classify(corrected).map((c) => [c.intent, Math.max(0, c.score)] as const));
    return { nlp, trigrams };
  }
}
