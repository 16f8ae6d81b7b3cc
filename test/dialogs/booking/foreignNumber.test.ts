import { describe, it } from 'vitest';
import { Chat, play } from '../../support/converse.js';
import { HELPERS, YES_NO } from '../../support/lines.js';

/*
 * "06 12 34 56 78" at the contact question: a French (or Dutch) mobile written as at home. The
 * retry says a Belgian mobile starts with 04 and a foreign number needs its country code.
 */

const DATE = '2026-11-26';

describe('BookIntakeDialog: a foreign number at the contact question', () => {
  it.each(['nl', 'fr', 'en'])(
    'When %s "06 12 34 56 78" is typed, Then the retry says Belgian mobiles start with 04 and a foreign number needs its country code; "+33 6 12 34 56 78" is taken',
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
});
