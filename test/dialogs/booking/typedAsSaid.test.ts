import { describe, expect, it } from 'vitest';
import { testBooking } from '../../support/booking.js';
import { Chat } from '../../support/converse.js';
import { keysOf } from '../../support/keys.js';

/*
 * A booking as people type it: short words, a day too early. "make appointment" is no appointment
 * to move; "andere dag" at the centres is no "Meer".
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

async function chatIn(locale: string, ...said: string[]): Promise<Chat> {
  const chat = await Chat.start({ date: DATE, locale, booking: { ...testBooking(DATE).parts, canRemind: () => false } });
  for (const text of ['hallo', ...said]) await chat.says(text);
  return chat;
}

describe('BookIntakeDialog: a booking as people type it', () => {
  it('When (en) "make appointment" is typed at the menu, Then the booking starts, never the code of an appointment to move', async () => {
    const chat = await chatIn('en');
    const reply = await chat.says('make appointment');
    expect(keysOf(chat, reply.at(-1)?.text)).toContain('bookIntake:where.question');
    expect(reply.map((m) => keysOf(chat, m.text)).flat()).not.toContain('manageBooking:code.question');
  });

  it.each([
    ['nl', 'Afspraak maken', 'andere dag'],
    ['fr', 'Prendre rendez-vous', 'un autre jour'],
    ['en', 'Book an appointment', 'another day'],
  ])(
    'When (%s, after "%s") "%s" comes at "Welk centrum kies je?", Then the day comes after the centre is said, with the same centres; never the next three',
    async (locale, book, said) => {
      const chat = await chatIn(locale, book, '9000');
      const before = chat.received.at(-1)?.buttons;
      const reply = await chat.says(said);
      expect(reply).toHaveLength(2);
      expect(keysOf(chat, reply[0]?.text)).toEqual(['bookIntake:where.bookingNow']);
      expect(reply[1]?.buttons).toEqual(before);
    },
  );

  it.each([
    ['en', 'Book an appointment', 'no my name is john not jon', 'For: John, jon@example.com'],
    ['fr', 'Prendre rendez-vous', "non mon prénom c'est john pas jon", 'Pour : John, jon@example.com'],
  ])(
    'When (%s) the name is corrected at "Klopt dit?" with the old one after it ("%s"), Then the summary comes again with the new name, never "not understood"',
    async (locale, book, said, who) => {
      const chat = await chatIn(locale, book, '9000', '1', '1', '1', 'jon', 'jon@example.com');
      expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:summary.question');
      const reply = await chat.says(said);
      expect(reply.at(-2)?.text).toContain(who);
      expect(keysOf(chat, reply.at(-1)?.text)).toContain('bookIntake:summary.question');
    },
  );

  it.each([
    ['nl', 'Afspraak maken', 'jan at gmail.com', 'Voor: Jan, jan@gmail.com'],
    ['fr', 'Prendre rendez-vous', 'jan arobase gmail.com', 'Pour : Jan, jan@gmail.com'],
  ])(
    'When (%s, after "%s") the e-mail address is typed with the @ as a word ("%s"), Then it is the address, never the way to a person',
    async (locale, book, said, who) => {
      const chat = await chatIn(locale, book, '9000', '1', '1', '1', 'Jan');
      const reply = await chat.says(said);
      expect(reply[0]?.text).toContain(who);
      expect(keysOf(chat, reply.at(-1)?.text)).toEqual(['bookIntake:summary.question']);
    },
  );
});
