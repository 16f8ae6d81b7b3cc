import { bookingIcs, centreAddress, mapLink } from '../../src/booking/ics.js';
import type { Booking, Centre } from '../../src/booking/model.js';
import { toActivity } from '../../src/conversation/activity.js';
import type { Activity } from '../../src/bot/sdk.js';
import type { Translator } from '../../src/i18n/i18n.js';
import type { Locale } from '../../src/i18n/locale.js';
import { slotText } from './format.js';

/**
 * The booking confirmation in one short turn: the code on a line of its own, then day, hour and
 * where (address with a labelled map link, or how the centre gets in touch), then the calendar
 * file. What to bring and how to cancel come on request.
 */
export function confirmationMessages(
  t: Translator,
  locale: Locale,
  booking: Booking,
  centre: Centre,
  options: { emailed?: boolean; stamp?: Date; files?: boolean; note?: string } = {},
): Partial<Activity>[] {
  const code = [t('bookIntake:confirmed.code', { code: booking.code }), t('bookIntake:confirmed.done')];
  if (booking.reminderOptIn) code.push(t('bookIntake:confirmed.reminder'));
  if (options.emailed && booking.person.email) code.push(t('bookIntake:confirmed.emailed'));
  // A move to another centre: what became of the old booking.
  if (options.note) code.push(options.note);
  const when = t('bookIntake:confirmed.when', { when: slotText(t, locale, booking.slot.start), centre: centre.name });
  const where =
    booking.mode === 'in_person'
      ? t('bookIntake:confirmed.address', { address: centreAddress(centre), map: mapLink(centre) })
      : t(`bookIntake:confirmed.mode.${booking.mode}`);
  const told = [toActivity({ text: code.join('\n') }), toActivity({ text: `${when}\n${where}` })];
  // Where the channel shows no files (WhatsApp), no "met dit bestand" without a file.
  return options.files === false
    ? told
    : [...told, calendarMessage(t('bookIntake:confirmed.calendar'), booking, centre, locale, options.stamp)];
}

/** A message with the booking as an .ics attachment (inline base64, so no file server is needed). */
export function calendarMessage(text: string, booking: Booking, centre: Centre, locale: Locale, stamp?: Date): Partial<Activity> {
  const ics = bookingIcs(booking, centre, locale, stamp);
  return {
    ...toActivity({ text }),
    attachments: [
      {
        contentType: 'text/calendar',
        name: `${booking.code}.ics`,
        contentUrl: `data:text/calendar;base64,${Buffer.from(ics, 'utf8').toString('base64')}`,
      },
    ],
  };
}
