import { describe, expect, it } from 'vitest';
import { testBooking } from '../../support/booking.js';
import { Chat } from '../../support/converse.js';
import { keysOf } from '../../support/keys.js';

/*
 * "correct", "yes correct" at "Is this right?" say it is right: the booking is made (was "What do
 * you want to change?" for "correct", a verb among the words for changing, and the question again
 * for "yes correct").
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

describe('BookIntakeDialog: "correct" at "Is this right?"', () => {
  it.each(['correct', 'yes correct', 'thats correct'])(
    'When (en) "%s" is typed at "Is this right?", Then the booking is made',
    async (said) => {
      const chat = await Chat.start({ date: DATE, locale: 'en', booking: { ...testBooking(DATE).parts, canRemind: () => false } });
      for (const text of ['hello', 'Book an appointment', '9000', '1', '1', '1', 'John', '0470 12 34 56']) await chat.says(text);
      expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:summary.question');
      const reply = await chat.says(said);
      expect(keysOf(chat, reply[0]?.text)).toContain('bookIntake:confirmed.code');
    },
  );
});
