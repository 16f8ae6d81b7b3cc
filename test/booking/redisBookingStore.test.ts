import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { RedisBookingStore } from '../../src/booking/redisBookingStore.js';
import { redisTest } from '../support/redis.js';
import { describeBookingStoreContract, newBooking, slot } from './bookingStoreContract.js';

const redis = redisTest();
let stores = 0;
/** A prefix per store, so every contract test starts empty. */
const freshPrefix = () => `${redis.prefix}s${++stores}:`;

describe.skipIf(!redis.available)('RedisBookingStore on Redis', () => {
  const extraClients: Redis[] = [];
  afterAll(async () => {
    for (const c of extraClients) c.disconnect();
    await redis.cleanup();
  });

  describeBookingStoreContract(
    'RedisBookingStore',
    async (options) => new RedisBookingStore(redis.client(), { prefix: freshPrefix(), ...options }),
  );

  it('When two bot instances (two connections) race for the same 20 slots, then each slot is booked once', async () => {
    const prefix = freshPrefix();
    const url = inject('redisUrl') ?? '';
    const clients = [new Redis(url), new Redis(url)];
    extraClients.push(...clients);
    const stores = clients.map((c) => new RedisBookingStore(c, { prefix }));
    const slots = Array.from({ length: 20 }, (_, i) => slot('demo-gent', 8, i * 30));

    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => (stores[i % 2] as RedisBookingStore).reserve(newBooking(slots[i % 20] ?? slots[0]!, `P${i}`))),
    );

    expect(results.filter((r) => r.ok)).toHaveLength(20);
    expect(await (stores[0] as RedisBookingStore).list()).toHaveLength(20);
  });

  it('When a booking is stored, then its record expires retentionDays after the appointment', async () => {
    const prefix = freshPrefix();
    const store = new RedisBookingStore(redis.client(), { prefix, retentionDays: 30 });
    const s = slot('demo-gent', 2);
    const result = await store.reserve(newBooking(s));
    if (!result.ok) throw new Error('reserve failed');

    const expireAt = await redis.client().pexpiretime(`${prefix}b:${result.booking.code}`);

    expect(expireAt).toBe(Date.parse(s.end) + 30 * 86_400_000);
  });

  it('When bookings are made, cancelled and anonymised, then every key the store wrote has a TTL', async () => {
    const prefix = freshPrefix();
    const store = new RedisBookingStore(redis.client(), { prefix });
    const first = await store.reserve({ ...newBooking(slot('demo-gent', 2)), owners: ['o1'] });
    const second = await store.reserve({ ...newBooking(slot('demo-gent', 3)), owners: ['o1', 'o2'] });
    if (!first.ok || !second.ok) throw new Error('reserve failed');
    await store.reschedule(second.booking.code, slot('demo-brugge', 4));
    await store.cancel(first.booking.code);
    await store.anonymise(second.booking.code);

    const keys = await redis.client().keys(`${prefix}*`);
    expect(keys.length).toBeGreaterThan(4);
    const ttls = await Promise.all(keys.map((k) => redis.client().pttl(k)));
    expect(keys.filter((_, i) => (ttls[i] ?? -1) < 0)).toStrictEqual([]);
  });
});
