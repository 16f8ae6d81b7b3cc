import { describe, expect, it } from 'vitest';
import { brusselsDate, brusselsMinutes, brusselsTime, upcomingDate, weekdayIndex } from '../../src/domain/calendar.js';

describe('brusselsTime', () => {
  it.each([
    ['2026-11-27', 14 * 60, '2026-11-27T13:00:00.000Z'],
    ['2026-07-01', 14 * 60 + 30, '2026-07-01T12:30:00.000Z'],
    ['2026-11-27', 24 * 60, '2026-11-27T23:00:00.000Z'],
    // Clocks go back on 25 October 2026 at 03:00: that day is 25 hours long.
    ['2026-10-25', 0, '2026-10-24T22:00:00.000Z'],
    ['2026-10-25', 24 * 60, '2026-10-25T23:00:00.000Z'],
    // Clocks go forward on 28 March 2027 at 02:00: that day is 23 hours long.
    ['2027-03-28', 0, '2027-03-27T23:00:00.000Z'],
    ['2027-03-28', 24 * 60, '2027-03-28T22:00:00.000Z'],
  ])('When it is %s at minute %i in Brussels, Then the instant is %s', (date, minutes, expected) => {
    expect(brusselsTime(date, minutes).toISOString()).toBe(expected);
  });
});

describe('brusselsDate', () => {
  it('When instants are asked one after the other across midnight and a clock change, Then each gets the Brussels date of its own', () => {
    // In order, as a running bot asks: the date of the minute asked before must never leak into the next.
    const asked = [
      '2026-10-24T21:59:59.999Z', // 23:59:59 summer time
      '2026-10-24T22:00:00.000Z', // 00:00 on the 25th
      '2026-10-24T22:00:30.000Z',
      '2026-10-25T22:59:59.999Z', // 23:59:59 winter time, the 25-hour day
      '2026-10-25T23:00:00.000Z',
      '2026-12-31T22:59:59.999Z',
      '2026-12-31T23:00:00.000Z', // New Year in Brussels, still 31 December in UTC
      '2026-12-31T22:59:00.000Z', // back in time (a test clock), the same minute as two steps before
    ].map((iso) => brusselsDate(new Date(iso)));
    expect(asked).toEqual(['2026-10-24', '2026-10-25', '2026-10-25', '2026-10-25', '2026-10-26', '2026-12-31', '2027-01-01', '2026-12-31']);
  });
});

describe('brusselsMinutes', () => {
  it.each([
    ['2026-11-27T13:00:00Z', 14 * 60],
    ['2026-07-01T12:30:00Z', 14 * 60 + 30],
    ['2026-11-26T23:00:00Z', 0],
    ['2026-10-25T01:30:00Z', 2 * 60 + 30],
  ])('When the instant is %s, Then Brussels is %i minutes past midnight', (instant, expected) => {
    expect(brusselsMinutes(new Date(instant))).toBe(expected);
  });
});

describe('weekdayIndex', () => {
  it.each([
    ['2026-11-30', 0],
    ['2026-11-26', 3],
    ['2026-11-29', 6],
  ])('When the date is %s, Then its index from Monday is %i', (date, expected) => {
    expect(weekdayIndex(date)).toBe(expected);
  });
});

describe('upcomingDate', () => {
  it.each([
    ['2026-11-26', 1, 12, '2026-12-01'],
    ['2026-11-26', 26, 11, '2026-11-26'],
    ['2026-11-26', 3, 1, '2027-01-03'],
    ['2026-11-26', 25, 11, '2027-11-25'],
    ['2027-11-26', 29, 2, '2028-02-29'],
  ])('When today is %s and the user names day %i of month %i, Then the date is %s', (today, day, month, expected) => {
    expect(upcomingDate(today, day, month)).toBe(expected);
  });

  it.each([
    [31, 2],
    [29, 2],
    [31, 4],
  ])('When day %i of month %i does not exist in the coming year, Then there is no date', (day, month) => {
    expect(upcomingDate('2026-11-26', day, month)).toBeUndefined();
  });
});
