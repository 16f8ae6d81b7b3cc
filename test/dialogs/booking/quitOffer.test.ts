import { describe, expect, it } from 'vitest';
import { chatInBooking, type BookingLanguage } from '../../support/booking.js';
import { type Chat } from '../../support/converse.js';
import { keysOf } from '../../support/keys.js';

/*
 * "laat maar", "plus besoin", "non merci", "no thanks" in the middle of a booking: maybe no
 * appointment after all. The bot asks whether to stop, kindly, in every language: never a first
 * name, never a new start of the booking, never "graag gedaan" as to a thank-you.
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

/** At the booking's first question in `locale` on DATE, after `said`. */
const bookingIn = (locale: BookingLanguage, ...said: string[]) => chatInBooking(DATE, locale, ...said);

/** The reply is the offer to stop alone: "Wil je stoppen? Dan maak ik geen afspraak." [Stoppen | Verder]. */
function expectQuitOffer(chat: Chat, reply: readonly { text?: string; buttons?: readonly string[] }[]): void {
  expect(reply).toHaveLength(1);
  expect(keysOf(chat, reply[0]?.text)).toEqual(['bookIntake:quit.question']);
  const [stop, goOn] = reply[0]?.buttons ?? [];
  expect(keysOf(chat, stop)).toContain('fallback.meanings.stop');
  expect(keysOf(chat, goOn)).toContain('fallback.goOn');
}

/** Gent (9000), its centre, the first way of talking and the first free hour: the first name is asked. */
const TO_NAME = ['9000', '1', '1', '1'];

describe('BookIntakeDialog: stopping in the middle of a booking is asked, never read as an answer', () => {
  it.each([
    ['fr', 'plus besoin'],
    ['fr', 'non merci'],
    ['fr', 'finalement non'],
    ['nl', 'laat maar'],
    ['nl', 'nee toch niet'],
    ['nl', 'nee bedankt'],
    ['en', 'no thanks'],
    ['en', 'never mind'],
  ] as const)('When (%s) "%s" comes where the first name is asked, Then the bot asks whether to stop', async (locale, said) => {
    const chat = await bookingIn(locale, ...TO_NAME);
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:who.name');
    expectQuitOffer(chat, await chat.says(said));
  });

  it.each([
    ['fr', 'plus besoin'],
    ['nl', 'laat maar'],
    ['en', 'no thanks'],
  ] as const)('When (%s) "%s" comes where the phone number is asked, Then the bot asks whether to stop', async (locale, said) => {
    const chat = await bookingIn(locale, ...TO_NAME, 'Sam');
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:who.contact');
    expectQuitOffer(chat, await chat.says(said));
  });

  it('When (fr) "plus besoin" comes at the hours, Then the bot asks whether to stop, not "je n\'ai pas compris"', async () => {
    const chat = await bookingIn('fr', '9000', '1', '1');
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:slots.question');
    expectQuitOffer(chat, await chat.says('plus besoin'));
  });

  it.each([
    ['fr', 'oui'],
    ['fr', 'Arrêter'],
    ['fr', 'non merci'],
    ['nl', 'ja'],
    ['en', 'Stop'],
  ] as const)('When (%s) "%s" answers the offer to stop, Then the booking stops', async (locale, answer) => {
    const chat = await bookingIn(locale, ...TO_NAME, locale === 'fr' ? 'non merci' : 'laat maar');
    const reply = await chat.says(answer);
    expect(keysOf(chat, reply[0]?.text)).toContain('stopped');
  });

  it.each([
    ['fr', 'non'],
    ['fr', 'Continuer'],
    ['nl', 'nee'],
    ['en', 'Go on'],
  ] as const)(
    'When (%s) "%s" answers the offer to stop, Then the first name is asked again and the booking goes on',
    async (locale, answer) => {
      const chat = await bookingIn(locale, ...TO_NAME, 'laat maar');
      const reply = await chat.says(answer);
      expect(keysOf(chat, reply.at(-1)?.text)).toContain('bookIntake:who.name');
      const next = await chat.says('Sam');
      expect(keysOf(chat, next.at(-1)?.text)).toContain('bookIntake:who.contact');
    },
  );
});

describe('BookIntakeDialog: a wish to book is never read as a wish to stop', () => {
  it.each([
    ['nl', 'ik wil een afspraak'],
    ['nl', 'ik wil toch een afspraak'],
  ] as const)(
    'When (%s) "%s", one letter from "ik wil geen afspraak", comes at the town question, Then the booking goes on',
    async (locale, said) => {
      const chat = await bookingIn(locale);
      expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:where.question');
      const reply = await chat.says(said);
      expect(reply.flatMap((m) => keysOf(chat, m.text))).not.toContain('bookIntake:quit.question');
      expect(keysOf(chat, reply.at(-1)?.text)).toContain('bookIntake:where.question');
    },
  );

  it('When (nl) "ik wil geen afspraak" comes at the town question, Then the bot asks whether to stop', async () => {
    const chat = await bookingIn('nl');
    expectQuitOffer(chat, await chat.says('ik wil geen afspraak'));
  });
});
