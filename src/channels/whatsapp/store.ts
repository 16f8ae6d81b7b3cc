import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Clock } from '../../domain/calendar.js';

/**
 * What the WhatsApp adapter remembers between webhook deliveries: which message ids it has
 * handled (Meta retries a delivery it thinks failed) and when each user last wrote (free-form
 * replies are allowed for 24 hours after that). Memory for one local instance, Redis when several
 * instances share the work; both pass test/channels/whatsapp/whatsAppStore.contract.ts.
 */
export interface WhatsAppStore {
  /** True the first time `messageId` is claimed, false for every later claim until it expires. */
  claimMessage(messageId: string): Promise<boolean>;
  /** Notes that `waId` wrote at `at`. */
  recordInbound(waId: string, at: Date): Promise<void>;
  /** When `waId` last wrote, or undefined when unknown or longer ago than the window. */
  lastInbound(waId: string): Promise<Date | undefined>;
}

/**
 * How long a handled message id is remembered. Meta retries failed deliveries for days (the
 * exact period is not in channels.md); a week covers that with room to spare.
 */
export const SEEN_MESSAGE_TTL_SECONDS = 7 * 86_400;

/** Last-inbound times are only needed for the 24-hour window; an hour more covers clock skew. */
export const LAST_INBOUND_TTL_SECONDS = 25 * 3_600;

/** Phone numbers never appear in keys: a user is known to the store by a hash of their wa_id. */
const userKey = (waId: string): string => createHash('sha256').update(`whatsapp-user:${waId}`).digest('hex');

/** One process only: state is lost on restart and not shared between instances. */
export class MemoryWhatsAppStore implements WhatsAppStore {
  private readonly seen = new Map<string, number>();
  private readonly inbound = new Map<string, { at: number; expires: number }>();

  constructor(private readonly clock: Clock) {}

  async claimMessage(messageId: string): Promise<boolean> {
    const now = this.clock.now().getTime();
    this.prune(now);
    const expires = this.seen.get(messageId);
    if (expires !== undefined && expires > now) return false;
    this.seen.set(messageId, now + SEEN_MESSAGE_TTL_SECONDS * 1_000);
    return true;
  }

  async recordInbound(waId: string, at: Date): Promise<void> {
    this.inbound.set(userKey(waId), { at: at.getTime(), expires: this.clock.now().getTime() + LAST_INBOUND_TTL_SECONDS * 1_000 });
  }

  async lastInbound(waId: string): Promise<Date | undefined> {
    const entry = this.inbound.get(userKey(waId));
    return entry && entry.expires > this.clock.now().getTime() ? new Date(entry.at) : undefined;
  }

  /** Drops expired entries so a long-running process does not grow without bound. */
  private prune(now: number): void {
    if (this.seen.size < 10_000 && this.inbound.size < 10_000) return;
    for (const [id, expires] of this.seen) if (expires <= now) this.seen.delete(id);
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

  async claimMessage(messageId: string): Promise<boolean> {
    const result = await this.client.set(`${this.prefix}whatsapp:seen:${messageId}`, '1', 'EX', SEEN_MESSAGE_TTL_SECONDS, 'NX');
    return result === 'OK';
  }

  async recordInbound(waId: string, at: Date): Promise<void> {
    await this.client.set(`${this.prefix}whatsapp:inbound:${userKey(waId)}`, String(at.getTime()), 'EX', LAST_INBOUND_TTL_SECONDS);
  }

  async lastInbound(waId: string): Promise<Date | undefined> {
    const value = await this.client.get(`${this.prefix}whatsapp:inbound:${userKey(waId)}`);
    const ms = value === null ? Number.NaN : Number(value);
    return Number.isFinite(ms) ? new Date(ms) : undefined;
  }
}
