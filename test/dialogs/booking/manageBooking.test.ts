import { describe, expect, it } from 'vitest';
import type { NewBooking } from '../../../src/booking/model.js';
import { Chat, converse, play } from '../../support/converse.js';
import { attachmentText, testBooking } from '../../support/booking.js';

const DATE = '2026-11-26';
const NL_MENU = ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer'];
const FR_MENU = ["C'est quoi un chèque carrière ?", 'Puis-je en recevoir un ?', 'Prendre rendez-vous', 'Plus'];
const EN_MENU = ['What is a career cheque?', 'Can I get one?', 'Make an appointment', 'More'];

/** Friday 27 November, 12.00 in Brussels, at the Gent demo centre. */
const FRIDAY_NOON = { centreId: 'demo-gent', start: '2026-11-27T11:00:00.000Z', end: '2026-11-27T11:30:00.000Z' };

const booked = (overrides: Partial<NewBooking> = {}): NewBooking => ({
  centreId: 'demo-gent',
  slot: FRIDAY_NOON,
  person: { firstName: 'An', phone: '+32470123456' },
  locale: 'nl',
  mode: 'in_person',
  reminderOptIn: false,
  ...overrides,
});

/** Books Friday 12.00 at Gent through the dialog, without checking the messages (bookIntake.test does). */
async function bookInConversation(chat: Chat): Promise<void> {
  for (const reply of ['hallo', 'afspraak maken', '9000', 'Gent', 'Ter plaatse', '1', 'An', '0470123456', 'nee', 'ja']) await chat.says(reply);
  expect(chat.received.at(-2)?.attachments?.[0]?.contentType).toBe('text/calendar');
}

describe('ManageBookingDialog', () => {
  it('When the user says "annuleer mijn afspraak" in the conversation they booked in, Then the booking is cancelled and its slot is free', async () => {
    const booking = testBooking(DATE);
    const chat = await Chat.start({ locale: 'nl-BE', date: DATE, booking: booking.parts });
    await bookInConversation(chat);
    expect(await booking.store.takenStarts('demo-gent', FRIDAY_NOON.start, FRIDAY_NOON.end)).toEqual(new Set([FRIDAY_NOON.start]));

    await play(chat, [
      ['user', 'annuleer mijn afspraak'],
      ['bot', 'Je afspraak: vrijdag 27 november om 12.00 uur bij Demo Loopbaancentrum Gent.'],
      ['bot', 'Wil je deze afspraak annuleren?', ['Ja', 'Nee']],
      ['user', 'ja'],
      ['bot', 'Je afspraak is geannuleerd. Het centrum weet het.'],
      ['bot', 'Kan ik je nog ergens mee helpen?', NL_MENU],
      ['user', 'afspraak annuleren'],
      ['bot', 'Die afspraak is al geannuleerd.'],
      ['bot', 'Kan ik je nog ergens mee helpen?', NL_MENU],
    ]);
    expect(await booking.store.get('K7M3QX')).toMatchObject({ status: 'cancelled' });
    expect(await booking.store.takenStarts('demo-gent', FRIDAY_NOON.start, FRIDAY_NOON.end)).toEqual(new Set());
    expect(booking.notices).toEqual([
      ['confirmed', 'K7M3QX'],
      ['cancelled', 'K7M3QX'],
    ]);
  });

  it('When a French user starts a new conversation with "annuler mon rendez-vous" and the code, Then that booking is cancelled', async () => {
    const booking = testBooking(DATE);
    await booking.store.reserve(booked({ locale: 'fr' }));
    await converse(
      [
        ['user', 'annuler mon rendez-vous k7m3qx'],
        ['bot', 'Bonjour ! Je suis Loopbaanbot, le bot du VDAB. Je vous aide avec le chèque carrière.'],
        ['bot', 'Votre rendez-vous : vendredi 27 novembre à 12 h chez Demo Loopbaancentrum Gent.'],
        ['bot', 'Voulez-vous annuler ce rendez-vous ?', ['Oui', 'Non']],
        ['user', 'oui'],
        ['bot', 'Votre rendez-vous est annulé. Le centre est prévenu.'],
        ['bot', 'Puis-je encore vous aider ?', FR_MENU],
      ],
      { locale: 'fr-BE', date: DATE, booking: booking.parts },
    );
    expect(await booking.store.get('K7M3QX')).toMatchObject({ status: 'cancelled' });
    expect(booking.notices).toEqual([['cancelled', 'K7M3QX']]);
  });

  it('When an English user asks to cancel without a code in a new conversation, Then the bot asks it, retries a wrong one and keeps the booking on "no"', async () => {
    const booking = testBooking(DATE);
    await booking.store.reserve(booked({ locale: 'en' }));
    await converse(
      [
        ['user', 'hello'],
        ['bot', 'Hello! I am Loopbaanbot from VDAB. I help you with the career cheque.'],
        ['bot', 'What can I help you with?', EN_MENU],
        ['user', 'cancel my appointment'],
        ['bot', 'What is the code of your appointment? You find it in your confirmation.'],
        ['user', 'K7M3QZ'],
        ['bot', 'I cannot find that code. A code has 6 characters, for example K7M3QX.'],
        ['user', 'k7m 3qx'],
        ['bot', 'Your appointment: Friday 27 November at 12 pm at Demo Loopbaancentrum Gent.'],
        ['bot', 'Do you want to cancel this appointment?', ['Yes', 'No']],
        ['user', 'no'],
        ['bot', 'OK, your appointment stays as it is.'],
        ['bot', 'Can I help you with anything else?', EN_MENU],
      ],
      { locale: 'en-GB', date: DATE, booking: booking.parts },
    );
    expect(await booking.store.get('K7M3QX')).toMatchObject({ status: 'confirmed', slot: FRIDAY_NOON });
    expect(booking.notices).toEqual([]);
  });

  it('When the user says "verplaats mijn afspraak", Then new slots are shown and the booking moves with its code and a new .ics', async () => {
    const booking = testBooking(DATE);
    const chat = await Chat.start({ locale: 'nl-BE', date: DATE, booking: booking.parts });
    await bookInConversation(chat);
    await play(chat, [
      ['user', 'verplaats mijn afspraak'],
      ['bot', 'Je afspraak: vrijdag 27 november om 12.00 uur bij Demo Loopbaancentrum Gent.'],
      ['bot', 'Wil je deze afspraak verplaatsen?', ['Ja', 'Nee']],
      ['user', 'ja'],
      [
        'bot',
        'Deze uren zijn vrij:\n1. vrijdag 27 november om 12.30 uur\n2. vrijdag 27 november om 13.00 uur\n3. vrijdag 27 november om 13.30 uur\nWelk uur past voor jou?',
        ['vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'vr 27 nov 13.30 uur', 'Meer'],
      ],
    ]);
    // Someone else takes 13.00 before the user picks it.
    await booking.store.reserve(booked({ slot: { centreId: 'demo-gent', start: '2026-11-27T12:00:00.000Z', end: '2026-11-27T12:30:00.000Z' } }));
    await play(chat, [
      ['user', '2'],
      ['bot', 'Dit uur is net genomen. Kies een ander uur.'],
      [
        'bot',
        'Deze uren zijn vrij:\n1. vrijdag 27 november om 12.30 uur\n2. vrijdag 27 november om 13.30 uur\n3. vrijdag 27 november om 14.00 uur\nWelk uur past voor jou?',
        ['vr 27 nov 12.30 uur', 'vr 27 nov 13.30 uur', 'vr 27 nov 14.00 uur', 'Meer'],
      ],
      ['user', 'vr 27 nov 14.00 uur'],
      ['bot', 'Je afspraak is verplaatst naar vrijdag 27 november om 14.00 uur. Je code blijft K7M3QX.'],
      ['bot', 'Zet de afspraak in je agenda met dit bestand.'],
      ['bot', 'Kan ik je nog ergens mee helpen?', NL_MENU],
    ]);
    expect(await booking.store.get('K7M3QX')).toMatchObject({
      status: 'confirmed',
      slot: { centreId: 'demo-gent', start: '2026-11-27T13:00:00.000Z', end: '2026-11-27T13:30:00.000Z' },
    });
    expect(await booking.store.takenStarts('demo-gent', FRIDAY_NOON.start, FRIDAY_NOON.end)).toEqual(new Set());
    expect(booking.notices).toEqual([
      ['confirmed', 'K7M3QX'],
      ['rescheduled', 'K7M3QX'],
    ]);
    const files = chat.received.flatMap((m) => m.attachments ?? []);
    expect(files).toHaveLength(2);
    const moved = attachmentText(files[1]?.contentUrl);
    expect(moved).toContain('UID:K7M3QX@loopbaanbot\r\n');
    expect(moved).toContain('DTSTART:20261127T130000Z\r\n');
  });
});
