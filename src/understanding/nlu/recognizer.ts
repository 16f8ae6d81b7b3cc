import { LOCALES, type Locale } from '../../i18n/locale.js';
import { type Calibration, probabilities, REAL_INTENTS, savedCalibration } from './calibration.js';
import { trainingCorpus } from './corpus.js';
import { realWordsOf } from './crossValidation.js';
import type { IntentRecognizer, Recognition, ScoredIntent } from './intents.js';
import { cut, LanguageModel } from './languageModel.js';

export { MAX_INPUT_CHARS } from './languageModel.js';

/**
 * At or above this calibrated probability the recognizer acts on the intent. A wrong action costs
 * more than a question (which costs one tap), so this is set high. Chosen by sweeping two sets: the
 * held-out (cross-validation) scores of the training corpus, where at 0.6 / 0.7 / 0.8 about 6.6% /
 * 4.9% / 3.3% of sentences were acted on wrongly while right-or-asked rose (86.2% / 87.6% / 88.8%),
 * and the development set (test/understanding/nlu/dev), where 0.7 kept wrong actions under 1% and still acted
 * on 94% without asking; 0.8 asked too often there (right without asking: 89%). Held-out training
 * sentences are harder than real messages (each is the only one of its kind), so 0.7, not 0.8.
 */
export const SURE_AT = 0.7;

/**
 * From this probability up to SURE_AT the recognizer asks "Bedoel je …?" with the two most likely
 * intents. Below it even the best intent is too unlikely to be worth a button: lowering it to 0.2
 * gained 0.6 points of right-or-asked on the held-out scores but met about a fifth more off-topic
 * messages with an odd question.
 */
export const ASK_AT = 0.25;

/** A runner-up below this is not offered next to a sure or unknown reading. */
const MIN_ALTERNATIVE = 0.1;

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** E-mail addresses and web addresses, left out before a message is read. */
const ADDRESSES = /\S+@\S+|https?:\/\/\S+|www\.\S+/gu;

/**
 * Free-text understanding for nl, fr and en. Two classifiers (NLP.js and character trigrams) read
 * the normalised, typo-corrected message; a small logistic model, fitted by cross-validation on the
 * training corpus (see calibration.ts), turns both readings into one probability per intent. High
 * enough: act; in the band below: ask which of two intents was meant; lower: not understood.
 * "Both must agree" threw away a right answer whenever one classifier was wrong (NLU notes: 79%
 * right where one of the two was right 91.8% of the time).
 */
export class NluRecognizer implements IntentRecognizer {
  private constructor(
    private readonly models: ReadonlyMap<Locale, LanguageModel>,
    private readonly calibration: Calibration,
  ) {}

  /** Trains all three languages from the corpus in the repository (about 2,500 sentences: 1 to 4 s). */
  static async train(calibration: Calibration = savedCalibration): Promise<NluRecognizer> {
    const models = new Map<Locale, LanguageModel>();
    for (const locale of LOCALES) {
      models.set(locale, await LanguageModel.train(locale, trainingCorpus(locale).examples, realWordsOf(locale)));
    }
    return new NluRecognizer(models, calibration);
  }

  async recognize(locale: Locale, text: string): Promise<Recognition> {
    const model = this.models.get(locale);
    if (!model) throw new RangeError(`NluRecognizer.recognize(): no model for locale ${locale}`);
    // An e-mail address or a link says nothing about what someone wants ("an@mail.be" was heard
    // as "mail me": a person); only the words around it are read.
    // Cut first, so the search for addresses never runs over a pasted text.
    const read = cut(text);
    const words = read.replace(ADDRESSES, ' ');
    const raw = words === read || /\p{L}/u.test(words) ? await model.scores(words) : undefined;
    if (!raw) return { intent: 'none', score: 1, confidence: 'unknown', alternatives: [] };

    const p = probabilities(raw, this.calibration);
    // Stable sort: on a tie the intent listed first in INTENTS wins, so answers are reproducible.
    const ranked: ScoredIntent[] = REAL_INTENTS.map((intent) => ({ intent, score: round(p.get(intent) ?? 0) })).sort(
      (a, b) => b.score - a.score,
    );
    const [best, second] = ranked;
    if (!best || !second) throw new Error('NluRecognizer.recognize(): fewer than two intents');
    if (best.score >= SURE_AT) {
      return {
        intent: best.intent,
        score: best.score,
        confidence: 'sure',
        alternatives: [best, second].filter((a) => a.score >= MIN_ALTERNATIVE),
      };
    }
    if (best.score >= ASK_AT) return { intent: 'none', score: round(1 - best.score), confidence: 'unsure', alternatives: [best, second] };
    return {
      intent: 'none',
      score: round(1 - best.score),
      confidence: 'unknown',
      alternatives: [best, second].filter((a) => a.score >= MIN_ALTERNATIVE),
    };
  }
}

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
