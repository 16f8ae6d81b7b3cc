import { describe, expect, it } from 'vitest';
import { startsNamedIn, startsWithin, understandWhen, type TimeWindow } from '../../src/understanding/when.js';

/** Thursday 26 November 2026, 10:00 in Brussels (CET, UTC+1). */
const THURSDAY = new Date('2026-11-26T09:00:00Z');

const AFTERNOON = { from: 13 * 60, to: 17 * 60 };
const MORNING = { from: 8 * 60, to: 12 * 60 };
const EVENING = { from: 17 * 60, to: 21 * 60 };

type Expected = readonly [from: string, to: string, daily?: { from: number; to: number }];

function plain(window: TimeWindow | undefined): Expected | undefined {
  if (!window) return undefined;
  const base = [window.from.toISOString(), window.to.toISOString()] as const;
  return window.daily ? [...base, window.daily] : base;
}

describe('understandWhen on Thursday 26 November 2026, 10:00 Brussels', () => {
  it.each<[string, Expected]>([
    // Dutch
    ['morgen', ['2026-11-26T23:00:00.000Z', '2026-11-27T23:00:00.000Z']],
    ['morgen namiddag', ['2026-11-27T12:00:00.000Z', '2026-11-27T16:00:00.000Z', AFTERNOON]],
    ['morgne namidag', ['2026-11-27T12:00:00.000Z', '2026-11-27T16:00:00.000Z', AFTERNOON]],
    ["morgen 's avonds", ['2026-11-27T16:00:00.000Z', '2026-11-27T20:00:00.000Z', EVENING]],
    ['overmorgen', ['2026-11-27T23:00:00.000Z', '2026-11-28T23:00:00.000Z']],
    ['dinsdag', ['2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z']],
    ['dinsdga', ['2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z']],
    ['liefst op dinsdag', ['2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z']],
    ['donderdag', ['2026-11-26T09:00:00.000Z', '2026-11-26T23:00:00.000Z']],
    ['volgende donderdag', ['2026-12-02T23:00:00.000Z', '2026-12-03T23:00:00.000Z']],
    ['dinsdag volgende week', ['2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z']],
    ['volgende week', ['2026-11-29T23:00:00.000Z', '2026-12-06T23:00:00.000Z']],
    ['volgnde week', ['2026-11-29T23:00:00.000Z', '2026-12-06T23:00:00.000Z']],
    ['deze week', ['2026-11-26T09:00:00.000Z', '2026-11-29T23:00:00.000Z']],
    // After the weekend is the week after it; "voor de middag" is the morning, not "middag".
    ['na het weekend', ['2026-11-29T23:00:00.000Z', '2026-12-06T23:00:00.000Z']],
    ['après le week-end', ['2026-11-29T23:00:00.000Z', '2026-12-06T23:00:00.000Z']],
    ['after the weekend', ['2026-11-29T23:00:00.000Z', '2026-12-06T23:00:00.000Z']],
    ['next week?', ['2026-11-29T23:00:00.000Z', '2026-12-06T23:00:00.000Z']],
    ['tmrw afternoon', ['2026-11-27T12:00:00.000Z', '2026-11-27T16:00:00.000Z', AFTERNOON]],
    ['morgen voor de middag', ['2026-11-27T07:00:00.000Z', '2026-11-27T11:00:00.000Z', MORNING]],
    ['morgen na den noen', ['2026-11-27T12:00:00.000Z', '2026-11-27T16:00:00.000Z', AFTERNOON]],
    // SMS spelling of "tussen"
    ['maandag tss 10 en 12', ['2026-11-30T09:00:00.000Z', '2026-11-30T11:00:00.000Z', { from: 10 * 60, to: 12 * 60 }]],
    ['in de voormiddag', ['2026-11-26T09:00:00.000Z', '2026-12-09T11:00:00.000Z', MORNING]],
    // Flemish "morgen" is also the morning: after a weekday or in "in de morgen"; alone it is tomorrow.
    ['in de morgen', ['2026-11-26T09:00:00.000Z', '2026-12-09T11:00:00.000Z', MORNING]],
    ['dinsdag morgen', ['2026-12-01T07:00:00.000Z', '2026-12-01T11:00:00.000Z', MORNING]],
    ['dinsdagmorgen', ['2026-12-01T07:00:00.000Z', '2026-12-01T11:00:00.000Z', MORNING]],
    // "Over 2 weken", "dans 2 semaines": the week that many weeks from today.
    ['over 2 weken', ['2026-12-09T23:00:00.000Z', '2026-12-16T23:00:00.000Z']],
    ['dans deux semaines', ['2026-12-09T23:00:00.000Z', '2026-12-16T23:00:00.000Z']],
    ['in 2 weeks', ['2026-12-09T23:00:00.000Z', '2026-12-16T23:00:00.000Z']],
    // "Na 2 weken" is weeks too: the number before "weken" is never an hour ("na 2 uur" is).
    ['na 2 weken', ['2026-12-09T23:00:00.000Z', '2026-12-16T23:00:00.000Z']],
    ['ten vroegste na 3 weken', ['2026-12-16T23:00:00.000Z', '2026-12-23T23:00:00.000Z']],
    ['après 2 semaines', ['2026-12-09T23:00:00.000Z', '2026-12-16T23:00:00.000Z']],
    ['after 2 weeks', ['2026-12-09T23:00:00.000Z', '2026-12-16T23:00:00.000Z']],
    // "een", "une", "a" before "week" is one week (not understood before; English "a" is also French "à").
    ['over een week', ['2026-12-02T23:00:00.000Z', '2026-12-09T23:00:00.000Z']],
    ['dans une semaine', ['2026-12-02T23:00:00.000Z', '2026-12-09T23:00:00.000Z']],
    ['in a week', ['2026-12-02T23:00:00.000Z', '2026-12-09T23:00:00.000Z']],
    // A month after "in" / "en" / "begin": the whole month, the next time it comes.
    ['in januari', ['2026-12-31T23:00:00.000Z', '2027-01-31T23:00:00.000Z']],
    ['en janvier svp', ['2026-12-31T23:00:00.000Z', '2027-01-31T23:00:00.000Z']],
    // "begin", "half", "eind" before a month: its first ten days, the 11th to the 20th, or from the 21st (was the whole month).
    ['begin december', ['2026-11-30T23:00:00.000Z', '2026-12-10T23:00:00.000Z']],
    ['eind december', ['2026-12-20T23:00:00.000Z', '2026-12-31T23:00:00.000Z']],
    ['fin décembre', ['2026-12-20T23:00:00.000Z', '2026-12-31T23:00:00.000Z']],
    ['late december', ['2026-12-20T23:00:00.000Z', '2026-12-31T23:00:00.000Z']],
    ['half januari', ['2027-01-10T23:00:00.000Z', '2027-01-20T23:00:00.000Z']],
    ['mi-janvier', ['2027-01-10T23:00:00.000Z', '2027-01-20T23:00:00.000Z']],
    ['early january', ['2026-12-31T23:00:00.000Z', '2027-01-10T23:00:00.000Z']],
    // The first days of this month are over: next year's.
    ['begin november', ['2027-10-31T23:00:00.000Z', '2027-11-10T23:00:00.000Z']],
    // Two days and a month: the days from the first through the second (was the second day alone).
    ['tussen 26 en 31 december', ['2026-12-25T23:00:00.000Z', '2026-12-31T23:00:00.000Z']],
    ['van 28 tot 30 december', ['2026-12-27T23:00:00.000Z', '2026-12-30T23:00:00.000Z']],
    ['du 28 au 30 décembre', ['2026-12-27T23:00:00.000Z', '2026-12-30T23:00:00.000Z']],
    ['entre le 28 et le 30 décembre', ['2026-12-27T23:00:00.000Z', '2026-12-30T23:00:00.000Z']],
    ['between 28 and 30 december', ['2026-12-27T23:00:00.000Z', '2026-12-30T23:00:00.000Z']],
    ['from 28 December to 3 January', ['2026-12-27T23:00:00.000Z', '2027-01-03T23:00:00.000Z']],
    ['between the 28th and the 30th of December', ['2026-12-27T23:00:00.000Z', '2026-12-30T23:00:00.000Z']],
    // "of" between an ordinal day and its month (was not read at all).
    ['on the 3rd of January', ['2027-01-02T23:00:00.000Z', '2027-01-03T23:00:00.000Z']],
    // Days after "tussen", never the hours 13.00 to 15.00.
    ['tussen 1 en 3 december', ['2026-11-30T23:00:00.000Z', '2026-12-03T23:00:00.000Z']],
    // Said on a Thursday: Friday to Sunday.
    ['kan het later in de week', ['2026-11-26T23:00:00.000Z', '2026-11-29T23:00:00.000Z']],
    ['plus tard dans la semaine', ['2026-11-26T23:00:00.000Z', '2026-11-29T23:00:00.000Z']],
    ['later this week', ['2026-11-26T23:00:00.000Z', '2026-11-29T23:00:00.000Z']],
    // After the holidays: from 2 January, as far ahead as a time with no day reaches.
    ['na nieuwjaar', ['2027-01-01T23:00:00.000Z', '2027-01-15T23:00:00.000Z']],
    ['pas na de feestdagen', ['2027-01-01T23:00:00.000Z', '2027-01-15T23:00:00.000Z']],
    ['après les fêtes', ['2027-01-01T23:00:00.000Z', '2027-01-15T23:00:00.000Z']],
    ['after new year', ['2027-01-01T23:00:00.000Z', '2027-01-15T23:00:00.000Z']],
    // After the Christmas holidays (was not understood, or the first free hour): the same.
    ['na de kerstvakantie', ['2027-01-01T23:00:00.000Z', '2027-01-15T23:00:00.000Z']],
    ['après les vacances de noël', ['2027-01-01T23:00:00.000Z', '2027-01-15T23:00:00.000Z']],
    ['after the christmas holidays', ['2027-01-01T23:00:00.000Z', '2027-01-15T23:00:00.000Z']],
    // After Christmas itself: from 26 December.
    ['na kerstmis', ['2026-12-25T23:00:00.000Z', '2027-01-08T23:00:00.000Z']],
    ['après noël', ['2026-12-25T23:00:00.000Z', '2027-01-08T23:00:00.000Z']],
    ['after christmas', ['2026-12-25T23:00:00.000Z', '2027-01-08T23:00:00.000Z']],
    // A date after "na", "vanaf", "voor": from that day on, or up to it; never 3 o'clock (was "after 15.00").
    ['na 3 januari', ['2027-01-02T23:00:00.000Z', '2027-01-16T23:00:00.000Z']],
    ['vanaf 4 januari', ['2027-01-03T23:00:00.000Z', '2027-01-17T23:00:00.000Z']],
    ['après 3 janvier', ['2027-01-02T23:00:00.000Z', '2027-01-16T23:00:00.000Z']],
    ['voor 20 december', ['2026-11-26T09:00:00.000Z', '2026-12-19T23:00:00.000Z']],
    ['before 20 december', ['2026-11-26T09:00:00.000Z', '2026-12-19T23:00:00.000Z']],
    // The month after this one, whole (was "Die dag begrijp ik niet").
    ['volgende maand', ['2026-11-30T23:00:00.000Z', '2026-12-31T23:00:00.000Z']],
    ['pas volgende maand', ['2026-11-30T23:00:00.000Z', '2026-12-31T23:00:00.000Z']],
    ['le mois prochain', ['2026-11-30T23:00:00.000Z', '2026-12-31T23:00:00.000Z']],
    ['next month', ['2026-11-30T23:00:00.000Z', '2026-12-31T23:00:00.000Z']],
    ['morgen in de morgen', ['2026-11-27T07:00:00.000Z', '2026-11-27T11:00:00.000Z', MORNING]],
    ['in de namiddag', ['2026-11-26T12:00:00.000Z', '2026-12-09T16:00:00.000Z', AFTERNOON]],
    ['in de avond', ['2026-11-26T16:00:00.000Z', '2026-12-09T20:00:00.000Z', EVENING]],
    // A day and its part in one word, as Dutch writes it; "after work" is the evening.
    ['donderdagavond', ['2026-11-26T16:00:00.000Z', '2026-11-26T20:00:00.000Z', EVENING]],
    ['zaterdagvoormiddag', ['2026-11-28T07:00:00.000Z', '2026-11-28T11:00:00.000Z', MORNING]],
    ['na het werk', ['2026-11-26T16:00:00.000Z', '2026-12-09T20:00:00.000Z', EVENING]],
    ['after work', ['2026-11-26T16:00:00.000Z', '2026-12-09T20:00:00.000Z', EVENING]],
    ['na 14 uur', ['2026-11-26T13:00:00.000Z', '2026-12-09T23:00:00.000Z', { from: 840, to: 1440 }]],
    ['na 14u30', ['2026-11-26T13:30:00.000Z', '2026-12-09T23:00:00.000Z', { from: 870, to: 1440 }]],
    ['pas na 14 uur', ['2026-11-26T13:00:00.000Z', '2026-12-09T23:00:00.000Z', { from: 840, to: 1440 }]],
    ['dinsdag na 2 uur', ['2026-12-01T13:00:00.000Z', '2026-12-01T23:00:00.000Z', { from: 840, to: 1440 }]],
    ['maandag voor 11 uur', ['2026-11-29T23:00:00.000Z', '2026-11-30T10:00:00.000Z', { from: 0, to: 660 }]],
    ['vrijdag om 10 uur', ['2026-11-27T09:00:00.000Z', '2026-11-27T10:00:00.000Z', { from: 600, to: 660 }]],
    ['vanmiddag', ['2026-11-26T12:00:00.000Z', '2026-11-26T16:00:00.000Z', AFTERNOON]],
    ['1 december', ['2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z']],
    ['1/12', ['2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z']],
    ['3 januari', ['2027-01-02T23:00:00.000Z', '2027-01-03T23:00:00.000Z']],
    ['dinsdag 1 december', ['2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z']],
    // Saturday 28 and Sunday 29 November
    ['kan het ook in het weekend', ['2026-11-27T23:00:00.000Z', '2026-11-29T23:00:00.000Z']],
    ['weekend namiddag', ['2026-11-28T12:00:00.000Z', '2026-11-29T16:00:00.000Z', AFTERNOON]],
    ['zondag in het weekend', ['2026-11-28T23:00:00.000Z', '2026-11-29T23:00:00.000Z']],
    // French
    ['mardi', ['2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z']],
    ['demain après-midi', ['2026-11-27T12:00:00.000Z', '2026-11-27T16:00:00.000Z', AFTERNOON]],
    ['demain apres midi', ['2026-11-27T12:00:00.000Z', '2026-11-27T16:00:00.000Z', AFTERNOON]],
    ['après-demain', ['2026-11-27T23:00:00.000Z', '2026-11-28T23:00:00.000Z']],
    ['la semaine prochaine', ['2026-11-29T23:00:00.000Z', '2026-12-06T23:00:00.000Z']],
    ['cette semaine', ['2026-11-26T09:00:00.000Z', '2026-11-29T23:00:00.000Z']],
    ['jeudi prochain', ['2026-12-02T23:00:00.000Z', '2026-12-03T23:00:00.000Z']],
    ['le matin', ['2026-11-26T09:00:00.000Z', '2026-12-09T11:00:00.000Z', MORNING]],
    ['après 14h', ['2026-11-26T13:00:00.000Z', '2026-12-09T23:00:00.000Z', { from: 840, to: 1440 }]],
    ['le 1er décembre', ['2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z']],
    ['le week-end', ['2026-11-27T23:00:00.000Z', '2026-11-29T23:00:00.000Z']],
    // English
    ['tuesday', ['2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z']],
    ['Tomorrow afternoon', ['2026-11-27T12:00:00.000Z', '2026-11-27T16:00:00.000Z', AFTERNOON]],
    ['next week', ['2026-11-29T23:00:00.000Z', '2026-12-06T23:00:00.000Z']],
    ['day after tomorrow', ['2026-11-27T23:00:00.000Z', '2026-11-28T23:00:00.000Z']],
    ['after 2 pm', ['2026-11-26T13:00:00.000Z', '2026-12-09T23:00:00.000Z', { from: 840, to: 1440 }]],
    ['after 2.30pm', ['2026-11-26T13:30:00.000Z', '2026-12-09T23:00:00.000Z', { from: 870, to: 1440 }]],
    ['december 1st', ['2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z']],
    ['in the morning', ['2026-11-26T09:00:00.000Z', '2026-12-09T11:00:00.000Z', MORNING]],
    ['next weekend', ['2026-11-27T23:00:00.000Z', '2026-11-29T23:00:00.000Z']],
    // A typo as close to a Dutch word as to an English one is the Dutch word.
    ['zonday', ['2026-11-28T23:00:00.000Z', '2026-11-29T23:00:00.000Z']],
  ])('When the user writes "%s", Then the window is %j', (phrase, expected) => {
    expect(plain(understandWhen(phrase, THURSDAY))).toEqual(expected);
  });

  it.each([
    ['lundi 14h', 'lundi à 14h'],
    ['dinsdag 10u', 'dinsdag om 10 uur'],
    ['monday 2 pm', 'monday at 2 pm'],
  ])('When an hour comes with its unit but without "om"/"à"/"at" ("%s"), Then it is read as "%s"', (short, full) => {
    expect(understandWhen(short, THURSDAY)).toStrictEqual(understandWhen(full, THURSDAY));
    expect(understandWhen(short, THURSDAY)).toBeDefined();
  });

  it.each<[string, { from: number; to: number }]>([
    ['tussen 11 en 14 uur', { from: 660, to: 840 }],
    ['tussen 11u en 14u', { from: 660, to: 840 }],
    ['tussen 10 en 12', { from: 600, to: 720 }],
    ['van 9 tot 11 uur', { from: 540, to: 660 }],
    ['11u tot 14u', { from: 660, to: 840 }],
    // An hour from 1 to 7 is the afternoon's, unless the range would end before it starts.
    ['dinsdag tussen 2 en 4', { from: 840, to: 960 }],
    ['van 9 tot 5', { from: 540, to: 1020 }],
    ['tussen 7 en 9', { from: 420, to: 540 }],
    ['tot 14 uur', { from: 0, to: 840 }],
    ['entre 10h et 12h', { from: 600, to: 720 }],
    ['de 9h à 11h', { from: 540, to: 660 }],
    ['between 10 and 12', { from: 600, to: 720 }],
    ['from 10 to 12', { from: 600, to: 720 }],
  ])('When a range of hours is typed ("%s"), Then a slot must start between them', (phrase, daily) => {
    expect(understandWhen(phrase, THURSDAY)?.daily).toEqual(daily);
  });

  it.each<[string, number[]]>([
    ['maandag kan niet', [0]],
    ['niet op maandag', [0]],
    ['maandag en vrijdag kan ik niet', [0, 4]],
    ['maandg kan nie', [0]],
    ['pas le lundi', [0]],
    ["lundi c'est pas possible", [0]],
    ['not on monday', [0]],
    // The negation reaches each side of an "of" (was Friday itself).
    ['niet maandag of vrijdag', [0, 4]],
    ['pas lundi ou vendredi', [0, 4]],
    ['not monday or friday', [0, 4]],
    // A "maar" or a wish before the refusal says no time (was nothing understood).
    ['maar niet op maandag', [0]],
    ['ok maar niet op maandag', [0]],
    ['ik wil een afspraak maar niet op maandag', [0]],
  ])('When weekdays are only refused ("%s"), Then any other day, as far ahead as a phrase without a day', (phrase, refused) => {
    const window = understandWhen(phrase, THURSDAY);
    expect(plain(window)).toEqual(['2026-11-26T09:00:00.000Z', '2026-12-09T23:00:00.000Z']);
    expect(window?.notWeekdays).toEqual(refused);
    expect(window && startsWithin(window, new Date('2026-11-30T09:00:00Z'))).toBe(!refused.includes(0));
    expect(window && startsWithin(window, new Date('2026-12-01T09:00:00Z'))).toBe(true);
  });

  it('When a refused weekday comes with a wish ("maandag kan niet, liefst in de voormiddag"), Then mornings, not on Monday', () => {
    const window = understandWhen('maandag kan niet, liefst in de voormiddag', THURSDAY);
    expect(window?.daily).toEqual(MORNING);
    expect(window?.notWeekdays).toEqual([0]);
  });

  it('When Dutch "pas" comes before a day ("ik kan pas maandag": not before Monday), Then it is no refusal of Monday', () => {
    expect(understandWhen('ik kan pas maandag', THURSDAY)?.notWeekdays).toBeUndefined();
  });

  it.each([
    ['maandag vroeg', 'maandag voormiddag'],
    ['maandag vroeg aub', 'maandag voormiddag'],
    ['lundi tôt', 'lundi matin'],
    ['monday early', 'monday morning'],
    ['early monday', 'monday morning'],
    ['morgen vroeg', 'morgen voormiddag'],
    ['demain tôt', 'demain matin'],
  ])('When "early" comes with a day ("%s"), Then it is that day\'s morning, as "%s"', (early, morning) => {
    expect(understandWhen(early, THURSDAY)).toStrictEqual(understandWhen(morning, THURSDAY));
    expect(understandWhen(early, THURSDAY)?.daily).toEqual(MORNING);
  });

  it.each([
    ['maandag tot 14 uur', { from: 0, to: 14 * 60 }],
    ['zo vroeg mogelijk', undefined],
  ])('When "tot" or "vroeg" is no early part of a day ("%s"), Then it is read as before', (said, daily) => {
    expect(understandWhen(said, THURSDAY)?.daily).toEqual(daily);
  });

  it.each([
    ['half tien', 9 * 60 + 30],
    ['om half 10', 9 * 60 + 30],
    ['half 3', 14 * 60 + 30],
    ['half 1', 12 * 60 + 30],
    ['kwart over 9', 9 * 60 + 15],
    ['kwart voor 10', 9 * 60 + 45],
    ['9h et demie', 9 * 60 + 30],
    ['neuf heures et demie', 9 * 60 + 30],
    ['10h moins le quart', 9 * 60 + 45],
    ['half past nine', 9 * 60 + 30],
    ['quarter to ten', 9 * 60 + 45],
  ])('When an hour is said with a half or a quarter ("%s"), Then the hour from that time on', (said, from) => {
    expect(understandWhen(said, THURSDAY)?.daily).toEqual({ from, to: from + 60 });
  });

  it('When a half hour comes with a bound or a day ("na half 10", "dinsdag om half 3"), Then those read it too', () => {
    expect(understandWhen('na half 10', THURSDAY)?.daily).toEqual({ from: 9 * 60 + 30, to: 24 * 60 });
    expect(plain(understandWhen('dinsdag om half 3', THURSDAY))).toEqual([
      '2026-12-01T13:30:00.000Z',
      '2026-12-01T14:30:00.000Z',
      { from: 14 * 60 + 30, to: 15 * 60 + 30 },
    ]);
    // "half" with no hour after it says no time.
    expect(understandWhen('halftijds', THURSDAY)).toBeUndefined();
    expect(understandWhen('voor de helft', THURSDAY)).toBeUndefined();
  });

  it('When "tot" comes before a date ("9 tot 11 december"), Then it is the days 9 through 11 December, never an hour', () => {
    expect(plain(understandWhen('9 tot 11 december', THURSDAY))).toEqual(['2026-12-08T23:00:00.000Z', '2026-12-11T23:00:00.000Z']);
    expect(understandWhen('9 tot 11 december', THURSDAY)?.daily).toBeUndefined();
  });

  it.each([
    ['na vier uur', 'na 4 uur'],
    ['donderdag na vier uur', 'donderdag na 4 uur'],
    ['vers quatorze heures', 'vers 14 heures'],
    ['after three pm', 'after 3 pm'],
  ])('When an hour is written in words ("%s"), Then it is read as "%s"', (words, digits) => {
    expect(understandWhen(words, THURSDAY)).toStrictEqual(understandWhen(digits, THURSDAY));
    expect(understandWhen(words, THURSDAY)?.daily).toBeDefined();
  });

  it.each([
    ['vr 27 nov 12.00 uur', 'vrijdag 27 november om 12 uur'],
    ['di 1 dec 9.00 uur', 'dinsdag 1 december om 9 uur'],
    ['ma 30 nov 9.30', 'maandag 30 november om 9.30 uur'],
    ['mar. 1 déc. 9 h', 'mardi 1 décembre à 9 h'],
    ['ven. 27 nov. 12 h 30', 'vendredi 27 novembre à 12 h 30'],
    ['Fri 27 Nov 12.30 pm', 'friday 27 november at 12.30 pm'],
    ['30 nov', '30 november'],
    ['9.30', 'om 9.30 uur'],
  ])('When a slot is typed as the buttons write it ("%s"), Then it is read as "%s"', (short, full) => {
    expect(understandWhen(short, THURSDAY)).toStrictEqual(understandWhen(full, THURSDAY));
    expect(understandWhen(short, THURSDAY)).toBeDefined();
  });

  it.each(['zo snel mogelijk', 'ik zie mijn ma', 'what do you have', 'ik ben jan', 'may i come', 'mars ou avril'])(
    'When a short weekday or month is a word of a sentence ("%s"), Then it is no day',
    (sentence) => {
      expect(understandWhen(sentence, THURSDAY)).toBeUndefined();
    },
  );

  it('When a weekday is named alone ("donderdag" on a Thursday, "vrijdag"), Then it is marked so the week after can be offered', () => {
    expect(understandWhen('donderdag', THURSDAY)?.orNextWeek).toBe(true);
    expect(understandWhen('vrijdag namiddag', THURSDAY)?.orNextWeek).toBe(true);
    expect(understandWhen('mardi matin', THURSDAY)?.orNextWeek).toBe(true);
    expect(understandWhen('volgende donderdag', THURSDAY)?.orNextWeek).toBeUndefined();
    expect(understandWhen('vandaag', THURSDAY)?.orNextWeek).toBeUndefined();
    expect(understandWhen('vrijdag 27 november', THURSDAY)?.orNextWeek).toBeUndefined();
    expect(understandWhen('dinsdag of woensdag', THURSDAY)?.orNextWeek).toBeUndefined();
  });

  it.each([
    'niet vrijdag maar dinsdag',
    "c'est pas vendredi, c'est mardi",
    'not friday but tuesday',
    "je me suis trompé, c'est pas vendredi c mardi",
    'niet vrijdag, dinsdag',
    'nee niet vrijdag dinsdag',
    'not friday, tuesday',
  ])('When a day is denied and another said after it ("%s"), Then that other day is read', (phrase) => {
    expect(understandWhen(phrase, THURSDAY)).toStrictEqual(understandWhen('dinsdag', THURSDAY));
  });

  it.each([
    [''],
    ['hallo'],
    ['Gent'],
    ['volgende'],
    ['later'],
    ['not tomorrow'],
    ['niet maandag voormiddag'],
    ['maandag voormiddag kan niet'],
    ['maandag dinsdag'],
    ['dinsdag 2 december'],
    ['maandag in het weekend'],
    ['weekend 1 december'],
    ['31 februari'],
    ['0470 12 34 56'],
  ])('When the user writes "%s", Then no window is guessed', (phrase) => {
    expect(understandWhen(phrase, THURSDAY)).toBeUndefined();
  });

  it.each<[string, string, Expected]>([
    ['Saturday 28 November, 10:00', '2026-11-28T09:00:00Z', ['2026-11-28T09:00:00.000Z', '2026-11-29T23:00:00.000Z']],
    ['Sunday 29 November, 10:00', '2026-11-29T09:00:00Z', ['2026-11-29T09:00:00.000Z', '2026-11-29T23:00:00.000Z']],
  ])('When "weekend" is said on %s, Then it is what is left of this weekend', (_day, now, expected) => {
    expect(plain(understandWhen('weekend', new Date(now)))).toEqual(expected);
  });

  it('When "volgend weekend" is said on a Sunday, Then it is the weekend after', () => {
    expect(plain(understandWhen('volgend weekend', new Date('2026-11-29T09:00:00Z')))).toEqual([
      '2026-12-04T23:00:00.000Z',
      '2026-12-06T23:00:00.000Z',
    ]);
  });

  it('When the phrase names a part of the day that is over, Then the window comes back empty', () => {
    const evening = new Date('2026-11-26T19:00:00Z');
    const window = understandWhen('vanmiddag', evening);
    expect(window && window.from >= window.to).toBe(true);
  });

  it('When a horizon is given, Then a phrase without a day looks that far ahead', () => {
    expect(plain(understandWhen('in de namiddag', THURSDAY, { horizonDays: 7 }))).toEqual([
      '2026-11-26T12:00:00.000Z',
      '2026-12-02T16:00:00.000Z',
      AFTERNOON,
    ]);
  });
});

describe('understandWhen across daylight-saving changes', () => {
  /** Saturday 24 October 2026, 10:00 in Brussels (CEST); clocks go back on Sunday at 03:00. */
  const BEFORE_AUTUMN_CHANGE = new Date('2026-10-24T08:00:00Z');
  /** Friday 26 March 2027, 10:00 in Brussels (CET); clocks go forward on Sunday at 02:00. */
  const BEFORE_SPRING_CHANGE = new Date('2027-03-26T09:00:00Z');

  it.each<[string, Date, Expected]>([
    ['morgen', BEFORE_AUTUMN_CHANGE, ['2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z']],
    ['morgen namiddag', BEFORE_AUTUMN_CHANGE, ['2026-10-25T12:00:00.000Z', '2026-10-25T16:00:00.000Z', AFTERNOON]],
    ['maandag na 14 uur', BEFORE_AUTUMN_CHANGE, ['2026-10-26T13:00:00.000Z', '2026-10-26T23:00:00.000Z', { from: 840, to: 1440 }]],
    ['overmorgen', BEFORE_SPRING_CHANGE, ['2027-03-27T23:00:00.000Z', '2027-03-28T22:00:00.000Z']],
    ['zondag namiddag', BEFORE_SPRING_CHANGE, ['2027-03-28T11:00:00.000Z', '2027-03-28T15:00:00.000Z', AFTERNOON]],
    ['volgende week', BEFORE_SPRING_CHANGE, ['2027-03-28T22:00:00.000Z', '2027-04-04T22:00:00.000Z']],
    // In December the next month is January of the next year.
    ['volgende maand', new Date('2026-12-07T09:00:00Z'), ['2026-12-31T23:00:00.000Z', '2027-01-31T23:00:00.000Z']],
  ])('When the user writes "%s" at %s, Then the Brussels day has its real length: %j', (phrase, now, expected) => {
    expect(plain(understandWhen(phrase, now))).toEqual(expected);
  });
});

describe('startsWithin', () => {
  const window = understandWhen('na 14 uur', THURSDAY);

  it.each([
    ['2026-11-27T13:00:00Z', true],
    ['2026-11-27T12:30:00Z', false],
    ['2026-11-26T08:00:00Z', false],
    ['2026-12-09T22:30:00Z', true],
    ['2026-12-09T23:00:00Z', false],
  ])('When a slot starts at %s, Then it is within "na 14 uur": %s', (start, expected) => {
    expect(window && startsWithin(window, new Date(start))).toBe(expected);
  });
});

describe('understandWhen with a day of the month alone, or the end of the day', () => {
  // Were not understood ("Die dag begrijp ik niet"), or Thursday from its first hour.
  it.each<[string, Expected]>([
    ['le 15', ['2026-12-14T23:00:00.000Z', '2026-12-15T23:00:00.000Z']],
    ['op de 15de', ['2026-12-14T23:00:00.000Z', '2026-12-15T23:00:00.000Z']],
    ['the 15th', ['2026-12-14T23:00:00.000Z', '2026-12-15T23:00:00.000Z']],
    // A day already past this month is next month's.
    ['le 3', ['2027-01-02T23:00:00.000Z', '2027-01-03T23:00:00.000Z']],
    ['le 15 à 14h', ['2026-12-15T13:00:00.000Z', '2026-12-15T14:00:00.000Z', { from: 14 * 60, to: 15 * 60 }]],
    ['jeudi en fin de journée', ['2026-12-10T14:00:00.000Z', '2026-12-10T17:00:00.000Z', { from: 15 * 60, to: 18 * 60 }]],
    ['op het einde van de dag', ['2026-12-07T14:00:00.000Z', '2026-12-20T17:00:00.000Z', { from: 15 * 60, to: 18 * 60 }]],
    ['late afternoon', ['2026-12-07T14:00:00.000Z', '2026-12-20T17:00:00.000Z', { from: 15 * 60, to: 18 * 60 }]],
  ])('When "%s" is said on Monday 7 December, Then %j', (said, expected) => {
    expect(plain(understandWhen(said, new Date('2026-12-07T09:00:00Z')))).toEqual(expected);
  });

  // Were not understood ("any other denial is not guessed at").
  it.each<[string, { from: number; to: number }]>([
    ['niet voor 10 uur', { from: 10 * 60, to: 24 * 60 }],
    ['pas avant 10h', { from: 10 * 60, to: 24 * 60 }],
    ['not before 10', { from: 10 * 60, to: 24 * 60 }],
    ['not after 3', { from: 0, to: 15 * 60 }],
  ])('When an hour bound is denied ("%s"), Then the hours on its other side: %j', (said, daily) => {
    expect(understandWhen(said, new Date('2026-12-07T09:00:00Z'))?.daily).toEqual(daily);
  });

  // Were that weekday alone.
  it.each<[string, string]>([
    ['vanaf donderdag', '2026-12-09T23:00:00.000Z'],
    ['à partir de jeudi', '2026-12-09T23:00:00.000Z'],
    ['from thursday', '2026-12-09T23:00:00.000Z'],
    ['na donderdag', '2026-12-10T23:00:00.000Z'],
    ['after thursday', '2026-12-10T23:00:00.000Z'],
  ])('When "%s" is said on Monday 7 December, Then from %s on, not that day alone', (said, from) => {
    const window = understandWhen(said, new Date('2026-12-07T09:00:00Z'));
    expect(window?.from.toISOString()).toBe(from);
    expect((window?.to.getTime() ?? 0) - Date.parse(from)).toBeGreaterThan(7 * 24 * 60 * 60 * 1000);
  });

  // Were that weekday alone ("ten" read as the number ten), or not understood.
  const MONDAY_NOW = '2026-12-07T09:00:00.000Z';
  const THURSDAY_ON = '2026-12-09T23:00:00.000Z';
  const FRIDAY_ON = '2026-12-10T23:00:00.000Z';
  const SATURDAY_ON = '2026-12-11T23:00:00.000Z';
  it.each<[string, string, string]>([
    ['ten vroegste donderdag', THURSDAY_ON, '2026-12-23T23:00:00.000Z'],
    ['donderdag ten vroegste', THURSDAY_ON, '2026-12-23T23:00:00.000Z'],
    ['au plus tôt jeudi', THURSDAY_ON, '2026-12-23T23:00:00.000Z'],
    ['thursday at the earliest', THURSDAY_ON, '2026-12-23T23:00:00.000Z'],
    ['niet voor donderdag', THURSDAY_ON, '2026-12-23T23:00:00.000Z'],
    ['not before thursday', THURSDAY_ON, '2026-12-23T23:00:00.000Z'],
    ['ten laatste op vrijdag', MONDAY_NOW, SATURDAY_ON],
    ['uiterlijk vrijdag', MONDAY_NOW, SATURDAY_ON],
    ['tot vrijdag', MONDAY_NOW, SATURDAY_ON],
    ['vendredi au plus tard', MONDAY_NOW, SATURDAY_ON],
    ['by friday at the latest', MONDAY_NOW, SATURDAY_ON],
    ['niet na vrijdag', MONDAY_NOW, SATURDAY_ON],
    ['voor vrijdag', MONDAY_NOW, FRIDAY_ON],
    ['avant vendredi', MONDAY_NOW, FRIDAY_ON],
    ['van maandag tot donderdag', MONDAY_NOW, FRIDAY_ON],
    ['tussen maandag en donderdag', MONDAY_NOW, FRIDAY_ON],
    ['du lundi au jeudi', MONDAY_NOW, FRIDAY_ON],
    ['from monday to thursday', MONDAY_NOW, FRIDAY_ON],
    ['donderdag tot en met zaterdag', THURSDAY_ON, '2026-12-12T23:00:00.000Z'],
    ['woensdag tot maandag', '2026-12-08T23:00:00.000Z', '2026-12-14T23:00:00.000Z'],
  ])('When "%s" is said on Monday 7 December, Then the days from %s to %s', (said, from, to) => {
    const window = understandWhen(said, new Date(MONDAY_NOW));
    expect([window?.from.toISOString(), window?.to.toISOString()]).toEqual([from, to]);
    expect(window?.orNextWeek).toBeUndefined();
  });

  it('When a range of weekdays comes with an hour ("maandag tot donderdag na 16u"), Then those days after 16.00', () => {
    const window = understandWhen('maandag tot donderdag na 16u', new Date(MONDAY_NOW));
    expect([window?.from.toISOString(), window?.to.toISOString(), window?.daily]).toEqual([
      '2026-12-07T15:00:00.000Z',
      FRIDAY_ON,
      { from: 16 * 60, to: 24 * 60 },
    ]);
  });

  it('When "any day but monday" is said, Then Monday is left out, as "elke dag behalve maandag"', () => {
    expect(understandWhen('any day but monday', new Date(MONDAY_NOW))?.notWeekdays).toEqual([0]);
    expect(understandWhen('elke dag behalve maandag', new Date(MONDAY_NOW))?.notWeekdays).toEqual([0]);
  });

  it('When the number is an hour ("de 15 uur"), Then it stays an hour, never a day', () => {
    expect(understandWhen('de 15 uur', new Date('2026-12-07T09:00:00Z'))?.daily).toEqual({ from: 15 * 60, to: 16 * 60 });
  });
});

describe('understandWhen with the hours one works', () => {
  const AFTER_17 = { from: 17 * 60, to: 24 * 60 };
  // Were read as when the user can come: "tot 17u" was before 17.00, "le matin" the mornings.
  it.each<[string, Expected]>([
    ['ik werk tot 17u', ['2026-11-26T16:00:00.000Z', '2026-12-09T23:00:00.000Z', AFTER_17]],
    ["je travaille jusqu'à 17h", ['2026-11-26T16:00:00.000Z', '2026-12-09T23:00:00.000Z', AFTER_17]],
    ['I work until 5 pm', ['2026-11-26T16:00:00.000Z', '2026-12-09T23:00:00.000Z', AFTER_17]],
    ['ik werk na 14u', ['2026-11-26T09:00:00.000Z', '2026-12-09T13:00:00.000Z', { from: 0, to: 14 * 60 }]],
    // The part of the day worked: the rest of the day, as with "want ik werk voormiddag".
    ['je travaille le matin', ['2026-11-26T12:00:00.000Z', '2026-12-09T23:00:00.000Z', { from: 13 * 60, to: 24 * 60 }]],
    // A day asked beside it: that day, after work.
    ['ik werk tot 17u, kan het dinsdag?', ['2026-12-01T16:00:00.000Z', '2026-12-01T23:00:00.000Z', AFTER_17]],
    ['dinsdag want ik werk tot 17u', ['2026-12-01T16:00:00.000Z', '2026-12-01T23:00:00.000Z', AFTER_17]],
    // A day off is free all day.
    ['ik werk tot 17u maar dinsdag ben ik vrij', ['2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z']],
    // The day worked named with its hours: that day after work (was "Die dag begrijp ik niet").
    ['ik werk maandag tot 17u', ['2026-11-30T16:00:00.000Z', '2026-11-30T23:00:00.000Z', AFTER_17]],
    ["je travaille le lundi jusqu'à 17h", ['2026-11-30T16:00:00.000Z', '2026-11-30T23:00:00.000Z', AFTER_17]],
    ['I work on monday until 5 pm', ['2026-11-30T16:00:00.000Z', '2026-11-30T23:00:00.000Z', AFTER_17]],
    // A wish after the hours worked, without a comma, is no part of them (was before 17.00 or after, either).
    ['ik werk tot 17u kan het dinsdag', ['2026-12-01T16:00:00.000Z', '2026-12-01T23:00:00.000Z', AFTER_17]],
    ['i work until 5 pm can it be on tuesday', ['2026-12-01T16:00:00.000Z', '2026-12-01T23:00:00.000Z', AFTER_17]],
  ])('When "%s" is said, Then not while at work: %j', (said, expected) => {
    expect(plain(understandWhen(said, THURSDAY))).toEqual(expected);
  });

  it('When "ik werk tot 17 uur kan het na mijn werk" is said, Then after 17.00, never before it', () => {
    const window = understandWhen('ik werk tot 17 uur kan het na mijn werk', THURSDAY);
    expect(window?.anyOf).toBeUndefined();
    expect(window?.daily?.from).toBe(17 * 60);
  });

  it('When working hours leave time before and after ("ik werk van 8 tot 16"), Then either will do', () => {
    expect(understandWhen('ik werk van 8 tot 16', THURSDAY)?.anyOf?.map((w) => w.daily)).toEqual([
      { from: 0, to: 8 * 60 },
      { from: 16 * 60, to: 24 * 60 },
    ]);
  });

  it('When a day worked has hours before and after the work ("ik werk maandag van 8 tot 16"), Then either on that Monday', () => {
    const window = understandWhen('ik werk maandag van 8 tot 16', THURSDAY);
    expect(window?.anyOf?.map((w) => [w.from.toISOString(), w.to.toISOString(), w.daily])).toEqual([
      ['2026-11-29T23:00:00.000Z', '2026-11-30T07:00:00.000Z', { from: 0, to: 8 * 60 }],
      ['2026-11-30T15:00:00.000Z', '2026-11-30T23:00:00.000Z', { from: 16 * 60, to: 24 * 60 }],
    ]);
  });

  // A probe: "vrijdag namiddag, ik werk tot 14u" offered 13.00 and 13.30, while at work.
  it.each<[string, Expected]>([
    [
      'kan het ook vrijdag namiddag, ik werk tot 14u',
      ['2026-11-27T13:00:00.000Z', '2026-11-27T16:00:00.000Z', { from: 14 * 60, to: 17 * 60 }],
    ],
    [
      'ik werk van 8 tot 16, kan het in de namiddag',
      ['2026-11-26T15:00:00.000Z', '2026-12-09T16:00:00.000Z', { from: 16 * 60, to: 17 * 60 }],
    ],
    // A part wholly inside the hours worked is still what was asked.
    ['voormiddag, ik werk tot 14u', ['2026-11-26T09:00:00.000Z', '2026-12-09T11:00:00.000Z', { from: 8 * 60, to: 12 * 60 }]],
  ])('When a part of the day is asked beside the hours worked ("%s"), Then the part outside work: %j', (said, expected) => {
    expect(plain(understandWhen(said, THURSDAY))).toEqual(expected);
  });

  it.each(['ik werk maandag', 'ik werk'])('When "%s" names no hours, Then no time is guessed', (said) => {
    expect(understandWhen(said, THURSDAY)).toBeUndefined();
  });
});

describe('understandWhen after Christmas, said in January', () => {
  it('When "na kerstmis" is said on 5 January, Then it is from now on, not next Christmas', () => {
    const now = new Date('2027-01-05T09:00:00Z');
    expect(understandWhen('na kerstmis', now)?.from).toEqual(now);
  });
});

describe('understandWhen with two times either of which will do', () => {
  const NINTH: Expected = ['2026-12-08T23:00:00.000Z', '2026-12-09T23:00:00.000Z'];
  const ELEVENTH: Expected = ['2026-12-10T23:00:00.000Z', '2026-12-11T23:00:00.000Z'];

  it.each<[string, string, readonly Expected[]]>([
    // Evenings or on Saturday: not Saturday evening only.
    [
      "zaterdag of 's avonds",
      'nl',
      [
        ['2026-11-27T23:00:00.000Z', '2026-11-28T23:00:00.000Z'],
        ['2026-11-26T16:00:00.000Z', '2026-12-09T20:00:00.000Z', EVENING],
      ],
    ],
    // "après-midi ou après 17h": two parts of the day, not the empty overlap of both.
    [
      'mercredi apres midi ou apres 17h',
      'fr',
      [
        ['2026-12-02T12:00:00.000Z', '2026-12-02T16:00:00.000Z', AFTERNOON],
        ['2026-11-26T16:00:00.000Z', '2026-12-09T23:00:00.000Z', { from: 1020, to: 1440 }],
      ],
    ],
    [
      'tuesday or friday',
      'en',
      [
        ['2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z'],
        ['2026-11-26T23:00:00.000Z', '2026-11-27T23:00:00.000Z'],
      ],
    ],
    // Days listed before the month they share: each of those days, not only the last.
    ['9 en 11 december', 'nl', [NINTH, ELEVENTH]],
    ['9, 10 of 11 december', 'nl', [NINTH, ['2026-12-09T23:00:00.000Z', '2026-12-10T23:00:00.000Z'], ELEVENTH]],
    ['le 9 ou le 11 décembre', 'fr', [NINTH, ELEVENTH]],
    ['the 9th or 11th of December', 'en', [NINTH, ELEVENTH]],
  ])('When "%s" (%s) is said, Then either window will do, and the whole spans both', (said, _language, sides) => {
    const window = understandWhen(said, THURSDAY);
    expect(window?.anyOf?.map(plain)).toEqual(sides);
    const starts = sides.map(([from]) => Date.parse(from));
    const ends = sides.map(([, to]) => Date.parse(to));
    expect(window?.from.getTime()).toBe(Math.min(...starts));
    expect(window?.to.getTime()).toBe(Math.max(...ends));
  });

  it.each(['tussen 9 en 11 december', 'entre le 9 et le 11 décembre', 'between the 9th and 11th of December'])(
    'When the days are led by "between" ("%s"), Then they stay the days from one through the other',
    (said) => {
      expect(plain(understandWhen(said, THURSDAY))).toEqual([NINTH[0], ELEVENTH[1]]);
    },
  );

  it('When a side names no time ("dinsdag of zo"), Then the message is read as one', () => {
    expect(plain(understandWhen('dinsdag of zo', THURSDAY))).toEqual(['2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z']);
  });

  it('When a slot starts in either window, Then it is within; between them it is not', () => {
    const window = understandWhen("zaterdag of 's avonds", THURSDAY);
    if (!window) throw new Error('not understood');
    expect(startsWithin(window, new Date('2026-11-28T09:00:00Z'))).toBe(true); // Saturday 10:00
    expect(startsWithin(window, new Date('2026-11-30T17:00:00Z'))).toBe(true); // Monday 18:00
    expect(startsWithin(window, new Date('2026-11-30T09:00:00Z'))).toBe(false); // Monday 10:00
  });
});

describe('understandWhen: a part of the day refused, or named as the reason', () => {
  /** From now (Thursday 10:00) over the next 14 days, from one o'clock to midnight. */
  const NOT_MORNING: Expected = ['2026-11-26T12:00:00.000Z', '2026-12-09T23:00:00.000Z', { from: 13 * 60, to: 24 * 60 }];
  const ONLY_AFTERNOON: Expected = ['2026-11-26T12:00:00.000Z', '2026-12-09T16:00:00.000Z', AFTERNOON];

  it.each([
    'niet in de voormiddag',
    'voormiddag kan ik niet',
    'geen tijd in de voormiddag',
    "'s morgens lukt het niet",
    'pas le matin',
    'le matin ce n est pas possible',
    'not in the morning',
    'no mornings',
    "mornings don't work for me",
    'want ik werk voormiddag',
  ])('When the morning is refused ("%s"), Then the afternoon and evening are left', (phrase) => {
    expect(plain(understandWhen(phrase, THURSDAY))).toEqual(NOT_MORNING);
  });

  it.each([
    'ik heb geen tijd voormiddag alleen namiddag',
    'niet voormiddag maar namiddag',
    'alleen namiddag want ik werk voormiddag',
    "seulement l'après-midi parce que je travaille le matin",
    'only afternoons because i work in the morning',
    'only afternoons',
    'namiddag',
  ])('When the afternoon is asked, the morning refused or not ("%s"), Then only the afternoon is read', (phrase) => {
    expect(plain(understandWhen(phrase, THURSDAY))).toEqual(ONLY_AFTERNOON);
  });

  it('When the afternoon is refused on a day ("dinsdag niet in de namiddag"), Then that day before noon or in the evening will do', () => {
    const window = understandWhen('dinsdag niet in de namiddag', THURSDAY);
    expect(window?.anyOf?.map(plain)).toEqual([
      ['2026-11-30T23:00:00.000Z', '2026-12-01T11:00:00.000Z', { from: 0, to: 12 * 60 }],
      ['2026-12-01T16:00:00.000Z', '2026-12-01T23:00:00.000Z', { from: 17 * 60, to: 24 * 60 }],
    ]);
    expect(window && startsWithin(window, new Date('2026-12-01T13:00:00Z'))).toBe(false);
    expect(window && startsWithin(window, new Date('2026-12-01T09:00:00Z'))).toBe(true);
  });

  it('When Dutch "pas" comes before the afternoon ("ik kan pas namiddag"), Then it refuses nothing (French "pas" would)', () => {
    expect(understandWhen('ik kan pas namiddag', THURSDAY)?.anyOf).toBeUndefined();
  });

  it('When a reason names a day or an hour ("dinsdag want ik werk maandag"), Then the reason is left out', () => {
    expect(plain(understandWhen('dinsdag want ik werk maandag', THURSDAY))).toEqual(plain(understandWhen('dinsdag', THURSDAY)));
  });
});

describe('startsNamedIn: a booking named by its day or hour, at "Welke afspraak bedoel je?"', () => {
  const now = new Date('2026-11-26T09:00:00Z');
  /** Friday 27 Nov 12.00, Tuesday 1 Dec 9.00 and 10.00, Tuesday 8 Dec 10.00 (Brussels). */
  const starts = ['2026-11-27T11:00:00Z', '2026-12-01T08:00:00Z', '2026-12-01T09:00:00Z', '2026-12-08T09:00:00Z'].map((s) => new Date(s));
  const cases: [string, number[] | undefined][] = [
    ['die van vrijdag', [0]],
    // A weekday fits that day of every week, not only the next one.
    ['die van dinsdag', [1, 2, 3]],
    ['mardi', [1, 2, 3]],
    ['the Tuesday one', [1, 2, 3]],
    ['die van dinsdg', [1, 2, 3]],
    ['die van 10 uur', [2, 3]],
    ['dinsdag om 10 uur', [2, 3]],
    // A date with the day is that date only.
    ['dinsdag 8 december', [3]],
    ['de afspraak op maandag', []],
    ['die in Gent', undefined],
    ['niet die van dinsdag', undefined],
  ];
  it.each(cases)('"%s" names %j', (text, expected) => {
    expect(startsNamedIn(text, now, starts)).toEqual(expected);
  });
});

describe('understandWhen with an hour at the latest or the earliest', () => {
  const BEFORE_14 = { from: 0, to: 14 * 60 };
  // A probe: "ten laatste om 14u", "uiterlijk 14u" offered 14.00 and 14.30, the hour read as "at".
  it.each<[string, { from: number; to: number }]>([
    ['ten laatste om 14u', BEFORE_14],
    ['uiterlijk 14u', BEFORE_14],
    ['au plus tard à 14h', BEFORE_14],
    ['at the latest 2 pm', BEFORE_14],
    ['ten vroegste om 10u', { from: 10 * 60, to: 24 * 60 }],
  ])('When "%s" is said, Then the hours on that side of it: %j', (said, daily) => {
    expect(understandWhen(said, THURSDAY)?.daily).toEqual(daily);
  });

  it('When the edge follows a weekday and leads an hour ("vrijdag ten laatste om 14u"), Then that Friday before 14.00', () => {
    expect(plain(understandWhen('vrijdag ten laatste om 14u', THURSDAY))).toEqual([
      '2026-11-26T23:00:00.000Z',
      '2026-11-27T13:00:00.000Z',
      BEFORE_14,
    ]);
  });

  it('When the edge is of a weekday alone ("ten laatste vrijdag"), Then up to and with that Friday, as before', () => {
    expect(plain(understandWhen('ten laatste vrijdag', THURSDAY))).toEqual(['2026-11-26T09:00:00.000Z', '2026-11-27T23:00:00.000Z']);
  });
});
