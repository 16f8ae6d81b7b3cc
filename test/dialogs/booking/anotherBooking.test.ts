import { describe, expect, it } from 'vitest';
import { BOOK_BUTTON, chatInBooking, type BookingLanguage } from '../../support/booking.js';
import { keysOf } from '../../support/keys.js';

/*
 * "nog een afspraak", "un autre rendez-vous", "another appointment" at "Wil je nog een afspraak
 * maken?" (a booking exists): a second booking, its place asked. Was "Wil je deze afspraak
 * verplaatsen?": "afspraak" is a word of "Afspraak verplaatsen" too.
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

const NO_THANKS = { nl: 'Nee, bedankt', fr: 'Non, merci', en: 'No, thanks' } as const;
const YES = { nl: 'ja', fr: 'oui', en: 'yes' } as const;

describe('BookIntakeDialog: another booking when one exists', () => {
  it.each([
    ['nl', 'nog een afspraak'],
    ['nl', 'ik wil een nieuwe afspraak'],
    ['fr', 'un autre rendez-vous'],
    ['en', 'another appointment'],
    ['en', 'a new one please'],
  ] as const)(
    'When (%s) "%s" is typed at "Wil je nog een afspraak maken?", Then a new booking starts at its place',
    async (locale: BookingLanguage, said) => {
      const chat = await chatInBooking(
        DATE,
        locale,
        '9000',
        '1',
        '1',
        '1',
        'Sam',
        '0470 12 34 56',
        YES[locale],
        NO_THANKS[locale],
        BOOK_BUTTON[locale],
      );
      expect(keysOf(chat, chat.received.at(-1)?.text)).toEqual(['bookIntake:existing.question']);
      const reply = await chat.says(said);
      expect(keysOf(chat, reply.at(-1)?.text)).toEqual(['bookIntake:where.question']);
    },
  );
});
