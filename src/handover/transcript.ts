import type { Redis } from 'ioredis';
import type { Clock } from '../domain/calendar.js';
import type { TranscriptLine } from './model.js';

/** Lines kept per conversation: enough for staff to see what went on, no more. */
export const TRANSCRIPT_LINES = 20;
/** A conversation's recent lines are forgotten this long after its last line. */
export const TRANSCRIPT_TTL_MS = 60 * 60_000;

/**
 * The last few lines of every conversation, so a handover can show staff what happened before.
 * Bounded (TRANSCRIPT_LINES) and short-lived (TRANSCRIPT_TTL_MS): it holds what people typed, so
 * it is kept only as long as a handover could need it, and never logged.
 */
export interface TranscriptRecorder {
  add(userKey: string, line: TranscriptLine): Promise<void>;
  /** The recent lines, oldest first; [] when none or expired. */
  recent(userKey: string): Promise<TranscriptLine[]>;
  /** Drops the conversation's lines at once ("vergeet mij"). */
  forget(userKey: string): Promise<void>;
}

/** In this process (no REDIS_URL, tests); expired conversations are swept as new lines come in. */
export class MemoryTranscriptRecorder implements TranscriptRecorder {
  private readonly lines = new Map<string, { lines: TranscriptLine[]; expiresAt: number }>();
  private adds = 0;

  constructor(private readonly clock: Clock = { now: () => new Date() }) {}

  async add(userKey: string, line: TranscriptLine): Promise<void> {
    const now = this.clock.now().getTime();
    if (++this.adds % 500 === 0) this.sweep(now);
    const kept = this.current(userKey, now);
    this.lines.set(userKey, { lines: [...kept, line].slice(-TRANSCRIPT_LINES), expiresAt: now + TRANSCRIPT_TTL_MS });
  }

  async recent(userKey: string): Promise<TranscriptLine[]> {
    return this.current(userKey, this.clock.now().getTime()).map((l) => ({ ...l }));
  }

  async forget(userKey: string): Promise<void> {
    this.lines.delete(userKey);
  }

  private current(userKey: string, now: number): TranscriptLine[] {
    const entry = this.lines.get(userKey);
    return entry && entry.expiresAt > now ? entry.lines : [];
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.lines) if (entry.expiresAt <= now) this.lines.delete(key);
  }
}

/** One capped Redis list per conversation (`<prefix>transcript:<userKey>`), trimmed and expired on every add. */
export class RedisTranscriptRecorder implements TranscriptRecorder {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key = (userKey: string) => `${this.prefix}transcript:${userKey}`;

  async add(userKey: string, line: TranscriptLine): Promise<void> {
    const key = this.key(userKey);
    await this.redis.multi().rpush(key, JSON.stringify(line)).ltrim(key, -TRANSCRIPT_LINES, -1).pexpire(key, TRANSCRIPT_TTL_MS).exec();
  }

  async recent(userKey: string): Promise<TranscriptLine[]> {
    return (await this.redis.lrange(this.key(userKey), 0, -1)).map((json) => JSON.parse(json) as TranscriptLine);
  }

  async forget(userKey: string): Promise<void> {
    await this.redis.del(this.key(userKey));
  }
}
