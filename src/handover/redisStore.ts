import { randomUUID } from 'node:crypto';
import type { ConversationReference } from '../bot/sdk.js';
import type { Redis } from 'ioredis';
import type { Actor, CaseMessage, HandoverCase, NewCase, StaffThread, TakeResult } from './model.js';
import {
  closeTransition,
  DEFAULT_CASE_TTL_DAYS,
  handBackTransition,
  leftTransition,
  newCaseRecord,
  takeTransition,
  waitsInQueue,
  type HandoverStore,
} from './store.js';

/**
 * Opens a case unless the user conversation has an open chat already. The arrival counter gives
 * the queue a strict order, even for two cases opened in the same millisecond.
 * KEYS: case, user, queue, open, counter. ARGV: id, json, ttlMs, isChat.
 */

/**
 * KEYS: case, messages, queue, open, the user's chat index. ARGV: the case id. Deletes the case
 * and its messages, takes it out of both indexes, and the user's index when it names this case.
 */
const FORGET = `
redis.call('DEL', KEYS[1], KEYS[2])
redis.call('ZREM', KEYS[3], ARGV[1])
redis.call('ZREM', KEYS[4], ARGV[1])
if redis.call('GET', KEYS[5]) == ARGV[1] then redis.call('DEL', KEYS[5]) end
return 1
`;

const OPEN = `
if ARGV[4] == '1' then
  local existing = redis.call('GET', KEYS[2])
  if existing then return {'existing', existing} end
end
local n = redis.call('INCR', KEYS[5])
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
if ARGV[4] == '1' then
  redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[3])
  redis.call('ZADD', KEYS[3], n, ARGV[1])
end
redis.call('ZADD', KEYS[4], n, ARGV[1])
return {'created', ARGV[1]}
`;

/**
 * Writes a case only if it is still exactly what the caller read (else 0, and the caller reads
 * again), with the index changes of that transition. Of two simultaneous takes, the second finds
 * the record changed, reads "taken" and loses.
 * KEYS: case, queue, open, user, takes. ARGV: expectedJson, newJson, id, leaveQueue, leaveOpen, dropUser, takenAtMs, queueScore.
 */
const UPDATE = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
if ARGV[4] == '1' then redis.call('ZREM', KEYS[2], ARGV[3]) end
if ARGV[5] == '1' then redis.call('ZREM', KEYS[3], ARGV[3]) end
if ARGV[6] == '1' and redis.call('GET', KEYS[4]) == ARGV[3] then redis.call('DEL', KEYS[4]) end
if ARGV[7] ~= '' then redis.call('ZADD', KEYS[5], ARGV[7], ARGV[3]) end
if ARGV[8] ~= '' then redis.call('ZADD', KEYS[2], ARGV[8], ARGV[3]) end
return 1
`;

/**
 * Appends a relayed message, once per dedupe key, expiring with its case.
 * KEYS: messages, seen, case. ARGV: json, hasDedupe.
 */
const APPEND = `
local ttl = redis.call('PTTL', KEYS[3])
if ttl <= 0 then return 0 end
if ARGV[2] == '1' then
  if not redis.call('SET', KEYS[2], '1', 'NX', 'PX', ttl) then return 0 end
end
local n = redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ttl)
return n
`;

/** Subtracted from the hand-back time for its queue score: below every arrival number, ordered by time. */
const HANDED_BACK_OFFSET_MS = 1e14;

/** Optimistic retries for an update racing other writers of the same case. */
const MAX_ATTEMPTS = 8;
/** Take times older than this are dropped; the wait estimate looks at the last hour only. */
const TAKES_KEPT_MS = 86_400_000;

export interface RedisHandoverStoreOptions {
  /** Prepended to every key, e.g. `loopbaanbot:handover:`. */
  prefix: string;
  ttlDays?: number;
  newId?: () => string;
}

interface Effects {
  leaveQueue?: boolean;
  leaveOpen?: boolean;
  dropUser?: boolean;
  takenAtMs?: number;
  /** Back into the queue with this score (a handed back case: ahead of every arrival, see handBack). */
  queueScore?: number;
}

/**
 * Cases in Redis, shared by every bot instance and kept across restarts. Transitions are
 * compare-and-set scripts, so a case is taken once however many instances try at the same time.
 */
export class RedisHandoverStore implements HandoverStore {
  private readonly ttlMs: number;
  private readonly newId: () => string;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisHandoverStoreOptions,
  ) {
    this.ttlMs = (options.ttlDays ?? DEFAULT_CASE_TTL_DAYS) * 86_400_000;
    this.newId = options.newId ?? (() => randomUUID());
  }

  private key = (name: string) => `${this.options.prefix}${name}`;
  private caseKey = (id: string) => this.key(`case:${id}`);
  private userKey = (userKey: string) => this.key(`user:${userKey}`);

  async open(newCase: NewCase, now: Date): Promise<{ created: boolean; case: HandoverCase }> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const record = newCaseRecord(this.newId(), newCase, now);
      const [outcome, id] = (await this.redis.eval(
        OPEN,
        5,
        this.caseKey(record.id),
        this.userKey(newCase.userKey),
        this.key('queue'),
        this.key('open'),
        this.key('arrivals'),
        record.id,
        JSON.stringify(record),
        this.ttlMs,
        newCase.mode === 'chat' ? '1' : '0',
      )) as [string, string];
      if (outcome === 'created') return { created: true, case: record };
      const existing = await this.get(id);
      if (existing && existing.state !== 'closed') return { created: false, case: existing };
      // The index outlived its case (expired between the two reads): clear it and try again.
      await this.redis.del(this.userKey(newCase.userKey));
    }
    throw new Error('RedisHandoverStore.open(): the user index kept changing');
  }

  async get(id: string): Promise<HandoverCase | undefined> {
    const json = await this.redis.get(this.caseKey(id));
    return json === null ? undefined : (JSON.parse(json) as HandoverCase);
  }

  async openChatOf(userKey: string): Promise<HandoverCase | undefined> {
    const id = await this.redis.get(this.userKey(userKey));
    if (id === null) return undefined;
    const found = await this.get(id);
    return found && found.state !== 'closed' ? found : undefined;
  }

  async listOpen(): Promise<HandoverCase[]> {
    return (await this.casesIn('open')).filter((c) => c.state !== 'closed');
  }

  async queue(): Promise<string[]> {
    // A case whose person left stays in the index, so that it waits at its old place if they return.
    return (await this.casesIn('queue')).filter(waitsInQueue).map((c) => c.id);
  }

  async take(id: string, by: Actor, now: Date): Promise<TakeResult> {
    const result = await this.update<TakeResult>(id, (current) => {
      const taken = takeTransition(current, by, now);
      if (!taken.ok) return { result: taken };
      const effects = { leaveQueue: true, ...(current.mode === 'chat' && { takenAtMs: now.getTime() }) };
      return { result: taken, write: { next: taken.case, effects } };
    });
    if (result?.ok) await this.redis.zremrangebyscore(this.key('takes'), '-inf', now.getTime() - TAKES_KEPT_MS);
    return result ?? { ok: false, reason: 'not_found' };
  }

  async handBack(id: string, by: Actor, now: Date): Promise<HandoverCase | undefined> {
    return this.update(id, (current) => {
      const back = handBackTransition(current, by, now);
      // Arrivals score 1, 2, 3…; a time well below zero puts handed back cases first, in their own order.
      const queueScore = now.getTime() - HANDED_BACK_OFFSET_MS;
      return { result: back, ...(back && { write: { next: back, effects: { queueScore } } }) };
    });
  }

  async setLeft(id: string, leftAt: string | undefined): Promise<HandoverCase | undefined> {
    return this.update(id, (current) => {
      const changed = leftTransition(current, leftAt);
      return { result: changed, ...(changed && { write: { next: changed, effects: {} } }) };
    });
  }

  async close(id: string, by: Actor, now: Date): Promise<HandoverCase | undefined> {
    return this.update(id, (current) => {
      const closed = closeTransition(current, by, now);
      return { result: closed, ...(closed && { write: { next: closed, effects: { leaveQueue: true, leaveOpen: true, dropUser: true } } }) };
    });
  }

  async forget(id: string): Promise<void> {
    const found = await this.get(id);
    await this.redis.eval(
      FORGET,
      5,
      this.caseKey(id),
      this.key(`messages:${id}`),
      this.key('queue'),
      this.key('open'),
      found ? this.userKey(found.userKey) : this.key('none'),
      id,
    );
    if (found?.staffThread) await this.redis.del(this.key(`thread:${found.staffThread.activityId}`));
  }

  async setStaffThread(id: string, thread: StaffThread): Promise<void> {
    const written = await this.update(id, (current) => ({
      result: true,
      write: { next: { ...current, staffThread: thread }, effects: {} },
    }));
    if (written) await this.redis.set(this.key(`thread:${thread.activityId}`), id, 'PX', this.ttlMs);
  }

  async markOfferedToHub(id: string): Promise<void> {
    await this.update(id, (current) => ({ result: true, write: { next: { ...current, offeredToHub: true }, effects: {} } }));
  }

  async caseOfThread(rootActivityId: string): Promise<string | undefined> {
    return (await this.redis.get(this.key(`thread:${rootActivityId}`))) ?? undefined;
  }

  async append(id: string, message: Omit<CaseMessage, 'seq'>, dedupeKey?: string): Promise<CaseMessage | undefined> {
    const seq = (await this.redis.eval(
      APPEND,
      3,
      this.key(`messages:${id}`),
      this.key(`seen:${id}:${dedupeKey ?? ''}`),
      this.caseKey(id),
      JSON.stringify(message),
      dedupeKey === undefined ? '0' : '1',
    )) as number;
    return seq === 0 ? undefined : { ...message, seq };
  }

  async messages(id: string, afterSeq = 0): Promise<CaseMessage[]> {
    const raw = await this.redis.lrange(this.key(`messages:${id}`), afterSeq, -1);
    return raw.map((json, i) => ({ ...(JSON.parse(json) as Omit<CaseMessage, 'seq'>), seq: afterSeq + i + 1 }));
  }

  async takenSince(since: Date): Promise<number> {
    return this.redis.zcount(this.key('takes'), since.getTime(), '+inf');
  }

  async staffChannel(): Promise<Partial<ConversationReference> | undefined> {
    const json = await this.redis.get(this.key('staffChannel'));
    return json === null ? undefined : (JSON.parse(json) as Partial<ConversationReference>);
  }

  async setStaffChannel(reference: Partial<ConversationReference>): Promise<void> {
    // Not personal data: the channel's id, service URL and tenant. No TTL, like the clarity counts.
    await this.redis.set(this.key('staffChannel'), JSON.stringify(reference));
  }

  /**
   * Reads, changes and writes one case with compare-and-set, retrying when another instance wrote
   * in between. `change` decides from the record it read; without `write` nothing is written.
   * Returns the decision on the record that was finally read, or undefined when there is no case.
   */
  private async update<T>(
    id: string,
    change: (current: HandoverCase) => { result: T; write?: { next: HandoverCase; effects: Effects } },
  ): Promise<T | undefined> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const json = await this.redis.get(this.caseKey(id));
      if (json === null) return undefined;
      const planned = change(JSON.parse(json) as HandoverCase);
      if (!planned.write) return planned.result;
      const { next, effects } = planned.write;
      const written = await this.redis.eval(
        UPDATE,
        5,
        this.caseKey(id),
        this.key('queue'),
        this.key('open'),
        this.userKey(next.userKey),
        this.key('takes'),
        json,
        JSON.stringify(next),
        id,
        effects.leaveQueue ? '1' : '0',
        effects.leaveOpen ? '1' : '0',
        effects.dropUser ? '1' : '0',
        effects.takenAtMs === undefined ? '' : String(effects.takenAtMs),
        effects.queueScore === undefined ? '' : String(effects.queueScore),
      );
      if (written === 1) return planned.result;
    }
    throw new Error(`RedisHandoverStore: case ${id} kept changing; gave up after ${MAX_ATTEMPTS} attempts`);
  }

  /** The cases of an index in arrival order; ids whose case expired are pruned from the index. */
  private async casesIn(index: 'open' | 'queue'): Promise<HandoverCase[]> {
    const ids = await this.redis.zrange(this.key(index), '0', '-1');
    if (ids.length === 0) return [];
    const values = await this.redis.mget(ids.map((id) => this.caseKey(id)));
    const expired = ids.filter((_, i) => values[i] === null);
    if (expired.length > 0) await this.redis.zrem(this.key(index), ...expired);
    return values.flatMap((json) => (json === null ? [] : [JSON.parse(json) as HandoverCase]));
  }
}
