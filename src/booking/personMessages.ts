import { bookingIcs, centreAddress, mapLink } from './ics.js';
import type { BookingEvent } from './centreMessages.js';
import type { Booking, Centre } from './model.js';
import type { EmailJob } from './outbox.js';
import { bookingText, formatWhen } from './texts.js';

/**
 * The e-mail a person gets about their own booking, when they gave an e-mail address: in their
 * language, short lines, the code on a line of its own and the calendar file, so the code is not
 * only on a screen that may be gone. Nothing the person did not give us, and no eligibility answers.
 */
export function personEmail(event: BookingEvent, booking: Booking, centre: Centre, now: Date, phone: string): EmailJob | undefined {
  const to = booking.person.email;
  if (!to) return undefined;
  const locale = booking.locale;
  const t = (key: string, values: Record<string, string> = {}) => bookingText(locale, `personMail.${key}`, values);
  const when = formatWhen(booking.slot.start, locale);
  const mode = bookingText(locale, `mode.${booking.mode}`);
  const where = [t('where', { centre: centre.name, address: centreAddress(centre) })];
  const place =
    booking.mode === 'in_person'
      ? [...where, t('map', { map: mapLink(centre) })]
      : booking.mode === 'walking'
        ? [t('how', { mode }), ...where]
        : [t('how', { mode }), t('contact')];
  const lines = [
    ...(booking.person.firstName ? [t('hello', { name: booking.person.firstName }), ''] : []),
    t(`intro.${event}`),
    '',
    t('code', { code: booking.code }),
    t('when', { when }),
    ...place,
    '',
    ...(event === 'cancelled' ? [] : [t('calendar'), t('change', { code: booking.code })]),
    t('questions', { phone }),
    ...(centre.demo ? ['', t('demo')] : []),
    '',
    t('signature'),
  ];
  return {
    kind: 'email',
    to,
    subject: t(`subject.${event}`, { code: booking.code, when }),
    text: lines.join('\n'),
    ics: bookingIcs(booking, centre, locale, now),
    icsMethod: event === 'cancelled' ? 'CANCEL' : 'PUBLISH',
  };
}
