import type { Booking, BookingNotifier, BookingStore, CentreDirectory, SlotFinder } from '../../src/booking/model.js';
import type { StatePropertyAccessor, TurnContext } from '../../src/bot/sdk.js';
import type { Clock } from '../../src/domain/calendar.js';
import type { ChequeRules } from '../../src/domain/chequeRegimes.js';
import type { EligibilityCheck } from '../../src/domain/eligibilityAnswers.js';
import type { VdabContact } from '../../src/domain/vdabContact.js';
import type { HandoverCase } from '../../src/handover/model.js';
import type { HandoverService } from '../../src/handover/service.js';
import type { Locale } from '../../src/i18n/locale.js';
import type { TurnLanguage } from '../../src/i18n/turnLanguage.js';
import type { ClarityCounter } from '../../src/readability/clarity.js';
import type { Glossary } from '../../src/understanding/glossary.js';
import type { IntentRecognizer } from '../../src/understanding/nlu/intents.js';
import type { Vocabulary } from '../../src/understanding/vocabulary.js';
import type { Text } from './ask.js';

/** What dialogs may use. They get it through their constructor and never read the environment. */
export interface DialogDeps {
  language: TurnLanguage;
  /** The words the bot understands, in every language. */
  vocabulary: Vocabulary;
  rules: ChequeRules;
  contact: VdabContact;
  clock: Clock;
  /** What the turn's channel can show and knows of the user; decided in src/channels, never in a dialog. */
  channel: ChannelDeps;
  /** The eligibility check of this conversation (conversation state), for booking and handover. */
  eligibilityCheck: StatePropertyAccessor<EligibilityCheck>;
  /** Free-text understanding, glossary and "Was dit duidelijk?" counts. */
  understanding: UnderstandingDeps;
  /** Booking the kennismakingsgesprek, and cancelling or moving it. */
  booking: BookingDialogDeps;
  /** The warm handover to staff; absent = "Met iemand praten" gives the free number only. */
  handover?: HandoverDialogDeps;
  /** Anonymous weekly counts for the reach page (eligibility outcomes, bookings, clarity answers). */
  reach?: ReachRecorder;
  /** "Vergeet mij" (src/privacy/eraser.ts); absent = the bot says what it keeps and gives the number. */
  privacy?: PrivacyDeps;
}

/** What a dialog may know of the turn's channel (src/channels/channelFacts.ts answers it). */
export interface ChannelDeps {
  /** The channel delivers a file sent with a message (the booking's .ics). */
  showsFiles(context: TurnContext): boolean;
  /** The user's own phone number (E.164) where the channel gives it (WhatsApp: the number that writes); else undefined. */
  ownNumber(context: TurnContext): string | undefined;
}

/** Erasing what the bot keeps about the user of this turn. */
export interface PrivacyDeps {
  /**
   * Cancels their open bookings (centres told), anonymises the rest, deletes their conversation
   * and user state and what channels keep; returns the cancelled booking codes. Nothing written
   * after it in the same turn is stored.
   */
  erase(context: TurnContext): Promise<{ cancelled: string[] }>;
}

/** What the handover dialog needs (src/handover builds it). */
export interface HandoverDialogDeps {
  service: HandoverService;
  /** Tele-Onthaal, Télé-Accueil in French (data/crisis-line.json), given first when someone seems in distress. */
  crisisLine(locale: Locale): { name: string; phone: string };
  /** True when a message has words of distress (src/handover/distress.ts, every language's list). */
  seemsInDistress(text: string): boolean;
  /** The one language whose words of distress a message uses ("jveux mourir": fr), if only one's. */
  distressLanguage?(text: string): Locale | undefined;
  /** The call-back this conversation asked for (conversation state), so asking again is told it stands, not filed twice. */
  callback?: StatePropertyAccessor<CallbackState>;
}

/** The call-back request made in this conversation: its case id only; the case itself is in the handover store. */
export interface CallbackState {
  caseId: string;
}

/** What the dialogs count for the reach page; nothing about the person, only what happened where. */
export type ReachOutcome = 'eligible' | 'not_eligible' | 'refer' | 'booking' | 'clear_yes' | 'clear_no';
export interface ReachRecorder {
  record(event: ReachOutcome, where: { channel: string | undefined; locale: Locale }): Promise<void>;
}

/**
 * The booking made in this conversation (conversation state, property `lastBooking`), so "annuleer
 * mijn afspraak" and "verplaats mijn afspraak" work without the code. Only the code: the booking
 * itself stays in the booking store, which forgets it after its retention.
 */
export interface LastBookingState {
  code: string;
}

/** Plain-language memory of a conversation (conversation state, property `plainLanguage`). */
export interface PlainLanguageState {
  /** The short version of the last thing explained, for "zeg het eenvoudiger". */
  simpler?: Text;
  /** That short version has been said since: asked for again, a person is offered, never the same text. */
  simplerSaid?: boolean;
  /** Which years of work count was told ("wat telt als werk?"): the years question need not say it again. */
  workCountsTold?: boolean;
}

/** What free-text understanding needs. */
export interface UnderstandingDeps {
  recognizer: IntentRecognizer;
  glossary: Glossary;
  /** "Was dit duidelijk?" counts per step, without user ids. */
  clarity: ClarityCounter;
  state: StatePropertyAccessor<PlainLanguageState>;
  /** How long conversation state is kept (STATE_TTL_DAYS), for the privacy answer. */
  stateTtlDays: number;
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
  /** True when a person who gave an e-mail address gets the booking by e-mail too. */
  emailsPerson?: boolean;
  /** What to keep to reach this conversation later (a reminder); plain JSON. */
  conversationReference(context: TurnContext): unknown;
  /** The last booking of this conversation, so "annuleer mijn afspraak" works without the code. */
  lastBooking: StatePropertyAccessor<LastBookingState>;
  /** What the user told at a menu before any booking asked it (where they live, when they can come). */
  saidEarly: StatePropertyAccessor<SaidEarlyState>;
}

/**
 * What the user told at a menu that a booking asks later (conversation state, property
 * `saidEarly`): "ik woon in Luik", then "Iets anders", then "Afspraak maken" does not ask the town
 * again; "kan het dit weekend?" starts the hours on that weekend. Plain JSON.
 */
export interface SaidEarlyState {
  /** The words that said where the user lives ("ik woon in Luik"), read as the booking reads a wish. */
  home?: string;
  /** A day or moment said ("dit weekend"), as ISO instants; past once `to` is. */
  when?: { from: string; to: string };
  /** "Zo snel mogelijk", "vandaag nog": the first free hour. */
  soonest?: true;
  /**
   * A phone number or e-mail address typed in the booking before it was asked ("0470 12 34 56" at
   * the hours): not asked again. Kept for the booking it was typed in only; never logged.
   */
  contact?: { kind: 'phone' | 'email'; value: string; email?: string };
  /** The contact was typed at a menu ("0470 12 34 56" alone), before any booking: it is for the next one. */
  contactForNext?: true;
  /** "ik heb geen e-mail" typed in the booking before the contact was asked: that question asks for a phone number. */
  noEmail?: true;
  /**
   * "mijn naam is Mohamed" typed in the booking before the name was asked: not asked again. Kept
   * for the booking it was typed in only; never logged.
   */
  firstName?: string;
  /** `firstName` was said of the person the booking is for ("ze heet Fatima"): kept for someone else's booking too. */
  firstNameOfOther?: boolean;
}

/** Notes what the user told early (`said`), keeping what was told before it. */
export async function noteSaidEarly(booking: BookingDialogDeps, context: TurnContext, said: SaidEarlyState): Promise<void> {
  const before = await booking.saidEarly.get(context, {});
  // A number, then an address (or the other way round): both are kept, as when typed together.
  const contact = said.contact && before.contact ? bothContacts(before.contact, said.contact) : undefined;
  await booking.saidEarly.set(context, { ...before, ...said, ...(contact && { contact }) });
}

type EarlyContact = NonNullable<SaidEarlyState['contact']>;

/** The contact said last, with an e-mail address said before it beside a phone number; the number leads. */
function bothContacts(before: EarlyContact, now: EarlyContact): EarlyContact {
  const email = (c: EarlyContact) => (c.kind === 'email' ? c.value : c.email);
  if (now.kind === 'phone') {
    const beside = now.email ?? email(before);
    return beside !== undefined ? { ...now, email: beside } : now;
  }
  return before.kind === 'phone' ? { ...before, email: now.value } : now;
}

/** Marks the last explanation so "zeg het eenvoudiger" can give its short version later. */
export async function rememberExplanation(deps: Pick<DialogDeps, 'understanding'>, context: TurnContext, simpler: Text): Promise<void> {
  const { simplerSaid: _saidOfTheOneBefore, ...kept } = await deps.understanding.state.get(context, {});
  await deps.understanding.state.set(context, { ...kept, simpler });
}

/** What the conversation's plain-language memory holds (nothing yet: empty). */
export function plainLanguageOf(deps: Pick<DialogDeps, 'understanding'>, context: TurnContext): Promise<PlainLanguageState> {
  return deps.understanding.state.get(context, {});
}

/** Notes what was said (`simplerSaid`, `workCountsTold`), keeping the rest of the plain-language memory. */
export async function notePlainLanguage(
  deps: Pick<DialogDeps, 'understanding'>,
  context: TurnContext,
  said: Pick<PlainLanguageState, 'simplerSaid' | 'workCountsTold'>,
): Promise<void> {
  await deps.understanding.state.set(context, { ...(await plainLanguageOf(deps, context)), ...said });
}

/** Notes that the short version of the last explanation has been said. */
export function rememberSimplerSaid(deps: Pick<DialogDeps, 'understanding'>, context: TurnContext): Promise<void> {
  return notePlainLanguage(deps, context, { simplerSaid: true });
}

/** True when the short version of the last explanation has been said already (rememberSimplerSaid). */
export async function simplerSaidAlready(deps: Pick<DialogDeps, 'understanding'>, context: TurnContext): Promise<boolean> {
  return (await plainLanguageOf(deps, context)).simplerSaid === true;
}

/** The booking made in this conversation, when it stands and is still to come; else undefined. */
export async function upcomingBooking(booking: BookingDialogDeps, context: TurnContext, now: Date): Promise<Booking | undefined> {
  const last = await booking.lastBooking.get(context);
  const found = last ? await booking.bookings.get(last.code) : undefined;
  return found?.status === 'confirmed' && Date.parse(found.slot.start) > now.getTime() ? found : undefined;
}

/** The call-back this conversation asked for, while staff have not closed it; else undefined. */
export async function standingCallback(handover: HandoverDialogDeps, context: TurnContext): Promise<HandoverCase | undefined> {
  const asked = await handover.callback?.get(context);
  const found = asked ? await handover.service.deps.store.get(asked.caseId) : undefined;
  return found && found.state !== 'closed' && found.summary.contact?.mode === 'callback' ? found : undefined;
}
