import { describe, it } from 'vitest';
import { converse, DATA, type Line } from '../../support/converse.js';
import { greeting, HELPERS, menu } from '../../support/lines.js';

/*
 * "Waar is het dichtstbijzijnde centrum?" asks what the booking finds: the booking comes first,
 * at its town question, never the general "Je kiest zelf een centrum".
 */

describe('The nearest centre asked at the menu', () => {
  it.each([
    ['nl', 'waar is het dichtsbijzijnde centrum'],
    ['fr', 'où est le centre le plus proche'],
    ['en', 'where is the nearest centre'],
    ['nl', 'is er een centrum bij mij in de buurt?'],
  ])('When %s "%s" is typed at the menu, Then the booking starts at its town question', async (locale, said) => {
    await converse(
      [['opens'], greeting, menu, ['user', said], ['says', 'bookIntake:intro'], ['says', 'bookIntake:where.question', HELPERS]],
      { locale },
    );
  });

  it.each([
    ['nl', 'waar is het dichtsbijzijnde centrum'],
    ['fr', 'où est le centre le plus proche'],
  ])('When %s "%s" is the first message, Then the booking starts at its town question', async (locale, said) => {
    await converse(
      [
        ['user', said],
        ['says', 'greetingShort'],
        ['says', 'bookIntake:intro'],
        ['says', 'bookIntake:where.question', HELPERS],
      ],
      { locale },
    );
  });
});

describe('The nearest centre, or any, at "Welk centrum kies je?"', () => {
  const card = (title = 'bookIntake:centres.titleKm'): Line => ['says', [title, DATA, 'bookIntake:centres.modes']];
  it.each([
    ['nl', 'het dichtste'],
    ['nl', 'maakt niet uit'],
    ['fr', 'le plus proche'],
    ['en', 'the nearest one'],
  ])('When %s "%s" is typed at the centres near 9000, Then the first, nearest one (Gent) is taken', async (locale, said) => {
    await converse(
      [
        ['opens'],
        greeting,
        menu,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        ['says', 'bookIntake:where.question', HELPERS],
        ['user', '9000'],
        card(),
        card(),
        card(),
        ['says', 'bookIntake:centres.question', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']],
        ['user', said],
        [
          'says',
          'bookIntake:modes.question',
          ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online', 'bookIntake:modes.button.walking'],
        ],
      ],
      { locale },
    );
  });
});
