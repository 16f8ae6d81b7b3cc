import { describe, expect, it } from 'vitest';
import { chatInBooking } from '../../support/booking.js';
import { keysOf } from '../../support/keys.js';

/*
 * "Kan ik later nog annuleren?" while the booking is made, before saying yes to an hour: yes, with
 * the code the booking gives, and the question again. Before, "later" was read as a wish for later
 * hours (the next page of hours), and at "Klopt dit?" as changing the hour now.
 */

const DATE = '2026-12-07';

describe('Asking whether the booking can be changed later, while it is made', () => {
  it.each([
    ['nl', 'kan ik later nog annuleren'],
    ['nl', 'kan ik het verzetten als het niet past?'],
    ['fr', 'je peux annuler plus tard ?'],
    ['en', 'can I cancel later?'],
  ] as const)(
    'When (%s) "%s" is asked at the hours, Then yes, with the code to come, and the hours again, unchanged',
    async (locale, said) => {
      const chat = await chatInBooking(DATE, locale, '9000', '1', '1');
      const hours = chat.received.at(-1);
      expect(keysOf(chat, hours?.text)).toContain('bookIntake:slots.question');
      const reply = await chat.says(said);
      expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['bookIntake:changeLater'], ['bookIntake:slots.questionAgain']]);
      expect(reply.at(-1)?.buttons).toEqual(hours?.buttons);
    },
  );

  it('When "kan ik dat later nog veranderen?" is asked at "Klopt dit?", Then yes, with the code, and "Klopt dit?" again; the booking is kept', async () => {
    const chat = await chatInBooking(DATE, 'nl', '9000', '1', '1', '1', 'Sam', '0470 12 34 56');
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:summary.question');
    const reply = await chat.says('kan ik dat later nog veranderen?');
    expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['bookIntake:changeLater'], ['bookIntake:summary.question']]);
    await chat.says('ja');
    expect(chat.received.some((m) => keysOf(chat, m.text).includes('bookIntake:confirmed.code'))).toBe(true);
  });

  it('When another hour is wished for now ("liever later op de dag"), Then that is still a wish about the hours', async () => {
    const chat = await chatInBooking(DATE, 'nl', '9000', '1', '1');
    const reply = await chat.says('liever later op de dag');
    expect(reply.flatMap((m) => keysOf(chat, m.text))).not.toContain('bookIntake:changeLater');
  });
});

// Before, "krijg ik een bevestiging?" got the cheque's conditions (heard in "krijg ik") and "wat gebeurt er nu?" a guess.
describe('Asking what comes after "Klopt dit?"', () => {
  it.each([
    ['nl', 'krijg ik een bevestiging?'],
    ['nl', 'wat gebeurt er nu?'],
    ['fr', 'je reçois une confirmation ?'],
    ['en', 'what happens now?'],
  ] as const)(
    'When (%s) "%s" is asked at "Klopt dit?", Then a tap on yes books it with a code (and an e-mail where one was given), and "Klopt dit?" again',
    async (locale, said) => {
      const chat = await chatInBooking(DATE, locale, '9000', '1', '1', '1', 'Sam', '0470 12 34 56');
      const reply = await chat.says(said);
      expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['bookIntake:confirmationSaid'], ['bookIntake:summary.question']]);
      await chat.says(locale === 'nl' ? 'ja' : locale === 'fr' ? 'oui' : 'yes');
      expect(chat.received.some((m) => keysOf(chat, m.text).includes('bookIntake:confirmed.code'))).toBe(true);
    },
  );
});
