import { turnOwners, type TurnStateHolder } from '../privacy/turnOwner.js';
import type { Booking, BookingStore } from './model.js';

/**
 * The person's open bookings (confirmed, still to come), earliest first: those stored with the
 * owner keys of this turn (their user and this conversation), and the conversation's own last
 * booking (`lastCode`, for bookings made before owner keys existed). Each booking once.
 */
export async function openBookingsOf(bookings: BookingStore, turn: TurnStateHolder, now: Date, lastCode?: string): Promise<Booking[]> {
  const found = new Map<string, Booking>();
  for (const owner of turnOwners(turn)) for (const booking of await bookings.forOwner(owner)) found.set(booking.code, booking);
  if (lastCode && !found.has(lastCode)) {
    const last = await bookings.get(lastCode);
    if (last) found.set(last.code, last);
  }
  return [...found.values()]
    .filter((b) => b.status === 'confirmed' && Date.parse(b.slot.start) > now.getTime())
    .sort((a, b) => a.slot.start.localeCompare(b.slot.start) || a.code.localeCompare(b.code));
}
