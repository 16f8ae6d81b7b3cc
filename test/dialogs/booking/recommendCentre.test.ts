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
