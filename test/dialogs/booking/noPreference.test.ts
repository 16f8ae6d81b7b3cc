import { describe, expect, it } from 'vitest';
import { chatInBooking, type BookingLanguage } from '../../support/booking.js';
import { keysOf } from '../../support/keys.js';

/*
 * "anything", "n'importe laquelle", "geen voorkeur" at "Hoe wil je het gesprek
 * doen?" or "Welk centrum kies je?": no preference, so the first one shown, as "Maakt niet uit"
 * (was "Bedoel je …?" with the cost or the cheque, or a person offered).
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

/** At the booking's first question in `locale` on DATE, after `said`. */
const booking = (locale: BookingLanguage, ...said: string[]) => chatInBooking(DATE, locale, ...said);

describe('BookIntakeDialog: no preference for the way of talking or the centre', () => {
  it.each([
    ['en', 'anything'],
    ['fr', "n'importe laquelle"],
    ['nl', 'geen voorkeur'],
  ] as const)('When (%s) "%s" is typed at the way of talking, Then the first way is taken and the hours come', async (locale, said) => {
    const chat = await booking(locale, '9000', '1');
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:modes.question');
    const reply = await chat.says(said);
    expect(keysOf(chat, reply.at(-1)?.text)).toContain('bookIntake:slots.question');
  });

  it.each([
    ['nl', 'eender welke'],
    ['en', 'any of them'],
  ] as const)('When (%s) "%s" is typed at the centres, Then the nearest is taken and the way of talking asked', async (locale, said) => {
    const chat = await booking(locale, '9000');
    const reply = await chat.says(said);
    expect(keysOf(chat, reply.at(-1)?.text)).toContain('bookIntake:modes.question');
  });

  it('When (en) "do I need anything?" is typed at the way of talking, Then no way is taken: "anything" inside a question is no answer', async () => {
    const chat = await booking('en', '9000', '1');
    const reply = await chat.says('do I need anything?');
    expect(reply.flatMap((m) => keysOf(chat, m.text))).not.toContain('bookIntake:slots.question');
  });
});
