import { describe, expect, it } from 'vitest';
import { chatInBooking, type BookingLanguage } from '../../support/booking.js';
import { keysOf } from '../../support/keys.js';

/*
 * "maakt niet uit", "peu importe", "any time" at "Welk uur past voor jou?": no preference, so the
 * first hour shown, as "Maakt niet uit" takes the first way of talking; "Klopt dit?" says which.
 * Was "Die dag begrijp ik niet", "Voulez-vous dire : C'est quoi un chèque carrière ?", or a later page of hours.
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

/** At the hours of Gent's centre, in person. */
const atTheHours = (locale: BookingLanguage) => chatInBooking(DATE, locale, '9000', '1', '1');

describe('ChooseSlotDialog: no preference for the hour', () => {
  it.each([
    ['nl', 'maakt niet uit'],
    ['nl', 'om het even wanneer'],
    ['fr', 'peu importe'],
    ['fr', "n'importe quand"],
    ['fr', 'quand vous voulez'],
    ['en', "doesn't matter"],
    ['en', 'any time'],
    ['en', 'whenever'],
    // Leaving the choice to us: before, "Do you mean one of these? Stop".
    ['en', "i don't mind"],
    ['en', 'you choose'],
    ['nl', 'kies jij maar'],
    ['fr', 'choisissez pour moi'],
  ] as const)('When (%s) "%s" is typed at the hours, Then the first hour shown is taken and the first name asked', async (locale, said) => {
    const chat = await atTheHours(locale);
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:slots.question');
    const reply = await chat.says(said);
    expect(keysOf(chat, reply.at(-1)?.text)).toEqual(['bookIntake:who.name']);
  });

  it('When "maakt niet uit" is typed at the hours, Then "Klopt dit?" shows the first free hour', async () => {
    const chat = await atTheHours('nl');
    for (const text of ['maakt niet uit', 'Sam', '0470 12 34 56']) await chat.says(text);
    expect(chat.received.at(-2)?.text).toContain('vrijdag 27 november om 12.00 uur');
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:summary.question');
  });

  it('When (en) "any time on tuesday?" is typed at the hours, Then no hour is taken: "any time" inside a longer message is no answer', async () => {
    const chat = await atTheHours('en');
    const reply = await chat.says('any time on tuesday?');
    expect(reply.flatMap((m) => keysOf(chat, m.text))).not.toContain('bookIntake:who.name');
  });

  it.each([
    ['nl', 'wat het makkelijkst is'],
    ['fr', 'le plus simple'],
    ['en', 'whatever is easiest'],
  ] as const)(
    'When (%s) "%s" is typed at "Hoe wil je het gesprek doen?", Then no preference: the hours come (before: "Bedoel je …?" or the question said more simply)',
    async (locale, said) => {
      const chat = await chatInBooking(DATE, locale, '9000', '1');
      expect(keysOf(chat, chat.received.at(-1)?.text)).toEqual(['bookIntake:modes.question']);
      const reply = await chat.says(said);
      expect(keysOf(chat, reply.at(-1)?.text)).toContain('bookIntake:slots.question');
    },
  );
});
