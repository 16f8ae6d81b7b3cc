import { describe, it } from 'vitest';
import { converse, DATA, type Line } from '../../support/converse.js';
import { hello, HELPERS } from '../../support/lines.js';

/*
 * A day said at "Wat wil je doen?" (online or by phone, after a place outside Flanders) is kept
 * for the hours and the question comes again; it was "not understood".
 */

const DATE = '2026-11-26';
const remoteQuestion: Line = [
  'says',
  'bookIntake:where.remoteQuestion',
  ['bookIntake:where.online', 'bookIntake:where.phone', 'menu.person'],
];

describe('BookIntakeDialog: a day at the online-or-phone question', () => {
  it.each([
    ['fr', 'namur', 'demain'],
    ['nl', 'namen', 'morgen'],
    ['en', 'namur', 'tomorrow'],
  ])('When %s "%s" then "%s" is typed, Then the day is kept for later and the question comes again', async (locale, place, day) => {
    await converse(
      [
        ...hello,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        ['says', 'bookIntake:where.question', HELPERS],
        ['user', place],
        ['says', ['bookIntake:where.outside', 'bookIntake:where.flandersOnly']],
        remoteQuestion,
        ['user', day],
        ['says', 'bookIntake:dayKept'],
        remoteQuestion,
        // "Terug" undoes the day: the question as it came first.
        ['user', 'Terug'],
        ['says', ['bookIntake:where.outside', 'bookIntake:where.flandersOnly']],
        remoteQuestion,
      ],
      { date: DATE, locale },
    );
  });

  it('When "donderdag" (today) is typed there, then "Online gesprek" and a centre, Then the hours start on the Thursday after, said so', () =>
    converse(
      [
        ...hello,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        ['says', 'bookIntake:where.question', HELPERS],
        ['user', 'namen'],
        ['says', ['bookIntake:where.outside', 'bookIntake:where.flandersOnly']],
        remoteQuestion,
        ['user', 'donderdag'],
        ['says', 'bookIntake:dayKept'],
        remoteQuestion,
        ['tap', 'bookIntake:where.online'],
        ['says', ['bookIntake:centres.title', DATA, 'bookIntake:centres.modes']],
        ['says', ['bookIntake:centres.title', DATA, 'bookIntake:centres.modes']],
        ['says', ['bookIntake:centres.title', DATA, 'bookIntake:centres.modes']],
        ['says', 'bookIntake:centres.question', ['Brussel', 'Vilvoorde', 'Aalst', 'menu.more']],
        ['user', '1'],
        // That day is today: too soon, so the Thursday after, said so.
        ['says', 'bookIntake:slots.weekLater'],
        [
          'bot',
          /^Deze uren zijn vrij:\n1\. donderdag 3 december om 9\.00 uur/,
          ['do 3 dec 9.00 uur', 'do 3 dec 9.30 uur', 'do 3 dec 10.00 uur', 'Meer'],
        ],
      ],
      { date: DATE },
    ));
});
