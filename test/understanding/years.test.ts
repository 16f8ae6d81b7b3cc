import { describe, expect, it } from 'vitest';
import { understandYears } from '../../src/understanding/years.js';

const now = new Date('2026-11-26T12:00:00Z');

describe('understandYears', () => {
  it.each<[string, number | undefined]>([
    ['20 jaar', 20],
    ['twintig jaar', 20],
    ['ik werk al vijfentwintig jaar', 25],
    ['tweeëntwintig jaar', 22],
    ['sinds 2005', 21],
    ['depuis 2010', 16],
    ['vingt-cinq ans', 25],
    ['dix-huit ans', 18],
    ['twenty five years', 25],
    ['since 2019', 7],
    ['6 maanden', 0.5],
    ['minder dan 7 jaar', 6.5],
    ['meer dan 7 jaar', 7.5],
    ['plus de 10 ans', 10.5],
    ['een paar jaar', undefined],
    ['quelques années', undefined],
    ['ik weet het niet', undefined],
    ['150 jaar', undefined],
    ['12', 12],
    ['ongeveer 12', 12],
    ['meer dan 7', 7.5],
    // A number inside a sentence about something else is no number of years.
    ['ik wil een afspraak maken', undefined],
    ['je veux un rendez-vous', undefined],
    ['I want a meeting please', undefined],
    ['ik heb 2 kinderen en werk deeltijds', undefined],
    ['ik heb al een jaar of tien gewerkt bij de stad', 10],
    ['een jaar of 8', 8],
    ['sinds 1900', undefined],
  ])('When "%s" is typed, Then it is %s years', (text, years) => {
    expect(understandYears(text, now)).toBe(years);
  });

  it('When a pasted text is very long, Then only its start is read', () => {
    expect(understandYears(`12 jaar ${'bla '.repeat(100_000)}`, now)).toBe(12);
  });
});
