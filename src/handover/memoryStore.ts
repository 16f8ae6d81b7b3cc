import { randomUUID } from 'node:crypto';
import type { ConversationReference } from '../bot/sdk.js';
import type { Clock } from '../domain/calendar.js';
import type { Actor, CaseMessage, HandoverCase, NewCase, StaffThread, TakeResult } from './model.js';
import {
  closeTransition,
  DEFAULT_CASE_TTL_DAYS,
  handBackTransition,
  leftTransition,
  newCaseRecord,
  queueOrder,
  takeTransition,
  waitsInQueue,
  type HandoverStore,
} from './store.js';

export interface MemoryHandoverStoreOptions {
  clock?: Clock;
  ttlDays?: number;
  newId?: () => string;
}

interface Entry {
  case: HandoverCase;
  messages: Omit<CaseMessage, 'seq'>[];
  expiresAt: number;
}

/**
 * Cases in this process: the default without REDIS_URL and for tests. Lost on restart and not
 * shared between instances. Every method reads and writes in one synchronous stretch, so two
 * takes of one case cannot interleave.
 */
export class MemoryHandoverStore implements HandoverStore {
  private readonly entries = new Map<string, Entry>();
  private readonly threads = new Map<string, string>();
  private readonly seen = new Set<string>();
  private readonly takes: number[] = [];
  private channel: Partial<ConversationReference> | undefined;
  private readonly clock: Clock;
  private readonly ttlMs: number;
  private readonly newId: () => string;

  constructor(options: MemoryHandoverStoreOptions = {}) {
    this.clock = options.clock ?? { now: () => new Date() };
    this.ttlMs = (options.ttlDays ?? DEFAULT_CASE_TTL_DAYS) * 86_400_000;
    this.newId = options.newId ?? (() => randomUUID());
  }

  async open(newCase: NewCase, now: Date): Promise<{ created: boolean; case: HandoverCase }> {
    if (newCase.mode === 'chat') {
      const existing = await this.openChatOf(newCase.userKey);
      if (existing) return { created: false, case: existing };
    }
    const record = newCaseRecord(this.newId(), structuredClone(newCase), now);
    this.entries.set(record.id, { case: record, messages: [], expiresAt: now.getTime() + this.ttlMs });
    return { created: true, case: structuredClone(record) };
  }

  async get(id: string): Promise<HandoverCase | undefined> {
    const entry = this.live(id);
    return entry && structuredClone(entry.case);
  }

  async openChatOf(userKey: string): Promise<HandoverCase | undefined> {
    const found = this.liveCases().find((c) => c.userKey === userKey && c.mode === 'chat' && c.state !== 'closed');
    return found && structuredClone(found);
  }

  async listOpen(): Promise<HandoverCase[]> {
    return this.liveCases()
      .filter((c) => c.state !== 'closed')
      .map((c) => structuredClone(c));
  }

  async queue(): Promise<string[]> {
    return queueOrder(this.liveCases().filter(waitsInQueue)).map((c) => c.id);
  }

  async take(id: string, by: Actor, now: Date): Promise<TakeResult> {
    const entry = this.live(id);
    if (!entry) return { ok: false, reason: 'not_found' };
    const result = takeTransition(entry.case, by, now);
    if (result.ok) {
      entry.case = result.case;
      if (result.case.mode === 'chat') this.takes.push(now.getTime());
    }
    return structuredClone(result);
  }

  async handBack(id: string, by: Actor, now: Date): Promise<HandoverCase | undefined> {
    const entry = this.live(id);
    if (!entry) return undefined;
    const back = handBackTransition(entry.case, by, now);
    if (back) entry.case = back;
    return back && structuredClone(back);
  }

  async setLeft(id: string, leftAt: string | undefined): Promise<HandoverCase | undefined> {
    const entry = this.live(id);
    if (!entry) return undefined;
    const changed = leftTransition(entry.case, leftAt);
    if (changed) entry.case = changed;
    return changed && structuredClone(changed);
  }

  async close(id: string, by: Actor, now: Date): Promise<HandoverCase | undefined> {
    const entry = this.live(id);
    if (!entry) return undefined;
    const closed = closeTransition(entry.case, by, now);
    if (closed) entry.case = closed;
    return closed && structuredClone(closed);
  }

  async forget(id: string): Promise<void> {
    this.entries.delete(id);
    for (const [root, caseId] of this.threads) if (caseId === id) this.threads.delete(root);
    for (const key of this.seen) if (key.startsWith(`${id}:`)) this.seen.delete(key);
  }

  async setStaffThread(id: string, thread: StaffThread): Promise<void> {
    const entry = this.live(id);
    if (!entry) return;
    entry.case = { ...entry.case, staffThread: structuredClone(thread) };
    this.threads.set(thread.activityId, id);
  }

  async markOfferedToHub(id: string): Promise<void> {
    const entry = this.live(id);
    if (entry) entry.case = { ...entry.case, offeredToHub: true };
  }

  async caseOfThread(rootActivityId: string): Promise<string | undefined> {
    const id = this.threads.get(rootActivityId);
    return id && this.live(id) ? id : undefined;
  }

  async append(id: string, message: Omit<CaseMessage, 'seq'>, dedupeKey?: string): Promise<CaseMessage | undefined> {
    const entry = this.live(id);
    if (!entry) return undefined;
    if (dedupeKey !== undefined) {
      if (this.seen.has(`${id}|${dedupeKey}`)) return undefined;
      this.seen.add(`${id}|${dedupeKey}`);
    }
    entry.messages.push(structuredClone(message));
    return { ...structuredClone(message), seq: entry.messages.length };
  }

  async messages(id: string, afterSeq = 0): Promise<CaseMessage[]> {
    const entry = this.live(id);
    if (!entry) return [];
    return entry.messages.slice(afterSeq).map((m, i) => ({ ...structuredClone(m), seq: afterSeq + i + 1 }));
  }

  async takenSince(since: Date): Promise<number> {
    return this.takes.filter((t) => t >= since.getTime()).length;
  }

  async staffChannel(): Promise<Partial<ConversationReference> | undefined> {
    return this.channel && structuredClone(this.channel);
  }

  async setStaffChannel(reference: Partial<ConversationReference>): Promise<void> {
    this.channel = structuredClone(reference);
  }

  private live(id: string): Entry | undefined {
    const entry = this.entries.get(id);
    if (entry && entry.expiresAt <= this.clock.now().getTime()) {
      this.entries.delete(id);
      return undefined;
    }
    return entry;
  }

  /** Live cases in the order they were opened (a Map keeps insertion order). */
  private liveCases(): HandoverCase[] {
    return [...this.entries.keys()].flatMap((id) => {
      const entry = this.live(id);
      return entry ? [entry.case] : [];
    });
  }
}
