import { describe, expect, it } from 'vitest';
import { chatInBooking, type BookingLanguage } from '../../support/booking.js';
import { keysOf } from '../../support/keys.js';

/*
 * "ik heb geen e-mail" typed in the booking before the contact is asked (at the place, the centre,
 * the way of talking, the hours): an e-mail address is not needed, a phone number is enough; the
 * same question again. The contact question then asks for the phone number only.
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

/** At the booking's first question in `locale` on DATE. */
const bookingIn = (locale: BookingLanguage) => chatInBooking(DATE, locale);

/** Gent (9000), its centre, the first way of talking (in person), the first free hour, then a first name. */
const STEPS = ['9000', '1', '1', '1', 'Sam'];

describe('BookIntakeDialog: no e-mail address, said before the contact is asked', () => {
  it.each([
    ['nl', 0, 'ik heb geen e-mail'],
    ['en', 0, 'no i dont have email'],
    ['fr', 1, "je n'ai pas d'e-mail"],
    ['nl', 2, 'ik heb geen mail'],
    ['en', 3, "I don't have an email address"],
  ] as const)(
    'When (%s) before answer %i "%s" is typed, Then no e-mail is needed is said, the question comes again, and later only a phone number is asked',
    async (locale, at, said) => {
      const chat = await bookingIn(locale);
      for (const step of STEPS.slice(0, at)) await chat.says(step);
      const asked = chat.received.at(-1);
      const reply = await chat.says(said);
      expect(keysOf(chat, reply[0]?.text)).toEqual(['bookIntake:who.noEmailKept']);
      expect(reply).toHaveLength(2);
      // The same question again, with the same buttons: nothing was lost.
      expect(reply.at(-1)?.buttons).toEqual(asked?.buttons);
      for (const step of STEPS.slice(at)) await chat.says(step);
      expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:who.phoneForCall');
      await chat.says('0470 12 34 56');
      expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:summary.question');
    },
  );
});
