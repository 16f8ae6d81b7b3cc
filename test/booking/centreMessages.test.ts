import { describe, expect, it } from 'vitest';
import { centreEmail, webhookBody } from '../../src/booking/centreMessages.js';
import { gentCentre, sampleBooking } from '../support/booking.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const booking = sampleBooking({ locale: 'fr', conversationReference: { conversation: { id: 'secret-conversation' } } });
const previous = { centreId: 'demo-gent', start: '2026-12-02T09:30:00.000Z', end: '2026-12-02T10:00:00.000Z' };

describe('centreEmail', () => {
  it('When a booking is confirmed, Then the e-mail lists the facts one per line in the centre language', () => {
    const mail = centreEmail('confirmed', booking, gentCentre, 'nl', NOW);

    expect(mail.to).toBe('demo-gent@example.org');
    expect(mail.subject).toBe('Nieuwe afspraak K7M3QX op donderdag 3 december 2026 om 10:30');
    expect(mail.text.split('\n')).toStrictEqual([
      'Via Loopbaanbot is een kennismakingsgesprek geboekt.',
      '',
      'Code: K7M3QX',
      'Wanneer: donderdag 3 december 2026 om 10:30',
      'Hoe: op het centrum',
      'Voornaam: Amira',
      'Telefoon: +32470123456',
      'Taal van het gesprek met de bot: fr',
      '',
      'Let op: dit is een demo-centrum. Deze afspraak is niet echt.',
    ]);
    expect(mail.icsMethod).toBe('PUBLISH');
    expect(mail.ics).toContain('\r\nUID:K7M3QX@loopbaanbot\r\n');
  });

  it('When a booking is rescheduled, Then the intro names the old moment', () => {
    const mail = centreEmail('rescheduled', booking, gentCentre, 'nl', NOW, previous);
    expect(mail.text.split('\n')[0]).toBe('Deze afspraak is verplaatst. Het oude moment (woensdag 2 december 2026 om 10:30) is weer vrij.');
  });

  it('When a booking is cancelled, Then the calendar file cancels the event', () => {
    const mail = centreEmail('cancelled', { ...booking, status: 'cancelled' }, gentCentre, 'nl', NOW);
    expect([mail.subject, mail.icsMethod]).toStrictEqual(['Afspraak K7M3QX geannuleerd', 'CANCEL']);
  });
});

describe('webhookBody', () => {
  it('When a booking is rescheduled, Then the body carries the event, the old slot and the booking without its conversation', () => {
    const parsed = JSON.parse(webhookBody('rescheduled', booking, gentCentre, NOW, previous)) as Record<string, unknown>;
    const { conversationReference: _dropped, ...shared } = booking;

    expect(parsed).toStrictEqual({
      event: 'booking.rescheduled',
      sentAt: '2026-11-26T12:00:00.000Z',
      centre: { id: 'demo-gent', name: 'Demo Loopbaancentrum Gent', demo: true },
      booking: shared,
      previousSlot: previous,
    });
  });

  it('When there is no previous slot, Then the body has no previousSlot key', () => {
    expect(JSON.parse(webhookBody('confirmed', booking, gentCentre, NOW))).not.toHaveProperty('previousSlot');
  });
});
