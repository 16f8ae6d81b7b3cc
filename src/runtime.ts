import { createAdapter } from './bot/adapter.js';
import { handleTurnError } from './bot/turnErrors.js';
import { composeBot } from './composition.js';
import { ConfigError, type Config } from './config.js';
import { systemClock, type Clock } from './domain/calendar.js';
import { ChequeRules, RulesFileError } from './domain/chequeRegimes.js';
import { loadVdabContact } from './domain/vdabContact.js';
import { createI18n } from './i18n/i18n.js';
import type { Logger } from './observability/logger.js';
import { describeError } from './observability/errors.js';
import { startServer, type RunningServer } from './server.js';
import { createStorage } from './storage/createStorage.js';
import { RedisClarityCounter } from './readability/clarity.js';
import { prepareUnderstanding } from './understanding/prepare.js';
import { rehearsals, rehearse } from './bot/rehearsal.js';
import { MemoryStorage, type TurnContext } from './bot/sdk.js';
import { createWhatsAppChannel, whatsAppSettings } from './channels/whatsapp/index.js';
import { webChannel } from './channels/webchat/setup.js';
import { createBookingBackend } from './booking/backend.js';
import { reminderSender, viaCloudAdapter, type ContinueConversation } from './bot/proactive.js';
import { staffBookingsRoutes } from './staff/bookingsApi.js';
import type { HandoverParts } from './composition.js';
import { MemoryHandoverStore } from './handover/memoryStore.js';
import { RedisHandoverStore } from './handover/redisStore.js';
import { StaffHours } from './handover/staffHours.js';
import { MemoryTranscriptRecorder, RedisTranscriptRecorder } from './handover/transcript.js';
import type { CloudAdapter } from './bot/sdk.js';
import type { Redis } from 'ioredis';
import { FailedAttempts } from './staff/auth.js';
import { consolePageRoutes } from './staff/consolePage.js';
import { handoversRoutes } from './staff/handoversApi.js';
import { MemoryReachCounter, RedisReachCounter } from './staff/reach.js';
import { MemoryTurnLock, RedisTurnLock } from './reliability/turnLock.js';
import { PersonKeys } from './privacy/personKeys.js';
import type { Eraser } from './privacy/eraser.js';
import type { DrainResult } from './serverDrain.js';

/**
 * The rules an operator points RULES_FILE at, or the shipped ones. A file that does not validate
 * stops the start like a wrong variable: one line per problem.
 */
function loadRules(file: string | undefined): ChequeRules {
  if (!file) return ChequeRules.load();
  try {
    return ChequeRules.fromFile(file);
  } catch (error) {
    if (!(error instanceof RulesFileError)) throw error;
    throw new ConfigError(error.problems.map((problem) => `RULES_FILE (${file}): ${problem}`));
  }
}

export interface RunningBot {
  server: RunningServer;
  /** Writes into a stored conversation on the bot's own initiative, through that conversation's channel. */
  continueConversation: ContinueConversation;
  /** "Forget me" for the current turn's user and conversation (the dialog is built on it). */
  eraser: Eraser;
  /**
   * Stops taking requests, lets those in flight finish (at most `graceMs`, default 10 s), stops
   * the background work and closes Redis.
   */
  stop(graceMs?: number): Promise<DrainResult>;
}

/** Start-up waits this long for Redis; after that the bot starts anyway and /readyz says 503. */
const STARTUP_REDIS_WAIT_MS = 3_000;

/**
 * Builds everything from a validated configuration and starts listening. `npm start` and the
 * server tests both come through here, so tests run the wiring users get.
 */
export async function startBot(config: Config, logger: Logger, clock: Clock = systemClock): Promise<RunningBot> {
  const keys = PersonKeys.fromSalt(config.DATA_HASH_SALT, logger);
  const state = createStorage(config, logger);
  if (!(await state.connected(STARTUP_REDIS_WAIT_MS)))
    logger.warn('redis does not answer yet: starting anyway, /readyz says 503 until it does');
  const contact = loadVdabContact();
  const i18n = await createI18n();
  const booking = createBookingBackend(config, { clock, logger, redis: state.redis, phone: contact.phone });
  const adapter = createAdapter(config, logger);
  // Filled once the channels exist (they need the bot); the handover reads it when it relays.
  const userChannels: Record<string, ContinueConversation> = {};
  const reach = state.redis ? new RedisReachCounter(state.redis, config.REDIS_KEY_PREFIX, clock) : new MemoryReachCounter(clock);
  const turnLock = state.redis
    ? new RedisTurnLock(state.redis, { prefix: `${config.REDIS_KEY_PREFIX}turnlock:`, logger })
    : new MemoryTurnLock();
  const rules = loadRules(config.RULES_FILE);
  const { app, language, clarity, handover, eraser } = composeBot({
    storage: state.storage,
    i18n,
    rules,
    contact,
    clock,
    clarity: state.redis ? new RedisClarityCounter(state.redis, config.REDIS_KEY_PREFIX) : undefined,
    stateTtlDays: config.STATE_TTL_DAYS,
    booking,
    reach,
    handover: handoverParts(config, { clock, logger, redis: state.redis, adapter, userChannels }),
    turnLock,
    keys,
    logger,
  });
  // Train the free-text model and build the word lists before the first user waits for them.
  await prepareUnderstanding();
  // Long messages through a bot of its own in memory, so the first long message of a user finds that code compiled (src/bot/rehearsal.ts).
  if (config.REHEARSE === 'on') {
    try {
      await rehearse(rehearsalBot({ i18n, rules, contact, clock }), rehearsals(i18n));
    } catch (error) {
      // Only speed is lost; the same turn from a user gets the apology and is logged as any turn.
      logger.warn('rehearsal failed', describeError(error));
    }
  }
  const onTurnError = handleTurnError({
    logger,
    translate: (context) => language.tOrDefault(context),
    phone: contact.phone,
  });
  adapter.onTurnError = onTurnError;
  const whatsAppConfig = whatsAppSettings(config);
  const whatsApp = whatsAppConfig
    ? createWhatsAppChannel(whatsAppConfig, {
        redis: state.redis,
        redisKeyPrefix: config.REDIS_KEY_PREFIX,
        language,
        phone: contact.phone,
        clock,
        logger,
        keys,
        bot: app,
        onTurnError,
      })
    : undefined;
  const web = webChannel({ config, bot: app, onTurnError, i18n, phone: contact.phone, logger, ...(state.redis && { redis: state.redis }) });
  const fallback = viaCloudAdapter(adapter, config.MicrosoftAppId);
  const builtin = web.builtin;
  // Web Chat on the built-in Direct Line and on Azure's share channel ids; the conversation id tells them apart.
  const directLine: ContinueConversation | undefined = builtin
    ? (reference, logic) => (builtin.owns(reference) ? builtin.continueConversation(reference, logic) : fallback(reference, logic))
    : undefined;
  if (whatsApp) userChannels.whatsapp = (reference, logic) => whatsApp.adapter.continueConversation(reference, logic);
  if (directLine) Object.assign(userChannels, { directline: directLine, webchat: directLine });
  const continueConversation: ContinueConversation = (reference, logic) =>
    (userChannels[reference.channelId ?? ''] ?? fallback)(reference, logic);
  booking.startBackgroundWork(reminderSender({ fallback, byChannel: userChannels }));
  if (whatsApp) eraser.register({ name: 'whatsapp', forget: (context) => whatsApp.adapter.forget(context) });
  // The built-in Direct Line keeps the conversation's messages for reloads: "vergeet mij" drops them.
  if (builtin) eraser.register({ name: 'webchat', forget: (context) => builtin.forget(context) });
  // One count of wrong staff tokens per client address, over every staff route.
  const staffAuth = { token: config.STAFF_TOKEN, logger, trustedProxyHops: config.TRUST_PROXY_HOPS, failures: new FailedAttempts() };
  const staffApi = staffBookingsRoutes({ bookings: booking.bookings, clarity, ...staffAuth });
  const staffConsole = [
    consolePageRoutes({ i18n, token: config.STAFF_TOKEN }),
    ...(handover ? [handoversRoutes({ service: handover, reach, i18n, ...staffAuth })] : []),
  ];
  const server = await startServer(
    {
      endpoint: adapter,
      bot: app,
      readiness: state.readiness,
      logger,
      routes: [...web.routes, ...(whatsApp ? [whatsApp.routes] : []), staffApi, ...staffConsole],
    },
    { port: config.PORT, host: config.HOST },
  );
  return {
    server,
    continueConversation,
    eraser,
    async stop(graceMs) {
      const drained = await server.stop(graceMs);
      await web.close();
      await whatsApp?.adapter.idle();
      await booking.close();
      await state.close();
      return drained;
    },
  };
}

/**
 * A bot with everything in memory (state, bookings, handover, counts) and no way out: what it
 * rehearses is never stored, counted or sent to anyone.
 */
export function rehearsalBot(
  parts: Pick<Parameters<typeof composeBot>[0], 'i18n' | 'rules' | 'contact' | 'clock'>,
): (context: TurnContext) => Promise<void> {
  const { app } = composeBot({
    ...parts,
    storage: new MemoryStorage(),
    handover: {
      store: new MemoryHandoverStore({ clock: parts.clock }),
      transcripts: new MemoryTranscriptRecorder(parts.clock),
      hours: StaffHours.load(),
      users: { fallback: async () => {} },
    },
  });
  return (context) => app.run(context);
}

/**
 * The handover's parts from the configuration: cases, transcripts and counts in Redis when there is
 * one (shared by instances, kept across restarts), else in memory; staff hours from the data or
 * STAFF_HOURS_FILE; the Teams staff channel when TEAMS_STAFF_CHANNEL_ID is set.
 *
 * Users are reached through the Bot Framework adapter, or a channel's own (`userChannels`, filled
 * later: WhatsApp here; the built-in Direct Line's is wired where that channel is built).
 */
function handoverParts(
  config: Config,
  deps: {
    clock: Clock;
    logger: Logger;
    redis: Redis | undefined;
    adapter: CloudAdapter;
    userChannels: Record<string, ContinueConversation>;
  },
): HandoverParts {
  const { redis, clock } = deps;
  const prefix = config.REDIS_KEY_PREFIX;
  return {
    store: redis
      ? new RedisHandoverStore(redis, { prefix: `${prefix}handover:`, ttlDays: config.HANDOVER_TTL_DAYS })
      : new MemoryHandoverStore({ clock, ttlDays: config.HANDOVER_TTL_DAYS }),
    transcripts: redis ? new RedisTranscriptRecorder(redis, prefix) : new MemoryTranscriptRecorder(clock),
    hours: config.STAFF_HOURS_FILE ? StaffHours.fromFile(config.STAFF_HOURS_FILE) : StaffHours.load(),
    users: { fallback: viaCloudAdapter(deps.adapter, config.MicrosoftAppId), byChannel: deps.userChannels },
    hub: config.HANDOVER_HUB === 'on',
    logger: deps.logger,
    ...(config.TEAMS_STAFF_CHANNEL_ID && {
      teams: {
        adapter: deps.adapter,
        appId: config.MicrosoftAppId ?? '',
        channelId: config.TEAMS_STAFF_CHANNEL_ID,
        serviceUrl: config.TEAMS_SERVICE_URL,
        ...(config.MicrosoftAppTenantId && { tenantId: config.MicrosoftAppTenantId }),
      },
    }),
  };
}
