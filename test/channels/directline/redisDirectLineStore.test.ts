import { afterAll, describe, expect, it } from 'vitest';
import { RedisDirectLineStore } from '../../../src/channels/directline/redisConversationStore.js';
import { redisTest } from '../../support/redis.js';
import { CONTRACT_LIMITS, describeDirectLineStoreContract } from './directLineStore.contract.js';

const redis = redisTest();
let stores = 0;
const freshPrefix = (): string => `${redis.prefix}d${++stores}:`;

describe.skipIf(!redis.available)('RedisDirectLineStore on Redis', () => {
  afterAll(() => redis.cleanup());

  describeDirectLineStoreContract('RedisDirectLineStore', async () => {
    const prefix = freshPrefix();
    // Two stores on two connections: what two instances of the bot have.
    const a = new RedisDirectLineStore(redis.client(), prefix, CONTRACT_LIMITS);
    const other = redis.client().duplicate();
    const b = new RedisDirectLineStore(other, prefix, CONTRACT_LIMITS);
    return {
      a,
      b,
      dispose: async () => {
        await Promise.all([a.close(), b.close()]);
        other.disconnect();
      },
    };
  });

  it('When a conversation is used, Then each of its keys expires after the idle lifetime, renewed on use', async () => {
    const prefix = freshPrefix();
    const store = new RedisDirectLineStore(redis.client(), prefix, { maxActivitiesPerConversation: 3, idleTtlMs: 600_000 });
    await store.create({ id: 'local-ttl', userId: 'user_1', locale: 'nl-BE' });
    await store.appendOnce('local-ttl', 'c-1', { type: 'message', text: 'hallo' });
    await store.append('local-ttl', { type: 'message', text: 'Hallo!' });
    const keys = (await redis.client().keys(`${prefix}*`)).sort();
    expect(keys).toStrictEqual(['conv', 'log', 'seq', 'taken'].map((kind) => `${prefix}directline:${kind}:local-ttl`));
    for (const key of keys) await redis.client().pexpire(key, 1_000);
    await store.get('local-ttl');
    for (const key of keys) {
      const ttl = await redis.client().pttl(key);
      expect(ttl, key).toBeGreaterThan(590_000);
      expect(ttl, key).toBeLessThanOrEqual(600_000);
    }
    await store.close();
  });
});
