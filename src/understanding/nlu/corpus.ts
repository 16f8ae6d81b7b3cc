import { z } from 'zod/v4';
import type { Locale } from '../../i18n/locale.js';
import { INTENTS, type Intent } from './intents.js';
import enTrain from './corpus/en.train.json' with { type: 'json' };
import frTrain from './corpus/fr.train.json' with { type: 'json' };
import nlTrain from './corpus/nl.train.json' with { type: 'json' };
import enWords from './words/en.json' with { type: 'json' };
import frWords from './words/fr.json' with { type: 'json' };
import nlWords from './words/nl.json' with { type: 'json' };

const CorpusSchema = z.object({
  locale: z.enum(['nl', 'fr', 'en']),
  intents: z.partialRecord(z.enum(INTENTS), z.array(z.string().min(1)).min(1)),
});

/** Training utterances of one language, per intent. */
export interface TrainingCorpus {
  locale: Locale;
  examples: { text: string; intent: Intent }[];
}

/** Reads and checks the training corpus of `locale` (bundled JSON, so `npm run build` carries it). */
export function trainingCorpus(locale: Locale): TrainingCorpus {
  const raw = { nl: nlTrain, fr: frTrain, en: enTrain }[locale];
  const parsed = CorpusSchema.parse(raw);
  if (parsed.locale !== locale) throw new Error(`trainingCorpus(): corpus/${locale}.train.json says locale ${parsed.locale}`);
  const examples = Object.entries(parsed.intents).flatMap(([intent, texts]) =>
    (texts ?? []).map((text) => ({ text, intent: intent as Intent })),
  );
  return { locale, examples };
}

/**
 * Everyday words of `locale` that are not in the corpus. Typo correction leaves these alone, so a
 * real word is never "corrected" into a corpus word (zonder → honger, jaar → naar).
 */
export function commonWords(locale: Locale): readonly string[] {
  return z.array(z.string()).parse({ nl: nlWords, fr: frWords, en: enWords }[locale]);
}
