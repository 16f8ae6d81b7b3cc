import { describe, expect, it } from 'vitest';
import { StaffHours } from '../../src/handover/staffHours.js';
import shipped from '../../data/staff-hours.json' with { type: 'json' };

const hours = StaffHours.load();
const at = (iso: string) => new Date(iso);

describe('StaffHours', () => {
  it('When the shipped data is read, Then it says it is not confirmed', () => {
    expect(hours.data.confirmed).toBe(false);
  });

  it.each([
    ['2026-11-26T08:00:00+01:00', true],
    ['2026-11-26T16:29:00+01:00', true],
    ['2026-11-26T16:30:00+01:00', false],
    ['2026-11-26T07:59:00+01:00', false],
    ['2026-11-28T10:00:00+01:00', false],
    ['2026-12-25T10:00:00+01:00', false],
    ['2026-07-01T08:30:00+02:00', true],
  ])('When it is %s in Brussels, Then open is %s', (iso, open) => {
    expect(hours.isOpen(at(iso))).toBe(open);
  });

  it('When it is Friday evening, Then the next opening is Monday 08:00 Brussels time', () => {
    expect(hours.nextOpening(at('2026-11-27T18:00:00+01:00'))?.toISOString()).toBe('2026-11-30T07:00:00.000Z');
  });

  it('When a weekday is a holiday, Then the next opening skips it', () => {
    expect(hours.nextOpening(at('2026-12-24T17:00:00+01:00'))?.toISOString()).toBe('2026-12-28T07:00:00.000Z');
  });

  it('When days have different hours, Then the day range runs from the earliest start to the latest end', () => {
    const weekly = {
      ...shipped.weekly,
      monday: [
        { from: '09:00', to: '12:00' },
        { from: '13:00', to: '18:00' },
      ],
      friday: [{ from: '07:30', to: '12:00' }],
    };
    expect(StaffHours.load({ ...shipped, weekly }).dayRange).toEqual({ from: '07:30', to: '18:00' });
    const none = Object.fromEntries(Object.keys(shipped.weekly).map((day) => [day, []]));
    expect(StaffHours.load({ ...shipped, weekly: none }).dayRange).toBeUndefined();
  });

  it('When the data is wrong, Then loading names the problem', () => {
    expect(() => StaffHours.load({ ...shipped, weekly: { ...shipped.weekly, monday: [{ from: '17:00', to: '08:00' }] } })).toThrow(
      /from must be before to/,
    );
    expect(() => StaffHours.load({ ...shipped, timeZone: 'UTC' })).toThrow(/Invalid staff hours/);
  });
});
