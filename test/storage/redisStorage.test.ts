import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { RedisStorage } from '../../src/storage/redisStorage.js';
import { redisTest } from '../support/redis.js';
import { describeStorageContract } from './storageContract.js';

const redis = redisTest();
let storages = 0;
/** A prefix of its own for every storage, so each test starts empty. */
const freshPrefix = (): string => `${redis.prefix}s${++storages}:`;

async function keysUnder(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.client().scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    keys.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  return keys.sort();
}

describe.skipIf(!redis.available)('RedisStorage on Redis', () => {
  afterAll(() => redis.cleanup());

  describeStorageContract('RedisStorage', async () => ({
    storage: new RedisStorage(redis.client(), { prefix: freshPrefix() }),
    dispose: async () => {},
  }));

  it('stores every key under the prefix, as JSON', async () => {
    const prefix = freshPrefix();
    const storage = new RedisStorage(redis.client(), { prefix });

    await storage.write({ 'test/conversations/c1': { step: 'start' } });

    expect(await keysUnder(prefix)).toStrictEqual([`${prefix}test/conversations/c1`]);
    const raw = await redis.client().get(`${prefix}test/conversations/c1`);
    expect(JSON.parse(raw ?? 'null')).toMatchObject({ step: 'start', eTag: expect.any(String) });
  });

  it('sets the TTL on every write when ttlSeconds is given, and none otherwise', async () => {
    const prefix = freshPrefix();
    const expiring = new RedisStorage(redis.client(), { prefix, ttlSeconds: 600 });
    const key = `${prefix}k`;

    await expiring.write({ k: { v: 1 } });
    const ttl = await redis.client().ttl(key);
    expect(ttl).toBeGreaterThan(590);
    expect(ttl).toBeLessThanOrEqual(600);

    await redis.client().expire(key, 5);
    const { k } = await expiring.read(['k']);
    await expiring.write({ k: { ...k, v: 2 } });
    expect(await redis.client().ttl(key)).toBeGreaterThan(590);

    const persistentPrefix = freshPrefix();
    await new RedisStorage(redis.client(), { prefix: persistentPrefix }).write({ k: { v: 1 } });
    expect(await redis.client().ttl(`${persistentPrefix}k`)).toBe(-1);
  });

  it('keeps instances with different prefixes apart', async () => {
    const a = new RedisStorage(redis.client(), { prefix: freshPrefix() });
    const b = new RedisStorage(redis.client(), { prefix: freshPrefix() });

    await a.write({ shared: { owner: 'a' } });
    expect(await b.read(['shared'])).toStrictEqual({});

    await b.write({ shared: { owner: 'b' } });
    expect((await a.read(['shared'])).shared.owner).toBe('a');

    await a.delete(['shared']);
    expect((await b.read(['shared'])).shared.owner).toBe('b');
  });
});

describe('RedisStorage constructor', () => {
  const client = new Redis({ lazyConnect: true });
  afterAll(() => client.disconnect());

  it('rejects invalid arguments with a TypeError naming the problem', () => {
    const make = (c: unknown, options: unknown) => () => new RedisStorage(c as Redis, options as { prefix: string; ttlSeconds?: number });

    expect(make(undefined, { prefix: 'p:' })).toThrow(new TypeError('RedisStorage: client must be an ioredis Redis instance'));
    expect(make(client, undefined)).toThrow(new TypeError('RedisStorage: options must be an object'));
    expect(make(client, { prefix: '' })).toThrow(new TypeError('RedisStorage: prefix must be a non-empty string'));
    expect(make(client, { prefix: 42 })).toThrow(new TypeError('RedisStorage: prefix must be a non-empty string'));
    for (const ttlSeconds of [0, -1, 1.5, Number.NaN, '60']) {
      expect(make(client, { prefix: 'p:', ttlSeconds })).toThrow(
        new TypeError('RedisStorage: ttlSeconds must be a positive integer when set'),
      );
    }
    expect(make(client, { prefix: 'p:', ttlSeconds: 60 })).not.toThrow();
  });
});
