import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain/calendar.js';
import { Chat } from '../support/converse.js';

/*
 * Every Chat turn is checked against the plain-language rules (at most four messages and 70 words,
 * sentences of at most 15 words, buttons at the end). The texts that grow with the rules of the day
 * (the terms, the end of the cheque, the loopbaankrediet) are longest in French and English, so the
 * same short conversations run in every language on the days the bot is used from now on: the
 * last month of the cheque, its last day, the first day of the loopbaankrediet and later.
 */
const DAYS: IsoDate[] = ['2026-12-01', '2026-12-31', '2027-01-01', '2027-06-01'];

const ASKED = {
  nl: [
    'wat is een loopbaancheque?',
    'wat kost het?',
    'kan ik er een krijgen?',
    'hoe lang duurt het eerste gesprek?',
    'hoe vraag ik een cheque aan?',
  ],
  fr: [
    "c'est quoi un chèque carrière ?",
    'combien ça coûte ?',
    'est-ce que je peux en avoir un ?',
    'combien de temps dure le premier entretien ?',
  ],
  en: [
    'what is a career cheque?',
    'how much does it cost?',
    'can I get one?',
    'how long does the first meeting take?',
    'how do I order the cheque?',
  ],
} as const;

/** Taps after opening the chat: the explanation, then "Nee" (simpler or a person), then "Meer uitleg". */
const TAPS: readonly (readonly string[])[] = [['1'], ['1', '2'], ['1', '3'], ['1', '2', '1'], ['2']];

describe.each(Object.keys(ASKED) as (keyof typeof ASKED)[])('plain language in %s on the days the rules change', (locale) => {
  it.each(DAYS)(
    'When the explanation, the price, the check, the first meeting and ordering are asked on %s, as a first message or later, Then every turn is short and ends with buttons',
    async (date) => {
      let turns = 0;
      for (const text of ASKED[locale]) {
        // As the first message of a conversation (with the short hello), and at the menu.
        const first = await Chat.start({ locale, date, channelId: 'webchat' });
        await first.says(text);
        const later = await Chat.start({ locale, date, channelId: 'webchat' });
        await later.opens();
        await later.says(text);
        turns += first.received.length > 0 && later.received.length > 0 ? 2 : 0;
      }
      for (const taps of TAPS) {
        const chat = await Chat.start({ locale, date, channelId: 'webchat' });
        await chat.opens();
        for (const tap of taps) await chat.says(tap);
        turns += taps.length;
      }
      expect(turns).toBe(ASKED[locale].length * 2 + TAPS.flat().length);
    },
  );
});
