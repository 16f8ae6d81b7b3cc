import { describe, expect, it } from 'vitest';
import { chatInBooking } from '../../support/booking.js';
import { keysOf } from '../../support/keys.js';

/*
 * "the name is correct", "le nom est correct", "de naam klopt" at "Is this right?": a yes, so the
 * booking is made, as for "ja" (was "Good. Tap what you want to do." in English and French:
 * "correct" is also a word of "Change").
 */

const DATE = '2026-12-07';

describe('BookIntakeDialog: "the name is correct" at "Is this right?"', () => {
  it.each([
    ['nl', 'de naam klopt'],
    ['en', 'the name is correct'],
    ['en', 'name is correct'],
    ['fr', 'le nom est correct'],
    ['fr', 'le prénom est correct'],
  ] as const)('When (%s) "%s" is typed at "Is this right?", Then the booking is made', async (locale, said) => {
    const chat = await chatInBooking(DATE, locale, '9000', '1', '1', '1', 'Sam', '0470 12 34 56');
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:summary.question');
    const reply = await chat.says(said);
    expect(keysOf(chat, reply[0]?.text)).toContain('bookIntake:confirmed.code');
  });

  it('When (en) "the name is correct but the number is wrong" is typed at "Is this right?", Then nothing is booked', async () => {
    const chat = await chatInBooking(DATE, 'en', '9000', '1', '1', '1', 'Sam', '0470 12 34 56');
    const reply = await chat.says('the name is correct but the number is wrong');
    expect(reply.flatMap((m) => keysOf(chat, m.text))).not.toContain('bookIntake:confirmed.code');
  });
});
