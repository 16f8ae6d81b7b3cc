import { createAdapter } from './bot/adapter.js';
import { handleTurnError } from './bot/turnErrors.js';
import { composeBot } from './composition.js';
import type { Config } from './config.js';
import { systemClock, type Clock } from './domain/calendar.js';
import { ChequeRules } from './domain/chequeRegimes.js';
import { loadVdabContact } from './domain/vdabContact.js';
import { createI18n } from './i18n/i18n.js';
import type { Logger } from './observability/logger.js';
import { startServer, type RunningServer } from './server.js';
import { createStorage } from './storage/createStorage.js';
import { RedisClarityCounter } from './readability/clarity.js';
import { sharedRecognizer } from './understanding/nlu/recognizer.js';
import { createWhatsAppChannel, whatsAppSettings } from './channels/whatsapp/index.js';
import { webChannelRoutes } from './channels/webchat/setup.js';
import { createBookingBackend } from './booking/backend.js';
import { reminderSender, viaCloudAdapter } from './bot/proactive.js';
import { staffBookingsRoutes } from './staff/bookingsApi.js';
import { MemoryTurnLock, RedisTurnLock } from './reliability/turnLock.js';
import { PersonKeys } from './privacy/personKeys.js';
import type { Eraser } from './privacy/eraser.js';
import type { DrainResult } from './serverDrain.js';

export interface RunningBot {
  server: RunningServer;
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
  if (!(await state.connected(STARTUP_REDIS_WAIT_MS))) logger.warn('redis does not answer yet: starting anyway, /readyz says 503 until it does');
  const contact = loadVdabContact();
  const i18n = await createI18n();
  const booking = createBookingBackend(config, { clock, logger, redis: state.redis });
  const turnLock = state.redis ? new RedisTurnLock(state.redis, { prefix: `${config.REDIS_KEY_PREFIX}turnlock:`, logger }) : new MemoryTurnLock();
  const { app, language, clarity, eraser } = composeBot({
    storage: state.storage,
    i18n,
    rules: ChequeRules.load(),
    contact,
    clock,
    clarity: state.redis ? new RedisClarityCounter(state.redis, config.REDIS_KEY_PREFIX) : undefined,
    stateTtlDays: config.STATE_TTL_DAYS,
    booking,
    turnLock,
    keys,
    logger,
  });
  // Train the free-text model before the first user waits for it (~200 ms, once per process).
  await sharedRecognizer();
  const adapter = createAdapter(config, logger);
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
  if (whatsApp) eraser.register({ name: 'whatsapp', forget: (context) => whatsApp.adapter.forget(context) });
  booking.startBackgroundWork(
    reminderSender({
      fallback: viaCloudAdapter(adapter, config.MicrosoftAppId),
      byChannel: whatsApp ? { whatsapp: (reference, logic) => whatsApp.adapter.continueConversation(reference, logic) } : {},
    }),
  );
  const staffApi = staffBookingsRoutes({ bookings: booking.bookings, clarity, token: config.STAFF_TOKEN, logger, trustedProxyHops: config.TRUST_PROXY_HOPS });
  const webChannel = webChannelRoutes({ config, bot: app, onTurnError, i18n, phone: contact.phone, logger });
  const server = await startServer(
    { endpoint: adapter, bot: app, readiness: state.readiness, logger, routes: [...webChannel, ...(whatsApp ? [whatsApp.routes] : []), staffApi] },
    { port: config.PORT, host: config.HOST },
  );
  return {
    server,
    eraser,
    async stop(graceMs) {
      const drained = await server.stop(graceMs);
      await whatsApp?.adapter.idle();
      await booking.close();
      await state.close();
      return drained;
    },
  };
}
