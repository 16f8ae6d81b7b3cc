import { describe, expect, it } from 'vitest';
import { chatInBooking, type BookingLanguage } from '../../support/booking.js';
import { keysOf } from '../../support/keys.js';

/*
 * "i want to correct the name", "ik wil de naam veranderen", "je veux corriger le nom" at "Klopt
 * dit?": the name is asked again, then "Klopt dit?" with the rest kept. Was "Good. Tap what you
 * want to do.", the hours again (the recognizer heard a move in "veranderen"), or "Que voulez-vous
 * changer ?". The same for the number.
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

/** Gent, in person, the first hour, a name and a number: up to "Klopt dit?". */
const atTheSummary = (locale: BookingLanguage, name: string) => chatInBooking(DATE, locale, '9000', '1', '1', '1', name, '0470 12 34 56');

describe('BookIntakeDialog: the part to change named at "Klopt dit?"', () => {
  it.each([
    ['en', 'i want to correct the name', 'John', 'Jon', 'For: Jon, 0470 12 34 56'],
    ['en', 'change the name please', 'John', 'Jon', 'For: Jon, 0470 12 34 56'],
    ['nl', 'ik wil de naam veranderen', 'Jan', 'Johan', 'Voor: Johan, 0470 12 34 56'],
    ['nl', 'naam aanpassen', 'Jan', 'Johan', 'Voor: Johan, 0470 12 34 56'],
    ['fr', 'je veux corriger le nom', 'Jean', 'Jeanne', 'Pour : Jeanne, 0470 12 34 56'],
    ['fr', 'changer le prénom svp', 'Jean', 'Jeanne', 'Pour : Jeanne, 0470 12 34 56'],
    ['nl', 'het nummer klopt maar de naam niet', 'Jan', 'Johan', 'Voor: Johan, 0470 12 34 56'],
  ] as const)(
    'When (%s) "%s" comes at "Klopt dit?", Then the first name is asked again, and "Klopt dit?" comes back with the new name and the rest kept',
    async (locale, said, first, second, who) => {
      const chat = await atTheSummary(locale, first);
      expect(keysOf(chat, chat.received.at(-1)?.text)).toEqual(['bookIntake:summary.question']);
      const summary = chat.received.at(-2)?.text ?? '';
      const asked = await chat.says(said);
      expect(asked.map((m) => keysOf(chat, m.text))).toEqual([['bookIntake:who.name']]);
      expect(asked.at(-1)?.buttons.length).toBeGreaterThan(0);
      const again = await chat.says(second);
      expect(again.map((m) => keysOf(chat, m.text).at(-1))).toEqual(['bookIntake:summary.who', 'bookIntake:summary.question']);
      expect(again[0]?.text).toBe(summary.replace(/^(.*?)(Voor|For|Pour)( ?): [^,]+,.*$/mu, who));
    },
  );

  it.each([
    ['en', 'i want to change my number', 'John'],
    ['nl', 'ik wil het nummer veranderen', 'Jan'],
    ['fr', 'je veux changer le numéro', 'Jean'],
    // The one part wrong named beside the other that is right (before: "Wat wil je aanpassen?").
    ['nl', 'de naam is juist maar het nummer niet', 'Jan'],
    ['en', 'the name is fine but not the number', 'John'],
    ['fr', 'le nom est bon, mais pas le numéro', 'Jean'],
  ] as const)('When (%s) "%s" comes at "Klopt dit?", Then the contact is asked again, the name kept', async (locale, said, name) => {
    const chat = await atTheSummary(locale, name);
    const asked = await chat.says(said);
    expect(asked).toHaveLength(1);
    expect(keysOf(chat, asked[0]?.text)).toContain('bookIntake:who.contact');
    const again = await chat.says('0499 11 22 33');
    expect(again[0]?.text).toContain(`${name}, 0499 11 22 33`);
    expect(keysOf(chat, again.at(-1)?.text)).toEqual(['bookIntake:summary.question']);
  });

  it.each([
    ['nl', 'ik heet Johan', 'Jan', 'Voor: Johan, 0470 12 34 56'],
    ['nl', 'nee, ik heet Johan', 'Jan', 'Voor: Johan, 0470 12 34 56'],
    ['fr', "je m'appelle Jeanne", 'Jean', 'Pour : Jeanne, 0470 12 34 56'],
    ['en', 'my name is Jon', 'John', 'For: Jon, 0470 12 34 56'],
  ] as const)(
    'When (%s) "%s" introduces the person at "Klopt dit?", Then that is the new first name, and "Klopt dit?" comes back with the rest kept',
    async (locale, said, first, who) => {
      const chat = await atTheSummary(locale, first);
      const summary = chat.received.at(-2)?.text ?? '';
      const again = await chat.says(said);
      expect(again.map((m) => keysOf(chat, m.text).at(-1))).toEqual(['bookIntake:summary.who', 'bookIntake:summary.question']);
      expect(again[0]?.text).toBe(summary.replace(/^(.*?)(Voor|For|Pour)( ?): [^,]+,.*$/mu, who));
    },
  );
});
