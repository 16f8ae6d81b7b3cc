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
  /** Appends the lines in order (one write, however many lines). */
  add(userKey: string, ...lines: TranscriptLine[]): Promise<void>;
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

  async add(userKey: string, ...lines: TranscriptLine[]): Promise<void> {
    if (lines.length === 0) return;
    const now = this.clock.now().getTime();
    if (++this.adds % 500 === 0) this.sweep(now);
    const kept = this.current(userKey, now);
    this.lines.set(userKey, { lines: [...kept, ...lines].slice(-TRANSCRIPT_LINES), expiresAt: now + TRANSCRIPT_TTL_MS });
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

/**
 * RPUSH, LTRIM and PEXPIRE as one script. KEYS[1]: the list. ARGV[1]: lines kept. ARGV[2]: TTL in
 * ms. ARGV[3…]: the lines as JSON, oldest first.
 */
const APPEND_SCRIPT = `
redis.call('RPUSH', KEYS[1], unpack(ARGV, 3))
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[1]), -1)
return redis.call('PEXPIRE', KEYS[1], ARGV[2])
`;

const APPEND_COMMAND = 'loopbaanTranscriptAppend';

type AppendCommand = (key: string, kept: number, ttlMs: number, ...lines: string[]) => Promise<unknown>;

/**
 * One capped Redis list per conversation (`<prefix>transcript:<userKey>`), trimmed and expired on
 * every add. An add is one script call rather than a MULTI/EXEC: ioredis writes every transaction
 * to the socket by itself, while a script is a single command that rides the client's
 * auto-pipeline with the turn's other commands (this was a tenth of a turn's CPU under load).
 */
export class RedisTranscriptRecorder implements TranscriptRecorder {
  private readonly append: AppendCommand;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    const client = redis as unknown as Record<string, AppendCommand | undefined>;
    // Idempotent per client; ioredis sends EVALSHA and falls back to EVAL once.
    if (typeof client[APPEND_COMMAND] !== 'function') redis.defineCommand(APPEND_COMMAND, { numberOfKeys: 1, lua: APPEND_SCRIPT });
    this.append = (client[APPEND_COMMAND] as AppendCommand).bind(redis);
  }

  private key = (userKey: string) => `${this.prefix}transcript:${userKey}`;

  async add(userKey: string, ...lines: TranscriptLine[]): Promise<void> {
    if (lines.length === 0) return;
    await this.append(this.key(userKey), TRANSCRIPT_LINES, TRANSCRIPT_TTL_MS, ...lines.map((line) => JSON.stringify(line)));
  }

  async recent(userKey: string): Promise<TranscriptLine[]> {
    return (await this.redis.lrange(this.key(userKey), 0, -1)).map((json) => JSON.parse(json) as TranscriptLine);
  }

  async forget(userKey: string): Promise<void> {
    await this.redis.del(this.key(userKey));
  }
}
