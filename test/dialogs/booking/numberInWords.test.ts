import { describe, expect, it } from 'vitest';
import { chatInBooking, type BookingLanguage } from '../../support/booking.js';
import { Chat } from '../../support/converse.js';
import { keysOf } from '../../support/keys.js';

/*
 * A mobile number written out in words at "Op welk gsm-nummer …?" ("nul vier zeven nul twaalf
 * vierendertig zesenvijftig", as speech-to-text or a person unsure of digits writes it): that
 * number, shown back at "Klopt dit?". Was "Typ een gsm-nummer", and in French the conversation
 * started over ("zero" heard as "à zéro").
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

describe('BookIntakeDialog: a mobile number in words', () => {
  it.each([
    ['nl', 'nul vier zeven nul twaalf vierendertig zesenvijftig', 'Voor: Sam, 0470 12 34 56'],
    ['nl', '0470 twaalf vierendertig zesenvijftig', 'Voor: Sam, 0470 12 34 56'],
    ['fr', 'zero quatre sept zero douze trente-quatre cinquante six', 'Pour : Sam, 0470 12 34 56'],
    ['en', 'zero four seven zero one two three four five six', 'For: Sam, 0470 12 34 56'],
    // With its intro: was "Typ een gsm-nummer".
    ['nl', 'mijn nummer is nul vier zeven nul twaalf vierendertig zesenvijftig', 'Voor: Sam, 0470 12 34 56'],
    ['en', 'my number is zero four seven zero one two three four five six', 'For: Sam, 0470 12 34 56'],
  ] as const)('When (%s) "%s" is typed at the contact, Then that number is taken', async (locale: BookingLanguage, said, who) => {
    const chat = await chatInBooking(DATE, locale, '9000', '1', '1', '1', 'Sam');
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:who.contact');
    const [summary, question] = await chat.says(said);
    expect(summary?.text).toContain(who);
    expect(keysOf(chat, question?.text)).toEqual(['bookIntake:summary.question']);
  });

  it('When (nl) a number in words is too short for a mobile number, Then it is asked again', async () => {
    const chat = await chatInBooking(DATE, 'nl', '9000', '1', '1', '1', 'Sam');
    const reply = await chat.says('nul vier zeven nul twaalf');
    expect(reply.flatMap((m) => keysOf(chat, m.text))).not.toContain('bookIntake:summary.question');
  });
});

describe('TalkToPersonDialog: the number to call back, in words', () => {
  it('When "mijn nummer is nul vier zeven …" is typed at "Op welk telefoonnummer mogen we je bellen?", Then it is the number and the time is asked', async () => {
    const chat = await Chat.start({ date: DATE });
    await chat.says('ik wil met iemand praten');
    await chat.says('bel me terug');
    expect(keysOf(chat, chat.received.at(-1)?.text)).toEqual(['handover:callback.phone']);
    const reply = await chat.says('mijn nummer is nul vier zeven nul twaalf vierendertig zesenvijftig');
    expect(keysOf(chat, reply.at(-1)?.text)).toEqual(['handover:callback.partOfDay']);
  });
});
