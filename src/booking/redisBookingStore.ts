import type { Redis } from 'ioredis';
import type { Clock } from '../domain/calendar.js';
import { newBookingCode, normalizeCode } from './codes.js';
import type { Booking, BookingFilter, BookingStore, NewBooking, RescheduleResult, ReserveResult, Slot } from './model.js';
import { bookingExpiresAt, DEFAULT_RETENTION_DAYS } from './retention.js';
import { withoutPerson } from './anonymous.js';

/**
 * Keeps a shared key (a sorted set of taken slots, the index, an owner set) alive at least until
 * `atMs`, so no key lives forever and none expires while a booking in it still counts. Relative
 * (PTTL/PEXPIRE), since the caller's clock and Redis's may differ.
 */
const KEEP_UNTIL = `
local function keepUntil(key, atMs, nowMs)
  local want = tonumber(atMs) - tonumber(nowMs)
  if want < 60000 then want = 60000 end
  local ttl = redis.call('PTTL', key)
  if ttl < want then redis.call('PEXPIRE', key, want) end
end
`;

/**
 * Takes a slot and stores the booking in one step. Redis runs a script to completion before any
 * other command, so of many concurrent attempts on a slot exactly one finds the slot key free.
 * KEYS: slot, booking, taken-zset, index-zset, owner sets…
 * ARGV: code, json, startMs, startIso, slotExpireAtMs, bookingExpireAtMs, nowMs.
 */
const RESERVE = `${KEEP_UNTIL}
if redis.call('EXISTS', KEYS[1]) == 1 then return 'slot_taken' end
if redis.call('EXISTS', KEYS[2]) == 1 then return 'code_taken' end
redis.call('SET', KEYS[1], ARGV[1], 'PXAT', ARGV[5])
redis.call('SET', KEYS[2], ARGV[2], 'PXAT', ARGV[6])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[4])
keepUntil(KEYS[3], ARGV[5], ARGV[7])
redis.call('ZADD', KEYS[4], ARGV[3], ARGV[1])
keepUntil(KEYS[4], ARGV[6], ARGV[7])
for i = 5, #KEYS do
  redis.call('SADD', KEYS[i], ARGV[1])
  keepUntil(KEYS[i], ARGV[6], ARGV[7])
end
return 'ok'
`;

/**
 * Cancels if the booking is still exactly what the caller read (else 'conflict' and the caller
 * reads again); the new record is the anonymous one, so the code leaves its owner sets.
 * KEYS: booking, slot, taken-zset, owner sets…. ARGV: expectedJson, newJson, code, startIso.
 */
const CANCEL = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 'conflict' end
redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
if redis.call('GET', KEYS[2]) == ARGV[3] then
  redis.call('DEL', KEYS[2])
  redis.call('ZREM', KEYS[3], ARGV[4])
end
for i = 4, #KEYS do redis.call('SREM', KEYS[i], ARGV[3]) end
return 'ok'
`;

/**
 * Takes the new slot first, then frees the old one, all in one script.
 * KEYS: booking, oldSlot, newSlot, oldTaken, newTaken, index.
 * ARGV: expectedJson, newJson, code, oldStartIso, newStartMs, newStartIso, newSlotExpireAtMs, bookingExpireAtMs, nowMs.
 */
const RESCHEDULE = `${KEEP_UNTIL}
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 'conflict' end
if redis.call('EXISTS', KEYS[3]) == 1 then return 'slot_taken' end
redis.call('SET', KEYS[3], ARGV[3], 'PXAT', ARGV[7])
redis.call('ZADD', KEYS[5], ARGV[5], ARGV[6])
keepUntil(KEYS[5], ARGV[7], ARGV[9])
if redis.call('GET', KEYS[2]) == ARGV[3] then
  redis.call('DEL', KEYS[2])
  redis.call('ZREM', KEYS[4], ARGV[4])
end
redis.call('SET', KEYS[1], ARGV[2], 'PXAT', ARGV[8])
redis.call('ZADD', KEYS[6], ARGV[5], ARGV[3])
keepUntil(KEYS[6], ARGV[8], ARGV[9])
return 'ok'
`;

/**
 * Replaces the record by its anonymous version if it is still what the caller read, and takes the
 * code out of its owner sets. KEYS: booking, owner sets…. ARGV: expectedJson, newJson, code.
 */
const ANONYMISE = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 'conflict' end
redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
for i = 2, #KEYS do redis.call('SREM', KEYS[i], ARGV[3]) end
return 'ok'
`;

export interface RedisBookingStoreOptions {
  /** Prepended to every key, e.g. `loopbaanbot:booking:`. */
  prefix: string;
  clock?: Clock;
  retentionDays?: number;
  newCode?: () => string;
}

/** A slot key outlives its appointment by a day so "taken" never flickers around the slot itself. */
const SLOT_GRACE_MS = 86_400_000;
/** Optimistic retries for cancel/reschedule racing another writer of the same booking. */
const MAX_ATTEMPTS = 5;

/**
 * Bookings in Redis, shared by every bot instance. The booking record expires `retentionDays`
 * after the appointment (data/README.md); indexes are pruned as they are read and expire with the
 * last booking in them. Owner sets (`owner:<pseudonym>` → codes) let "forget me" find a person's
 * bookings; they hold pseudonyms only.
 */
export class RedisBookingStore implements BookingStore {
  private readonly clock: Clock;
  private readonly retentionDays: number;
  private readonly newCode: () => string;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisBookingStoreOptions,
  ) {
    this.clock = options.clock ?? { now: () => new Date() };
    this.retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
    this.newCode = options.newCode ?? (() => newBookingCode());
  }

  private bookingKey = (code: string) => `${this.options.prefix}b:${code}`;
  private slotKey = (slot: Slot) => `${this.options.prefix}slot:${slot.centreId}:${slot.start}`;
  private takenKey = (centreId: string) => `${this.options.prefix}taken:${centreId}`;
  private indexKey = () => `${this.options.prefix}index`;
  private ownerKey = (owner: string) => `${this.options.prefix}owner:${owner}`;

  async reserve(booking: NewBooking): Promise<ReserveResult> {
    const startMs = Date.parse(booking.slot.start);
    await this.redis.zremrangebyscore(this.takenKey(booking.slot.centreId), '-inf', this.clock.now().getTime() - SLOT_GRACE_MS);
    const owners = booking.owners ?? [];
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const stored: Booking = {
        ...booking,
        ...(owners.length > 0 && { owners }),
        code: this.newCode(),
        createdAt: this.clock.now().toISOString(),
        status: 'confirmed',
      };
      const result = await this.redis.eval(
        RESERVE,
        4 + owners.length,
        this.slotKey(booking.slot),
        this.bookingKey(stored.code),
        this.takenKey(booking.slot.centreId),
        this.indexKey(),
        ...owners.map(this.ownerKey),
        stored.code,
        JSON.stringify(stored),
        startMs,
        booking.slot.start,
        Date.parse(booking.slot.end) + SLOT_GRACE_MS,
        bookingExpiresAt(booking.slot, this.retentionDays),
        this.clock.now().getTime(),
      );
      if (result === 'ok') return { ok: true, booking: stored };
      if (result === 'slot_taken') return { ok: false, reason: 'slot_taken' };
    }
    throw new Error('no free booking code after several attempts');
  }

  async get(code: string): Promise<Booking | undefined> {
    return (await this.read(normalizeCode(code)))?.booking;
  }

  async cancel(code: string): Promise<Booking | undefined> {
    const normalized = normalizeCode(code);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await this.read(normalized);
      if (!current) return undefined;
      if (current.booking.status === 'cancelled') return current.booking;
      const cancelled: Booking = { ...current.booking, status: 'cancelled' };
      const owners = current.booking.owners ?? [];
      const result = await this.redis.eval(
        CANCEL,
        3 + owners.length,
        this.bookingKey(normalized),
        this.slotKey(current.booking.slot),
        this.takenKey(current.booking.slot.centreId),
        ...owners.map(this.ownerKey),
        current.raw,
        JSON.stringify(withoutPerson(cancelled)),
        normalized,
        current.booking.slot.start,
      );
      if (result === 'ok') return cancelled;
    }
    throw new Error('booking changed during cancel too often');
  }

  async reschedule(code: string, newSlot: Slot): Promise<RescheduleResult> {
    const normalized = normalizeCode(code);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await this.read(normalized);
      if (!current || current.booking.status !== 'confirmed') return { ok: false, reason: 'not_found' };
      const old = current.booking.slot;
      if (old.centreId === newSlot.centreId && old.start === newSlot.start) return { ok: true, booking: current.booking };
      const moved: Booking = { ...current.booking, centreId: newSlot.centreId, slot: { ...newSlot } };
      const result = await this.redis.eval(
        RESCHEDULE,
        6,
        this.bookingKey(normalized),
        this.slotKey(old),
        this.slotKey(newSlot),
        this.takenKey(old.centreId),
        this.takenKey(newSlot.centreId),
        this.indexKey(),
        current.raw,
        JSON.stringify(moved),
        normalized,
        old.start,
        Date.parse(newSlot.start),
        newSlot.start,
        Date.parse(newSlot.end) + SLOT_GRACE_MS,
        bookingExpiresAt(newSlot, this.retentionDays),
        this.clock.now().getTime(),
      );
      if (result === 'ok') return { ok: true, booking: moved };
      if (result === 'slot_taken') return { ok: false, reason: 'slot_taken' };
    }
    throw new Error('booking changed during reschedule too often');
  }

  async forOwner(owner: string): Promise<Booking[]> {
    const codes = await this.redis.smembers(this.ownerKey(owner));
    if (codes.length === 0) return [];
    const raws = await this.redis.mget(codes.map((c) => this.bookingKey(c)));
    return raws.flatMap((raw) => (raw ? [JSON.parse(raw) as Booking] : [])).filter((b) => b.owners?.includes(owner));
  }

  async anonymise(code: string): Promise<boolean> {
    const normalized = normalizeCode(code);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await this.read(normalized);
      if (!current) return false;
      const owners = current.booking.owners ?? [];
      const result = await this.redis.eval(
        ANONYMISE,
        1 + owners.length,
        this.bookingKey(normalized),
        ...owners.map(this.ownerKey),
        current.raw,
        JSON.stringify(withoutPerson(current.booking)),
        normalized,
      );
      if (result === 'ok') return true;
    }
    throw new Error('booking changed during anonymise too often');
  }

  async takenStarts(centreId: string, fromIso: string, toIso: string): Promise<Set<string>> {
    const starts = await this.redis.zrangebyscore(this.takenKey(centreId), Date.parse(fromIso), `(${Date.parse(toIso)}`);
    return new Set(starts);
  }

  async list(filter: BookingFilter = {}): Promise<Booking[]> {
    // Codes of appointments whose record has expired are pruned from the index first.
    const expiredBefore = this.clock.now().getTime() - this.retentionDays * 86_400_000 - SLOT_GRACE_MS;
    await this.redis.zremrangebyscore(this.indexKey(), '-inf', `(${expiredBefore}`);
    const from = filter.from ? String(Date.parse(filter.from)) : '-inf';
    const to = filter.to ? `(${Date.parse(filter.to)}` : '+inf';
    const codes = await this.redis.zrangebyscore(this.indexKey(), from, to);
    if (codes.length === 0) return [];
    const raws = await this.redis.mget(codes.map((c) => this.bookingKey(c)));
    const bookings = raws.flatMap((raw) => (raw ? [JSON.parse(raw) as Booking] : []));
    return bookings
      .filter((b) => !filter.centreId || b.centreId === filter.centreId)
      .sort((a, b) => a.slot.start.localeCompare(b.slot.start) || a.code.localeCompare(b.code));
  }

  private async read(code: string): Promise<{ raw: string; booking: Booking } | undefined> {
    const raw = await this.redis.get(this.bookingKey(code));
    return raw === null ? undefined : { raw, booking: JSON.parse(raw) as Booking };
  }
}
