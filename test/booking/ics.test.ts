import { describe, expect, it } from 'vitest';
import { bookingIcs, calendarFile, escapeText, foldLine, mapLink } from '../../src/booking/ics.js';
import { gentCentre, sampleBooking } from '../support/booking.js';

const gent = gentCentre;
const booking = sampleBooking();

describe('calendar file (RFC 5545)', () => {
  it('When text has commas, semicolons, backslashes and newlines, then they are escaped', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('When a line is longer than 75 octets, then it is folded with CRLF and a space, never inside a character', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    const lines = folded.split('\r\n');

    expect(lines.map((l) => Buffer.byteLength(l))).toStrictEqual([74, 75, 65]);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
  });

  it('When a booking becomes a calendar file, then it is one VEVENT in UTC with CRLF endings', () => {
    const ics = bookingIcs(booking, gent, 'nl');

    expect(ics.split('\r\n')).toStrictEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Loopbaanbot//Booking//NL',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:K7M3QX@loopbaanbot',
      'DTSTAMP:20261126T120000Z',
      'DTSTART:20261203T093000Z',
      'DTEND:20261203T100000Z',
      'SEQUENCE:0',
      'STATUS:CONFIRMED',
      'SUMMARY:Kennismakingsgesprek loopbaancheque (K7M3QX)',
      'LOCATION:Demo Loopbaancentrum Gent\\, Voorbeeldkaai 5\\, 9000 Gent',
      'DESCRIPTION:Afspraak bij Demo Loopbaancentrum Gent. Je code is K7M3QX. Kun ',
      ' je niet komen? Zeg het aan Loopbaanbot of aan het centrum.',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('When a booking is cancelled, then the file cancels the same UID with a higher sequence', () => {
    const ics = bookingIcs({ ...booking, status: 'cancelled' }, gent, 'fr', new Date('2026-11-27T12:00:00Z'));

    expect(ics).toContain('\r\nMETHOD:CANCEL\r\n');
    expect(ics).toContain('\r\nUID:K7M3QX@loopbaanbot\r\n');
    expect(ics).toContain('\r\nSEQUENCE:86400\r\n');
    expect(ics).toContain('\r\nSTATUS:CANCELLED\r\n');
    expect(ics).toContain('\r\nSUMMARY:Premier entretien chèque carrière (K7M3QX)\r\n');
  });

  it('When an online appointment is exported, then the location is the centre name only', () => {
    expect(
      calendarFile({ uid: 'u', stamp: new Date(0), start: new Date(0), end: new Date(0), summary: 's', location: 'l', description: 'd' }),
    ).toContain('\r\nDTSTART:19700101T000000Z\r\n');
    expect(bookingIcs({ ...booking, mode: 'online' }, gent, 'en')).toContain('\r\nLOCATION:Demo Loopbaancentrum Gent\r\n');
  });

  it('When a map link is made, then it points at the coordinates on OpenStreetMap', () => {
    expect(mapLink(gent)).toBe('https://www.openstreetmap.org/?mlat=51.053&mlon=3.725#map=17/51.053/3.725');
  });
});
