import type { Locale } from '../i18n/locale.js';
import type { Booking, Centre } from './model.js';
import { bookingText } from './texts.js';

export interface CalendarEvent {
  uid: string;
  /** When this version of the event was made. */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  location: string;
  description: string;
  /** Calendars replace an event with the same UID and a higher SEQUENCE. */
  sequence?: number;
  cancelled?: boolean;
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line to at most 75 octets per line (RFC 5545 §3.1): continuation lines start
 * with one space, and a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // continuation lines carry a leading space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `20261203T093000Z` */
export function icsUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A VCALENDAR with one VEVENT, CRLF line endings, folded and escaped. */
export function calendarFile(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Loopbaanbot//Booking//NL',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.cancelled ? 'CANCEL' : 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsUtc(event.stamp)}`,
    `DTSTART:${icsUtc(event.start)}`,
    `DTEND:${icsUtc(event.end)}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** "Voorbeeldkaai 5, 9000 Gent" */
export function centreAddress(centre: Centre): string {
  return `${centre.address.street}, ${centre.address.postcode} ${centre.address.municipality}`;
}

/** A map link for the address. A link, not a fetch: nothing is loaded until the user taps it. */
export function mapLink(centre: Centre): string {
  const { lat, lon } = centre.location;
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}

/**
 * The calendar file for a booking, in the user's language; the dialog offers it to the user and
 * the centre gets the same event (same UID) with its e-mail. A cancelled booking gives a CANCEL.
 * `stamp` defaults to the booking's creation; pass the moment of a change for later versions.
 */
export function bookingIcs(booking: Booking, centre: Centre, locale: Locale, stamp: Date = new Date(booking.createdAt)): string {
  return calendarFile({
    uid: `${booking.code}@loopbaanbot`,
    stamp,
    start: new Date(booking.slot.start),
    end: new Date(booking.slot.end),
    summary: `${bookingText(locale, 'ics.summary')} (${booking.code})`,
    location: booking.mode === 'in_person' || booking.mode === 'walking' ? `${centre.name}, ${centreAddress(centre)}` : centre.name,
    description: bookingText(locale, 'ics.description', { centre: centre.name, code: booking.code }),
    // Later versions must carry a higher sequence; seconds since booking beat any earlier version.
    sequence: Math.max(0, Math.floor((stamp.getTime() - Date.parse(booking.createdAt)) / 1000)),
    cancelled: booking.status === 'cancelled',
  });
}
