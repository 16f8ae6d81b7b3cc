import type { Clock } from '../domain/calendar.js';
import { newBookingCode, normalizeCode } from './codes.js';
import type { Booking, BookingFilter, BookingStore, NewBooking, RescheduleResult, ReserveResult, Slot } from './model.js';
import { bookingExpiresAt, DEFAULT_RETENTION_DAYS } from './retention.js';
import { withoutPerson } from './anonymous.js';

export interface MemoryBookingStoreOptions {
  clock?: Clock;
  retentionDays?: number;
  newCode?: () => string;
}

const slotKey = (slot: Slot) => `${slot.centreId}|${slot.start}`;

/**
 * Bookings in this process (the default without REDIS_URL; lost on restart). Every method does
 * its check and its write in one synchronous stretch, so concurrent calls cannot interleave.
 */
export class MemoryBookingStore implements BookingStore {
  private readonly bookings = new Map<string, Booking>();
  /** slot → code of the confirmed booking holding it. */
  private readonly taken = new Map<string, string>();
  private readonly clock: Clock;
  private readonly retentionDays: number;
  private readonly newCode: () => string;

  constructor(options: MemoryBookingStoreOptions = {}) {
    this.clock = options.clock ?? { now: () => new Date() };
    this.retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
    this.newCode = options.newCode ?? (() => newBookingCode());
  }

  async reserve(booking: NewBooking): Promise<ReserveResult> {
    this.purgeExpired();
    const key = slotKey(booking.slot);
    if (this.taken.has(key)) return { ok: false, reason: 'slot_taken' };
    let code = this.newCode();
    while (this.bookings.has(code)) code = this.newCode();
    const owners = booking.owners ?? [];
    const stored: Booking = {
      ...structuredClone(booking),
      ...(owners.length > 0 && { owners }),
      code,
      createdAt: this.clock.now().toISOString(),
      status: 'confirmed',
    };
    this.bookings.set(code, stored);
    this.taken.set(key, code);
    return { ok: true, booking: structuredClone(stored) };
  }

  async get(code: string): Promise<Booking | undefined> {
    this.purgeExpired();
    const found = this.bookings.get(normalizeCode(code));
    return found && structuredClone(found);
  }

  async cancel(code: string): Promise<Booking | undefined> {
    this.purgeExpired();
    const found = this.bookings.get(normalizeCode(code));
    if (!found) return undefined;
    if (found.status !== 'confirmed') return structuredClone(found);
    const cancelled: Booking = { ...structuredClone(found), status: 'cancelled' };
    if (this.taken.get(slotKey(found.slot)) === found.code) this.taken.delete(slotKey(found.slot));
    this.bookings.set(found.code, withoutPerson(cancelled));
    return cancelled;
  }

  async forOwner(owner: string): Promise<Booking[]> {
    this.purgeExpired();
    return [...this.bookings.values()].filter((b) => b.owners?.includes(owner)).map((b) => structuredClone(b));
  }

  async anonymise(code: string): Promise<boolean> {
    const found = this.bookings.get(normalizeCode(code));
    if (!found) return false;
    this.bookings.set(found.code, withoutPerson(found));
    return true;
  }

  async reschedule(code: string, newSlot: Slot): Promise<RescheduleResult> {
    this.purgeExpired();
    const found = this.bookings.get(normalizeCode(code));
    if (!found || found.status !== 'confirmed') return { ok: false, reason: 'not_found' };
    const oldKey = slotKey(found.slot);
    const newKey = slotKey(newSlot);
    if (newKey === oldKey) return { ok: true, booking: structuredClone(found) };
    if (this.taken.has(newKey)) return { ok: false, reason: 'slot_taken' };
    this.taken.set(newKey, found.code);
    this.taken.delete(oldKey);
    found.slot = { ...newSlot };
    found.centreId = newSlot.centreId;
    return { ok: true, booking: structuredClone(found) };
  }

  async takenStarts(centreId: string, fromIso: string, toIso: string): Promise<Set<string>> {
    const from = Date.parse(fromIso);
    const to = Date.parse(toIso);
    const starts = new Set<string>();
    for (const key of this.taken.keys()) {
      const [centre, start = ''] = key.split('|');
      const at = Date.parse(start);
      if (centre === centreId && at >= from && at < to) starts.add(start);
    }
    return starts;
  }

  async list(filter: BookingFilter = {}): Promise<Booking[]> {
    this.purgeExpired();
    const from = filter.from ? Date.parse(filter.from) : Number.NEGATIVE_INFINITY;
    const to = filter.to ? Date.parse(filter.to) : Number.POSITIVE_INFINITY;
    return [...this.bookings.values()]
      .filter(
        (b) => (!filter.centreId || b.centreId === filter.centreId) && Date.parse(b.slot.start) >= from && Date.parse(b.slot.start) < to,
      )
      .sort((a, b) => a.slot.start.localeCompare(b.slot.start) || a.code.localeCompare(b.code))
      .map((b) => structuredClone(b));
  }

  /** Personal data does not outlive its retention, as with the expiring Redis keys. */
  private purgeExpired(): void {
    const now = this.clock.now().getTime();
    for (const [code, booking] of this.bookings) {
      if (bookingExpiresAt(booking.slot, this.retentionDays) > now) continue;
      this.bookings.delete(code);
      if (this.taken.get(slotKey(booking.slot)) === code) this.taken.delete(slotKey(booking.slot));
    }
  }
}
