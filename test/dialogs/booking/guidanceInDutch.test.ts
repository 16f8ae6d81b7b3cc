import { describe, expect, it } from 'vitest';
import { chatInBooking, type BookingLanguage } from '../../support/booking.js';
import { keysOf } from '../../support/keys.js';

/*
 * A newcomer booking in French or English says their Dutch is weak ("I don't speak Dutch", "my
 * dutch is not good", "je ne parle pas bien néerlandais"): the chat is already in a language they
 * read, so no "Which language?" (and never Dutch after it); the guidance is in Dutch, said, and the
 * question again. Another language named with it is still a wish for that language.
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

/** At the booking's first question in `locale` on DATE, after `said`. */
const booking = (locale: BookingLanguage, ...said: string[]) => chatInBooking(DATE, locale, ...said);

describe('Booking in French or English: weak Dutch said at a question', () => {
  it.each([
    ['en', "I don't speak Dutch"],
    ['en', 'my dutch is not good'],
    ['fr', 'je ne parle pas bien néerlandais'],
    ['fr', 'je parle pas néerlandais'],
  ] as const)(
    'When (%s) "%s" is typed at the centres, Then the guidance is said to be in Dutch and the centres asked again',
    async (locale, said) => {
      const chat = await booking(locale, '9000');
      const reply = await chat.says(said);
      expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['sideQuestions:guidanceLanguage'], ['bookIntake:centres.question']]);
      expect(reply.at(-1)?.buttons).toEqual(['Gent', 'Aalst', 'Sint-Niklaas', locale === 'fr' ? 'Plus' : 'More']);
    },
  );

  it('When (en) "i dont speak dutch, can we do it in french?" is typed at the way of talking, Then no way is taken: the language is asked', async () => {
    const chat = await booking('en', '9000', '1');
    const reply = await chat.says('i dont speak dutch, can we do it in french?');
    expect(keysOf(chat, reply.at(-1)?.text)).toEqual(['chooseLanguage:question']);
  });
});
