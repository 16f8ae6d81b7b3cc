import { afterAll, describe, expect, it } from 'vitest';
import { isoWeek, MemoryReachCounter, RedisReachCounter, recentWeeks } from '../../src/staff/reach.js';
import { redisTest } from '../support/redis.js';
import { describeReachCounterContract } from './reachCounterContract.js';

const redis = redisTest();
let counters = 0;

describeReachCounterContract('MemoryReachCounter', async (clock) => new MemoryReachCounter(clock));

describe.skipIf(!redis.available)('RedisReachCounter on Redis', () => {
  afterAll(() => redis.cleanup());
  describeReachCounterContract(
    'RedisReachCounter',
    async (clock) => new RedisReachCounter(redis.client(), `${redis.prefix}c${++counters}:`, clock),
  );

  it('When a week is counted, Then its hash holds only counts and expires after two years', async () => {
    const prefix = `${redis.prefix}c${++counters}:`;
    const counter = new RedisReachCounter(redis.client(), prefix, { now: () => new Date('2026-11-26T10:00:00+01:00') });
    await counter.record('conversation', { channel: 'whatsapp', locale: 'nl' });
    expect(await redis.client().hgetall(`${prefix}reach:2026-W48`)).toEqual({ 'conversation|whatsapp|nl': '1' });
    expect(await redis.client().ttl(`${prefix}reach:2026-W48`)).toBeGreaterThan(103 * 7 * 86_400);
  });

  it('When the client auto-pipelines (as the bot runs it), Then a count rides along with the commands pending beside it', async () => {
    const client = redis.client().duplicate({ enableAutoPipelining: true });
    try {
      const prefix = `${redis.prefix}c${++counters}:`;
      const counter = new RedisReachCounter(client, prefix, { now: () => new Date('2026-11-26T10:00:00+01:00') });
      // Both leave in one auto-pipeline: the script must be known to it.
      const [, counted] = await Promise.all([
        client.get(`${prefix}other`),
        counter.record('conversation', { channel: 'msteams', locale: 'fr' }),
      ]);
      expect(counted).toBeUndefined();
      expect(await client.hgetall(`${prefix}reach:2026-W48`)).toEqual({ 'conversation|msteams|fr': '1' });
    } finally {
      client.disconnect();
    }
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2026-11-26', '2026-W48'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
  ])('When the date is %s, Then the ISO week is %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });

  it('When the last 3 weeks are asked on a Monday, Then this week is the last one', () => {
    expect(recentWeeks(new Date('2026-11-30T09:00:00+01:00'), 3)).toEqual(['2026-W47', '2026-W48', '2026-W49']);
  });
});
