import type { Slot } from './model.js';

/**
 * When a booking's personal data goes: `retentionDays` after the appointment ends. The centre has
 * its own copy by e-mail; the bot only needs the booking for cancel, reschedule and reminders.
 */
export function bookingExpiresAt(slot: Slot, retentionDays: number): number {
  return Date.parse(slot.end) + retentionDays * 86_400_000;
}

/** Default for BOOKING_RETENTION_DAYS. */
export const DEFAULT_RETENTION_DAYS = 30;
