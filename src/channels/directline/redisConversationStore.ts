import type { Activity } from 'botbuilder';
import type { Redis } from 'ioredis';
import type { Logger } from '../../observability/logger.js';
import { describeError } from '../../observability/errors.js';
import {
  activityId,
  ConversationGone,
  type ActivitySet,
  type AppendedOnce,
  type ConversationRecord,
  type DirectLineStore,
  type LogEntry,
  type LoggedActivity,
  type StoreLimits,
} from './conversationStore.js';

/** Stands for the activity id until the append script knows the sequence number. */
const ID_PLACEHOLDER = '__DL_ID__';

/**
 * Appends one activity atomically: the next sequence number, the log entry (sorted by it), the
 * trim to the newest N, the idle TTL on every key and the news to every instance all happen in
 * one step, so no reader ever sees a watermark whose activity is not in the log yet. With a
 * clientActivityID (ARGV[6], '' = none) it first looks in the taken ids: one taken in before
 * returns that activity's sequence number (an integer) and nothing is appended; else the id is
 * recorded with its number (trimmed to the newest N too).
 * KEYS: record, counter, log, taken ids. ARGV: activity JSON (id placeholder first), conversation
 * id, idle TTL in ms, max activities, pub/sub channel, clientActivityID.
 */
const APPEND = `
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
if ARGV[6] ~= '' then
  local first = redis.call('ZSCORE', KEYS[4], ARGV[6])
  if first then return tonumber(first) end
end
local seq = redis.call('INCR', KEYS[2])
local id = ARGV[2] .. '|' .. string.format('%07d', seq)
local member = string.gsub(ARGV[1], '"id":"__DL_ID__"', '"id":"' .. id .. '"', 1)
redis.call('ZADD', KEYS[3], seq, member)
redis.call('ZREMRANGEBYRANK', KEYS[3], 0, -(tonumber(ARGV[4]) + 1))
if ARGV[6] ~= '' then
  redis.call('ZADD', KEYS[4], seq, ARGV[6])
  redis.call('ZREMRANGEBYRANK', KEYS[4], 0, -(tonumber(ARGV[4]) + 1))
end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
redis.call('PEXPIRE', KEYS[3], ARGV[3])
redis.call('PEXPIRE', KEYS[4], ARGV[3])
redis.call('PUBLISH', ARGV[5], member)
return member
`;

/**
 * The built-in Direct Line's conversations on Redis, shared by every instance of the bot: a
 * record (who the conversation belongs to), a counter (the watermark), a sorted set (the log) and
 * one of the clientActivityIDs taken in (see `appendOnce`), all with the idle lifetime as TTL,
 * renewed on every use. New activities are published on a channel per conversation; each
 * instance subscribes only to conversations it has streams for.
 */
export class RedisDirectLineStore implements DirectLineStore {
  private subscriber: Redis | undefined;
  private readonly listeners = new Map<string, Set<(entry: LogEntry) => void>>();

  constructor(
    private readonly client: Redis,
    private readonly prefix: string,
    private readonly limits: Pick<StoreLimits, 'maxActivitiesPerConversation' | 'idleTtlMs'>,
    private readonly logger?: Logger,
    private readonly now: () => number = Date.now,
  ) {
    if (typeof prefix !== 'string' || prefix.length === 0) throw new TypeError('RedisDirectLineStore: prefix must be a non-empty string');
  }

  async create(record: ConversationRecord): Promise<boolean> {
    const value = JSON.stringify({ userId: record.userId, locale: record.locale ?? null });
    const created = await this.client.set(this.key('conv', record.id), value, 'PX', this.limits.idleTtlMs, 'NX');
    return created === 'OK';
  }

  async get(id: string): Promise<ConversationRecord | undefined> {
    const results = await this.client
      .multi()
      .get(this.key('conv', id))
      .pexpire(this.key('conv', id), this.limits.idleTtlMs)
      .pexpire(this.key('seq', id), this.limits.idleTtlMs)
      .pexpire(this.key('log', id), this.limits.idleTtlMs)
      .pexpire(this.key('taken', id), this.limits.idleTtlMs)
      .exec();
    const raw = results?.[0]?.[1];
    if (typeof raw !== 'string') return undefined;
    const parsed = JSON.parse(raw) as { userId: string; locale: string | null };
    return { id, userId: parsed.userId, locale: parsed.locale ?? undefined };
  }

  async append(id: string, activity: Partial<Activity>): Promise<LogEntry> {
    const result = await this.appendScript(id, '', activity);
    if (typeof result !== 'string') throw new ConversationGone(id);
    return entryOf(result);
  }

  async appendOnce(id: string, clientActivityID: string, activity: Partial<Activity>): Promise<AppendedOnce> {
    if (clientActivityID === '') throw new TypeError('RedisDirectLineStore.appendOnce(): clientActivityID must not be empty');
    const result = await this.appendScript(id, clientActivityID, activity);
    if (typeof result === 'number') return { duplicateOf: activityId(id, result) };
    if (typeof result !== 'string') throw new ConversationGone(id);
    return { entry: entryOf(result) };
  }

  async since(id: string, watermark: number | undefined): Promise<ActivitySet> {
    const results = await this.client
      .multi()
      .zrangebyscore(this.key('log', id), `(${watermark ?? 0}`, '+inf')
      .get(this.key('seq', id))
      .exists(this.key('conv', id))
      .exec();
    if (results?.[2]?.[1] !== 1) throw new ConversationGone(id);
    const members = (results[0]?.[1] ?? []) as string[];
    const counter = results[1]?.[1];
    return {
      activities: members.map((member) => entryOf(member).activity),
      watermark: typeof counter === 'string' ? counter : '0',
    };
  }

  async forgetLog(id: string): Promise<void> {
    await this.client.del(this.key('log', id));
  }

  async subscribe(id: string, listener: (entry: LogEntry) => void): Promise<() => Promise<void>> {
    const channel = this.channel(id);
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      await this.connectSubscriber().subscribe(channel);
    }
    set.add(listener);
    const mine = set;
    return async () => {
      mine.delete(listener);
      if (mine.size > 0 || this.listeners.get(channel) !== mine) return;
      this.listeners.delete(channel);
      await this.subscriber?.unsubscribe(channel).catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.subscriber?.disconnect();
    this.subscriber = undefined;
  }

  /** The APPEND script: the new log member, a taken activity's sequence number, or null (conversation gone). */
  private appendScript(id: string, clientActivityID: string, activity: Partial<Activity>): Promise<unknown> {
    const { id: _replaced, ...rest } = activity;
    // `id` is the first key, so the script's first match is always the placeholder, never user text.
    const json = JSON.stringify({ id: ID_PLACEHOLDER, ...rest, timestamp: new Date(this.now()) });
    return this.client.eval(
      APPEND,
      4,
      this.key('conv', id),
      this.key('seq', id),
      this.key('log', id),
      this.key('taken', id),
      json,
      id,
      String(this.limits.idleTtlMs),
      String(this.limits.maxActivitiesPerConversation),
      this.channel(id),
      clientActivityID,
    );
  }

  /** A second connection: one that subscribes can send no other command. */
  private connectSubscriber(): Redis {
    if (this.subscriber) return this.subscriber;
    // Queues its SUBSCRIBE until connected (the main client fails fast instead); ioredis re-subscribes after a reconnect.
    const subscriber = this.client.duplicate({ enableOfflineQueue: true });
    subscriber.on('error', (error) => this.logger?.warn('redis subscriber problem', describeError(error)));
    subscriber.on('message', (channel: string, message: string) => {
      const set = this.listeners.get(channel);
      if (!set) return;
      const entry = entryOf(message);
      for (const listener of set) listener(entry);
    });
    this.subscriber = subscriber;
    return subscriber;
  }

  private key(kind: 'conv' | 'seq' | 'log' | 'taken', id: string): string {
    return `${this.prefix}directline:${kind}:${id}`;
  }

  private channel(id: string): string {
    return `${this.prefix}directline:events:${id}`;
  }
}

function entryOf(member: string): LogEntry {
  const activity = JSON.parse(member) as LoggedActivity & { timestamp?: string | Date };
  const seq = Number(activity.id.slice(activity.id.lastIndexOf('|') + 1));
  return { seq, activity: { ...activity, ...(activity.timestamp !== undefined && { timestamp: new Date(activity.timestamp) }) } };
}
