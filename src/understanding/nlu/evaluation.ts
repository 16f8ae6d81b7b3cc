import { readFileSync } from 'node:fs';
import { z } from 'zod/v4';
import type { Locale } from '../../i18n/locale.js';
import { INTENTS, type Intent, type IntentRecognizer, type Recognition } from './intents.js';

const LabelledSchema = z.array(z.object({ text: z.string(), intent: z.enum(INTENTS) }));

/** A message with the intent its writer meant. */
export type Labelled = z.infer<typeof LabelledSchema>[number];

/**
 * What happened to one message, from the user's side. `right`: acted on the meant intent, or, for
 * an off-topic message, not acted on. `asked`: "Bedoel je …?" with the meant intent among the two
 * buttons (one tap more). `wrong`: acted on an intent that was not meant. `missed`: not understood.
 */
export type Outcome = 'right' | 'asked' | 'wrong' | 'missed';

export function outcomeOf(meant: Intent, recognition: Recognition): Outcome {
  if (recognition.confidence === 'sure') return recognition.intent === meant ? 'right' : 'wrong';
  if (meant === 'none') return 'right';
  if (recognition.confidence === 'unsure' && recognition.alternatives.some((a) => a.intent === meant)) return 'asked';
  return 'missed';
}

/** Counts per outcome. */
export interface Tally {
  total: number;
  right: number;
  asked: number;
  wrong: number;
  missed: number;
}

export const emptyTally = (): Tally => ({ total: 0, right: 0, asked: 0, wrong: 0, missed: 0 });

export function addTallies(a: Tally, b: Tally): Tally {
  return {
    total: a.total + b.total,
    right: a.right + b.right,
    asked: a.asked + b.asked,
    wrong: a.wrong + b.wrong,
    missed: a.missed + b.missed,
  };
}

/** One evaluated message. */
export interface Judged {
  text: string;
  meant: Intent;
  recognition: Recognition;
  outcome: Outcome;
}

/** Runs every message through `recognizer` and counts the outcomes. */
export async function evaluate(
  recognizer: IntentRecognizer,
  locale: Locale,
  items: readonly Labelled[],
): Promise<{ tally: Tally; judged: Judged[] }> {
  const tally = emptyTally();
  const judged: Judged[] = [];
  for (const item of items) {
    const recognition = await recognizer.recognize(locale, item.text);
    const outcome = outcomeOf(item.intent, recognition);
    tally.total++;
    tally[outcome]++;
    judged.push({ text: item.text, meant: item.intent, recognition, outcome });
  }
  return { tally, judged };
}

/** Reads and checks a labelled set: a JSON array of {text, intent}. */
export function readLabelled(path: string | URL): Labelled[] {
  return LabelledSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}
