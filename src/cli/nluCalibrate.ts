import { writeFileSync } from 'node:fs';
import { logLoss } from '../understanding/nlu/calibration.js';
import { calibrate } from '../understanding/nlu/crossValidation.js';

/**
 * npm run --silent nlu:calibrate
 *
 * Refits the weights that combine the two classifiers (src/understanding/nlu/calibration.json) by
 * cross-validation on the training corpus. Run it after changing the corpus; a test fails while the
 * saved weights are not those the corpus gives. Deterministic: the same corpus gives the same file.
 */

/** Five folds: each model still sees 80% of the sentences, close to what the real one sees. */
const FOLDS = 5;
/** A light penalty: ten weights and over a thousand samples; it only keeps the weights finite. */
const L2 = 0.001;

const { samples, calibration } = await calibrate(FOLDS, L2);
const rounded = (ws: number[]) => ws.map((w) => Math.round(w * 1e6) / 1e6);
const file = new URL('../understanding/nlu/calibration.json', import.meta.url);
writeFileSync(file, `${JSON.stringify({ folds: FOLDS, l2: L2, intent: rounded(calibration.intent), none: rounded(calibration.none) })}\n`);
process.stdout.write(`calibrated on ${samples.length} held-out sentences, log loss ${logLoss(samples, calibration).toFixed(4)}\n`);
