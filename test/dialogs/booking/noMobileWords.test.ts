import { describe, expect, it } from 'vitest';
import { chatInBooking, type BookingLanguage } from '../../support/booking.js';
import { keysOf } from '../../support/keys.js';

/*
 * "i dont have phone", "ik heb gene gsm" at the contact, as typed on a phone: no mobile, so what
 * else will do (was "Type a mobile number or an e-mail address", as if nothing was said).
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

describe('BookIntakeDialog: no mobile, in the words people type', () => {
  it.each([
    ['en', 'i dont have phone'],
    ['en', 'i have no phone'],
    ['nl', 'ik heb gene gsm'],
    ['nl', 'kheb gin gsm'],
  ] as const)('When (%s) "%s" is typed at the contact, Then what else will do is said', async (locale: BookingLanguage, said) => {
    const chat = await chatInBooking(DATE, locale, '9000', '1', '1', '1', 'Sam');
    const reply = await chat.says(said);
    expect(reply.flatMap((m) => keysOf(chat, m.text))).toContain('bookIntake:who.contactRetry.noMobile');
    expect(reply.at(-1)?.buttons.length).toBeGreaterThan(0);
  });
});
