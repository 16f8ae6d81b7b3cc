import { describe, expect, it } from 'vitest';
import { chatInBooking } from '../../support/booking.js';
import { keysOf } from '../../support/keys.js';

/*
 * "j'ai pas de téléphone", "pas de gsm" at the contact question of a French chat: as "ik heb geen
 * gsm" in Dutch, another number or an e-mail address will do, or a person (was a person at once for
 * "téléphone", and "Wil je verder in het Nederlands?" for "gsm").
 */

const DATE = '2026-12-07';

describe('BookIntakeDialog: no phone, said at the contact question', () => {
  it.each([
    ['nl', 'ik heb geen gsm'],
    ['fr', "j'ai pas de téléphone"],
    ['fr', 'pas de gsm'],
    ['fr', "je n'ai pas de gsm"],
  ] as const)('When (%s) "%s" is typed at the contact question, Then another number or an e-mail will do is said', async (locale, said) => {
    const chat = await chatInBooking(DATE, locale, '9000', '1', '1', '1', 'Sam');
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:who.contact');
    const reply = await chat.says(said);
    expect(reply).toHaveLength(1);
    expect(keysOf(chat, reply[0]?.text)).toEqual(['bookIntake:who.contactRetry.noMobile']);
    // Still at the question: a number given now is taken.
    await chat.says('0470 12 34 56');
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:summary.question');
  });
});
