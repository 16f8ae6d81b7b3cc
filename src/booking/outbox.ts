import type { Redis } from 'ioredis';

/** An e-mail to a centre, ready to send. */
export interface EmailJob {
  kind: 'email';
  to: string;
  subject: string;
  text: string;
  /** The calendar file, attached as `afspraak-<code>.ics`. */
  ics: string;
  icsMethod: 'PUBLISH' | 'CANCEL';
}

/** A JSON body for the centre's webhook; signed when it is sent. */
export interface WebhookJob {
  kind: 'webhook';
  body: string;
}

/** One notification that must reach the centre, however long it takes (within `maxAttempts`). */
export interface OutboxJob {
  id: string;
  bookingCode: string;
  attempts: number;
  message: EmailJob | WebhookJob;
}

/**
 * Notifications waiting to be delivered. `claimDue` hands a due job to one caller only, for
 * `leaseMs`: another bot instance draining the same outbox does not get it until the lease runs
 * out, so a crashed sender's job comes back and a working one is not sent twice.
 */
export interface Outbox {
  add(job: OutboxJob, dueAt: number): Promise<void>;
  claimDue(now: number, limit: number, leaseMs: number): Promise<OutboxJob[]>;
  /** Delivered: forget it. */
  complete(id: string): Promise<void>;
  /** Failed: try again at `dueAt` with the new attempt count. */
  retry(job: OutboxJob, dueAt: number): Promise<void>;
  /** Failed for the last time: keep it aside for staff (`dead()`), no more attempts. */
  giveUp(job: OutboxJob): Promise<void>;
  /** How many jobs wait (due or not). */
  pending(): Promise<number>;
  dead(): Promise<OutboxJob[]>;
}

export class MemoryOutbox implements Outbox {
  private readonly jobs = new Map<string, { job: OutboxJob; dueAt: number }>();
  private readonly deadJobs: OutboxJob[] = [];

  async add(job: OutboxJob, dueAt: number): Promise<void> {
    this.jobs.set(job.id, { job: structuredClone(job), dueAt });
  }

  async claimDue(now: number, limit: number, leaseMs: number): Promise<OutboxJob[]> {
    const due = [...this.jobs.values()]
      .filter((e) => e.dueAt <= now)
      .sort((a, b) => a.dueAt - b.dueAt)
      .slice(0, limit);
    for (const entry of due) entry.dueAt = now + leaseMs;
    return due.map((e) => structuredClone(e.job));
  }

  async complete(id: string): Promise<void> {
    this.jobs.delete(id);
  }

  async retry(job: OutboxJob, dueAt: number): Promise<void> {
    this.jobs.set(job.id, { job: structuredClone(job), dueAt });
  }

  async giveUp(job: OutboxJob): Promise<void> {
    this.jobs.delete(job.id);
    this.deadJobs.push(structuredClone(job));
  }

  async pending(): Promise<number> {
    return this.jobs.size;
  }

  async dead(): Promise<OutboxJob[]> {
    return structuredClone(this.deadJobs);
  }
}

/** Pops due ids and pushes them to `now + lease` in one step. KEYS: due-zset. ARGV: now, limit, leasedUntil. */
const CLAIM = `
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
for _, id in ipairs(ids) do redis.call('ZADD', KEYS[1], ARGV[3], id) end
return ids
`;

export interface RedisOutboxOptions {
  /** e.g. `loopbaanbot:outbox:` */
  prefix: string;
  /** Jobs hold personal data: they expire after this many days whatever happens (default 30). */
  retentionDays?: number;
}

/** The outbox in Redis, shared by every bot instance. */
export class RedisOutbox implements Outbox {
  constructor(
    private readonly redis: Redis,
    private readonly options: RedisOutboxOptions,
  ) {}

  private dueKey = () => `${this.options.prefix}due`;
  private deadKey = () => `${this.options.prefix}dead`;
  private jobKey = (id: string) => `${this.options.prefix}job:${id}`;
  private ttlSeconds = () => (this.options.retentionDays ?? 30) * 86_400;

  async add(job: OutboxJob, dueAt: number): Promise<void> {
    // The job first, then its place in the queue: a claimed id always has its job. The queue lives
    // as long as its newest job; ids whose job expired are dropped when claimed.
    await this.redis
      .multi()
      .set(this.jobKey(job.id), JSON.stringify(job), 'EX', this.ttlSeconds())
      .zadd(this.dueKey(), dueAt, job.id)
      .expire(this.dueKey(), this.ttlSeconds())
      .exec();
  }

  async claimDue(now: number, limit: number, leaseMs: number): Promise<OutboxJob[]> {
    const ids = (await this.redis.eval(CLAIM, 1, this.dueKey(), now, limit, now + leaseMs)) as string[];
    if (ids.length === 0) return [];
    const raws = await this.redis.mget(ids.map((id) => this.jobKey(id)));
    const jobs: OutboxJob[] = [];
    for (const [i, raw] of raws.entries()) {
      if (raw) jobs.push(JSON.parse(raw) as OutboxJob);
      else await this.redis.zrem(this.dueKey(), ids[i] ?? ''); // expired job
    }
    return jobs;
  }

  async complete(id: string): Promise<void> {
    await this.redis.multi().zrem(this.dueKey(), id).del(this.jobKey(id)).exec();
  }

  async retry(job: OutboxJob, dueAt: number): Promise<void> {
    await this.add(job, dueAt);
  }

  async giveUp(job: OutboxJob): Promise<void> {
    await this.redis
      .multi()
      .zrem(this.dueKey(), job.id)
      .set(this.jobKey(job.id), JSON.stringify(job), 'EX', this.ttlSeconds())
      .zadd(this.deadKey(), Date.now(), job.id)
      .expire(this.deadKey(), this.ttlSeconds())
      .exec();
  }

  async pending(): Promise<number> {
    return this.redis.zcard(this.dueKey());
  }

  async dead(): Promise<OutboxJob[]> {
    const ids = await this.redis.zrange(this.deadKey(), '0', '-1');
    if (ids.length === 0) return [];
    const raws = await this.redis.mget(ids.map((id) => this.jobKey(id)));
    return raws.flatMap((raw) => (raw ? [JSON.parse(raw) as OutboxJob] : []));
  }
}
