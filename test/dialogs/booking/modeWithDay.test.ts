import { describe, expect, it } from 'vitest';
import { chatInBooking, type BookingLanguage } from '../../support/booking.js';
import { keysOf } from '../../support/keys.js';

/*
 * "ter plaatse dinsdag", "sur place mardi", "in person on tuesday" at "Hoe wil je het gesprek
 * doen?": two answers in one message, the way and the day. The hours are that day's (was the first
 * free hours, the day dropped).
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

const TUESDAY = {
  nl: ['di 1 dec 9.00 uur', 'di 1 dec 9.30 uur', 'di 1 dec 10.00 uur', 'Meer'],
  fr: ['mar. 1 déc. 9 h', 'mar. 1 déc. 9 h 30', 'mar. 1 déc. 10 h', 'Plus'],
  en: ['Tue 1 Dec 9 am', 'Tue 1 Dec 9.30 am', 'Tue 1 Dec 10 am', 'More'],
} as const;

describe('BookIntakeDialog: the way of talking and a day in one message', () => {
  it.each([
    ['nl', 'ter plaatse dinsdag'],
    ['nl', 'online op dinsdag aub'],
    ['fr', 'sur place mardi'],
    ['en', 'in person on tuesday'],
  ] as const)(
    'When (%s) "%s" is typed at the way of talking, Then the hours are those of next Tuesday',
    async (locale: BookingLanguage, said) => {
      const chat = await chatInBooking(DATE, locale, '9000', '1');
      expect(keysOf(chat, chat.received.at(-1)?.text)).toEqual(['bookIntake:modes.question']);
      const reply = await chat.says(said);
      expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['bookIntake:slots.question']]);
      expect(reply[0]?.buttons).toEqual(TUESDAY[locale]);
    },
  );

  it('When "ter plaatse zo snel mogelijk" is typed at the way of talking, Then the first free hour is taken and the name asked', async () => {
    const chat = await chatInBooking(DATE, 'nl', '9000', '1');
    const reply = await chat.says('ter plaatse zo snel mogelijk');
    expect(reply[0]?.text).toContain('vrijdag 27 november om 12.00 uur');
    expect(keysOf(chat, reply.at(-1)?.text)).toEqual(['bookIntake:who.name']);
  });

  it('When "Ter plaatse" is tapped, Then the first free hours come as before', async () => {
    const chat = await chatInBooking(DATE, 'nl', '9000', '1');
    const reply = await chat.says('Ter plaatse');
    expect(reply[0]?.buttons[0]).toBe('vr 27 nov 12.00 uur');
  });
});
