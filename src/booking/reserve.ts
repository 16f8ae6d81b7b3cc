import { turnOwners, type TurnStateHolder } from '../privacy/turnOwner.js';
import type { BookingStore, NewBooking, ReserveResult } from './model.js';

/**
 * Reserves a slot for the person in this turn, stored with the turn's owner keys (`turnOwners`),
 * so "forget me" finds it later. When the slot is taken by their own confirmed
 * booking of that very slot, that booking comes back instead of "taken": a "ja" sent again after a
 * turn that stored the booking but failed before it could answer (a channel retry, or the user
 * tapping once more) confirms the booking they have, rather than offering other slots next to a
 * booking they do not know about.
 */
export async function reserveForTurn(bookings: BookingStore, booking: NewBooking, turn: TurnStateHolder): Promise<ReserveResult> {
  const owners = turnOwners(turn);
  const result = await bookings.reserve(owners.length > 0 ? { ...booking, owners } : booking);
  if (result.ok) return result;
  for (const owner of owners) {
    const own = (await bookings.forOwner(owner)).find(
      (b) => b.status === 'confirmed' && b.centreId === booking.centreId && b.slot.start === booking.slot.start,
    );
    if (own) return { ok: true, booking: own, existing: true };
  }
  return result;
}
