import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { silentLogger } from '../../src/observability/logger.js';
import { MemoryTurnLock, RedisTurnLock, TurnLockTimeoutError, type TurnLock } from '../../src/reliability/turnLock.js';
import { redisTest } from '../support/redis.js';

const root = new URL('../../', import.meta.url).pathname;

/** Runs `turns` overlapping turns of one conversation; returns the order their critical sections ran in, with overlaps marked. */
async function overlapping(locks: TurnLock[], turns: number): Promise<{ order: number[]; overlaps: number }> {
  const order: number[] = [];
  let inside = 0;
  let overlaps = 0;
  await Promise.all(
    Array.from({ length: turns }, (_, i) =>
      (locks[i % locks.length] as TurnLock).during('conversation-1', async () => {
        if (++inside > 1) overlaps++;
        await new Promise((resolve) => setTimeout(resolve, 2));
        order.push(i);
        inside--;
      }),
    ),
  );
  return { order, overlaps };
}

describe('MemoryTurnLock', () => {
  it('When 20 turns of one conversation start together, Then they run one at a time in arrival order', async () => {
    const { order, overlaps } = await overlapping([new MemoryTurnLock()], 20);
    expect(overlaps).toBe(0);
    expect(order).toStrictEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('When a turn fails, Then the next one still runs and the failure reaches its caller', async () => {
    const lock = new MemoryTurnLock();
    const failed = lock.during('c', async () => {
      throw new Error('boom');
    });
    const next = lock.during('c', async () => 'ran');
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe('ran');
  });

  it('When two conversations have turns, Then they do not wait for each other', async () => {
    const lock = new MemoryTurnLock();
    let release!: () => void;
    const blocked = lock.during('a', () => new Promise<void>((resolve) => (release = resolve)));
    expect(await lock.during('b', async () => 'b ran')).toBe('b ran');
    release();
    await blocked;
  });

  it('When a turn reads ahead, Then it gets what was read once the previous turn is done, and undefined when the read failed', async () => {
    const lock = new MemoryTurnLock();
    let stored = 'before';
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = lock.during('c', () => held);
    const second = lock.during(
      'c',
      async (read) => read,
      async () => stored,
    );
    stored = 'after';
    release();
    await first;
    expect(await second).toBe('after');
    expect(
      await lock.during(
        'c',
        async (read) => read,
        () => Promise.reject(new Error('Command timed out')),
      ),
    ).toBeUndefined();
  });
});

const redis = redisTest();

describe.skipIf(!redis.available)('RedisTurnLock', () => {
  const clients: Redis[] = [];
  const client = () => {
    const c = new Redis(inject('redisUrl') ?? '');
    clients.push(c);
    return c;
  };
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await redis.cleanup();
  });

  it('When two instances (two connections) run 20 turns of one conversation, Then no two turns overlap', async () => {
    const prefix = `${redis.prefix}lock1:`;
    const locks = [
      new RedisTurnLock(client(), { prefix, logger: silentLogger }),
      new RedisTurnLock(client(), { prefix, logger: silentLogger }),
    ];
    const { order, overlaps } = await overlapping(locks, 20);
    expect(overlaps).toBe(0);
    expect([...order].sort((a, b) => a - b)).toStrictEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(await redis.client().keys(`${prefix}*`)).toStrictEqual([]);
  });

  it('When a turn reads ahead and takes the lease at once, Then it gets what was read after the lease was taken; when it had to wait, it gets nothing', async () => {
    const prefix = `${redis.prefix}lock4:`;
    const c = client().duplicate({ enableAutoPipelining: true });
    clients.push(c);
    const lock = new RedisTurnLock(c, { prefix, logger: silentLogger, pollMs: 5 });
    // The read leaves right behind the lease request, on the same connection: it sees the lease.
    const seen = await lock.during(
      'conversation-1',
      async (read) => read,
      () => c.get(`${prefix}conversation-1`),
    );
    expect(seen).toMatch(/^[0-9a-f-]{36}$/);

    await c.set(`${prefix}conversation-2`, 'someone-else', 'PX', 100);
    let reads = 0;
    const waited = await lock.during(
      'conversation-2',
      async (read) => read,
      async () => `read ${++reads}`,
    );
    expect(waited).toBeUndefined();
    expect(reads).toBe(1);
    expect(await redis.client().keys(`${prefix}*`)).toStrictEqual([]);
  });

  it('When the previous turn holds the lease too long, Then the waiting turn fails with TurnLockTimeoutError instead of hanging', async () => {
    const prefix = `${redis.prefix}lock2:`;
    await redis.client().set(`${prefix}conversation-1`, 'someone-else', 'PX', 60_000);
    const lock = new RedisTurnLock(client(), { prefix, logger: silentLogger, maxWaitMs: 200 });
    await expect(lock.during('conversation-1', async () => 'ran')).rejects.toBeInstanceOf(TurnLockTimeoutError);
  });

  it('When the process holding a lease dies, Then the lease runs out and the next turn runs', async () => {
    const prefix = `${redis.prefix}lock3:`;
    const holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `import { Redis } from 'ioredis';
         import { RedisTurnLock } from './src/reliability/turnLock.js';
         import { silentLogger } from './src/observability/logger.js';
         const lock = new RedisTurnLock(new Redis(process.env.URL), { prefix: process.env.PREFIX, leaseMs: 600, logger: silentLogger });
         await lock.during('conversation-1', async () => { process.stdout.write('holding\\n'); await new Promise(() => setInterval(() => {}, 1000)); });`,
      ],
      { cwd: root, env: { ...process.env, URL: inject('redisUrl') ?? '', PREFIX: prefix }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve) => holder.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('holding') && resolve()));
      // Alive, the holder renews its 600 ms lease: a turn that waits 1.5 s does not get it.
      const impatient = new RedisTurnLock(client(), { prefix, logger: silentLogger, maxWaitMs: 1_500 });
      await expect(impatient.during('conversation-1', async () => 'ran')).rejects.toBeInstanceOf(TurnLockTimeoutError);
      holder.kill('SIGKILL');
      await once(holder, 'exit');
      const next = new RedisTurnLock(client(), { prefix, logger: silentLogger, maxWaitMs: 5_000 });
      expect(await next.during('conversation-1', async () => 'ran')).toBe('ran');
    } finally {
      holder.kill('SIGKILL');
    }
  });
});
