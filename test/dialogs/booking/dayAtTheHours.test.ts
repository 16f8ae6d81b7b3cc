import { describe, expect, it } from 'vitest';
import { chatInBooking, type BookingLanguage } from '../../support/booking.js';
import { keysOf } from '../../support/keys.js';

/*
 * "any time on tuesday?", "iets op dinsdag?", "quelque chose mardi ?" at the hours ask for that
 * day: its hours, or a kind word that the centre is closed then, with the first hours. Was the next
 * page of hours in English: "time" is a word of "a later time" (Later).
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

/** At the hours of Gent's centre, in person. */
const atTheHours = (locale: BookingLanguage) => chatInBooking(DATE, locale, '9000', '1', '1');

const TUESDAY = {
  nl: ['di 1 dec 9.00 uur', 'di 1 dec 9.30 uur', 'di 1 dec 10.00 uur', 'Meer'],
  fr: ['mar. 1 déc. 9 h', 'mar. 1 déc. 9 h 30', 'mar. 1 déc. 10 h', 'Plus'],
  en: ['Tue 1 Dec 9 am', 'Tue 1 Dec 9.30 am', 'Tue 1 Dec 10 am', 'More'],
} as const;

describe('ChooseSlotDialog: a day asked for at the hours', () => {
  it.each([
    ['en', 'any time on tuesday?'],
    ['en', 'is there a time on tuesday'],
    ['en', 'do you have time tuesday?'],
    ['nl', 'iets op dinsdag?'],
    ['nl', 'een tijd op dinsdag?'],
    ['fr', 'quelque chose mardi ?'],
    ['fr', 'un créneau mardi ?'],
  ] as const)('When (%s) "%s" is typed at the hours, Then the hours of next Tuesday are shown', async (locale, said) => {
    const chat = await atTheHours(locale);
    const reply = await chat.says(said);
    expect(reply).toHaveLength(1);
    expect(keysOf(chat, reply[0]?.text)).toEqual(['bookIntake:slots.question']);
    expect(reply[0]?.buttons).toEqual(TUESDAY[locale]);
  });

  it.each([
    ['en', 'any time on sunday?'],
    ['nl', 'iets op zondag?'],
  ] as const)(
    'When (%s) "%s" is typed at the hours, Then it is said the centre is closed then, with the first hours',
    async (locale, said) => {
      const chat = await atTheHours(locale);
      const reply = await chat.says(said);
      expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['bookIntake:slots.closedThenRange'], ['bookIntake:slots.question']]);
      expect(reply.at(-1)?.buttons.length).toBe(4);
    },
  );

  // Was "Op vrijdag 1 januari is dit centrum dicht. Het is open van maandag tot zaterdag.": a Friday, among those days.
  it.each([
    ['nl', 'morgen', 'Op vrijdag 1 januari is dit centrum uitzonderlijk dicht. Dit zijn de eerste vrije uren.'],
    ['en', 'tomorrow', 'This centre is closed on Friday 1 January, as an exception. These are the first free times.'],
  ] as const)(
    'When (%s) "%s" at the hours on 31 December names New Year\'s Day, Then closed as an exception, never "open Monday to Saturday"',
    async (locale, said, closed) => {
      const chat = await chatInBooking('2026-12-31', locale, '9000', '1', '1');
      const reply = await chat.says(said);
      expect(reply[0]?.text).toBe(closed);
      expect(keysOf(chat, reply.at(-1)?.text)).toEqual(['bookIntake:slots.question']);
    },
  );

  // Was the cheque's price, with nothing of the free meeting (the first hours lie in January).
  it('When "is da gratis?" comes at the hours on 30 December, Then the first meeting is free until 31 December and not sure after, and the hours again', async () => {
    const chat = await chatInBooking('2026-12-30', 'nl', '9000', '1', '1');
    const asked = chat.received.at(-1);
    const reply = await chat.says('is da gratis?');
    expect(keysOf(chat, reply[0]?.text)).toEqual(['sideQuestions:firstMeetingFreeUntil']);
    expect(reply[0]?.text).toContain('31 december 2026');
    expect(reply.at(-1)?.buttons).toEqual(asked?.buttons);
  });

  // Monday 30 November: the first hours are on Tuesday; later in the week is from Wednesday.
  it.each([
    ['nl', 'kan het later in de week', ['wo 2 dec 9.00 uur', 'wo 2 dec 9.30 uur', 'wo 2 dec 10.00 uur', 'Meer']],
    ['fr', 'plus tard dans la semaine', ['mer. 2 déc. 9 h', 'mer. 2 déc. 9 h 30', 'mer. 2 déc. 10 h', 'Plus']],
    ['en', 'later this week?', ['Wed 2 Dec 9 am', 'Wed 2 Dec 9.30 am', 'Wed 2 Dec 10 am', 'More']],
  ] as const)(
    'When (%s) "%s" is typed at the hours, Then the hours from the day after tomorrow, never later hours of the first day',
    async (locale, said, hours) => {
      const chat = await chatInBooking('2026-11-30', locale, '9000', '1', '1');
      expect(chat.received.at(-1)?.buttons[0]).toMatch(/1 (dec|déc|Dec)/);
      const reply = await chat.says(said);
      expect(keysOf(chat, reply[0]?.text)).toEqual(['bookIntake:slots.question']);
      expect(reply[0]?.buttons).toEqual(hours);
    },
  );
});
