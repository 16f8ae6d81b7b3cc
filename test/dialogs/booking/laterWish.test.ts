import { describe, expect, it } from 'vitest';
import { chatInBooking } from '../../support/booking.js';
import { converse, DATA, type Line } from '../../support/converse.js';
import { keysOf } from '../../support/keys.js';
import { greeting, HELPERS, menu } from '../../support/lines.js';

/*
 * "kan het later?", "liever later", "pas volgende week" at the place, the centre or the way of
 * talking: a wish about the time of the booking being made, never moving a booking that does not
 * exist. A day is kept for the hours (they start then); "later" alone is said back, as the hours
 * come after this question; the question again.
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

const card: Line = ['says', ['bookIntake:centres.titleKm', DATA, 'bookIntake:centres.modes']];
const askPlace: Line = ['says', 'bookIntake:where.question', HELPERS];
const gentCentres: Line = ['says', 'bookIntake:centres.question', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']];
const gentModes: Line = [
  'says',
  'bookIntake:modes.question',
  ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online', 'bookIntake:modes.button.walking'],
];
const laterSaid: Line = ['says', 'bookIntake:laterSaid'];
const toPlace = (hi: string): Line[] => [['user', hi], greeting, menu, ['tap', 'menu.book'], ['says', 'bookIntake:intro'], askPlace];
const gent: Line[] = [['user', '9000'], card, card, card, gentCentres];
const FRIDAY = ['vr 27 nov 12.00 uur', 'vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'menu.more'];
const MONDAY = ['ma 30 nov 9.00 uur', 'ma 30 nov 9.30 uur', 'ma 30 nov 10.00 uur', 'menu.more'];

describe('Booking: a wish about the time before the hours are asked', () => {
  it('When "kan het later?" and "liever later" come at the place, the centre and the way of talking, Then it is said back and the question again, never a move offered', () =>
    converse(
      [
        ...toPlace('hallo'),
        ['user', 'kan het later?'],
        laterSaid,
        askPlace,
        ...gent,
        ['user', 'liever later'],
        laterSaid,
        gentCentres,
        ['user', '1'],
        gentModes,
        ['user', 'kan het later?'],
        laterSaid,
        gentModes,
        ['user', '1'],
        ['says', 'bookIntake:slots.question', FRIDAY],
      ],
      { date: DATE },
    ));

  it('When "pas volgende week" comes at the place, Then that time is kept, the place asked again, and the hours start next Monday', () =>
    converse(
      [
        ...toPlace('hallo'),
        ['user', 'pas volgende week'],
        ['says', 'bookIntake:momentKept'],
        askPlace,
        ...gent,
        ['user', '1'],
        gentModes,
        ['user', '1'],
        ['says', 'bookIntake:slots.question', MONDAY],
      ],
      { date: DATE },
    ));

  it('When "pas na het weekend" comes at the way of talking, Then it is next week, not the weekend: the hours start next Monday', () =>
    converse(
      [
        ...toPlace('hallo'),
        ...gent,
        ['user', '1'],
        gentModes,
        ['user', 'pas na het weekend'],
        ['says', 'bookIntake:momentKept'],
        gentModes,
        ['user', '1'],
        ['says', 'bookIntake:slots.question', MONDAY],
      ],
      { date: DATE },
    ));

  it.each([
    ['fr-BE', 'bonjour', 'plus tard ?', "c'est possible plus tard ?"],
    ['en', 'hello', 'can it be later?', 'later please'],
  ])(
    'When (%s) a later time is asked at the place and the way of talking, Then it is said back and the question again',
    async (locale, hi, first, second) => {
      await converse(
        [...toPlace(hi), ['user', first], laterSaid, askPlace, ...gent, ['user', '1'], gentModes, ['user', second], laterSaid, gentModes],
        { locale, date: DATE },
      );
    },
  );
});

describe('Booking: a later time asked in other words before the hours', () => {
  const remote: Line = ['says', 'bookIntake:where.remoteQuestion', ['bookIntake:where.online', 'bookIntake:where.phone', 'menu.person']];
  it.each([
    ['nl', 'hallo', 'kan het een beetje later?', 'later mogelijk?', 'kunnen we het later doen?', 'mag het wat latr zijn'],
    ['fr-BE', 'bonjour', 'plus tard possible ?', "c'est possible un peu plus tard ?", 'on peut faire plus tard ?', 'plustard svp'],
    ['en', 'hello', 'could we do it a bit later?', 'later possible?', 'is it possible a bit later?', 'maybe a little later pls'],
  ])(
    'When (%s) a later time is asked in other words at the place, the centre, the way of talking and where no centre is near, Then it is said back and the question again',
    async (locale, hi, atPlace, atCentre, atMode, atRemote) => {
      await converse(
        [
          ...toPlace(hi),
          ['user', atPlace],
          laterSaid,
          askPlace,
          ...gent,
          ['user', atCentre],
          laterSaid,
          gentCentres,
          ['user', '1'],
          gentModes,
          ['user', atMode],
          laterSaid,
          gentModes,
        ],
        { locale, date: DATE },
      );
      await converse(
        [
          ...toPlace(hi),
          ['user', 'Namur'],
          ['says', ['bookIntake:where.outside', 'bookIntake:where.flandersOnly']],
          remote,
          ['user', atRemote],
          laterSaid,
          remote,
        ],
        { locale, date: DATE },
      );
    },
  );
});

describe('Booking: a later time for a second booking', () => {
  it('When a booking is made and another one started, Then "kan het een beetje later?" at its place is a wish for its time, never a move of the first', async () => {
    const chat = await chatInBooking(DATE, 'nl', '9000', '1', '1', '1', 'Jan', '0470 12 34 56', 'ja', 'Nee, bedankt', 'Afspraak maken');
    expect(keysOf(chat, chat.received.at(-1)?.text)).toEqual(['bookIntake:existing.question']);
    await chat.says('Ja, nog een');
    const reply = await chat.says('kan het een beetje later?');
    expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['bookIntake:laterSaid'], ['bookIntake:where.question']]);
    expect(reply.at(-1)?.buttons.length).toBeGreaterThan(0);
  });
});
