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

/** The check's questions, answered one by one with a tap (the answer last tapped opens the outplacement question). */
const CHECK_PATH = {
  nl: ['Kan ik er een krijgen?', 'Voor mezelf', 'Vlaanderen', 'werknemer', '7 jaar of meer', 'Nee, nooit'],
  fr: ['Puis-je en recevoir un ?', 'Pour moi', 'Flandre', 'salarié', '7 ans ou plus', 'Non, jamais'],
  en: ['Can I get one?', 'For myself', 'Flanders', 'employee', '7 years or more', 'No, never'],
} as const;

/** What people ask in the middle of the check, besides ASKED: the answers with the longest texts. */
const ASKED_IN_THE_CHECK = {
  nl: ['wat zijn de voorwaarden?', 'hoe lang is de cheque geldig?', 'mijn baas wil me ontslaan', 'ik begrijp het niet'],
  fr: ["c'est quoi les critères", 'je comprends pas'],
  en: ['what are the requirements?', "I don't understand"],
} as const;

/**
 * Each of `texts` asked at each question along `path` (a new chat for every pair) in the last month
 * of the cheque. Chat checks every turn: at most four messages and 70 words, buttons at the end.
 * Returns how many were asked.
 */
async function askAlongThePath(locale: 'nl' | 'fr' | 'en', path: readonly string[], texts: readonly string[]): Promise<number> {
  let asked = 0;
  for (let depth = 1; depth <= path.length; depth++) {
    for (const text of texts) {
      const chat = await Chat.start({ locale, date: '2026-12-01', channelId: 'webchat' });
      await chat.opens();
      for (const answer of path.slice(0, depth)) await chat.says(answer);
      const reply = await chat.says(text);
      expect(reply.length, `${path[depth - 1]} → ${text}`).toBeGreaterThan(0);
      asked++;
    }
  }
  return asked;
}

describe.each(Object.keys(CHECK_PATH) as (keyof typeof CHECK_PATH)[])(
  'plain language in %s, asked in the middle of the check',
  (locale) => {
    it('When a side question is asked at any question of the check in the last month of the cheque, Then the answer and the question again stay within one short turn', async () => {
      const texts = [...ASKED[locale], ...ASKED_IN_THE_CHECK[locale]];
      expect(await askAlongThePath(locale, CHECK_PATH[locale], texts)).toBe(CHECK_PATH[locale].length * texts.length);
    });
  },
);

/** A booking's questions, answered one by one: the town, the centre, the way, the hour, the first name. */
const BOOKING_PATH = {
  nl: ['ik wil een afspraak', '9000', '1', '1', '1', 'Jan'],
  fr: ['je veux un rendez-vous', '9000', '1', '1', '1', 'Jean'],
  en: ['I want an appointment', '9000', '1', '1', '1', 'John'],
} as const;

describe.each(Object.keys(BOOKING_PATH) as (keyof typeof BOOKING_PATH)[])(
  'plain language in %s, asked in the middle of a booking',
  (locale) => {
    it('When a side question is asked at any question of a booking in the last month of the cheque, Then the answer and the question again stay within one short turn', async () => {
      expect(await askAlongThePath(locale, BOOKING_PATH[locale], ASKED[locale])).toBe(BOOKING_PATH[locale].length * ASKED[locale].length);
    });
  },
);
