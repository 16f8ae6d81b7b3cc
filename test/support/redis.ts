import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { inject } from 'vitest';

export interface RedisTestHandle {
  /** False when globalSetup found no Redis (outside CI only); guard suites with `describe.skipIf(!available)`. */
  readonly available: boolean;
  /** `test:<pid>:<random>:`, unique per test file and run; every key a test writes must start with it. */
  readonly prefix: string;
  /** The handle's connection, created on first use. Throws when Redis is not available. */
  client(): Redis;
  /** Deletes every key under `prefix` and quits the connection. Call from `afterAll`. */
  cleanup(): Promise<void>;
  /** REDIS_URL and REDIS_KEY_PREFIX for `loadConfig`: a started bot keeps its state under `prefix`. Throws like `client()`. */
  botEnv(): { REDIS_URL: string; REDIS_KEY_PREFIX: string };
}

/** Call once at the top of a test file. Parallel files and runs never share keys because of the prefix. */
export function redisTest(): RedisTestHandle {
  const url = inject('redisUrl');
  const prefix = `test:${process.pid}:${randomBytes(6).toString('hex')}:`;
  let connection: Redis | undefined;

  const client = (): Redis => {
    if (url === null) {
      throw new Error('redisTest: Redis is not available; guard the suite with describe.skipIf(!available)');
    }
    connection ??= new Redis(url, { maxRetriesPerRequest: 1 });
    return connection;
  };

  const cleanup = async (): Promise<void> => {
    if (url === null) {
      return;
    }
    const redis = client();
    const pattern = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (keys.length > 0) {
        await redis.del(keys);
      }
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
    connection = undefined;
  };

  const botEnv = () => {
    const { host, port, db } = client().options;
    return { REDIS_URL: `redis://${host}:${port}/${db ?? 0}`, REDIS_KEY_PREFIX: prefix };
  };

  return { available: url !== null, prefix, client, cleanup, botEnv };
}
