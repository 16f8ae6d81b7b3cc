import { describe, expect, it } from 'vitest';
import { chatInBooking } from '../../support/booking.js';
import { keysOf } from '../../support/keys.js';

/*
 * No mobile, said at the contact question in the words people type: another number or an e-mail
 * address will do, or a person. "j'ai pas de téléphone", "pas de gsm" in a French chat were a
 * person at once ("téléphone") and "Wil je verder in het Nederlands?" ("gsm"); "i dont have
 * phone", "ik heb gene gsm" were "Type a mobile number or an e-mail address", as if nothing was said.
 */

const DATE = '2026-12-07';

describe('BookIntakeDialog: no mobile, said at the contact question', () => {
  it.each([
    ['nl', 'ik heb geen gsm'],
    ['fr', "j'ai pas de téléphone"],
    ['fr', 'pas de gsm'],
    ['fr', "je n'ai pas de gsm"],
    ['en', 'i dont have phone'],
    ['en', 'i have no phone'],
    ['nl', 'ik heb gene gsm'],
    ['nl', 'kheb gin gsm'],
  ] as const)('When (%s) "%s" is typed at the contact question, Then another number or an e-mail will do is said', async (locale, said) => {
    const chat = await chatInBooking(DATE, locale, '9000', '1', '1', '1', 'Sam');
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:who.contact');
    const reply = await chat.says(said);
    expect(reply).toHaveLength(1);
    expect(keysOf(chat, reply[0]?.text)).toEqual(['bookIntake:who.contactRetry.noMobile']);
    expect(reply.at(-1)?.buttons.length).toBeGreaterThan(0);
    // Still at the question: a number given now is taken.
    await chat.says('0470 12 34 56');
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:summary.question');
  });
});
