import { describe, it } from 'vitest';
import { converse, DATA, type Line } from '../../support/converse.js';
import { greeting, hello, HELPERS, menu } from '../../support/lines.js';

/*
 * "ok", "goed", "ok dank je" (often after a side answer) at a booking question that no yes
 * answers: taken in, no answer and no miss. What to tap, and the question again; the next miss is
 * still a first one ("Sorry, dat begreep ik niet"), never a person at once.
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
const toPlace: Line[] = [...hello, ['tap', 'menu.book'], ['says', 'bookIntake:intro'], askPlace];
const toCentres: Line[] = [...toPlace, ['user', '9000'], card, card, card, gentCentres];
const toModes: Line[] = [...toCentres, ['user', '1'], gentModes];
const FRIDAY = ['vr 27 nov 12.00 uur', 'vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'menu.more'];
const toHours: Line[] = [...toModes, ['user', '1'], ['says', 'bookIntake:slots.question', FRIDAY]];

describe('Booking: an acknowledgement at a question no yes answers', () => {
  it('When "ok dank je", then "ok", is typed where the place is asked, Then the bot says to type the postcode, the question again, and no place is looked up', () =>
    converse(
      [
        ...toPlace,
        ['user', 'ok dank je'],
        ['says', 'bookIntake:where.simpler'],
        askPlace,
        ['user', 'ok'],
        ['says', 'bookIntake:where.simpler'],
        askPlace,
      ],
      { date: DATE },
    ));

  it('When "ok dank je" and "goed" are typed at "Welk centrum kies je?", Then what to tap and the question; a miss after it is a first miss', () =>
    converse(
      [
        ...toCentres,
        ['user', 'ok dank je'],
        ['says', 'bookIntake:centres.simpler'],
        gentCentres,
        ['user', 'goed'],
        ['says', 'bookIntake:centres.simpler'],
        gentCentres,
        ['user', 'xyzzy'],
        ['says', 'bookIntake:centres.notUnderstood', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']],
      ],
      { date: DATE },
    ));

  it('When "oké" and "ok dank je" are typed at "Hoe wil je het gesprek doen?", Then what to tap and the question, never a person', () =>
    converse(
      [
        ...toModes,
        ['user', 'oké'],
        ['says', 'bookIntake:modes.simpler'],
        gentModes,
        ['user', 'ok dank je'],
        ['says', 'bookIntake:modes.simpler'],
        gentModes,
      ],
      { date: DATE },
    ));

  it('When "ok dank je" is typed after a side answer at the hours, Then what to tap and the hours again (was "Sorry, dat begreep ik niet")', () =>
    converse(
      [
        ...toHours,
        ['user', 'ok dank je'],
        ['says', 'bookIntake:slots.simpler'],
        ['says', 'bookIntake:slots.questionAgain', FRIDAY],
        ['user', 'ok'],
        ['says', 'bookIntake:slots.simpler'],
        ['says', 'bookIntake:slots.questionAgain', FRIDAY],
      ],
      { date: DATE },
    ));

  it('When "ok" and "ok dank je" are typed at "Wat wil je doen?" (a place outside Flanders), Then the buttons to tap are said, and the question again', () =>
    converse(
      [
        ...toPlace,
        ['user', 'Luik'],
        ['says', ['bookIntake:where.outside', 'bookIntake:where.flandersOnly']],
        ['says', 'bookIntake:where.remoteQuestion', ['bookIntake:where.online', 'bookIntake:where.phone', 'menu.person']],
        ['user', 'ok dank je'],
        ['says', 'bookIntake:where.remoteSimpler'],
        ['says', 'bookIntake:where.remoteQuestion', ['bookIntake:where.online', 'bookIntake:where.phone', 'menu.person']],
      ],
      { date: DATE },
    ));

  it.each([
    ['fr-BE', 'bonjour', "d'accord merci", 'ok merci'],
    ['en', 'hello', 'okay thank you', 'alright'],
  ])(
    'When "%s" acknowledges at the way of talking, Then what to tap and the question (was a stop offered, or "Can I get one?")',
    async (locale, hi, first, second) => {
      await converse(
        [
          ['user', hi],
          greeting,
          menu,
          ['tap', 'menu.book'],
          ['says', 'bookIntake:intro'],
          askPlace,
          ['user', '9000'],
          card,
          card,
          card,
          gentCentres,
          ['user', '1'],
          gentModes,
          ['user', first],
          ['says', 'bookIntake:modes.simpler'],
          gentModes,
          ['user', second],
          ['says', 'bookIntake:modes.simpler'],
          gentModes,
        ],
        { locale, date: DATE },
      );
    },
  );

  it('When "non merci" is typed at the way of talking, Then stopping is still offered', () =>
    converse(
      [
        ['user', 'bonjour'],
        greeting,
        menu,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        askPlace,
        ['user', '9000'],
        card,
        card,
        card,
        gentCentres,
        ['user', '1'],
        gentModes,
        ['user', 'non merci'],
        ['says', 'bookIntake:quit.question', ['fallback.meanings.stop', 'fallback.goOn']],
      ],
      { locale: 'fr-BE', date: DATE },
    ));
});

describe('Booking: "nee" at the list of centres', () => {
  // Was "Tik op de naam van het centrum waar je naartoe wil.": none of them fits, so more or another place.
  it('When "nee" or "geen van deze" is typed at the centres, Then more centres or another place are offered, no miss; another place finds its centres', () =>
    converse(
      [
        ...toCentres,
        ['user', 'nee'],
        ['says', 'bookIntake:centres.noneFitsMore'],
        gentCentres,
        ['user', 'geen van deze'],
        ['says', 'bookIntake:centres.noneFitsMore'],
        gentCentres,
        ['user', 'xyzzy'],
        ['says', 'bookIntake:centres.notUnderstood', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']],
        ['user', 'Brugge'],
        card,
        card,
        card,
        ['says', 'bookIntake:centres.question', ['Brugge', 'Oostende', 'Gent', 'menu.more']],
      ],
      { date: DATE },
    ));

  it('When "nee" is typed at the last centres of a list, Then another place is asked for, never "Plus" that is not there', () =>
    converse(
      [
        ...toCentres,
        ['user', 'alleen wandelcoaching'],
        ['says', ['bookIntake:centres.filterOnly', 'bookIntake:centres.titleKm', DATA, 'bookIntake:centres.modes']],
        card,
        card,
        ['says', 'bookIntake:centres.question', ['Gent', 'Brugge', 'Mechelen', 'menu.more']],
        ['tap', 'menu.more'],
        card,
        card,
        ['says', 'bookIntake:centres.question', ['Oostende', 'Hasselt']],
        ['user', 'nee'],
        ['says', 'bookIntake:centres.noneFits'],
        ['says', 'bookIntake:centres.question', ['Oostende', 'Hasselt']],
      ],
      { date: DATE },
    ));
});
