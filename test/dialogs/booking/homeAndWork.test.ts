import { describe, it } from 'vitest';
import { converse } from '../../support/converse.js';
import { centreCard, toTownQuestion } from '../../support/lines.js';

/*
 * Where one lives and where one works, told at "In welke gemeente zoek je een centrum?": the
 * place one lives is the answer. "ik woon in Genk maar werk in Hasselt" was read as a question
 * about the conditions ("De cheque is voor werknemers …") and the town was asked again.
 */

describe('Home and work told at the town question', () => {
  it.each([
    ['nl', 'ik woon in Genk maar werk in Hasselt'],
    ['nl', 'ik woon in Genk en werk in Hasselt'],
    ['fr', "j'habite à Genk mais je travaille à Hasselt"],
    ['en', 'I live in Genk but I work in Hasselt'],
  ])('When (%s) "%s" is typed, Then the centres near home, the one near work among them', async (locale, said) => {
    await converse(
      [
        ...toTownQuestion,
        ['user', said],
        centreCard('bookIntake:centres.titleNear'),
        centreCard(),
        centreCard(),
        ['says', 'bookIntake:centres.question', ['Genk', 'Hasselt', 'Turnhout', 'menu.more']],
      ],
      { locale },
    );
  });
});
