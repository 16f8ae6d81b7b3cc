import { describe, it } from 'vitest';
import { converse, DATA, type Line } from '../../support/converse.js';
import { hello, HELPERS } from '../../support/lines.js';

/* A well-known city typed short with a typo at the town question ("gan" for Gand) is found. */

const DATE = '2026-11-26';
const card: Line = ['says', ['bookIntake:centres.titleKm', DATA, 'bookIntake:centres.modes']];

describe('BookIntakeDialog: a short typo of a well-known city', () => {
  it.each([
    ['fr', 'gan'],
    ['nl', 'gnt'],
    ['en', 'gan'],
  ])('When %s "%s" is typed at the town question, Then the centres near Gent come, not "Die plaats ken ik niet"', async (locale, typed) => {
    await converse(
      [
        ...hello,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        ['says', 'bookIntake:where.question', HELPERS],
        ['user', typed],
        card,
        card,
        card,
        ['says', 'bookIntake:centres.question', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']],
      ],
      { date: DATE, locale },
    );
  });
});
