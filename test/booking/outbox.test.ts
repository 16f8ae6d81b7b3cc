import { afterAll, describe, expect, it } from 'vitest';
import { MemoryOutbox, RedisOutbox, type Outbox } from '../../src/booking/outbox.js';
import { redisTest } from '../support/redis.js';

const redis = redisTest();

describe.each([
  ['MemoryOutbox', async (): Promise<Outbox> => new MemoryOutbox()],
  ['RedisOutbox', async (): Promise<Outbox> => new RedisOutbox(redis.client(), { prefix: `${redis.prefix}o${Math.random()}:` })],
])('%s', (name, make) => {
  afterAll(() => (name === 'RedisOutbox' ? redis.cleanup() : undefined));
  const job = (id: string) => ({ id, bookingCode: 'K7M3QX', attempts: 0, message: { kind: 'webhook' as const, body: '{}' } });

  it.skipIf(name === 'RedisOutbox' && !redis.available)(
    'When two drainers claim at once, then each due job goes to one of them only, until its lease ends',
    async () => {
      const outbox = await make();
      for (const id of ['a', 'b', 'c']) await outbox.add(job(id), 1_000);
      await outbox.add(job('later'), 5_000);

      const [first, second] = await Promise.all([outbox.claimDue(2_000, 10, 60_000), outbox.claimDue(2_000, 10, 60_000)]);
      const ids = [...first!, ...second!].map((j) => j.id).sort();

      expect(ids).toStrictEqual(['a', 'b', 'c']);
      expect((await outbox.claimDue(61_999, 10, 60_000)).map((j) => j.id)).toStrictEqual(['later']);
      expect((await outbox.claimDue(62_000, 10, 60_000)).map((j) => j.id).sort()).toStrictEqual(['a', 'b', 'c']);
      await outbox.complete('a');
      expect(await outbox.pending()).toBe(3);
    },
  );
});
