import type { ConversationReference } from '../bot/sdk.js';
import type { Actor, CaseMessage, HandoverCase, NewCase, StaffThread, TakeResult } from './model.js';

/**
 * Where cases, the queue and the relayed messages live. Memory for one process and tests, Redis
 * for production: shared by every bot instance and kept across restarts. Both pass
 * test/handover/handoverStoreContract.ts.
 *
 * Every case and its messages expire `ttlDays` after the case was opened: they hold what a person
 * typed, so they are not kept forever.
 */
export interface HandoverStore {
  /**
   * Opens a case. A user conversation has at most one open chat case: when it has one already,
   * that one comes back with `created: false`. Call-back requests do not block the conversation.
   */
  open(newCase: NewCase, now: Date): Promise<{ created: boolean; case: HandoverCase }>;
  get(id: string): Promise<HandoverCase | undefined>;
  /** The open chat case of a user conversation (waiting or taken), if any. */
  openChatOf(userKey: string): Promise<HandoverCase | undefined>;
  /** Every open case (chats and call-backs), oldest first. */
  listOpen(): Promise<HandoverCase[]>;
  /** Ids of the waiting chat cases, first in line first. */
  queue(): Promise<string[]>;
  /** Takes a waiting case. Of two simultaneous takes exactly one wins; the other gets 'taken'. */
  take(id: string, by: Actor, now: Date): Promise<TakeResult>;
  /**
   * Marks that the person left the chat page (`leftAt`) or came back (undefined). Returns the case
   * when it changed; undefined when it is closed, gone, or was so already.
   */
  setLeft(id: string, leftAt: string | undefined): Promise<HandoverCase | undefined>;
  /**
   * A taken chat waits again, ahead of every case that never was taken (handed back ones in the
   * order they were handed back). Undefined when it is not a taken chat.
   */
  handBack(id: string, by: Actor, now: Date): Promise<HandoverCase | undefined>;
  /** Closes an open case; undefined when it does not exist or was closed already (so only one closer acts). */
  close(id: string, by: Actor, now: Date): Promise<HandoverCase | undefined>;
  /**
   * Deletes a case, its messages and every index that names it ("vergeet mij": the phone number and
   * what was typed go with it). Nothing happens when it does not exist.
   */
  forget(id: string): Promise<void>;
  /** Records where the case's card and thread are in Teams. */
  setStaffThread(id: string, thread: StaffThread): Promise<void>;
  /** Marks that `handoff.initiate` went out for this case. */
  markOfferedToHub(id: string): Promise<void>;
  /** The case whose Teams thread has this root (card) activity id. */
  caseOfThread(rootActivityId: string): Promise<string | undefined>;
  /**
   * Adds a relayed message at the end of the case's log. With `dedupeKey` (the channel's activity
   * id) a redelivered message is not added twice: undefined comes back.
   */
  append(id: string, message: Omit<CaseMessage, 'seq'>, dedupeKey?: string): Promise<CaseMessage | undefined>;
  /** The case's messages after `afterSeq` (0 = all), in order. */
  messages(id: string, afterSeq?: number): Promise<CaseMessage[]>;
  /** How many chat cases were taken since `since`: the queue's recent pace, for an honest wait. */
  takenSince(since: Date): Promise<number>;
  /** The Teams staff channel as last seen in an incoming activity (its serviceUrl and tenant). */
  staffChannel(): Promise<Partial<ConversationReference> | undefined>;
  setStaffChannel(reference: Partial<ConversationReference>): Promise<void>;
}

export const DEFAULT_CASE_TTL_DAYS = 7;

/** The taken case, or why it cannot be taken; pure, so both stores decide alike. */
export function takeTransition(current: HandoverCase, by: Actor, now: Date): TakeResult {
  if (current.state === 'closed') return { ok: false, reason: 'closed', case: current };
  if (current.state === 'taken') return { ok: false, reason: 'taken', case: current };
  // Nobody to talk to: the person closed the chat page (they come back to the queue if they return).
  if (current.leftAt) return { ok: false, reason: 'left', case: current };
  return { ok: true, case: { ...current, state: 'taken', takenBy: by, takenAt: now.toISOString() } };
}

/** The case with the person gone (`leftAt`) or back (undefined); undefined when nothing changes. */
export function leftTransition(current: HandoverCase, leftAt: string | undefined): HandoverCase | undefined {
  if (current.state === 'closed' || Boolean(current.leftAt) === Boolean(leftAt)) return undefined;
  const { leftAt: _was, ...rest } = current;
  return leftAt ? { ...rest, leftAt } : rest;
}

/** The case waiting again after it was handed back, or undefined when it is not a taken chat. */
export function handBackTransition(current: HandoverCase, by: Actor, now: Date): HandoverCase | undefined {
  if (current.state !== 'taken' || current.mode !== 'chat') return undefined;
  const { takenBy: _by, takenAt: _at, ...rest } = current;
  return { ...rest, state: 'waiting', handedBackBy: by, handedBackAt: now.toISOString() };
}

/** Queue order: handed back cases first, by when they were handed back; then the others as they came in (stable). */
export function queueOrder(cases: HandoverCase[]): HandoverCase[] {
  const back = cases.filter((c) => c.handedBackAt).sort((a, b) => (a.handedBackAt ?? '').localeCompare(b.handedBackAt ?? ''));
  return [...back, ...cases.filter((c) => !c.handedBackAt)];
}

/** A case waiting in the queue: a chat nobody took, whose person is still there. */
export function waitsInQueue(c: HandoverCase): boolean {
  return c.mode === 'chat' && c.state === 'waiting' && !c.leftAt;
}

/** The closed case, or undefined when it is closed already. */
export function closeTransition(current: HandoverCase, by: Actor, now: Date): HandoverCase | undefined {
  if (current.state === 'closed') return undefined;
  return { ...current, state: 'closed', closedBy: by, closedAt: now.toISOString() };
}

/** The case as the store keeps it the moment it is opened. */
export function newCaseRecord(id: string, input: NewCase, now: Date): HandoverCase {
  return { id, ...input, state: 'waiting', createdAt: now.toISOString() };
}
