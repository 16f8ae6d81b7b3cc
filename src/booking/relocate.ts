import type { TurnStateHolder } from '../privacy/turnOwner.js';
import type { Booking, BookingStore, NewBooking } from './model.js';
import { reserveForTurn } from './reserve.js';

/**
 * What a move to another centre did: the new booking, and the old one as it was before it was
 * cancelled (its centre is to be told), or `oldKept` when it could not be cancelled and still stands.
 */
export type RelocateResult =
  { ok: true; booking: Booking; existing?: true; cancelled?: Booking; oldKept?: true } | { ok: false; reason: 'slot_taken' };

/**
 * Moves a booking to another centre (or another way of meeting): the new booking is reserved
 * first, as `reserveForTurn` does, and only once it is stored is the old one cancelled. A slot taken
 * meanwhile leaves the old booking as it was, so the person never ends up without one. The old
 * booking is cancelled through the store, so its record keeps no name or contact from then on.
 */
export async function relocateForTurn(
  bookings: BookingStore,
  oldCode: string,
  booking: NewBooking,
  turn: TurnStateHolder,
): Promise<RelocateResult> {
  const result = await reserveForTurn(bookings, booking, turn);
  if (!result.ok) return result;
  const old = await bookings.get(oldCode);
  // Cancelled already (a "ja" sent again after the move was made): nothing more to do.
  if (!old || old.status !== 'confirmed' || old.code === result.booking.code) return result;
  try {
    const cancelled = await bookings.cancel(old.code);
    return cancelled ? { ...result, cancelled } : result;
  } catch {
    // The new booking is stored and must be confirmed all the same; the old one is said to stand.
    return { ...result, oldKept: true };
  }
}
