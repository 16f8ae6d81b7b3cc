import { Redis } from 'ioredis';
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
  close(): Promise<void>;
}

/** Redis when REDIS_URL is set (state survives restarts and is shared by instances), else memory. */
export function createStorage(config: Pick<Config, 'REDIS_URL' | 'REDIS_KEY_PREFIX' | 'STATE_TTL_DAYS'>, logger: Logger): StateStorage {
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
    redis: client,
    close: async () => {
      client.disconnect();
    },
  };
}
