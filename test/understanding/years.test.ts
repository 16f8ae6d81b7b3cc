import { describe, expect, it } from 'vitest';
import {
  partTimeFraction,
  saysAge,
  saysPartTimeHours,
  startedAtAge,
  startedAtAgeOf,
  understandYears,
  withoutStartingAge,
  withoutYearsSince,
  yearsSaid,
  yearsSinceAnAge,
} from '../../src/understanding/years.js';

const now = new Date('2026-11-26T12:00:00Z');

describe('understandYears', () => {
  it.each<[string, number | undefined]>([
    // Half a year (found by a blind persona probe): "6,5 jaar" was two durations, "zes en een half jaar" nothing.
    ['6,5 jaar', 6.5],
    ['6.5 years', 6.5],
    ['6 jaar en half', 6.5],
    ['zes en een half jaar', 6.5],
    ['6 ans et demi', 6.5],
    ['six and a half years', 6.5],
    ['ik werk al 7 jaar en half als poetsvrouw', 7.5],
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
    // A number that counts something else beside the years (a blind probe: "mama van 2 kinderen … al 12 jaar" asked the years).
    ['ik ben mama van 2 kinderen en ik werk al 12 jaar als poetsvrouw', 12],
    ["j'ai 3 enfants et je travaille depuis 9 ans", 9],
    ['I work 4 days a week, for 10 years now', 10],
    ['ik heb al een jaar of tien gewerkt bij de stad', 10],
    ['een jaar of 8', 8],
    // An age is no number of years of work; with both, the years of work count.
    ['ik ben 55 jaar', undefined],
    ["j'ai 55 ans", undefined],
    ["I'm 55 years old", undefined],
    ['ik ben 50 jaar en werk al 30 jaar', 30],
    ['I am 45 and worked 20 years', 20],
    ['ik ben 12 jaar werknemer', 12],
    ["j'ai 20 ans d'expérience", 20],
    ['I have worked as a cleaner for 10 years', 10],
    ['een jaar', 1],
    ['a year', 1],
    ['ik heb een job als poetsvrouw sinds 12 jaar', 12],
    ['sinds 1900', undefined],
  ])('When "%s" is typed, Then it is %s years', (text, years) => {
    expect(understandYears(text, now)).toBe(years);
  });

  it.each([
    ['ik ben 55 jaar'],
    ['ik ben 55'],
    ['55 jaar oud'],
    ["j'ai 55 ans"],
    ["I'm 55 years old"],
    ['i am 40'],
    ['ik ben 52, kan ik nog?'],
    ['ik ben 58 heeft dat nog zin'],
    // One's job, then one's age: were 55 and 25 years of work, and the years question never asked.
    ['ik ben metser 55 jaar, mijn rug is kapot'],
    ['k ben poetsvrouw 25 jaar'],
  ])('When "%s" is typed, Then it is an age', (text) => expect(saysAge(text)).toBe(true));

  it.each([
    ['20 jaar'],
    ['ik ben 12 jaar werknemer'],
    ['ik ben 20 jaar aan het werk'],
    ["j'ai 20 ans d'expérience"],
    ['I have 20 years of experience'],
    ['ik ben 50 jaar en werk al 30 jaar'],
    ['I am a cleaner'],
    ['ik ben een poetsvrouw'],
    ['je suis une femme de ménage'],
    // A number with what it counts: was "Votre âge n'est pas une condition".
    ["j'ai 3 enfants"],
    ['ik ben 2 dagen ziek'],
    // Years at one boss, and a time past: no age of someone who works.
    ['ik ben 3 jaar bij mijn baas'],
    ['ik ben 5 jaar geleden uit Turkije gekomen'],
    ['ik ben 20 jaar geleden naar België gekomen'],
    ['I came here 15 years ago'],
    // Years in a job said with "al", or too few to be an age.
    ['ik ben al 25 jaar poetsvrouw'],
    ['ik ben poetsvrouw al 25 jaar'],
    ['ik ben hier 15 jaar'],
    ['ik ben zelfstandige 10 jaar'],
  ])('When "%s" is typed, Then it is no age', (text) => expect(saysAge(text)).toBe(false));

  it('When a pasted text is very long, Then only its start is read', () => {
    expect(understandYears(`12 jaar ${'bla '.repeat(100_000)}`, now)).toBe(12);
  });
});

describe('yearsSaid: bounds and more than one duration', () => {
  it.each<[string, ReturnType<typeof yearsSaid>]>([
    ['bijna 7 jaar', { value: 7, bound: 'under', near: true }],
    ['geen 7 jaar', { value: 7, bound: 'under' }],
    ['not 7 yet', { value: 7, bound: 'under' }],
    ['presque 7 ans', { value: 7, bound: 'under', near: true }],
    ['nearly 40 years', { value: 40, bound: 'under', near: true }],
    ['minder dan 10 jaar', { value: 10, bound: 'under' }],
    ['meer dan 5 jaar', { value: 5, bound: 'over' }],
    ['9 jaar', { value: 9 }],
    // About a number, or between two: unsure, a range the caller holds against the minimum.
    ['een jaar of tien', { value: 10, range: { from: 9, to: 11 } }],
    ['ongeveer 7 jaar denk ik', { value: 7, range: { from: 6, to: 8 } }],
    ['ik denk een jaar of zes zeven', { value: 6, range: { from: 6, to: 7 } }],
    ['5 of 6 jaar', { value: 5, range: { from: 5, to: 6 } }],
    ['6 à 7 ans', { value: 6, range: { from: 6, to: 7 } }],
    ['tussen 5 en 8 jaar', { value: 5, range: { from: 5, to: 8 } }],
    ['i worked 5 years in the UK and 4 here', { value: 5, unclear: true, least: 4 }],
    // Every stretch said is enough on its own: the shortest tells the caller so. One after another
    // ("daarvoor", "puis"), they add up to the total.
    ['zelfstandig al 20 jaar, daarvoor 8 jaar bediende', { value: 20, unclear: true, least: 8, total: 28, oneAfterAnother: true }],
    ['5 jaar en daarvoor 3 jaar', { value: 5, unclear: true, least: 3, total: 8, oneAfterAnother: true }],
    ['2 ans puis 6 mois', { value: 2, unclear: true, least: 0.5, total: 2.5, oneAfterAnother: true }],
    // Stretches perhaps at the same time: at most their sum.
    ['3 ans en Belgique et 2 ans en France', { value: 3, unclear: true, least: 2, total: 5 }],
    // Years and months of one stretch (were two durations, the total asked).
    ['8 jaar en 6 maanden', { value: 8.5 }],
    ['6 years 3 months', { value: 6.25 }],
    ['sinds 2019 maar 2 jaar werkloos geweest', { value: 7, unclear: true }],
    // An age next to the years is no second duration.
    ['ik ben 50 en werk al 30 jaar', { value: 30 }],
    // A stretch told without its count beside one with: at least that one, the total asked (were 6 and 5 years).
    ['een paar jaar bij mijn vorige baas en nu 6 jaar hier', { value: 6, unclear: true, least: 6 }],
    ['quelques années chez mon ancien patron et 5 ans ici', { value: 5, unclear: true, least: 5 }],
    ['a few years before and 10 years here', { value: 10, unclear: true, least: 10 }],
  ])('When "%s" is typed, Then %j', (typed, said) => {
    expect(yearsSaid(typed, now)).toStrictEqual(said);
  });
});

describe('yearsSinceAnAge', () => {
  it.each<[string, number]>([
    ['ik ben 45 en werk sinds mijn 18de', 27],
    ['ik ben 45 jaar en werk al van mijn 16', 29],
    ["j'ai 50 ans, je travaille depuis mes 20 ans", 30],
    ["I'm 40 and I have worked since I was 19", 21],
    // Were not read: the start said with "when", "op", "toen", "quand", "at the age of".
    ['i started working when i was 18, now i am 40', 22],
    ['ik werk al op mijn 16de, ik ben 50', 34],
    ['toen ik 20 was begon ik, nu ben ik 45', 25],
    ["j'ai 50 ans, j'ai commencé quand j'avais 20 ans", 30],
    ["I'm 45 and I started at the age of 17", 28],
    // The age now with "nu", "maintenant", "now" between (were not read: "Tel alle jaren samen").
    ['sinds mijn 16de, ik ben nu 55', 39],
    ["depuis mes 18 ans, j'ai maintenant 40 ans", 22],
    ["since I was 18, I'm now 40", 22],
    // Of someone else: his or her age (were 18 or 24 years of work).
    ['hij is 24 en werkt sinds zijn 18', 6],
    ['sinds haar 19, ze is nu 30', 11],
    ['il a 40 ans et travaille depuis ses 20 ans', 20],
    ["she's 50, she started when she was 20", 30],
    // "ben" without "ik" after "en" (a probe: "Hoe oud ben je nu?" was asked, the age just said).
    ['ik werk sinds mijn 16 en ben nu 52', 36],
  ])('When "%s" is said, Then the years from that age to now: %i', (said, years) => {
    expect(yearsSinceAnAge(said)).toBe(years);
  });

  it.each([
    'ik werk sinds mijn 16de',
    'ik ben 45 en werk sinds 2010',
    'ik ben 12 jaar aan het werk sinds mijn 18de',
    'ik ben 18 en werk sinds mijn 18de',
  ])('When "%s" is said, Then no years are worked out (one age only, or none)', (said) => {
    expect(yearsSinceAnAge(said)).toBeUndefined();
  });
});

describe('startedAtAge', () => {
  it.each<[string, number | undefined]>([
    ['sinds mijn 16de', 16],
    ['vanaf mijn 20 jaar', 20],
    ['toen ik 18 was', 18],
    ['depuis mes 18 ans', 18],
    ['since I was 17', 17],
    ['sinds zijn 18', 18],
    ['quand elle avait 19 ans', 19],
    // Too young to have worked, or no age at all.
    ['sinds mijn 8ste', undefined],
    ['sinds 2010', undefined],
  ])('When "%s" is said, Then the age one started at is %s', (said, age) => {
    expect(startedAtAge(said)).toBe(age);
  });

  it.each([
    ['sinds mijn 18', 'self'],
    ['sinds zijn 18', 'he'],
    ['since she was 20', 'she'],
    ['depuis ses 18 ans', 'other'],
  ] as const)('When "%s" is said, Then the starting age is of %s', (said, whose) => {
    expect(startedAtAgeOf(said)).toBe(whose);
  });

  it('When the starting age is taken out, Then years said beside it stay ("39 jaar"), and its own "20 jaar" goes', () => {
    expect(yearsSaid(withoutStartingAge('sinds mijn 16de, 39 jaar in de bouw'), now)).toMatchObject({ value: 39 });
    expect(yearsSaid(withoutStartingAge('vanaf mijn 20 jaar'), now)).toBeUndefined();
  });
});

describe('saysPartTimeHours', () => {
  it.each([
    ['ik werk 20 uur per week', true],
    ['9 jaar 20 uur per week', true],
    ['24u/week', true],
    ['je travaille 19 heures par semaine', true],
    ['20 hours a week', true],
    ['38 uur per week', false],
    ['40 heures par semaine', false],
    ['ik werk al 20 jaar', false],
    ['bel me na 20 uur', false],
  ])('When "%s" is read, Then part-time hours: %s (under 30 hours a week)', (text, partTime) => {
    expect(saysPartTimeHours(text)).toBe(partTime);
  });
});

describe('partTimeFraction', () => {
  it.each([
    ['ik werk 4/5', 0.8],
    ['4/5de', 0.8],
    ['16 jaar halftijds', 0.5],
    ['je travaille à mi-temps', 0.5],
    ['four fifths', 0.8],
    ['80%', 0.8],
    ['20 uur per week', 20 / 38],
    // Of several parts, the smallest: years counted with it are never too many.
    ['eerst halftijds, nu 4/5', 0.5],
    // How much is not said, or a date is no part.
    ['deeltijds', undefined],
    ['sinds 12/05/2010', undefined],
  ])('When "%s" is said, Then the part of a full-time job is %s', (text, part) => {
    expect(partTimeFraction(text)).toBe(part);
  });
});

describe('withoutYearsSince', () => {
  it.each([
    ['ik woon in Gent en werk sinds 2015', 'ik woon in Gent en werk'],
    ["j'habite à Bruxelles et je travaille depuis 2010.", "j'habite à Bruxelles et je travaille."],
    ['I live in Antwerp, since 2019 a cleaner', 'I live in Antwerp, a cleaner'],
  ])('When "%s" counts from a year, Then the year goes: "%s"', (said, left) =>
    expect(
      withoutYearsSince(said)
        .replace(/\s+/gu, ' ')
        .replace(/ ([.,])/gu, '$1')
        .trim(),
    ).toBe(left),
  );

  it.each(['ik woon in 2018', 'mijn postcode is 2000', 'sinds 10 jaar'])(
    'When "%s" names no year counted from, Then it stays as it is',
    (said) => expect(withoutYearsSince(said)).toBe(said),
  );
});

describe('yearsSaid: "both" is no number', () => {
  // "de twee" at the years (meaning a job and a business) was 2 years, and a "no".
  it.each(['de twee', 'allebei', 'les deux', 'both'])('When "%s" is typed, Then no years are read', (typed) => {
    expect(yearsSaid(typed, now)).toBeUndefined();
  });

  it('When "twee" is typed alone, Then it is still 2 years', () => {
    expect(yearsSaid('twee', now)).toStrictEqual({ value: 2 });
  });
});
