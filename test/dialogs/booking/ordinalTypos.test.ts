import { describe, expect, it } from 'vitest';
import { chatInBooking, type BookingLanguage } from '../../support/booking.js';
import { keysOf } from '../../support/keys.js';

/*
 * "the frist one", "de twede", "la deuxiemme" at the hours: the button in that place, a common
 * typo of the ordinal allowed (was "Do you mean: What does it cost?" or the question again).
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

describe('ChooseSlotDialog: a mistyped ordinal picks that hour', () => {
  it.each([
    ['en', 'the frist one', 'Friday 27 November at 12 pm'],
    ['en', 'secnd', 'Friday 27 November at 12.30 pm'],
    ['nl', 'de twede', 'vrijdag 27 november om 12.30 uur'],
    ['fr', 'la deuxiemme', 'vendredi 27 novembre à 12 h 30'],
  ] as const)('When (%s) "%s" is typed at the hours, Then that hour is taken', async (locale: BookingLanguage, said, when) => {
    const chat = await chatInBooking(DATE, locale, '9000', '1', '1');
    const asked = await chat.says(said);
    expect(keysOf(chat, asked.at(-1)?.text)).toEqual(['bookIntake:who.name']);
    await chat.says('Sam');
    const [summary] = await chat.says('0470 12 34 56');
    expect(summary?.text).toContain(when);
  });
});
