import { describe, expect, it } from 'vitest';
import { chatInBooking, type BookingLanguage } from '../../support/booking.js';
import { keysOf } from '../../support/keys.js';

/*
 * "je m apelle Marie", "my nam is Marie", "mij naam is Marie" at "Wat is je voornaam?": the name
 * Marie, as with the words typed right. Was a person offered ("apelle" heard as a call), "Ce centre
 * ne fait pas d'entretiens par téléphone" ("appel"), or "Typ alleen je voornaam".
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

const WHO = { nl: 'Voor: Marie, 0470 12 34 56', fr: 'Pour : Marie, 0470 12 34 56', en: 'For: Marie, 0470 12 34 56' } as const;

describe('BookIntakeDialog: the first name said with a mistyped "my name is"', () => {
  it.each([
    ['fr', 'je m apelle Marie'],
    ['fr', "je m'apelle Marie"],
    ['fr', 'je mapelle Marie'],
    ['fr', 'je m appel Marie'],
    ['fr', 'je m apel marie'],
    ['fr', 'jm apelle Marie'],
    ['en', 'my name is Marie'],
    ['en', 'my nam is Marie'],
    ['en', 'my neme is Marie'],
    ['en', 'mi name is Marie'],
    ['nl', 'ik heet Marie'],
    ['nl', 'ik hiet Marie'],
    ['nl', 'mijn naam is Marie'],
    ['nl', 'mij naam is Marie'],
    ['nl', 'mijn naan is marie'],
    ['nl', 'mijn naam is, Marie'],
  ] as const)('When (%s) "%s" is typed at the first name, Then the name is Marie', async (locale: BookingLanguage, said) => {
    const chat = await chatInBooking(DATE, locale, '9000', '1', '1', '1');
    expect(keysOf(chat, chat.received.at(-1)?.text)).toEqual(['bookIntake:who.name']);
    const asked = await chat.says(said);
    expect(asked).toHaveLength(1);
    expect(keysOf(chat, asked[0]?.text)).toContain('bookIntake:who.contact');
    const [summary] = await chat.says('0470 12 34 56');
    expect(summary?.text).toContain(WHO[locale]);
  });
});
