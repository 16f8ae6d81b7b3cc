import { LOCALES, type Locale } from '../../i18n/locale.js';
import { resources } from '../../i18n/resources.js';
import { type CalibrationSample, fitCalibration } from './calibration.js';
import { commonWords, trainingCorpus } from './corpus.js';
import type { Intent } from './intents.js';
import { LanguageModel } from './languageModel.js';
import { canonicalTokens } from './spelling.js';

/**
 * Everyday words of `locale` and the words answers are known by (`understanding:synonyms`), in
 * canonical form: typo correction leaves them alone ("pensionné" is no "personne").
 */
export function realWordsOf(locale: Locale): Set<string> {
  const answerWords = Object.values(resources[locale].understanding.synonyms).flat();
  return new Set([...commonWords(locale), ...answerWords].flatMap((w) => canonicalTokens(locale, w)));
}

/**
 * Scores every training sentence with models that did not see it: the sentences of each intent are
 * dealt round-robin over `folds` folds, and each fold is scored by a model trained on the others.
 * These scores look like those of new messages, so a calibration fitted on them is honest.
 */
export async function heldOutSamples(locale: Locale, folds: number): Promise<CalibrationSample[]> {
  const examples = trainingCorpus(locale).examples;
  const seen = new Map<Intent, number>();
  const foldOf = examples.map((e) => {
    const n = seen.get(e.intent) ?? 0;
    seen.set(e.intent, n + 1);
    return n % folds;
  });
  const realWords = realWordsOf(locale);
  const samples: CalibrationSample[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const model = await LanguageModel.train(
      locale,
      examples.filter((_, i) => foldOf[i] !== fold),
      realWords,
    );
    for (const [i, example] of examples.entries()) {
      if (foldOf[i] !== fold) continue;
      const raw = await model.scores(example.text);
      if (raw) samples.push({ raw, intent: example.intent });
    }
  }
  return samples;
}

/** Held-out scores of all languages together, and the calibration fitted on them. */
export async function calibrate(folds: number, l2: number) {
  const samples: CalibrationSample[] = [];
  for (const locale of LOCALES) samples.push(...(await heldOutSamples(locale, folds)));
  return { samples, calibration: fitCalibration(samples, l2) };
}
