import type { i18n } from 'i18next';
import { RootDialog } from '../dialogs/rootDialog.js';
import type { LastBookingState, PlainLanguageState, SaidEarlyState } from '../dialogs/shared/deps.js';
import { loadCentres } from './booking/centres.js';
import { InMemoryCentreDirectory } from './booking/directory.js';
import { MemoryBookingStore } from './booking/memoryBookingStore.js';
import type { BookingNotifier, BookingStore, CentreDirectory, SlotFinder } from './booking/model.js';
import { loadPlaces, loadWalloonPlaces } from './booking/places.js';
import { DEFAULT_RETENTION_DAYS } from './booking/retention.js';
import { OpeningHoursSlotFinder } from './booking/slots.js';
import { createApp } from './bot/app.js';
import { channelCanRemind } from './bot/reminderChannels.js';
import { channelFacts } from './channels/channelFacts.js';
import { Language } from './bot/language.js';
import { LoopbaanBot } from './bot/loopbaanBot.js';
import { conversationReference, ConversationState, UserState, type Storage, type TurnContext } from './bot/sdk.js';
import type { UserProfile } from './bot/stateShapes.js';
import { profileFor } from './channels/render.js';
import type { Clock } from './domain/calendar.js';
import type { ChequeRules } from './domain/chequeRegimes.js';
import type { EligibilityCheck } from './domain/eligibilityAnswers.js';
import type { VdabContact } from './domain/vdabContact.js';
import { MemoryClarityCounter, type ClarityCounter } from './readability/clarity.js';
import { Glossary } from './understanding/glossary.js';
import type { IntentRecognizer } from './understanding/nlu/intents.js';
import { lazyRecognizer } from './understanding/nlu/recognizer.js';
import { Vocabulary } from './understanding/vocabulary.js';
import type { StaffChannelApp } from './bot/app.js';
import type { ContinueConversation } from './bot/proactive.js';
import type { CallbackState, HandoverDialogDeps } from '../dialogs/shared/deps.js';
import { crisisLineFor, loadCrisisLine } from './handover/crisisLine.js';
import { distressLanguage, distressWords, seemsInDistress } from './handover/distress.js';
import { HandoverGate } from './handover/gate.js';
import { HandoverService } from './handover/service.js';
import type { StaffHours } from './handover/staffHours.js';
import type { HandoverStore } from './handover/store.js';
import { createStaffApp } from './handover/teams/staffApp.js';
import { TEAMS_PUBLIC_SERVICE_URL, TeamsStaffChannel, type TeamsProactiveAdapter } from './handover/teams/staffChannel.js';
import type { TranscriptRecorder } from './handover/transcript.js';
import { TurnTranscript } from './handover/turnTranscript.js';
import { silentLogger, type Logger } from './observability/logger.js';
import { MemoryReachCounter, type ReachCounter } from './staff/reach.js';
import { Eraser } from './privacy/eraser.js';
import { PersonKeys } from './privacy/personKeys.js';
import type { TurnLock } from './reliability/turnLock.js';

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
  /** The warm handover to staff; absent = "Met iemand praten" gives the free number only. */
  handover?: HandoverParts;
  /** Anonymous weekly counts for the reach page; default: in memory. */
  reach?: ReachCounter;
  /** One turn per conversation at a time; default: within this process (src/bot/turnLock.ts). */
  turnLock?: TurnLock;
  /** Salted pseudonyms (DATA_HASH_SALT) for keys that would name a person; default: a random salt. */
  keys?: PersonKeys;
  logger?: Logger;
}

/** The handover's stores and ways out; src/runtime.ts builds them from the configuration. */
export interface HandoverParts {
  store: HandoverStore;
  transcripts: TranscriptRecorder;
  hours: StaffHours;
  /** How to reach a user's conversation, per channel (`fallback`: the Bot Framework adapter). */
  users: { fallback: ContinueConversation; byChannel?: Record<string, ContinueConversation> };
  /** HANDOVER_HUB=on: also offer cases to an external hub with `handoff.initiate`. */
  hub?: boolean;
  /** The Teams staff channel (TEAMS_STAFF_CHANNEL_ID); absent = staff use the console only. */
  teams?: { adapter: TeamsProactiveAdapter; appId: string; channelId: string; serviceUrl?: string; tenantId?: string };
  logger?: Logger;
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
  /** People who give an e-mail address get their booking by e-mail too; default: no. */
  emailsPerson?: boolean;
}

/** localBooking's catalogue: the shipped centres and places, indexed once per process. */
let shippedCentres: InMemoryCentreDirectory | undefined;

/**
 * A booking backend for tests and tools that build the bot without a configuration: the demo
 * catalogue, bookings in this process, 24 hours' notice (the BOOKING_MIN_NOTICE_HOURS default),
 * and a notifier that tells no centre. The server passes the real one (src/booking/backend.ts).
 */
export function localBooking(clock: Clock, notifier?: BookingNotifier): BookingParts {
  // The shipped centres and places never change while the process runs: read and indexed once (about 15 ms).
  const centres = (shippedCentres ??= new InMemoryCentreDirectory(loadCentres(), loadPlaces(), loadWalloonPlaces()));
  const bookings = new MemoryBookingStore({ clock });
  const slots = new OpeningHoursSlotFinder({ centre: (id) => centres.get(id), bookings, clock, minNoticeHours: 24 });
  const silent: BookingNotifier = {
    bookingConfirmed: async () => {},
    bookingCancelled: async () => {},
    bookingRescheduled: async () => {},
  };
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
  const understanding = {
    recognizer: parts.recognizer ?? lazyRecognizer,
    glossary: new Glossary(parts.i18n),
    clarity: parts.clarity ?? new MemoryClarityCounter(),
    state: conversationState.createProperty<PlainLanguageState>('plainLanguage'),
    stateTtlDays: parts.stateTtlDays ?? 30,
  };
  const bookingParts = parts.booking ?? localBooking(parts.clock);
  const booking = {
    ...bookingParts,
    canRemind: bookingParts.canRemind ?? channelCanRemind,
    conversationReference,
    lastBooking: conversationState.createProperty<LastBookingState>('lastBooking'),
    saidEarly: conversationState.createProperty<SaidEarlyState>('saidEarly'),
  };
  const reach = parts.reach ?? new MemoryReachCounter(parts.clock);
  const handover = parts.handover && composeHandover(parts, parts.handover, reach);
  const keys = parts.keys ?? PersonKeys.random();
  const logger = parts.logger ?? silentLogger;
  const eraser = new Eraser({
    conversationState,
    userState,
    bookings: bookingParts.bookings,
    centre: (id) => bookingParts.centres.get(id),
    notifier: bookingParts.notifier,
    keys,
    clock: parts.clock,
    logger,
    lastBookingCode: async (context) => (await booking.lastBooking.get(context))?.code,
  });
  const transcripts = parts.handover?.transcripts;
  if (transcripts)
    // Through the turn's transcript: the lines it still holds must not be written after the erasure.
    eraser.register({ name: 'transcript', forget: (context) => TurnTranscript.of(context, transcripts).forget() });
  // A call-back or a chat waiting holds a phone number and what was typed: withdrawn and deleted too.
  if (handover) eraser.register({ name: 'handover', forget: async (context) => void (await handover.service.forgetUser(context)) });
  const vocabulary = Vocabulary.of(parts.i18n);
  const handoverDeps = handover && handoverDialogDeps(parts, handover.service);
  const root = new RootDialog({
    language,
    vocabulary,
    rules: parts.rules,
    contact: parts.contact,
    clock: parts.clock,
    channel: channelFacts,
    eligibilityCheck: conversationState.createProperty<EligibilityCheck>('eligibilityCheck'),
    understanding,
    booking,
    reach,
    privacy: eraser,
    ...(handoverDeps && {
      handover: { ...handoverDeps, callback: conversationState.createProperty<CallbackState>('callback') },
    }),
  });
  const gate = handover && new HandoverGate(handover.service, language, vocabulary.commands, handoverDeps);
  const bot = new LoopbaanBot({
    conversationState,
    userState,
    language,
    root,
    oneToOneOnly: (channelId) => profileFor(channelId).oneToOneOnly === true,
    reach,
    ...(gate && { handover: gate }),
  });
  if (handover) handover.service.welcomeBack = (context, locale) => bot.welcomeBack(context, locale);
  const app = createApp(bot, {
    lock: parts.turnLock,
    keys,
    conversationState,
    userState,
    logger,
    ...(handover?.staffApp && { staff: handover.staffApp }),
    ...(gate && { readAhead: [(context: TurnContext) => gate.readAhead(context)] }),
  });
  return {
    app,
    eraser,
    bot,
    conversationState,
    userState,
    language,
    clarity: understanding.clarity,
    reach,
    handover: handover?.service,
  };
}

/** What TalkToPersonDialog (and the root's distress check) get. */
function handoverDialogDeps(parts: BotParts, service: HandoverService): HandoverDialogDeps {
  const words = distressWords(parts.i18n);
  const crisisLine = loadCrisisLine();
  return {
    service,
    crisisLine: (locale) => crisisLineFor(crisisLine, locale),
    seemsInDistress: (text) => seemsInDistress(text, words),
    distressLanguage: (text) => distressLanguage(text, words),
  };
}

/** The handover service, with the Teams staff channel when one is configured. */
function composeHandover(
  parts: BotParts,
  config: HandoverParts,
  reach: ReachCounter,
): { service: HandoverService; staffApp?: StaffChannelApp } {
  const logger = config.logger ?? parts.logger ?? silentLogger;
  const teams = config.teams;
  const staff =
    teams &&
    new TeamsStaffChannel({
      adapter: teams.adapter,
      appId: teams.appId,
      channelId: teams.channelId,
      serviceUrl: teams.serviceUrl ?? TEAMS_PUBLIC_SERVICE_URL,
      tenantId: teams.tenantId,
      store: config.store,
      i18n: parts.i18n,
    });
  const service = new HandoverService({
    store: config.store,
    transcripts: config.transcripts,
    hours: config.hours,
    clock: parts.clock,
    i18n: parts.i18n,
    reach,
    users: config.users,
    hub: config.hub ?? false,
    phone: parts.contact.phone,
    logger,
    ...(staff && { staff }),
  });
  const staffApp = teams && createStaffApp({ service, channelId: teams.channelId, i18n: parts.i18n, logger });
  return { service, ...(staffApp && { staffApp }) };
}
