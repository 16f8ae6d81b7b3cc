import { describe, expect, it } from 'vitest';
import { chatInBooking, type BookingLanguage } from '../../support/booking.js';
import { Chat } from '../../support/converse.js';
import { keysOf } from '../../support/keys.js';

/*
 * "welk centrum raad je aan?", "welke is de beste?" where the centres are listed: the bot
 * recommends none; one near, or one that works the way one wants; the centres again. Before, the
 * first got "We maken nu je afspraak" and the second "Tik op een centrum".
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';
const MORE = { nl: 'Meer', fr: 'Plus', en: 'More' } as const;

describe('Booking: which centre is best, asked at the centres', () => {
  it.each([
    ['nl', 'welk centrum raad je aan?'],
    ['nl', 'welke is de beste'],
    ['nl', 'wat raad je aan?'],
    ['fr', 'lequel est le meilleur ?'],
    ['en', 'which one do you recommend?'],
    // Were "Tik op een centrum" only.
    ['nl', 'ik weet niet welke'],
    ['fr', 'je ne sais pas lequel'],
    ['en', "I don't know which one"],
  ] as const)(
    'When (%s) "%s" is typed at the centres, Then no centre is recommended, and the same centres are asked again',
    async (locale, said) => {
      const chat = await chatInBooking(DATE, locale as BookingLanguage, '9000');
      const reply = await chat.says(said);
      expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['sideQuestions:recommendCentre'], ['bookIntake:centres.question']]);
      expect(reply.at(-1)?.buttons).toEqual(['Gent', 'Aalst', 'Sint-Niklaas', MORE[locale]]);
    },
  );

  it('When "welk centrum is het beste?" is asked at the menu, Then the same answer and the menu again', async () => {
    const chat = await Chat.start({ date: DATE });
    await chat.says('hallo');
    const reply = await chat.says('welk centrum is het beste?');
    expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['sideQuestions:recommendCentre'], ['menu.question']]);
  });

  it('When "wat raad je aan?" is typed at the way of talking, Then it is no question about centres', async () => {
    const chat = await chatInBooking(DATE, 'nl', '9000', '1');
    const reply = await chat.says('wat raad je aan?');
    expect(reply.flatMap((m) => keysOf(chat, m.text))).not.toContain('sideQuestions:recommendCentre');
  });
});

describe('Booking: how far a centre is, and a woman or a man as coach', () => {
  // Was "Tik op een centrum. Of typ bijvoorbeeld: alleen telefonisch."
  it.each([
    ['nl', 'hoe ver is dat van mij?'],
    ['nl', 'is het ver?'],
    ['fr', "c'est à quelle distance ?"],
    ['en', 'how far is it from me?'],
  ] as const)('When (%s) "%s" is asked at the centres, Then each shows how far it is, and the same centres again', async (locale, said) => {
    const chat = await chatInBooking(DATE, locale as BookingLanguage, '9000');
    const reply = await chat.says(said);
    expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['sideQuestions:distance'], ['bookIntake:centres.question']]);
    expect(reply.at(-1)?.buttons).toEqual(['Gent', 'Aalst', 'Sint-Niklaas', MORE[locale]]);
  });

  // "ik wil bij een vrouw" was the conditions of the cheque; "ik wil een vrouwelijke coach" started a booking.
  it.each([
    ['nl', 'ik wil bij een vrouw'],
    ['fr', 'je voudrais une coach femme'],
    ['en', 'can I pick a man or a woman as counsellor?'],
  ] as const)(
    'When (%s) "%s" is said at the centres, Then the centre is asked about the coach, and the same centres again',
    async (locale, said) => {
      const chat = await chatInBooking(DATE, locale as BookingLanguage, '9000');
      const reply = await chat.says(said);
      expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['sideQuestions:coachGender'], ['bookIntake:centres.question']]);
    },
  );

  it.each(['ik wil een vrouwelijke coach', 'kan ik kiezen of het een man of vrouw is?'])(
    'When "%s" is said at the menu, Then the same answer and the menu again; "is de cheque voor man of vrouw?" is no question about a coach',
    async (said) => {
      const chat = await Chat.start({ date: DATE });
      await chat.says('hallo');
      expect((await chat.says(said)).map((m) => keysOf(chat, m.text))).toEqual([['sideQuestions:coachGender'], ['menu.question']]);
      const other = await chat.says('is de cheque voor man of vrouw?');
      expect(other.flatMap((m) => keysOf(chat, m.text))).not.toContain('sideQuestions:coachGender');
    },
  );
});

describe('Booking: a centre named by its town in another language', () => {
  // Were the same centres listed again ("Gand" read as a new place to look near).
  it.each([
    ['fr', 'celui de Gand'],
    ['en', 'the one in Ghent'],
  ] as const)(
    'When (%s) "%s" is typed at the centres near 9000, Then the Gent centre is chosen: the way of talking is asked',
    async (locale, said) => {
      const chat = await chatInBooking(DATE, locale as BookingLanguage, '9000');
      const reply = await chat.says(said);
      expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['bookIntake:modes.question']]);
    },
  );

  // Was the next page of the centres near Gent: "anvers" is one letter from "anders" ("iets anders", More).
  it('When "anvers" is typed at the centres near 9000, Then the centres near Antwerp, the Antwerp one first', async () => {
    const chat = await chatInBooking(DATE, 'fr', '9000');
    const reply = await chat.says('anvers');
    expect(reply.at(-1)?.buttons[0]).toBe('Antwerpen');
    expect((await chat.says('plus')).at(-1)?.buttons).not.toContain('Antwerpen');
  });
});
