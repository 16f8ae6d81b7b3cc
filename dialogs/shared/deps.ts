import type { Language } from '../../src/bot/language.js';
import type { BookingNotifier, BookingStore, CentreDirectory, SlotFinder } from '../../src/booking/model.js';
import type { StatePropertyAccessor, TurnContext } from '../../src/bot/sdk.js';
import type { EligibilityCheckState, LastBookingState } from '../../src/bot/stateShapes.js';
import type { Clock } from '../../src/domain/calendar.js';
import type { ChequeRules } from '../../src/domain/chequeRegimes.js';
import type { VdabContact } from '../../src/domain/vdabContact.js';
import type { UnderstandingDeps } from '../freeText.js';

/** What dialogs may use. They get it through their constructor and never read the environment. */
export interface DialogDeps {
  language: Language;
  rules: ChequeRules;
  contact: VdabContact;
  clock: Clock;
  /** The eligibility answers of this conversation (conversation state), for booking and handover. */
  eligibilityCheck: StatePropertyAccessor<EligibilityCheckState>;
  /** Free-text understanding, glossary and "Was dit duidelijk?" counts; without it only buttons and commands work. */
  understanding?: UnderstandingDeps;
  /** Booking the kennismakingsgesprek, and cancelling or moving it. */
  booking: BookingDialogDeps;
}

/** What the booking dialogs (bookIntake, manageBooking) use. */
export interface BookingDialogDeps {
  centres: CentreDirectory;
  slots: SlotFinder;
  bookings: BookingStore;
  notifier: BookingNotifier;
  /** Days a booking's personal data is kept after the appointment (BOOKING_RETENTION_DAYS); told to the user. */
  retentionDays: number;
  /** True when the turn's channel can send a message the day before (a reminder); decided outside the dialogs. */
  canRemind(context: TurnContext): boolean;
  /** The last booking of this conversation, so "annuleer mijn afspraak" works without the code. */
  lastBooking: StatePropertyAccessor<LastBookingState>;
}
