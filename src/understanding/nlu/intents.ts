import type { Locale } from '../../i18n/locale.js';

/**
 * What free text can mean (defined for every helper in the shared INTENTS.md). The first thirteen are
 * the names the product agreed on; `explain_word` ("wat betekent outplacement?") and `simpler` ("zeg
 * het eenvoudiger", "huh") were added for plain language; `goodbye`, `move_booking` and `forget_me`
 * (erasure request) split off from `stop`, `cancel_booking` and `privacy`, which asked for other
 * actions. `none` is a real answer: off-topic or unclear text, which never leads to an action.
 */
export const INTENTS = [
  'explain_cheque',
  'check_eligibility',
  'book_intake',
  'cost',
  'talk_to_person',
  'cancel_booking',
  'greeting',
  'help',
  'restart',
  'stop',
  'change_language',
  'privacy',
  'none',
  'explain_word',
  'simpler',
  'goodbye',
  'move_booking',
  'forget_me',
] as const;
export type Intent = (typeof INTENTS)[number];

/** One possible reading of a message, with a confidence between 0 and 1. */
export interface ScoredIntent {
  intent: Exclude<Intent, 'none'>;
  score: number;
}

/**
 * How sure the recognizer is. `sure`: act on `intent`. `unsure`: ask "Bedoel je …?" with the two
 * `alternatives` as buttons. `unknown`: the message is off-topic or unclear; say so and offer a way on.
 */
export type Confidence = 'sure' | 'unsure' | 'unknown';

/**
 * What a message means. `intent` is `none` unless `confidence` is `sure`. `score` is the calibrated
 * probability of `intent` (for `none`: one minus that of the best intent). `alternatives` are the
 * likely readings, best first, never `none`: exactly two when `unsure`; otherwise those of at least
 * 0.1, at most two.
 */
export interface Recognition {
  intent: Intent;
  score: number;
  confidence: Confidence;
  alternatives: ScoredIntent[];
}

/**
 * Understands free text. Dialogs receive one through their deps and never see how it works, so the
 * NLU library can be replaced without touching a dialog.
 */
export interface IntentRecognizer {
  recognize(locale: Locale, text: string): Promise<Recognition>;
}
