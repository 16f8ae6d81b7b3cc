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

/** Features per class: both scores and three combinations (see intentFeatures, noneFeatures). */
const FEATURES = 5;

const CalibrationSchema = z.object({
  folds: z.number().int().min(2),
  l2: z.number().min(0),
  intent: z.array(z.number()).length(FEATURES),
  none: z.array(z.number()).length(FEATURES),
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
 * Fits the weights by full-batch gradient descent with momentum on the mean cross-entropy plus an
 * L2 penalty (not on the bias of `none`). Deterministic: fixed start at zero, fixed step, fixed
 * iterations (400 reach the optimum of the corpus's samples to six decimals of every weight).
 */
export function fitCalibration(samples: readonly CalibrationSample[], l2: number, iterations = 400, step = 2, momentum = 0.9): Calibration {
  const classes = REAL_INTENTS.length + 1;
  const width = FEATURES;
  // Flat arrays: per sample, per class (real intents, then none), its features.
  const x = new Float64Array(samples.length * classes * width);
  const targets = new Int32Array(samples.length);
  samples.forEach((sample, s) => {
    const rows = featureRows(sample.raw);
    [...rows.intents, rows.none].forEach((features, c) => features.forEach((value, k) => (x[(s * classes + c) * width + k] = value)));
    targets[s] = sample.intent === 'none' ? REAL_INTENTS.length : REAL_INTENTS.indexOf(sample.intent);
  });
  const w = new Float64Array(width); // shared by the real intents
  const v = new Float64Array(width); // of none
  const logits = new Float64Array(classes);
  const mw = new Float64Array(width);
  const mv = new Float64Array(width);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gw = new Float64Array(width);
    const gv = new Float64Array(width);
    for (let s = 0; s < samples.length; s++) {
      let max = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < classes; c++) {
        const weights = c === classes - 1 ? v : w;
        let z = 0;
        for (let k = 0; k < width; k++) z += (weights[k] ?? 0) * (x[(s * classes + c) * width + k] ?? 0);
        logits[c] = z;
        max = Math.max(max, z);
      }
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += Math.exp((logits[c] ?? 0) - max);
      for (let c = 0; c < classes; c++) {
        const error = (Math.exp((logits[c] ?? 0) - max) / sum - (c === targets[s] ? 1 : 0)) / samples.length;
        const gradient = c === classes - 1 ? gv : gw;
        for (let k = 0; k < width; k++) gradient[k] = (gradient[k] ?? 0) + error * (x[(s * classes + c) * width + k] ?? 0);
      }
    }
    for (let k = 0; k < width; k++) {
      mw[k] = momentum * (mw[k] ?? 0) - step * ((gw[k] ?? 0) + l2 * (w[k] ?? 0));
      mv[k] = momentum * (mv[k] ?? 0) - step * ((gv[k] ?? 0) + (k === 0 ? 0 : l2 * (v[k] ?? 0)));
      w[k] = (w[k] ?? 0) + (mw[k] ?? 0);
      v[k] = (v[k] ?? 0) + (mv[k] ?? 0);
    }
  }
  return { intent: [...w], none: [...v] };
}

/** Mean cross-entropy of `samples` under `calibration` (how well it fits; lower is better). */
export function logLoss(samples: readonly CalibrationSample[], calibration: Calibration): number {
  let sum = 0;
  for (const sample of samples) sum -= Math.log(Math.max(1e-12, probabilities(sample.raw, calibration).get(sample.intent) ?? 0));
  return sum / samples.length;
}

/** The settings and weights fitted by `npm run nlu:calibrate`, kept in calibration.json. */
export const savedCalibration = CalibrationSchema.parse(saved);
