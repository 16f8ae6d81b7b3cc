import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { describeError } from '../observability/errors.js';
import type { Logger } from '../observability/logger.js';

/**
 * One turn at a time per conversation. botbuilder's BotState writes with eTag `*` (last write
 * wins), so two turns of one conversation that overlap both answer against the same old state and
 * one of them loses its write. Holding this lock around the whole turn (load, dialogs, save) makes
 * parallel messages run one after another, each against the state the previous one left.
 */
export interface TurnLock {
  /**
   * Runs `work` while no other turn of `key` runs (here or, for Redis, in any instance).
   *
   * `prefetch` (optional) reads what the turn will read first, in the same round trip as taking
   * the lock: it is started right after the lock is asked for, and `work` gets its result only
   * when that first ask took the lock (so the read saw everything the previous turn wrote);
   * otherwise `work` gets undefined and reads for itself. `prefetch` must not throw: a failed
   * read resolves to undefined.
   */
  during<T, P = never>(key: string, work: (prefetched: P | undefined) => Promise<T>, prefetch?: () => Promise<P | undefined>): Promise<T>;
}

/** Thrown when a turn waited longer than allowed for the conversation's previous turn. */
export class TurnLockTimeoutError extends Error {
  constructor(waitedMs: number) {
    super(`the conversation's previous turn still runs after ${waitedMs} ms`);
    this.name = 'TurnLockTimeoutError';
  }
}

/**
 * First come, first served per key inside this process. Keys without waiters are dropped, so the
 * map holds only conversations that have a turn running.
 */
export class MemoryTurnLock implements TurnLock {
  private readonly tails = new Map<string, Promise<void>>();

  async during<T, P = never>(
    key: string,
    work: (prefetched: P | undefined) => Promise<T>,
    prefetch?: () => Promise<P | undefined>,
  ): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    try {
      await previous;
      return await work(prefetch ? await prefetch().catch(() => undefined) : undefined);
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}

/** Extends the lease only while it is still ours. KEYS[1]: lock. ARGV: token, leaseMs. */
const RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;

/** Deletes the lease only while it is still ours. KEYS[1]: lock. ARGV: token. */
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** The scripts as client commands: EVALSHA (not the whole script text every turn), auto-pipelined. */
const RENEW_COMMAND = 'loopbaanTurnLockRenew';
const RELEASE_COMMAND = 'loopbaanTurnLockRelease';
type LeaseCommand = (lockKey: string, token: string, ...args: (string | number)[]) => Promise<unknown>;

function leaseCommand(redis: Redis, name: string, lua: string): LeaseCommand {
  const client = redis as unknown as Record<string, LeaseCommand | undefined>;
  // Defined when the lock is built: ioredis copies scripts into a pipeline when it creates it.
  if (typeof client[name] !== 'function') redis.defineCommand(name, { numberOfKeys: 1, lua });
  return (client[name] as LeaseCommand).bind(redis);
}

export interface RedisTurnLockOptions {
  /** Prepended to the lock keys, e.g. `loopbaanbot:turnlock:`. */
  prefix: string;
  /**
   * How long a lease lives without renewal: the longest a conversation stays blocked after the
   * process holding it died. Renewed every third of it while the turn runs. Default 8 s.
   */
  leaseMs?: number;
  /** How long a turn waits for the previous one before it fails (TurnLockTimeoutError). Default 10 s. */
  maxWaitMs?: number;
  /** Pause between two attempts to take a held lease; jittered. Default 20 ms. */
  pollMs?: number;
  logger: Logger;
}

/**
 * A short lease per conversation in Redis (`SET NX PX`), shared by every instance, with the
 * process's own first-come-first-served queue in front so only one local turn per conversation
 * polls Redis. A lease is renewed while its turn runs and released (only by its holder) at the
 * end; if the process dies, the lease simply runs out.
 *
 * Redis errors are not swallowed: a turn that cannot take its lease fails fast (the client's
 * command timeout) and ends in the turn-error path, like any other turn that needs Redis.
 */
export class RedisTurnLock implements TurnLock {
  private readonly local = new MemoryTurnLock();
  private readonly leaseMs: number;
  private readonly maxWaitMs: number;
  private readonly pollMs: number;
  private readonly renewLease: LeaseCommand;
  private readonly releaseLease: LeaseCommand;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisTurnLockOptions,
  ) {
    this.leaseMs = options.leaseMs ?? 8_000;
    this.maxWaitMs = options.maxWaitMs ?? 10_000;
    this.pollMs = options.pollMs ?? 20;
    this.renewLease = leaseCommand(redis, RENEW_COMMAND, RENEW);
    this.releaseLease = leaseCommand(redis, RELEASE_COMMAND, RELEASE);
  }

  during<T, P = never>(key: string, work: (prefetched: P | undefined) => Promise<T>, prefetch?: () => Promise<P | undefined>): Promise<T> {
    return this.local.during(key, async () => {
      const lockKey = `${this.options.prefix}${key}`;
      const token = randomUUID();
      const started = Date.now();
      // The first ask and the prefetch leave together (the client auto-pipelines them, in this
      // order), so a read behind a lease we took sees every write of the turn before.
      const first = this.take(lockKey, token);
      // A read that fails is one the turn makes again itself (and meets the failure there).
      const early = prefetch?.().catch(() => undefined);
      let prefetched: P | undefined;
      if (await first) prefetched = await early;
      else await this.acquire(lockKey, token, started);
      const renewal = setInterval(() => void this.renew(lockKey, token), Math.max(50, Math.floor(this.leaseMs / 3)));
      renewal.unref();
      try {
        return await work(prefetched);
      } finally {
        clearInterval(renewal);
        await this.release(lockKey, token);
      }
    });
  }

  private async take(lockKey: string, token: string): Promise<boolean> {
    return (await this.redis.set(lockKey, token, 'PX', this.leaseMs, 'NX')) === 'OK';
  }

  private async acquire(lockKey: string, token: string, started: number): Promise<void> {
    for (;;) {
      const waited = Date.now() - started;
      if (waited >= this.maxWaitMs) throw new TurnLockTimeoutError(waited);
      await new Promise((resolve) => setTimeout(resolve, this.pollMs / 2 + Math.random() * this.pollMs));
      if (await this.take(lockKey, token)) return;
    }
  }

  private async renew(lockKey: string, token: string): Promise<void> {
    try {
      if (Number(await this.renewLease(lockKey, token, this.leaseMs)) === 0) {
        this.options.logger.warn('turn lock lost while the turn ran');
      }
    } catch (error) {
      this.options.logger.warn('turn lock not renewed', describeError(error));
    }
  }

  private async release(lockKey: string, token: string): Promise<void> {
    try {
      await this.releaseLease(lockKey, token);
    } catch (error) {
      // The lease runs out by itself; the next turn waits at most that long.
      this.options.logger.warn('turn lock not released', describeError(error));
    }
  }
}
