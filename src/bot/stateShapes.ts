import type { IsoDate } from '../domain/calendar.js';
import type { Residence, WorkStatus } from '../domain/chequeRegimes.js';
import type { EligibilityAnswers, NextStepCode, Outcome, ReasonCode } from '../domain/eligibility.js';
import type { Locale } from '../i18n/locale.js';

/**
 * What the bot keeps about a user across conversations: only their language choice. Plain JSON:
 * it is stored as-is in Redis.
 */
export interface UserProfile {
  locale?: Locale;
}

/**
 * Bumped when a dialog's steps change so that half-finished conversations stored before a deploy
 * start over cleanly instead of resuming at a step that now means something else.
 */
export const CONVERSATION_STATE_VERSION = 1;

export interface ConversationMeta {
  version?: number;
}

/** Version of `EligibilityCheckState`; bump it when the shape changes so readers can tell old from new. */
export const ELIGIBILITY_CHECK_VERSION = 1;

/**
 * Reasons the dialog adds itself: the person said "I don't know" to a question whose engine input
 * has no "unknown" value (residence, work, outplacement). Like every unclear answer they lead to
 * `refer`; the engine's own reason codes are never reused for them.
 */
export const UNKNOWN_ANSWER_REASONS = ['residence_unknown', 'work_unknown', 'outplacement_unknown'] as const;
export type UnknownAnswerReason = (typeof UNKNOWN_ANSWER_REASONS)[number];
export type CheckReason = ReasonCode | UnknownAnswerReason;

/** The verdict as shown to the user: the engine's result, or a refer the dialog made for an unknown answer. */
export interface CheckResult {
  outcome: Outcome;
  reasons: CheckReason[];
  regime: string | null;
  next: NextStepCode[];
}

type DontKnow = 'unknown';

/**
 * The eligibility check of this conversation (conversation state, property `eligibilityCheck`), so
 * booking and the staff handover can use the answers without asking again. Written after every
 * answer; a new check replaces it. Plain JSON.
 *
 * `said` is what the person chose, in the dialog's terms; `input` is what the eligibility engine got.
 * They differ where the engine needs a value the person cannot give: a range of years becomes its
 * lower bound, a rough "when" becomes a stand-in date, and "I don't know" to residence, work or
 * outplacement has no engine value at all (see dialogs/checkEligibility.ts for the mapping).
 */
export interface EligibilityCheckState {
  version: typeof ELIGIBILITY_CHECK_VERSION;
  /** The Brussels date the check runs on; its regime decides the questions. */
  date: IsoDate;
  /** 'other': a family member or social worker answers for someone else. Absent until asked. */
  forWhom?: 'self' | 'other';
  /** Only the questions answered so far; going back removes the later ones. */
  said: {
    residence?: Residence | DontKnow;
    work?: WorkStatus | DontKnow;
    /** Years of work as a range around the regime's minimum (7 years since 2020). */
    years?: { answer: 'below' | 'at_least' | DontKnow; minimumYears: number };
    /** `withinYears`: asked only when the regime's portfolio makes the timing matter. */
    chequeUsed?: { answer: 'never' | 'yes' | DontKnow; withinYears?: { years: number; answer: 'yes' | 'no' | DontKnow } };
    outplacement?: 'yes' | 'no' | DontKnow;
  };
  /** The engine input built from `said` (src/domain/eligibility.ts). */
  input: EligibilityAnswers;
  /** Set once the check reached a verdict. */
  result?: CheckResult;
}

/**
 * The booking made in this conversation (conversation state, property `lastBooking`), so "annuleer
 * mijn afspraak" and "verplaats mijn afspraak" work without the code. Only the code: the booking
 * itself stays in the booking store, which forgets it after its retention.
 */
export interface LastBookingState {
  code: string;
}
