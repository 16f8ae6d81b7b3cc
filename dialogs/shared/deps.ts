import type { Language } from '../../src/bot/language.js';
import type { StatePropertyAccessor } from '../../src/bot/sdk.js';
import type { EligibilityCheckState } from '../../src/bot/stateShapes.js';
import type { Clock } from '../../src/domain/calendar.js';
import type { ChequeRules } from '../../src/domain/chequeRegimes.js';
import type { VdabContact } from '../../src/domain/vdabContact.js';

/** What dialogs may use. They get it through their constructor and never read the environment. */
export interface DialogDeps {
  language: Language;
  rules: ChequeRules;
  contact: VdabContact;
  clock: Clock;
  /** The eligibility answers of this conversation (conversation state), for booking and handover. */
  eligibilityCheck: StatePropertyAccessor<EligibilityCheckState>;
}
