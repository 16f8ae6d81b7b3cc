import { LOCALES, type Locale } from '../../i18n/locale.js';
import { commonWords, trainingCorpus } from './corpus.js';
import type { Intent, IntentRecognizer, Recognition, ScoredIntent } from './intents.js';
import { NlpjsClassifier } from './nlpjsClassifier.js';
import { canonicalTokens, SpellingCorrector } from './spelling.js';
import { TrigramClassifier } from './trigramClassifier.js';

/**
 * Only the start of a long message is read: what someone wants is in the first sentences, and a
 * pasted 10,000-character text must not cost more than a normal one.
 */
export const MAX_INPUT_CHARS = 300;
const MAX_TOKENS = 40;

/**
 * Below this cosine the closest training sentence is too unlike the message to trust (the NLU notes
 * measured ≈ 0.4 as a usable rejection point; 0.35 keeps more typo'd messages).
 */
const MIN_COSINE = 0.35;

/** Alternatives below this combined score are not worth a button. */
const MIN_ALTERNATIVE = 0.25;

interface LanguageModel {
  corrector: SpellingCorrector;
  nlp: NlpjsClassifier;
  trigrams: TrigramClassifier;
}

/**
 * Free-text understanding for nl, fr and en: the message is normalised (chat and dialect spellings,
 * ei/ij, d/t), unknown words are corrected against the corpus vocabulary, and two classifiers
 * (NLP.js and character trigrams) each give their reading. An intent is only returned when both
 * agree and the trigram match is close enough; otherwise the answer is `none` with the likely
 * readings as alternatives, so the conversation can ask instead of guessing.
 */
export class NluRecognizer implements IntentRecognizer {
  private constructor(private readonly models: ReadonlyMap<Locale, LanguageModel>) {}

  /** Trains all three languages from the corpus in the repository (about 100–200 ms). */
  static async train(): Promise<NluRecognizer> {
    const models = new Map<Locale, LanguageModel>();
    for (const locale of LOCALES) {
      const corpus = trainingCorpus(locale);
      const examples = corpus.examples.map((e) => ({ intent: e.intent, text: canonicalTokens(locale, e.text).join(' ') }));
      const vocabulary = new Set(examples.flatMap((e) => e.text.split(' ')));
      const realWords = new Set(commonWords(locale).flatMap((w) => canonicalTokens(locale, w)));
      models.set(locale, {
        corrector: new SpellingCorrector(vocabulary, realWords),
        nlp: await NlpjsClassifier.train(locale, examples),
        trigrams: new TrigramClassifier(examples),
      });
    }
    return new NluRecognizer(models);
  }

  async recognize(locale: Locale, text: string): Promise<Recognition> {
    const model = this.models.get(locale);
    if (!model) throw new RangeError(`NluRecognizer.recognize(): no model for locale ${locale}`);
    const tokens = canonicalTokens(locale, text.slice(0, MAX_INPUT_CHARS)).slice(0, MAX_TOKENS);
    if (tokens.length === 0) return { intent: 'none', score: 1, alternatives: [] };

    const corrected = model.corrector.correct(tokens).join(' ');
    const byNlp = await model.nlp.classify(corrected);
    const byTrigrams = model.trigrams.classify(corrected);
    const nlpTop = byNlp[0];
    const trigramTop = byTrigrams[0];
    const alternatives = combine(byNlp, byTrigrams);

    if (nlpTop && trigramTop && nlpTop.intent === trigramTop.intent) {
      const score = round((nlpTop.score + trigramTop.score) / 2);
      if (nlpTop.intent === 'none') return { intent: 'none', score, alternatives };
      if (trigramTop.score >= MIN_COSINE) return { intent: nlpTop.intent, score, alternatives };
    }
    // The classifiers disagree, or agree on a weak match: not sure enough to act.
    return { intent: 'none', score: round(1 - (alternatives[0]?.score ?? 0)), alternatives };
  }
}

/** Both opinions averaged per intent; `none` is left out: it is not a choice to offer. */
function combine(a: readonly { intent: Intent; score: number }[], b: readonly { intent: Intent; score: number }[]): ScoredIntent[] {
  const scores = new Map<Intent, number>();
  for (const { intent, score } of [...a, ...b]) scores.set(intent, (scores.get(intent) ?? 0) + score / 2);
  return [...scores]
    .filter((entry): entry is [ScoredIntent['intent'], number] => entry[0] !== 'none' && entry[1] >= MIN_ALTERNATIVE)
    .map(([intent, score]) => ({ intent, score: round(score) }))
    .sort((x, y) => y.score - x.score)
    .slice(0, 3);
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

let shared: Promise<NluRecognizer> | undefined;

/** The process's one trained recognizer: trained on first use, then shared by every conversation. */
export function sharedRecognizer(): Promise<NluRecognizer> {
  shared ??= NluRecognizer.train();
  return shared;
}

/**
 * A recognizer that can be handed out before training finished: the first message waits for the
 * shared model, later ones find it ready. Call `sharedRecognizer()` at start-up to train early.
 */
export const lazyRecognizer: IntentRecognizer = {
  recognize: async (locale, text) => (await sharedRecognizer()).recognize(locale, text),
};
