import { describe, expect, it } from 'vitest';
import { Chat, play } from '../../support/converse.js';
import { HELPERS, YES_NO } from '../../support/lines.js';

/*
 * "06 12 34 56 78" at the contact question: a French (or Dutch) mobile written as at home. The
 * retry says it is no Belgian number, and that a foreign one needs its country code.
 */

const DATE = '2026-11-26';

describe('BookIntakeDialog: a foreign number at the contact question', () => {
  it.each(['nl', 'fr', 'en'])(
    'When %s "06 12 34 56 78" is typed, Then the retry says it is no Belgian number and a foreign one needs its country code; "+33 6 12 34 56 78" is taken',
    async (locale) => {
      const chat = await Chat.start({ date: DATE, locale });
      // To the contact question: Gent, its centre, on site, the first hour, a first name.
      for (const said of ['hallo', 'Afspraak maken', '9000', '1', '1', '1', 'Karim']) await chat.says(said);
      await play(chat, [
        ['user', '06 12 34 56 78'],
        ['says', 'bookIntake:who.contactRetry.foreign', HELPERS],
        ['user', '+33 6 12 34 56 78'],
        [
          'says',
          [
            'bookIntake:summary.title',
            'bookIntake:summary.when',
            'bookIntake:summary.where',
            'bookIntake:summary.mode.in_person',
            'bookIntake:summary.who',
          ],
        ],
        ['says', 'bookIntake:summary.question', YES_NO],
      ]);
    },
  );

  /** What the retry says, word for word: what is needed, and no country or kind of number it cannot know. */
  const retry = {
    nl: 'Dit is geen Belgisch nummer. Typ een Belgisch nummer. Of zet + en het landnummer ervoor, en laat de eerste 0 weg.',
    fr: "Ce n'est pas un numéro belge. Tapez un numéro belge. Ou mettez + et l'indicatif du pays devant, sans le premier 0.",
    en: 'This is not a Belgian number. Type a Belgian number. Or put + and the country code in front, without the first 0.',
  } as const;

  it.each([
    ['nl', '01 23 45 67 89'],
    ['fr', '01 23 45 67 89'],
    ['en', '09 87 65 43 21'],
    ['nl', '06-12345678'],
    ['en', '0612345678'],
    ['fr', '06 12 34 56 78'],
  ] as const)(
    'When (%s) "%s" is typed (a French landline, a Dutch or French mobile), Then the retry names no country and no mobile: a Belgian number, or the country code',
    async (locale, typed) => {
      const chat = await Chat.start({ date: DATE, locale });
      for (const said of ['hallo', 'Afspraak maken', '9000', '1', '1', '1', 'Karim']) await chat.says(said);
      const [reply, ...more] = await chat.says(typed);
      expect(more).toEqual([]);
      expect(reply?.text).toBe(retry[locale]);
    },
  );

  it('When "01 23 45 67 89" is typed where a person would call back, Then the retry is the same: no country named, no mobile', async () => {
    const chat = await Chat.start({ date: DATE });
    for (const said of ['hallo', 'met iemand praten', 'Bel me terug']) await chat.says(said);
    expect(chat.received.at(-1)?.text).toBe('Op welk telefoonnummer mogen we je bellen?');
    const [reply, ...more] = await chat.says('01 23 45 67 89');
    expect(more).toEqual([]);
    expect(reply?.text).toBe(retry.nl);
  });
});
