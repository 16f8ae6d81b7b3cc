import { describe, expect, it } from 'vitest';
import { testBooking } from '../../support/booking.js';
import { Chat } from '../../support/converse.js';
import { keysOf } from '../../support/keys.js';

/*
 * "je m appelle Fatima", typed without the apostrophe as on many phones, where the first name is
 * asked: the name is Fatima (was "Tapez seulement votre prénom", and a person after the next reply).
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

describe('BookIntakeDialog: a French first name said in a sentence', () => {
  it.each(['je m appelle Fatima', 'moi je m appelle Fatima'])(
    'When "%s" is typed at the first name, Then Fatima is the name and the contact is asked',
    async (said) => {
      const chat = await Chat.start({ date: DATE, locale: 'fr', booking: { ...testBooking(DATE).parts, canRemind: () => false } });
      for (const text of ['bonjour', 'Prendre rendez-vous', '9000', '1', '1', '1']) await chat.says(text);
      expect(keysOf(chat, chat.received.at(-1)?.text)).toEqual(['bookIntake:who.name']);
      await chat.says(said);
      expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:who.contact');
      await chat.says('0470 12 34 56');
      expect(chat.received.at(-2)?.text).toContain('Fatima, 0470 12 34 56');
    },
  );
});
