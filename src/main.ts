import { Redis } from 'ioredis';
import { createAdapter } from './bot/adapter.js';
import { MemoryStorage, type Storage } from './bot/sdk.js';
import { handleTurnError } from './bot/turnErrors.js';
import { composeBot } from './composition.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { systemClock } from './domain/calendar.js';
import { ChequeRules } from './domain/chequeRegimes.js';
import { loadVdabContact } from './domain/vdabContact.js';
import { createI18n } from './i18n/i18n.js';
import { describeError } from './observability/errors.js';
import { createLogger, type Logger } from './observability/logger.js';
import { startServer, type ReadinessCheck } from './server.js';
import { RedisStorage } from './storage/redisStorage.js';

/** The composition root: the only place that reads the environment and builds concrete things. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Loopbaanbot cannot start, the configuration is wrong:\n${error.problems.map((p) => `  ${p}\n`).join('')}`);
    process.exit(1);
  }
  const logger = createLogger(config.LOG_LEVEL);
  const { storage, readiness, close } = createStorage(config, logger);
  const i18n = await createI18n();
  const contact = loadVdabContact();
  const { app, conversationState, language } = composeBot({
    storage,
    i18n,
    rules: ChequeRules.load(),
    contact,
    clock: systemClock,
  });
  const adapter = createAdapter(config, logger);
  adapter.onTurnError = handleTurnError({
    logger,
    conversationState,
    translate: (context) => language.tOrDefault(context),
    phone: contact.phone,
  });

  const server = await startServer({ endpoint: adapter, bot: app, readiness, logger }, { port: config.PORT, host: config.HOST });
  const shutdown = async (signal: string) => {
    logger.info('stopping', { signal });
    await server.stop();
    await close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

function createStorage(config: Config, logger: Logger): { storage: Storage; readiness: ReadinessCheck[]; close(): Promise<void> } {
  if (!config.REDIS_URL) {
    logger.info('state is kept in memory (REDIS_URL is not set): it is lost on restart');
    return { storage: new MemoryStorage(), readiness: [], close: async () => {} };
  }
  const client = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2, enableAutoPipelining: true });
  client.on('error', (error) => logger.warn('redis connection problem', describeError(error)));
  logger.info('state is kept in Redis', { prefix: config.REDIS_KEY_PREFIX });
  return {
    storage: new RedisStorage(client, { prefix: config.REDIS_KEY_PREFIX, ttlSeconds: config.STATE_TTL_DAYS * 86_400 }),
    readiness: [{ name: 'redis', check: async () => void (await client.ping()) }],
    close: async () => void (await client.quit()),
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`Loopbaanbot stopped: ${String(describeError(error).message)}\n`);
  process.exit(1);
});
