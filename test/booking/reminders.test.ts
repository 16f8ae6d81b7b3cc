import { afterAll, describe, expect, it } from 'vitest';
import { loadCentres } from '../../src/booking/centres.js';
import { MemoryBookingStore } from '../../src/booking/memoryBookingStore.js';
import type { Booking, BookingStore, Centre, NewBooking } from '../../src/booking/model.js';
import { RedisBookingStore } from '../../src/booking/redisBookingStore.js';
import {
  MemoryReminderClaims,
  RedisReminderClaims,
  ReminderScheduler,
  type ProactiveSender,
  type ReminderClaims,
} from '../../src/booking/reminders.js';
import type { Clock } from '../../src/domain/calendar.js';
import { silentLogger } from '../../src/observability/logger.js';
import { redisTest } from '../support/redis.js';

const centres = new Map(loadCentres().map((c) => [c.id, c]));

/** Counts what it is asked to send; can be told to fail. */
class CountingSender implements ProactiveSender {
  readonly sent: string[] = [];
  failures = 0;
  async sendReminder(booking: Booking, _centre: Centre): Promise<void> {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('channel unavailable');
    }
    this.sent.push(booking.code);
  }
}

const at = (iso: string): Clock => ({ now: () => new Date(iso) });

function booking(start: string, extra: Partial<NewBooking> = {}): NewBooking {
  return {
    centreId: 'demo-gent',
    slot: { centreId: 'demo-gent', start, end: new Date(Date.parse(start) + 1_800_000).toISOString() },
    person: { firstName: 'Amira', email: 'amira@example.org' },
    locale: 'nl',
    mode: 'in_person',
    reminderOptIn: true,
    conversationReference: { conversation: { id: 'c-1' }, channelId: 'msteams' },
    ...extra,
  };
}

function scheduler(bookings: BookingStore, sender: ProactiveSender, claims: ReminderClaims, now: string) {
  return new ReminderScheduler({ bookings, centre: (id) => centres.get(id), sender, claims, clock: at(now), logger: silentLogger });
}

async function codeOf(store: BookingStore, b: NewBooking): Promise<string> {
  const r = await store.reserve(b);
  if (!r.ok) throw new Error('reserve failed');
  return r.booking.code;
}

describe('ReminderScheduler', () => {
  it('When it runs the day before, then only opted-in, reachable, confirmed bookings of tomorrow get one reminder', async () => {
    const store = new MemoryBookingStore({ clock: at('2026-11-26T10:00:00Z') });
    const tomorrowMorning = await codeOf(store, booking('2026-11-27T08:00:00.000Z'));
    const tomorrowLate = await codeOf(store, booking('2026-11-27T22:30:00.000Z')); // 23:30 in Brussels: still tomorrow
    await codeOf(store, booking('2026-11-27T23:00:00.000Z')); // 00:00 on the 28th in Brussels
    await codeOf(store, booking('2026-11-27T09:00:00.000Z', { reminderOptIn: false }));
    await codeOf(store, booking('2026-11-27T09:30:00.000Z', { conversationReference: undefined }));
    await store.cancel(await codeOf(store, booking('2026-11-27T10:00:00.000Z')));
    const sender = new CountingSender();
    const run = scheduler(store, sender, new MemoryReminderClaims(), '2026-11-26T10:00:00Z');

    expect(await run.runOnce()).toBe(2);
    expect(await run.runOnce()).toBe(0);
    expect(sender.sent.sort()).toStrictEqual([tomorrowMorning, tomorrowLate].sort());
  });

  it('When it is night in Brussels, then nothing is sent yet', async () => {
    const store = new MemoryBookingStore({ clock: at('2026-11-26T10:00:00Z') });
    await codeOf(store, booking('2026-11-27T08:00:00.000Z'));
    const sender = new CountingSender();

    expect(await scheduler(store, sender, new MemoryReminderClaims(), '2026-11-26T07:59:00Z').runOnce()).toBe(0);
    expect(await scheduler(store, sender, new MemoryReminderClaims(), '2026-11-26T19:00:00Z').runOnce()).toBe(0);
  });

  it('When sending fails, then the claim is released and the next run sends it', async () => {
    const store = new MemoryBookingStore({ clock: at('2026-11-26T10:00:00Z') });
    const code = await codeOf(store, booking('2026-11-27T08:00:00.000Z'));
    const sender = new CountingSender();
    sender.failures = 1;
    const run = scheduler(store, sender, new MemoryReminderClaims(), '2026-11-26T10:00:00Z');

    expect(await run.runOnce()).toBe(0);
    expect(await run.runOnce()).toBe(1);
    expect(sender.sent).toStrictEqual([code]);
  });

  it('When a booking is moved to tomorrow after its reminder, then the new time gets its own reminder', async () => {
    const store = new MemoryBookingStore({ clock: at('2026-11-26T10:00:00Z') });
    const code = await codeOf(store, booking('2026-11-27T08:00:00.000Z'));
    const sender = new CountingSender();
    const run = scheduler(store, sender, new MemoryReminderClaims(), '2026-11-26T10:00:00Z');
    await run.runOnce();

    await store.reschedule(code, { centreId: 'demo-gent', start: '2026-11-27T14:00:00.000Z', end: '2026-11-27T14:30:00.000Z' });

    expect(await run.runOnce()).toBe(1);
    expect(sender.sent).toStrictEqual([code, code]);
  });
});

const redis = redisTest();

describe.skipIf(!redis.available)('ReminderScheduler on two instances sharing Redis', () => {
  afterAll(() => redis.cleanup());

  it('When two schedulers run at the same time, many times, then every reminder is sent exactly once', async () => {
    const clock = at('2026-11-26T10:00:00Z');
    const store = new RedisBookingStore(redis.client(), { prefix: `${redis.prefix}b:`, clock, retentionDays: 3650 });
    const codes: string[] = [];
    for (let i = 0; i < 15; i++)
      codes.push(await codeOf(store, booking(new Date(Date.parse('2026-11-27T08:00:00Z') + i * 1_800_000).toISOString())));
    const sender = new CountingSender();
    const instances = [0, 1].map(() =>
      scheduler(store, sender, new RedisReminderClaims(redis.client(), `${redis.prefix}claims:`), '2026-11-26T10:00:00Z'),
    );

    const counts = await Promise.all([...instances, ...instances, ...instances].map((s) => s.runOnce()));

    expect(counts.reduce((a, b) => a + b, 0)).toBe(15);
    expect(sender.sent.sort()).toStrictEqual(codes.sort());
  });
});
