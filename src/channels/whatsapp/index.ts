import type { Redis } from 'ioredis';
import type { Language } from '../../bot/language.js';
import type { TurnContext } from '../../bot/sdk.js';
import type { Config } from '../../config.js';
import type { Clock } from '../../domain/calendar.js';
import type { Logger } from '../../observability/logger.js';
import type { PersonKeys } from '../../privacy/personKeys.js';
import type { RouteRegistrar } from '../../server.js';
import { WhatsAppAdapter } from './adapter.js';
import { createGraphClient } from './graphClient.js';
import { whatsAppRoutes } from './routes.js';
import { MemoryWhatsAppStore, RedisWhatsAppStore } from './store.js';
import { whatsAppTexts } from './texts.js';

/** A complete WhatsApp configuration (see WHATSAPP_* in .env.example). */
export interface WhatsAppSettings {
  apiUrl: string;
  token: string;
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string;
  template?: { name: string; language: string };
}

/** The WhatsApp settings, or undefined when WhatsApp is off (loadConfig already refused half a configuration). */
export function whatsAppSettings(config: Config): WhatsAppSettings | undefined {
  const {
    WHATSAPP_TOKEN: token,
    WHATSAPP_PHONE_NUMBER_ID: phoneNumberId,
    WHATSAPP_APP_SECRET: appSecret,
    WHATSAPP_VERIFY_TOKEN: verifyToken,
  } = config;
  if (!token || !phoneNumberId || !appSecret || !verifyToken) return undefined;
  return {
    apiUrl: config.WHATSAPP_API_URL,
    token,
    phoneNumberId,
    appSecret,
    verifyToken,
    ...(config.WHATSAPP_REMINDER_TEMPLATE && {
      template: { name: config.WHATSAPP_REMINDER_TEMPLATE, language: config.WHATSAPP_REMINDER_TEMPLATE_LANGUAGE },
    }),
  };
}

export interface WhatsAppParts {
  /** The bot's Redis when state is in Redis: message ids and windows are then shared by instances. */
  redis?: Redis;
  redisKeyPrefix: string;
  language: Language;
  /** VDAB's phone number, for the answer to what the bot cannot read. */
  phone: string;
  clock: Clock;
  logger: Logger;
  /** Salted pseudonyms (DATA_HASH_SALT) for user and conversation ids. */
  keys: PersonKeys;
  bot: { run(context: TurnContext): Promise<void> };
  onTurnError: (context: TurnContext, error: Error) => Promise<void>;
}

/** The WhatsApp channel: its adapter (for proactive sends and a graceful stop) and its routes. */
export function createWhatsAppChannel(
  settings: WhatsAppSettings,
  parts: WhatsAppParts,
): { adapter: WhatsAppAdapter; routes: RouteRegistrar } {
  const texts = whatsAppTexts(parts.language, parts.phone);
  const adapter = new WhatsAppAdapter({
    graph: createGraphClient(settings),
    store: parts.redis ? new RedisWhatsAppStore(parts.redis, parts.redisKeyPrefix) : new MemoryWhatsAppStore(parts.clock),
    clock: parts.clock,
    logger: parts.logger,
    keys: parts.keys,
    ...(settings.template && { template: settings.template }),
    labels: texts.labels,
    answerUnreadable: texts.answerUnreadable,
  });
  adapter.onTurnError = parts.onTurnError;
  parts.logger.info('whatsapp channel on', { store: parts.redis ? 'redis' : 'memory', template: settings.template !== undefined });
  return {
    adapter,
    routes: whatsAppRoutes({
      adapter,
      bot: parts.bot,
      verifyToken: settings.verifyToken,
      appSecret: settings.appSecret,
      logger: parts.logger,
    }),
  };
}
