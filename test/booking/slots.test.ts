import { describe, expect, it } from 'vitest';
import { brusselsParts, brusselsToInstant, type Clock } from '../../src/domain/calendar.js';
import { loadCentres } from '../../src/booking/centres.js';
import { StaffHours } from '../../src/handover/staffHours.js';
import { MemoryBookingStore } from '../../src/booking/memoryBookingStore.js';
import type { Centre, OpeningHours } from '../../src/booking/model.js';
import { OpeningHoursSlotFinder } from '../../src/booking/slots.js';

const everyDay = (from: string, to: string): OpeningHours =>
  Object.fromEntries(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => [d, [{ from, to }]]));

function centre(openingHours: OpeningHours, extra: Partial<Centre> = {}): Centre {
  return {
    id: 'demo-gent',
    name: 'Demo Loopbaancentrum Gent',
    address: { street: 'Voorbeeldkaai 5', postcode: '9000', municipality: 'Gent' },
    location: { lat: 51.05, lon: 3.72 },
    modes: ['in_person'],
    languages: ['nl'],
    wheelchairAccessible: true,
    openingHours,
    contact: { email: 'demo-gent@example.org' },
    demo: true,
    ...extra,
  };
}

function finder(c: Centre, now: string, minNoticeHours = 0) {
  const clock: Clock = { now: () => new Date(now) };
  const bookings = new MemoryBookingStore({ clock });
  return {
    slots: new OpeningHoursSlotFinder({ centre: (id) => (id === c.id ? c : undefined), bookings, clock, minNoticeHours }),
    bookings,
  };
}

const starts = (slots: { start: string }[]) => slots.map((s) => s.start);

describe('Brussels time', () => {
  it('When 09:00 Brussels is converted, then it is 08:00Z in winter and 07:00Z in summer', () => {
    expect(brusselsToInstant('2026-03-28', '09:00').toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(brusselsToInstant('2026-03-29', '09:00').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(brusselsToInstant('2026-10-24', '09:00').toISOString()).toBe('2026-10-24T07:00:00.000Z');
    expect(brusselsToInstant('2026-10-25', '09:00').toISOString()).toBe('2026-10-25T08:00:00.000Z');
  });

  it('When the hour around the night change is converted, then 01:30 and 03:30 land on the right side', () => {
    expect(brusselsToInstant('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(brusselsToInstant('2026-03-29', '03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(brusselsToInstant('2026-10-25', '03:30').toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });
});

describe('OpeningHoursSlotFinder', () => {
  it('When the search spans the change to summer time, then 09:00 stays 09:00 in Brussels', async () => {
    const { slots } = finder(centre(everyDay('09:00', '10:00')), '2026-03-28T06:00:00Z');

    const found = await slots.freeSlots('demo-gent', { from: new Date('2026-03-28T06:00:00Z'), limit: 6 });

    expect(starts(found)).toStrictEqual([
      '2026-03-28T08:00:00.000Z',
      '2026-03-28T08:30:00.000Z',
      '2026-03-29T07:00:00.000Z',
      '2026-03-29T07:30:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-03-30T07:30:00.000Z',
    ]);
    expect(found[0]?.end).toBe('2026-03-28T08:30:00.000Z');
  });

  it('When the search spans the change to winter time, then 09:00 moves from 07:00Z to 08:00Z', async () => {
    const { slots } = finder(centre(everyDay('09:00', '09:30')), '2026-10-24T05:00:00Z');

    const found = await slots.freeSlots('demo-gent', { from: new Date('2026-10-24T05:00:00Z'), limit: 3 });

    expect(starts(found)).toStrictEqual(['2026-10-24T07:00:00.000Z', '2026-10-25T08:00:00.000Z', '2026-10-26T08:00:00.000Z']);
  });

  it('When it is already afternoon, then no slot in the past is offered', async () => {
    const { slots } = finder(centre(everyDay('09:00', '17:00')), '2026-11-26T14:10:00Z');

    const found = await slots.freeSlots('demo-gent', { from: new Date('2026-11-20T00:00:00Z'), limit: 2 });

    expect(starts(found)).toStrictEqual(['2026-11-26T14:30:00.000Z', '2026-11-26T15:00:00.000Z']);
  });

  it('When 24 hours notice is required, then the first slot is a day later', async () => {
    const { slots } = finder(centre(everyDay('09:00', '17:00')), '2026-11-26T14:10:00Z', 24);

    const found = await slots.freeSlots('demo-gent', { from: new Date('2026-11-26T14:10:00Z'), limit: 1 });

    expect(starts(found)).toStrictEqual(['2026-11-27T14:30:00.000Z']);
  });

  it('When slots are booked, then they are skipped; when paging with after, then the next ones come', async () => {
    const { slots, bookings } = finder(centre(everyDay('09:00', '11:00')), '2026-11-26T06:00:00Z');
    await bookings.reserve({
      centreId: 'demo-gent',
      slot: { centreId: 'demo-gent', start: '2026-11-26T08:30:00.000Z', end: '2026-11-26T09:00:00.000Z' },
      person: { firstName: 'Amira', email: 'amira@example.org' },
      locale: 'nl',
      mode: 'in_person',
      reminderOptIn: false,
    });

    const first = await slots.freeSlots('demo-gent', { from: new Date('2026-11-26T06:00:00Z') });
    const next = await slots.freeSlots('demo-gent', { from: new Date('2026-11-26T06:00:00Z'), after: first.at(-1)?.start });

    expect(starts(first)).toStrictEqual(['2026-11-26T08:00:00.000Z', '2026-11-26T09:00:00.000Z', '2026-11-26T09:30:00.000Z']);
    expect(starts(next)).toStrictEqual(['2026-11-27T08:00:00.000Z', '2026-11-27T08:30:00.000Z', '2026-11-27T09:00:00.000Z']);
  });

  it('When a centre has split hours, a closed day and a holiday, then only open times are offered', async () => {
    const hours: OpeningHours = {
      thursday: [
        { from: '09:00', to: '09:30' },
        { from: '13:00', to: '13:45' },
      ],
      saturday: [{ from: '10:00', to: '10:30' }],
    };
    const { slots } = finder(centre(hours, { closedDates: ['2026-11-28'] }), '2026-11-26T06:00:00Z');

    const found = await slots.freeSlots('demo-gent', { from: new Date('2026-11-26T06:00:00Z'), limit: 5, days: 8 });

    expect(starts(found)).toStrictEqual([
      '2026-11-26T08:00:00.000Z',
      '2026-11-26T12:00:00.000Z',
      '2026-12-03T08:00:00.000Z',
      '2026-12-03T12:00:00.000Z',
    ]);
  });

  it('When the centre is unknown, then there are no slots', async () => {
    const { slots } = finder(centre(everyDay('09:00', '17:00')), '2026-11-26T06:00:00Z');

    expect(await slots.freeSlots('demo-nowhere', { from: new Date('2026-11-26T06:00:00Z') })).toStrictEqual([]);
  });
});

describe('the shipped demo centres', () => {
  it('When the search covers Christmas and New Year, Then no demo centre offers a slot on a Belgian public holiday', async () => {
    const holidays = new Set(StaffHours.load().data.holidays.map((h) => h.date));
    for (const c of loadCentres()) {
      const { slots } = finder(c, '2026-12-21T06:00:00Z');
      const found = await slots.freeSlots(c.id, { from: new Date('2026-12-21T06:00:00Z'), days: 14, limit: 500 });
      expect(found.length, c.id).toBeGreaterThan(0);
      expect(
        found.filter((s) => holidays.has(brusselsParts(new Date(s.start)).date)),
        c.id,
      ).toEqual([]);
    }
  });
});
