import { z } from 'zod/v4';
import { INTENTS, type Intent } from './intents.js';
import type { RawScores } from './languageModel.js';
import saved from './calibration.json' with { type: 'json' };

/** Every intent the recognizer can act on or offer as a choice. */
export const REAL_INTENTS = INTENTS.filter((i): i is Exclude<Intent, 'none'> => i !== 'none');

/**
 * Weights of a small multinomial logistic model over both classifiers' scores. One weight vector
 * is shared by all real intents, so no intent is favoured for having more training sentences; `none`
 * has its own, because "this is like nothing I know" looks different from any one intent.
 */
export interface Calibration {
  intent: number[];
  none: number[];
}

const CalibrationSchema = z.object({
  folds: z.number().int().min(2),
  l2: z.number().min(0),
  intent: z.array(z.number()).length(5),
  none: z.array(z.number()).length(5),
});

/** What one real intent looks like to the model: both scores, and whether each classifier ranks it first. */
function intentFeatures(raw: RawScores, intent: Intent, nlpTop: Intent | undefined, trigramTop: Intent | undefined): number[] {
  const n = raw.nlp.get(intent) ?? 0;
  const t = raw.trigrams.get(intent) ?? 0;
  return [n, t, nlpTop === intent ? 1 : 0, trigramTop === intent ? 1 : 0, n * t];
}

/** What "none of them" looks like: NLP.js's None, closeness to an off-topic sentence, and how close the best intent came. */
function noneFeatures(raw: RawScores): number[] {
  let bestTrigram = 0;
  for (const intent of REAL_INTENTS) bestTrigram = Math.max(bestTrigram, raw.trigrams.get(intent) ?? 0);
  return [1, raw.nlp.get('none') ?? 0, raw.trigrams.get('none') ?? 0, bestTrigram, bestTrigram * bestTrigram];
}

function top(scores: ReadonlyMap<Intent, number>): Intent | undefined {
  let best: [Intent, number] | undefined;
  for (const entry of scores) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((sum, x, i) => sum + x * (b[i] ?? 0), 0);

interface FeatureRows {
  /** Per real intent (in REAL_INTENTS order) its features. */
  intents: number[][];
  none: number[];
}

function featureRows(raw: RawScores): FeatureRows {
  const nlpTop = top(raw.nlp);
  const trigramTop = top(raw.trigrams);
  return { intents: REAL_INTENTS.map((i) => intentFeatures(raw, i, nlpTop, trigramTop)), none: noneFeatures(raw) };
}

/** Softmax over the real intents and `none`, in REAL_INTENTS order with `none` last. */
function softmax(rows: FeatureRows, calibration: Calibration): number[] {
  const logits = [...rows.intents.map((f) => dot(calibration.intent, f)), dot(calibration.none, rows.none)];
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** Calibrated probability per intent (they add up to 1), `none` included. */
export function probabilities(raw: RawScores, calibration: Calibration): Map<Intent, number> {
  const p = softmax(featureRows(raw), calibration);
  const result = new Map<Intent, number>(REAL_INTENTS.map((intent, i) => [intent, p[i] ?? 0]));
  result.set('none', p[REAL_INTENTS.length] ?? 0);
  return result;
}

/** One held-out example: what the classifiers said, and what it really meant. */
export interface CalibrationSample {
  raw: RawScores;
  intent: Intent;
}

/**
 * Fits the weights by full-batch gradient descent on the mean cross-entropy plus an L2 penalty
 * (not on the bias of `none`). Deterministic: fixed start at zero, fixed step, fixed iterations.
 */
export function fitCalibration(samples: readonly CalibrationSample[], l2: number, iterations = 3000, step = 0.5): Calibration {
  const data = samples.map((s) => ({ rows: featureRows(s.raw), target: s.intent === 'none' ? REAL_INTENTS.length : REAL_INTENTS.indexOf(s.intent) }));
  const calibration: Calibration = { intent: [0, 0, 0, 0, 0], none: [0, 0, 0, 0, 0] };
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gIntent = calibration.intent.map((w) => l2 * w);
    const gNone = calibration.none.map((w, i) => (i === 0 ? 0 : l2 * w));
    for (const { rows, target } of data) {
      const p = softmax(rows, calibration);
      rows.intents.forEach((features, c) => {
        const error = ((p[c] ?? 0) - (c === target ? 1 : 0)) / data.length;
        features.forEach((x, k) => (gIntent[k] = (gIntent[k] ?? 0) + error * x));
      });
      const error = ((p[REAL_INTENTS.length] ?? 0) - (target === REAL_INTENTS.length ? 1 : 0)) / data.length;
      rows.none.forEach((x, k) => (gNone[k] = (gNone[k] ?? 0) + error * x));
    }
    calibration.intent = calibration.intent.map((w, k) => w - step * (gIntent[k] ?? 0));
    calibration.none = calibration.none.map((w, k) => w - step * (gNone[k] ?? 0));
  }
  return calibration;
}

/** Mean cross-entropy of `samples` under `calibration` (how well it fits; lower is better). */
export function logLoss(samples: readonly CalibrationSample[], calibration: Calibration): number {
  let sum = 0;
  for (const sample of samples) sum -= Math.log(Math.max(1e-12, probabilities(sample.raw, calibration).get(sample.intent) ?? 0));
  return sum / samples.length;
}

/** The settings and weights fitted by `npm run nlu:calibrate`, kept in calibration.json. */
export const savedCalibration = CalibrationSchema.parse(saved);
