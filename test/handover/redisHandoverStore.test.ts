import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { RedisHandoverStore } from '../../src/handover/redisStore.js';
import { redisTest } from '../support/redis.js';
import { chatCase, describeHandoverStoreContract } from './handoverStoreContract.js';

const redis = redisTest();
let stores = 0;
/** A prefix per store, so every contract test starts empty. */
const freshPrefix = () => `${redis.prefix}h${++stores}:`;

describe.skipIf(!redis.available)('RedisHandoverStore on Redis', () => {
  const extraClients: Redis[] = [];
  afterAll(async () => {
    for (const c of extraClients) c.disconnect();
    await redis.cleanup();
  });

  describeHandoverStoreContract('RedisHandoverStore', async () => new RedisHandoverStore(redis.client(), { prefix: freshPrefix() }));

  it('When two bot instances (two connections) race to take 20 cases 10 times each, Then every case is taken exactly once', async () => {
    const prefix = freshPrefix();
    const url = inject('redisUrl') ?? '';
    const clients = [new Redis(url), new Redis(url)];
    extraClients.push(...clients);
    const stores = clients.map((c) => new RedisHandoverStore(c, { prefix }));
    const [one, two] = stores as [RedisHandoverStore, RedisHandoverStore];
    const now = new Date();
    const ids = await Promise.all(Array.from({ length: 20 }, async (_, i) => (await one.open(chatCase(`c${i}`), now)).case.id));

    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        (i % 2 ? one : two).take(ids[i % 20] ?? '', { kind: 'staff', id: `s${i}`, name: `Staff ${i}` }, now),
      ),
    );

    expect(results.filter((r) => r.ok)).toHaveLength(20);
    expect(await two.queue()).toStrictEqual([]);
  });

  it('When a case is opened, Then it and its messages expire after the TTL', async () => {
    const prefix = freshPrefix();
    const store = new RedisHandoverStore(redis.client(), { prefix, ttlDays: 7 });
    const { case: opened } = await store.open(chatCase('a'), new Date());
    await store.append(opened.id, { from: 'user', text: 'hallo', at: new Date().toISOString() });

    const ttl = await redis.client().pttl(`${prefix}case:${opened.id}`);
    const messagesTtl = await redis.client().pttl(`${prefix}messages:${opened.id}`);

    expect(ttl).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(ttl).toBeLessThanOrEqual(7 * 86_400_000);
    expect(messagesTtl).toBeGreaterThan(0);
    // Both end together; PTTL counts whole milliseconds, read at two moments, so one may round up.
    expect(messagesTtl).toBeLessThanOrEqual(ttl + 1);
  });
});
