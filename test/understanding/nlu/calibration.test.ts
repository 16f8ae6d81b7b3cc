import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CalibrationSample,
  type fitCalibration,
  logLoss,
  probabilities,
  savedCalibration,
} from '../../../src/understanding/nlu/calibration.js';
import { calibrate } from '../../../src/understanding/nlu/crossValidation.js';

let samples: CalibrationSample[];
let refitted: ReturnType<typeof fitCalibration>;
beforeAll(async () => {
  ({ samples, calibration: refitted } = await calibrate(savedCalibration.folds, savedCalibration.l2));
}, 120_000);

describe('the calibration of the two classifiers', () => {
  it('When it is fitted again from the training corpus, Then it gives the saved weights (run npm run nlu:calibrate after changing the corpus)', () => {
    const close = (a: number[], b: number[]) => a.every((x, i) => Math.abs(x - (b[i] ?? Number.NaN)) < 1e-4);
    expect(close(refitted.intent, savedCalibration.intent) && close(refitted.none, savedCalibration.none), JSON.stringify(refitted)).toBe(
      true,
    );
  });

  it('When the saved weights score held-out sentences, Then they beat guessing by a wide margin', () => {
    // Guessing among 18 intents costs ln 18 ≈ 2.9; the fitted model must be far below it.
    expect(logLoss(samples, savedCalibration)).toBeLessThan(1.2);
  });

  it('When a reading is made, Then the probabilities of all intents add up to 1 and a stronger score never lowers an intent', () => {
    const weak = { nlp: new Map([['cost', 0.4] as const]), trigrams: new Map([['cost', 0.4] as const]) };
    const strong = { nlp: new Map([['cost', 0.9] as const]), trigrams: new Map([['cost', 0.8] as const]) };
    const p = probabilities(weak, savedCalibration);
    expect([...p.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(probabilities(strong, savedCalibration).get('cost') ?? 0).toBeGreaterThan(p.get('cost') ?? 0);
  });
});
