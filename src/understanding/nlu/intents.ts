import type { Locale } from '../../i18n/locale.js';

/**
 * What free text can mean. The first thirteen are the names the product agreed on; `explain_word`
 * ("wat betekent outplacement?") and `simpler` ("zeg het eenvoudiger") were added for plain language.
 * `none` is a real answer: off-topic or unclear text, which never leads to an action.
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
] as const;
export type Intent = (typeof INTENTS)[number];

/** One possible reading of a message, with a confidence between 0 and 1. */
export interface ScoredIntent {
  intent: Exclude<Intent, 'none'>;
  score: number;
}

/**
 * What a message means. `intent` is `none` unless the recognizer is sure enough to act on it;
 * `alternatives` are the likely readings either way (best first, never `none`), for "did you mean"
 * buttons when the recognizer is not sure.
 */
export interface Recognition {
  intent: Intent;
  score: number;
  alternatives: ScoredIntent[];
}

/**
 * Understands free text. Dialogs receive one through their deps and never see how it works, so the
 * NLU library can be replaced without touching a dialog.
 */
export interface IntentRecognizer {
  recognize(locale: Locale, text: string): Promise<Recognition>;
}
