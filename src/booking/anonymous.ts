import type { Booking } from './model.js';

/**
 * The booking without anything that points at a person: no name or contact, no conversation to
 * send reminders into, no eligibility answers, no owner keys. Used for cancelled bookings and for
 * "forget me"; what stays only counts (centre, slot, mode, language, status).
 */
export function withoutPerson(booking: Booking): Booking {
  const { conversationReference: _reference, eligibility: _eligibility, owners: _owners, person: _person, ...rest } = booking;
  return { ...rest, person: { firstName: '' }, reminderOptIn: false };
}
