import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/i18n/locale.js';
import { converse, type Line } from '../../support/converse.js';
import { messageKeys } from '../../support/keys.js';
import { centreCard, greeting, HELPERS, menu, toTownQuestion } from '../../support/lines.js';

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

describe('Where to go, asked with a place ("waar moet ik naartoe in Gent?")', () => {
  const gentCentres: Line[] = [
    centreCard(),
    centreCard(),
    centreCard(),
    ['says', 'bookIntake:centres.question', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']],
  ];

  it.each([
    ['nl', 'waar moet ik naartoe in gent'],
    ['fr', 'je dois aller où à gand ?'],
    ['en', 'where should i go in ghent'],
    ['nl', 'is er iets in de buurt van gent'],
    ['nl', 'het dichtste bij gent'],
    ['fr', 'où est le plus proche de gand'],
    ['fr', 'où je peux aller à gand'],
    ['fr', 'il y a quelque chose près de gand'],
    ['en', 'where is the closest one to ghent'],
    ['en', 'is there one in ghent'],
    ['en', 'anything near ghent'],
  ])(
    'When %s "%s" is typed at the menu, Then the centres near that place, never the general "Je kiest zelf een centrum"',
    async (locale, said) => {
      await converse([['opens'], greeting, menu, ['user', said], ...gentCentres], { locale });
    },
  );

  it('When the place comes with where to order the cheque, Then how to order it: at VDAB, not at a centre', async () => {
    await converse([
      ['opens'],
      greeting,
      menu,
      ['user', 'ik woon in gent, waar kan ik de cheque bestellen?'],
      ['says', ['sideQuestions:orderCheque', 'rules:endsOnThenPlanned']],
      menu,
    ]);
  });

  it.each([
    ['nl', 'ik werk in antwerpen, waar kan ik een cheque krijgen?'],
    ['fr', "j'habite à gand, où je peux avoir le chèque ?"],
    ['en', 'i live in ghent, where can i get the cheque?'],
  ])(
    'When %s "%s" asks where to get the cheque, with a place, Then the check, which says whether one can and how',
    async (locale, said) => {
      const chat = await converse([['opens'], greeting, menu], { locale });
      const [intro] = await chat.says(said);
      expect(messageKeys(intro?.text ?? '', locale as Locale)[0]).toEqual(['checkEligibility:intro']);
    },
  );

  it('When it is typed at the town question, Then the place is its answer: the centres near it', async () => {
    await converse([...toTownQuestion, ['user', 'waar moet ik naartoe in gent?'], ...gentCentres]);
  });

  it('When no place is named, Then one chooses a centre oneself, and the menu again', async () => {
    await converse([['opens'], greeting, menu, ['user', 'where should i go'], ['says', 'sideQuestions:whereNotBooked'], menu], {
      locale: 'en',
    });
  });
});

describe('The nearest centre, or any, at "Welk centrum kies je?"', () => {
  /** The centre taken is named: the user did not tap it. */
  const FIRST_TAKEN = {
    nl: 'Goed, ik kies Demo Loopbaancentrum Gent.',
    fr: "D'accord, je choisis Demo Loopbaancentrum Gent.",
    en: 'Fine, I choose Demo Loopbaancentrum Gent.',
  } as const;
  /** From the page opened to the three centres nearest to 9000. */
  const toGentCentres: Line[] = [
    ...toTownQuestion,
    ['user', '9000'],
    centreCard(),
    centreCard(),
    centreCard(),
    ['says', 'bookIntake:centres.question', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']],
  ];
  /** "Hoe wil je het gesprek doen?" with Gent's ways of meeting. */
  const gentModes: Line = [
    'says',
    'bookIntake:modes.question',
    ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online', 'bookIntake:modes.button.walking'],
  ];

  it.each([
    ['nl', 'het dichtste'],
    ['nl', 'maakt niet uit'],
    ['fr', 'le plus proche'],
    ['en', 'the nearest one'],
  ] as const)('When %s "%s" is typed at the centres near 9000, Then the first, nearest one (Gent) is taken', async (locale, said) => {
    await converse([...toGentCentres, ['user', said], ['bot', FIRST_TAKEN[locale]], gentModes], { locale });
  });

  it('When "Meer" was tapped first, Then "het dichtste" still takes the nearest (Gent), not the first of the second page', async () => {
    await converse(
      [
        ...toGentCentres,
        ['tap', 'menu.more'],
        centreCard(),
        centreCard(),
        centreCard(),
        ['says', 'bookIntake:centres.question', ['Brugge', 'Kortrijk', 'Brussel', 'menu.more']],
        ['user', 'het dichtste'],
        ['bot', FIRST_TAKEN.nl],
        gentModes,
      ],
      { locale: 'nl' },
    );
  });
});
