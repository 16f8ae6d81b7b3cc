import { Redis, type RedisOptions } from 'ioredis';
import { MemoryStorage, type Storage } from '../bot/sdk.js';
import type { Config } from '../config.js';
import { describeError } from '../observability/errors.js';
import type { Logger } from '../observability/logger.js';
import type { ReadinessCheck } from '../server.js';
import { RedisStorage } from './redisStorage.js';

export interface StateStorage {
  storage: Storage;
  /** What /readyz waits for: nothing for memory, a PING for Redis. */
  readiness: ReadinessCheck[];
  /** The Redis connection behind `storage`, for other short-lived data (e.g. WhatsApp message ids); unset for memory. */
  redis?: Redis;
  /** Resolves once Redis is connected or after `ms` (false then): start-up waits a little, never forever. */
  connected(ms: number): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * How every Redis connection of the bot behaves when Redis is away or frozen: fail fast, never
 * queue without bound, reconnect forever in the background.
 * - `commandTimeout`: a command without an answer within a second fails (a frozen Redis used to
 *   make requests hang without limit).
 * - `enableOfflineQueue: false`: while disconnected, commands fail at once instead of piling up
 *   in memory and running minutes later against state that has moved on.
 * - `maxRetriesPerRequest: 0`, `autoResendUnfulfilledCommands: false`: a command cut off by a
 *   dropped connection fails instead of being sent again after the reconnect.
 * - `retryStrategy`: reconnect every 100 ms growing to 2 s, without end, so the bot recovers by
 *   itself when Redis comes back.
 */
export const REDIS_CLIENT_OPTIONS: RedisOptions = {
  commandTimeout: 1_000,
  connectTimeout: 2_000,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  autoResendUnfulfilledCommands: false,
  retryStrategy: (attempt: number) => Math.min(100 * attempt, 2_000),
};

/** Redis when REDIS_URL is set (state survives restarts and is shared by instances), else memory. */
export function createStorage(config: Pick<Config, 'REDIS_URL' | 'REDIS_KEY_PREFIX' | 'STATE_TTL_DAYS'>, logger: Logger): StateStorage {
  if (!config.REDIS_URL) {
    logger.info('state is kept in memory (REDIS_URL is not set): it is lost on restart');
    return { storage: new MemoryStorage(), readiness: [], connected: async () => true, close: async () => {} };
  }
  const client = new Redis(config.REDIS_URL, { ...REDIS_CLIENT_OPTIONS, enableAutoPipelining: true });
  let down = false;
  // One line per outage, not one per reconnect attempt.
  client.on('error', (error) => {
    if (down) return;
    down = true;
    logger.warn('redis connection problem', describeError(error));
  });
  client.on('ready', () => {
    if (down) logger.info('redis connection back');
    down = false;
  });
  logger.info('state is kept in Redis', { prefix: config.REDIS_KEY_PREFIX });
  return {
    storage: new RedisStorage(client, { prefix: config.REDIS_KEY_PREFIX, ttlSeconds: config.STATE_TTL_DAYS * 86_400 }),
    readiness: [{ name: 'redis', check: async () => void (await client.ping()) }],
    redis: client,
    async connected(ms) {
      if (client.status === 'ready') return true;
      // Not events.once: it gives up at the first 'error', and refused connects are expected here.
      let timer: NodeJS.Timeout | undefined;
      let onReady: (() => void) | undefined;
      const ready = await Promise.race([
        new Promise<boolean>((resolve) => client.once('ready', (onReady = () => resolve(true)))),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
      ]);
      clearTimeout(timer);
      if (onReady) client.off('ready', onReady);
      return ready;
    },
    async close() {
      // QUIT lets the commands already sent finish; a dead or frozen Redis gets a hard disconnect.
      if (client.status === 'ready') await client.quit().catch(() => {});
      client.disconnect();
    },
  };
}
