import { afterAll, describe, expect, it } from 'vitest';
import {
  IN_PROGRESS_TTL_SECONDS,
  RedisWhatsAppStore,
  SEEN_MESSAGE_TTL_SECONDS,
  LAST_INBOUND_TTL_SECONDS,
} from '../../../src/channels/whatsapp/store.js';
import { redisTest } from '../../support/redis.js';
import { describeWhatsAppStoreContract } from './whatsAppStore.contract.js';

const redis = redisTest();
let stores = 0;
const freshPrefix = (): string => `${redis.prefix}w${++stores}:`;

describe.skipIf(!redis.available)('RedisWhatsAppStore on Redis', () => {
  afterAll(() => redis.cleanup());

  describeWhatsAppStoreContract('RedisWhatsAppStore', async () => ({
    store: new RedisWhatsAppStore(redis.client(), freshPrefix()),
    dispose: async () => {},
  }));

  it('When it stores, Then keys expire (a minute in progress, 7 days handled, 25 hours for times)', async () => {
    const prefix = freshPrefix();
    const store = new RedisWhatsAppStore(redis.client(), prefix);
    await store.beginMessage('wamid.ttl');
    expect(await redis.client().ttl(`${prefix}whatsapp:seen:wamid.ttl`)).toBeLessThanOrEqual(IN_PROGRESS_TTL_SECONDS);
    await store.finishMessage('wamid.ttl');
    await store.recordInbound('wa-u-0123', new Date('2026-11-26T11:00:00Z'));

    const keys = (await redis.client().keys(`${prefix}*`)).sort();
    expect(keys).toHaveLength(2);
    expect(await redis.client().ttl(`${prefix}whatsapp:seen:wamid.ttl`)).toBeGreaterThan(SEEN_MESSAGE_TTL_SECONDS - 10);
    const inboundKey = keys.find((k) => k.includes(':inbound:')) ?? '';
    const ttl = await redis.client().ttl(inboundKey);
    expect(ttl).toBeGreaterThan(LAST_INBOUND_TTL_SECONDS - 10);
    expect(ttl).toBeLessThanOrEqual(LAST_INBOUND_TTL_SECONDS);
  });
});
