import type { Locale } from '../i18n/locale.js';
import { bookingIcs } from './ics.js';
import type { Booking, Centre, Slot } from './model.js';
import type { EmailJob } from './outbox.js';
import { bookingText, formatWhen } from './texts.js';

/** What happened to a booking, as the centre hears it. */
export type BookingEvent = 'confirmed' | 'cancelled' | 'rescheduled';

/** The e-mail a centre gets: the facts, one per line, and the calendar file. */
export function centreEmail(
  event: BookingEvent,
  booking: Booking,
  centre: Centre,
  locale: Locale,
  now: Date,
  previousSlot?: Slot,
): EmailJob {
  const when = formatWhen(booking.slot.start, locale);
  const t = (key: string, values: Record<string, string> = {}) => bookingText(locale, `centreMail.${key}`, values);
  const lines = [
    t(`intro.${event}`, { previous: previousSlot ? formatWhen(previousSlot.start, locale) : '' }),
    '',
    t('code', { code: booking.code }),
    t('when', { when }),
    t('mode', { mode: bookingText(locale, `mode.${booking.mode}`) }),
    t('name', { name: booking.person.firstName }),
    ...(booking.person.phone ? [t('phone', { phone: booking.person.phone })] : []),
    ...(booking.person.email ? [t('email', { email: booking.person.email })] : []),
    t('language', { language: booking.locale }),
    ...(booking.eligibility !== undefined ? ['', t('eligibility')] : []),
    ...(centre.demo ? ['', t('demo')] : []),
  ];
  return {
    kind: 'email',
    to: centre.contact.email,
    subject: t(`subject.${event}`, { code: booking.code, when }),
    text: lines.join('\n'),
    ics: bookingIcs(booking, centre, locale, now),
    icsMethod: booking.status === 'cancelled' ? 'CANCEL' : 'PUBLISH',
  };
}

/**
 * The webhook body: the booking without the conversation reference and owner keys (channel and
 * privacy details the centre has no use for). Eligibility answers go along so the centre need not
 * ask them again.
 */
export function webhookBody(event: BookingEvent, booking: Booking, centre: Centre, now: Date, previousSlot?: Slot): string {
  const { conversationReference: _omitted, owners: _owners, ...shared } = booking;
  return JSON.stringify({
    event: `booking.${event}`,
    sentAt: now.toISOString(),
    centre: { id: centre.id, name: centre.name, demo: centre.demo },
    booking: shared,
    ...(previousSlot && { previousSlot }),
  });
}
