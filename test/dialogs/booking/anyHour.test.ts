import { describe, expect, it } from 'vitest';
import { testBooking } from '../../support/booking.js';
import { Chat } from '../../support/converse.js';
import { messageKeys } from '../../support/keys.js';

/*
 * "maakt niet uit", "peu importe", "any time" at "Welk uur past voor jou?": no preference, so the
 * first hour shown, as "Maakt niet uit" takes the first way of talking; "Klopt dit?" says which.
 * Was "Die dag begrijp ik niet", "Voulez-vous dire : C'est quoi un chèque carrière ?", or a later page of hours.
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

const BOOK = { nl: 'Afspraak maken', fr: 'Prendre rendez-vous', en: 'Book an appointment' } as const;
type Lang = keyof typeof BOOK;

/** At the hours of Gent's centre, in person. */
async function atTheHours(locale: Lang): Promise<Chat> {
  const chat = await Chat.start({ date: DATE, locale, booking: { ...testBooking(DATE).parts, canRemind: () => false } });
  for (const text of ['hallo', BOOK[locale], '9000', '1', '1']) await chat.says(text);
  return chat;
}

const keysOf = (chat: Chat, text: string | undefined) => messageKeys(text ?? '', chat.locale).flat();

describe('ChooseSlotDialog: no preference for the hour', () => {
  it.each([
    ['nl', 'maakt niet uit'],
    ['nl', 'om het even wanneer'],
    ['fr', 'peu importe'],
    ['fr', "n'importe quand"],
    ['fr', 'quand vous voulez'],
    ['en', "doesn't matter"],
    ['en', 'any time'],
    ['en', 'whenever'],
  ] as const)('When (%s) "%s" is typed at the hours, Then the first hour shown is taken and the first name asked', async (locale, said) => {
    const chat = await atTheHours(locale);
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:slots.question');
    const reply = await chat.says(said);
    expect(keysOf(chat, reply.at(-1)?.text)).toEqual(['bookIntake:who.name']);
  });

  it('When "maakt niet uit" is typed at the hours, Then "Klopt dit?" shows the first free hour', async () => {
    const chat = await atTheHours('nl');
    for (const text of ['maakt niet uit', 'Sam', '0470 12 34 56']) await chat.says(text);
    expect(chat.received.at(-2)?.text).toContain('vrijdag 27 november om 12.00 uur');
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:summary.question');
  });

  it('When (en) "any time on tuesday?" is typed at the hours, Then no hour is taken: "any time" inside a longer message is no answer', async () => {
    const chat = await atTheHours('en');
    const reply = await chat.says('any time on tuesday?');
    expect(reply.flatMap((m) => keysOf(chat, m.text))).not.toContain('bookIntake:who.name');
  });
});
