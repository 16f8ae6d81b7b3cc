import { describe, expect, it } from 'vitest';
import { testBooking } from '../../support/booking.js';
import { Chat, converse } from '../../support/converse.js';
import { keysOf } from '../../support/keys.js';
import { greeting, hello, menu } from '../../support/lines.js';

/*
 * A phone number or e-mail address typed alone at the menu, or as the first message: people give
 * it to be reached. It was "Sorry, dat begreep ik niet" (and "jan@gmail.com" once a hello read
 * from "jan"). It is kept for a booking, whose contact question is then not asked, and a booking
 * or a person is offered.
 */

const DATE = '2026-12-07';
const OFFER = ['menu.book', 'menu.person', 'fallback.somethingElse'];
/** The demo centres, no reminder asked: the booking goes from the contact to "Klopt dit?". */
const booking = () => ({ ...testBooking(DATE).parts, canRemind: () => false });

describe('A number or an address alone at the menu', () => {
  it('When "0470 12 34 56" is typed at the menu, Then it is kept for a booking; the booking never asks it and shows it', async () => {
    const chat = await converse([...hello, ['user', '0470 12 34 56'], ['says', 'menu.numberSaid', OFFER]], {
      date: DATE,
      booking: booking(),
    });
    await chat.says('Afspraak maken');
    for (const said of ['9000', '1', '1', '1', 'Sam']) await chat.says(said);
    const keys = chat.received.flatMap((m) => keysOf(chat, m.text));
    expect(keys).not.toContain('bookIntake:who.contact');
    expect(keys.at(-1)).toBe('bookIntake:summary.question');
    expect(chat.received.at(-2)?.text).toContain('Sam, 0470 12 34 56');
  });

  it.each([
    ['nl', 'jan@gmail.com', 'menu.emailSaid'],
    ['fr', 'marie@hotmail.com', 'menu.emailSaid'],
    ['en', '+32 470 12 34 56', 'menu.numberSaid'],
  ] as const)(
    'When (%s) "%s" is typed at the menu, Then "%s" with a booking and a person offered, never "niet begrepen" nor a hello',
    async (locale, said, key) => {
      await converse([['opens'], greeting, menu, ['user', said], ['says', key, OFFER]], { date: DATE, locale });
    },
  );

  it('When the number is the first message, Then a short hello and the same offer', async () => {
    await converse(
      [
        ['user', '0470123456'],
        ['says', 'greetingShort'],
        ['says', 'menu.numberSaid', OFFER],
      ],
      { date: DATE },
    );
  });

  it('When a booking was left with a number typed in it, Then a new booking still asks the number (only one said at a menu carries over)', async () => {
    const chat = await Chat.start({ date: DATE, booking: booking() });
    for (const said of [
      'hallo',
      'Afspraak maken',
      '9000',
      '1',
      '1',
      '0470 12 34 56',
      'stop',
      'Afspraak maken',
      '9000',
      '1',
      '1',
      '1',
      'Sam',
    ])
      await chat.says(said);
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:who.contact');
  });
});
