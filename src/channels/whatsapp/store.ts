import type { Redis } from 'ioredis';
import type { Clock } from '../../domain/calendar.js';

/** Where a message stands: first seen, being handled by someone now, or answered already. */
export type MessageClaim = 'new' | 'in-progress' | 'handled';

/**
 * What the WhatsApp adapter remembers between webhook deliveries: which message ids it has taken
 * in (Meta retries a delivery it thinks failed) and when each user last wrote (free-form replies
 * are allowed for 24 hours after that). Users are known by a salted pseudonym of their number
 * (src/privacy/personKeys.ts), never the number. Memory for one local instance, Redis when
 * several instances share the work; both pass test/channels/whatsapp/whatsAppStore.contract.ts.
 */
export interface WhatsAppStore {
  /**
   * Takes `messageId` for handling: 'new' the first time (held for IN_PROGRESS_TTL_SECONDS),
   * 'in-progress' while that hold lasts, 'handled' after `finishMessage`.
   */
  beginMessage(messageId: string): Promise<MessageClaim>;
  /** The message was answered: later deliveries of it are ignored. */
  finishMessage(messageId: string): Promise<void>;
  /** The message could not be handled now: a retry may take it again. */
  abandonMessage(messageId: string): Promise<void>;
  /** Notes that `user` (a pseudonym) wrote at `at`. */
  recordInbound(user: string, at: Date): Promise<void>;
  /** When `user` last wrote, or undefined when unknown or longer ago than the window. */
  lastInbound(user: string): Promise<Date | undefined>;
  /** Forgets when `user` last wrote ("forget me"). */
  forgetUser(user: string): Promise<void>;
}

/**
 * How long a handled message id is remembered. Meta retries failed deliveries for days (the
 * exact period is not in channels.md); a week covers that with room to spare.
 */
export const SEEN_MESSAGE_TTL_SECONDS = 7 * 86_400;

/** How long a message stays "being handled" when its handler died before finishing. */
export const IN_PROGRESS_TTL_SECONDS = 60;

/** Last-inbound times are only needed for the 24-hour window; an hour more covers clock skew. */
export const LAST_INBOUND_TTL_SECONDS = 25 * 3_600;

/** One process only: state is lost on restart and not shared between instances. */
export class MemoryWhatsAppStore implements WhatsAppStore {
  private readonly seen = new Map<string, { handled: boolean; expires: number }>();
  private readonly inbound = new Map<string, { at: number; expires: number }>();

  constructor(private readonly clock: Clock) {}

  async beginMessage(messageId: string): Promise<MessageClaim> {
    const now = this.clock.now().getTime();
    this.prune(now);
    const entry = this.seen.get(messageId);
    if (entry && entry.expires > now) return entry.handled ? 'handled' : 'in-progress';
    this.seen.set(messageId, { handled: false, expires: now + IN_PROGRESS_TTL_SECONDS * 1_000 });
    return 'new';
  }

  async finishMessage(messageId: string): Promise<void> {
    this.seen.set(messageId, { handled: true, expires: this.clock.now().getTime() + SEEN_MESSAGE_TTL_SECONDS * 1_000 });
  }

  async abandonMessage(messageId: string): Promise<void> {
    if (this.seen.get(messageId)?.handled === false) this.seen.delete(messageId);
  }

  async recordInbound(user: string, at: Date): Promise<void> {
    this.inbound.set(user, { at: at.getTime(), expires: this.clock.now().getTime() + LAST_INBOUND_TTL_SECONDS * 1_000 });
  }

  async lastInbound(user: string): Promise<Date | undefined> {
    const entry = this.inbound.get(user);
    return entry && entry.expires > this.clock.now().getTime() ? new Date(entry.at) : undefined;
  }

  async forgetUser(user: string): Promise<void> {
    this.inbound.delete(user);
  }

  /** Drops expired entries so a long-running process does not grow without bound. */
  private prune(now: number): void {
    if (this.seen.size < 10_000 && this.inbound.size < 10_000) return;
    for (const [id, entry] of this.seen) if (entry.expires <= now) this.seen.delete(id);
    for (const [key, entry] of this.inbound) if (entry.expires <= now) this.inbound.delete(key);
  }
}

/**
 * On the bot's Redis. A claim is one `SET NX EX`, so two instances that receive the same retry
 * at the same moment cannot both handle it. Expiry is Redis's own (wall-clock) TTL.
 */
export class RedisWhatsAppStore implements WhatsAppStore {
  constructor(
    private readonly client: Redis,
    private readonly prefix: string,
  ) {
    if (typeof prefix !== 'string' || prefix.length === 0) throw new TypeError('RedisWhatsAppStore: prefix must be a non-empty string');
  }

  private seenKey = (messageId: string) => `${this.prefix}whatsapp:seen:${messageId}`;
  private inboundKey = (user: string) => `${this.prefix}whatsapp:inbound:${user}`;

  async beginMessage(messageId: string): Promise<MessageClaim> {
    const key = this.seenKey(messageId);
    if ((await this.client.set(key, 'in-progress', 'EX', IN_PROGRESS_TTL_SECONDS, 'NX')) === 'OK') return 'new';
    const value = await this.client.get(key);
    // Gone between the two commands: its holder gave up; the next retry takes it.
    return value === 'handled' ? 'handled' : 'in-progress';
  }

  async finishMessage(messageId: string): Promise<void> {
    await this.client.set(this.seenKey(messageId), 'handled', 'EX', SEEN_MESSAGE_TTL_SECONDS);
  }

  async abandonMessage(messageId: string): Promise<void> {
    await this.client.del(this.seenKey(messageId));
  }

  async recordInbound(user: string, at: Date): Promise<void> {
    await this.client.set(this.inboundKey(user), String(at.getTime()), 'EX', LAST_INBOUND_TTL_SECONDS);
  }

  async lastInbound(user: string): Promise<Date | undefined> {
    const value = await this.client.get(this.inboundKey(user));
    const ms = value === null ? Number.NaN : Number(value);
    return Number.isFinite(ms) ? new Date(ms) : undefined;
  }

  async forgetUser(user: string): Promise<void> {
    await this.client.del(this.inboundKey(user));
  }
}
