import { describe, it } from 'vitest';
import { converse, DATA, type Line } from '../../support/converse.js';
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
