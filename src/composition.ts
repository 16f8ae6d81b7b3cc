import type { i18n } from 'i18next';
import { Glossary } from '../dialogs/explainWord.js';
import type { PlainLanguageState } from '../dialogs/freeText.js';
import { RootDialog } from '../dialogs/rootDialog.js';
import { loadCentres } from './booking/centres.js';
import { InMemoryCentreDirectory } from './booking/directory.js';
import { MemoryBookingStore } from './booking/memoryBookingStore.js';
import type { BookingNotifier, BookingStore, CentreDirectory, SlotFinder } from './booking/model.js';
import { loadPlaces } from './booking/places.js';
import { DEFAULT_RETENTION_DAYS } from './booking/retention.js';
import { OpeningHoursSlotFinder } from './booking/slots.js';
import { createApp } from './bot/app.js';
import { channelCanRemind } from './bot/reminderChannels.js';
import { Language } from './bot/language.js';
import { LoopbaanBot } from './bot/loopbaanBot.js';
import { ConversationState, UserState, type Storage, type TurnContext } from './bot/sdk.js';
import type { EligibilityCheckState, LastBookingState, UserProfile } from './bot/stateShapes.js';
import type { Clock } from './domain/calendar.js';
import type { ChequeRules } from './domain/chequeRegimes.js';
import type { VdabContact } from './domain/vdabContact.js';
import { translatorFor } from './i18n/i18n.js';
import type { Locale } from './i18n/locale.js';
import { MemoryClarityCounter, type ClarityCounter } from './readability/clarity.js';
import type { IntentRecognizer } from './understanding/nlu/intents.js';
import { lazyRecognizer } from './understanding/nlu/recognizer.js';

export interface BotParts {
  storage: Storage;
  i18n: i18n;
  rules: ChequeRules;
  contact: VdabContact;
  clock: Clock;
  /** Free-text understanding; default: the process's shared NLU model, trained on first use. */
  recognizer?: IntentRecognizer;
  /** "Was dit duidelijk?" counts; default: in memory. */
  clarity?: ClarityCounter;
  /** STATE_TTL_DAYS, told to users who ask what is kept; default 30 (the config default). */
  stateTtlDays?: number;
  /** The booking backend; default: demo centres, bookings in memory, centres not notified (see `localBooking`). */
  booking?: BookingParts;
}

/** The booking backend as the booking dialogs use it; src/runtime.ts builds it from the configuration. */
export interface BookingParts {
  centres: CentreDirectory;
  slots: SlotFinder;
  bookings: BookingStore;
  notifier: BookingNotifier;
  /** BOOKING_RETENTION_DAYS, told to the user before the name is asked. */
  retentionDays: number;
  /** Which channels may get a reminder; default: Teams and WhatsApp (`channelCanRemind`). */
  canRemind?: (context: TurnContext) => boolean;
}

/**
 * A booking backend for tests and tools that build the bot without a configuration: the demo
 * catalogue, bookings in this process, 24 hours' notice (the BOOKING_MIN_NOTICE_HOURS default),
 * and a notifier that tells no centre. The server passes the real one (src/booking/backend.ts).
 */
export function localBooking(clock: Clock, notifier?: BookingNotifier): BookingParts {
  const centres = new InMemoryCentreDirectory(loadCentres(), loadPlaces());
  const bookings = new MemoryBookingStore({ clock });
  const slots = new OpeningHoursSlotFinder({ centre: (id) => centres.get(id), bookings, clock, minNoticeHours: 24 });
  const silent: BookingNotifier = { bookingConfirmed: async () => {}, bookingCancelled: async () => {}, bookingRescheduled: async () => {} };
  return { centres, slots, bookings, notifier: notifier ?? silent, retentionDays: DEFAULT_RETENTION_DAYS };
}

/**
 * Builds the bot from its parts: the same wiring for the server and for conversation tests, so a
 * test talks to exactly what users talk to.
 */
export function composeBot(parts: BotParts) {
  const conversationState = new ConversationState(parts.storage);
  const userState = new UserState(parts.storage);
  const language = new Language(parts.i18n, userState.createProperty<UserProfile>('profile'));
  const eligibilityCheck = conversationState.createProperty<EligibilityCheckState>('eligibilityCheck');
  const understanding = {
    recognizer: parts.recognizer ?? lazyRecognizer,
    glossary: new Glossary(parts.i18n),
    clarity: parts.clarity ?? new MemoryClarityCounter(),
    state: conversationState.createProperty<PlainLanguageState>('plainLanguage'),
    translatorFor: (locale: Locale) => translatorFor(parts.i18n, locale),
    stateTtlDays: parts.stateTtlDays ?? 30,
  };
  const bookingParts = parts.booking ?? localBooking(parts.clock);
  const booking = {
    ...bookingParts,
    canRemind: bookingParts.canRemind ?? channelCanRemind,
    lastBooking: conversationState.createProperty<LastBookingState>('lastBooking'),
  };
  const root = new RootDialog({ language, rules: parts.rules, contact: parts.contact, clock: parts.clock, eligibilityCheck, understanding, booking });
  const bot = new LoopbaanBot({ conversationState, userState, language, root });
  return { app: createApp(bot), bot, conversationState, userState, language, clarity: understanding.clarity };
}
