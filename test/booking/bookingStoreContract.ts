import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET } from '../../src/booking/codes.js';
import type { BookingStore, NewBooking, Slot } from '../../src/booking/model.js';
import { relocateForTurn } from '../../src/booking/relocate.js';
import { reserveForTurn } from '../../src/booking/reserve.js';
import type { Clock } from '../../src/domain/calendar.js';
import { keepTurnOwners } from '../../src/privacy/turnOwner.js';

export interface StoreFactoryOptions {
  clock: Clock;
  /** Codes to hand out in order (to force a clash); the store's own generator when absent. */
  newCode?: () => string;
  retentionDays?: number;
}

/** The moment every contract test runs "now". Real time: Redis expires keys by its own clock. */
const NOW = new Date();
const clock: Clock = { now: () => NOW };

const DAY = 86_400_000;

/** A turn of the person with these owner keys, as the bot keeps them (src/bot/app.ts). */
function turnOf(owners: string[]): { turnState: Map<unknown, unknown> } {
  const turn = { turnState: new Map<unknown, unknown>() };
  keepTurnOwners(turn, () => owners);
  return turn;
}
/** A 30-minute slot `daysAhead` days from now at the given minute offset. */
export function slot(centreId: string, daysAhead: number, minute = 0): Slot {
  const start = Math.floor((NOW.getTime() + daysAhead * DAY) / 1_800_000) * 1_800_000 + minute * 60_000;
  return { centreId, start: new Date(start).toISOString(), end: new Date(start + 1_800_000).toISOString() };
}

export function newBooking(s: Slot, firstName = 'Amira'): NewBooking {
  return {
    centreId: s.centreId,
    slot: s,
    person: { firstName, phone: '+32470123456' },
    locale: 'nl',
    mode: 'in_person',
    reminderOptIn: true,
    conversationReference: { conversation: { id: 'c-1' }, channelId: 'test' },
    eligibility: { outcome: 'eligible' },
  };
}

/**
 * What every BookingStore must do, run by test/booking/memoryBookingStore.test.ts and
 * redisBookingStore.test.ts. `make` returns an empty store.
 */
export function describeBookingStoreContract(name: string, make: (options: StoreFactoryOptions) => Promise<BookingStore>): void {
  describe(`${name} (BookingStore contract)`, () => {
    it('When a free slot is reserved, then the booking is stored confirmed with a readable code', async () => {
      const store = await make({ clock });
      const s = slot('demo-gent', 3);

      const result = await store.reserve(newBooking(s));

      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.booking.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
      expect(result.booking).toStrictEqual({
        ...newBooking(s),
        code: result.booking.code,
        createdAt: NOW.toISOString(),
        status: 'confirmed',
      });
      expect(await store.get(result.booking.code)).toStrictEqual(result.booking);
    });

    it('When the same person reserves the same slot again (a repeated "ja"), then their booking comes back; someone else gets slot_taken', async () => {
      const store = await make({ clock });
      const s = slot('demo-gent', 3);
      const first = await reserveForTurn(store, newBooking(s, 'Amira'), turnOf(['owner-user-a', 'owner-conversation-a']));
      const again = await reserveForTurn(store, newBooking(s, 'Amira'), turnOf(['owner-user-a', 'owner-conversation-a']));
      const other = await reserveForTurn(store, newBooking(s, 'Bram'), turnOf(['owner-user-b', 'owner-conversation-b']));

      expect(first.ok && again.ok && again.booking.code === first.booking.code && again.existing).toBe(true);
      expect(first.ok && first.booking.owners).toStrictEqual(['owner-user-a', 'owner-conversation-a']);
      expect(other).toStrictEqual({ ok: false, reason: 'slot_taken' });
      expect(await store.list({})).toHaveLength(1);
    });

    it('When the code is typed in lower case with spaces, then get still finds the booking', async () => {
      const store = await make({ clock });
      const result = await store.reserve(newBooking(slot('demo-gent', 3)));
      if (!result.ok) throw new Error('reserve failed');
      const c = result.booking.code.toLowerCase();

      expect((await store.get(`${c.slice(0, 3)} ${c.slice(3)}`))?.code).toBe(result.booking.code);
      expect(await store.get('ZZZZZZ')).toBeUndefined();
    });

    it('When a slot is reserved twice, then the second attempt gets slot_taken and nothing is stored', async () => {
      const store = await make({ clock });
      const s = slot('demo-gent', 3);
      await store.reserve(newBooking(s, 'Amira'));

      expect(await store.reserve(newBooking(s, 'Bart'))).toStrictEqual({ ok: false, reason: 'slot_taken' });
      expect((await store.list()).map((b) => b.person.firstName)).toStrictEqual(['Amira']);
    });

    it('When the same time is reserved at another centre, then both bookings stand', async () => {
      const store = await make({ clock });
      const r1 = await store.reserve(newBooking(slot('demo-gent', 3)));
      const r2 = await store.reserve(newBooking(slot('demo-brugge', 3)));

      expect([r1.ok, r2.ok]).toStrictEqual([true, true]);
    });

    it('When a generated code is already in use, then the store picks another one', async () => {
      const codes = ['AAAAAA', 'AAAAAA', 'BBBBBB'];
      const store = await make({ clock, newCode: () => codes.shift() ?? 'CCCCCC' });

      const first = await store.reserve(newBooking(slot('demo-gent', 3)));
      const second = await store.reserve(newBooking(slot('demo-gent', 3, 30)));

      expect([first.ok && first.booking.code, second.ok && second.booking.code]).toStrictEqual(['AAAAAA', 'BBBBBB']);
    });

    it('When a booking is cancelled, then it is marked cancelled and its slot can be booked again', async () => {
      const store = await make({ clock });
      const s = slot('demo-gent', 3);
      const reserved = await store.reserve(newBooking(s));
      if (!reserved.ok) throw new Error('reserve failed');

      const cancelled = await store.cancel(reserved.booking.code);

      expect(cancelled).toStrictEqual({ ...reserved.booking, status: 'cancelled' });
      expect((await store.get(reserved.booking.code))?.status).toBe('cancelled');
      expect(await store.takenStarts('demo-gent', s.start, s.end)).toStrictEqual(new Set());
      expect((await store.reserve(newBooking(s, 'Bart'))).ok).toBe(true);
    });

    it('When a booking is cancelled twice, then the second cancel changes nothing and the new holder keeps the slot', async () => {
      const store = await make({ clock });
      const s = slot('demo-gent', 3);
      const first = await store.reserve(newBooking(s));
      if (!first.ok) throw new Error('reserve failed');
      await store.cancel(first.booking.code);
      await store.reserve(newBooking(s, 'Bart'));

      expect((await store.cancel(first.booking.code))?.status).toBe('cancelled');
      expect(await store.takenStarts('demo-gent', s.start, s.end)).toStrictEqual(new Set([s.start]));
      expect(await store.cancel('ZZZZZZ')).toBeUndefined();
    });

    it('When a booking is rescheduled to a free slot, then the new slot is taken, the old one freed, the code kept', async () => {
      const store = await make({ clock });
      const oldSlot = slot('demo-gent', 3);
      const newSlot = slot('demo-gent', 4);
      const reserved = await store.reserve(newBooking(oldSlot));
      if (!reserved.ok) throw new Error('reserve failed');

      const moved = await store.reschedule(reserved.booking.code, newSlot);

      expect(moved).toStrictEqual({ ok: true, booking: { ...reserved.booking, slot: newSlot } });
      expect(await store.get(reserved.booking.code)).toStrictEqual({ ...reserved.booking, slot: newSlot });
      expect(await store.takenStarts('demo-gent', oldSlot.start, newSlot.end)).toStrictEqual(new Set([newSlot.start]));
    });

    it('When a booking is rescheduled to another centre, then its centre changes with the slot', async () => {
      const store = await make({ clock });
      const reserved = await store.reserve(newBooking(slot('demo-gent', 3)));
      if (!reserved.ok) throw new Error('reserve failed');
      const elsewhere = slot('demo-brugge', 3);

      const moved = await store.reschedule(reserved.booking.code, elsewhere);

      expect(moved.ok && moved.booking.centreId).toBe('demo-brugge');
      expect(await store.takenStarts('demo-brugge', elsewhere.start, elsewhere.end)).toStrictEqual(new Set([elsewhere.start]));
      expect(await store.takenStarts('demo-gent', elsewhere.start, elsewhere.end)).toStrictEqual(new Set());
    });

    it('When a booking is rescheduled to a taken slot, then it gets slot_taken and keeps its own slot', async () => {
      const store = await make({ clock });
      const mine = slot('demo-gent', 3);
      const theirs = slot('demo-gent', 4);
      const reserved = await store.reserve(newBooking(mine));
      await store.reserve(newBooking(theirs, 'Bart'));
      if (!reserved.ok) throw new Error('reserve failed');

      expect(await store.reschedule(reserved.booking.code, theirs)).toStrictEqual({ ok: false, reason: 'slot_taken' });
      expect((await store.get(reserved.booking.code))?.slot).toStrictEqual(mine);
      expect(await store.takenStarts('demo-gent', mine.start, theirs.end)).toStrictEqual(new Set([mine.start, theirs.start]));
    });

    it('When an unknown or cancelled booking is rescheduled, then the answer is not_found', async () => {
      const store = await make({ clock });
      const reserved = await store.reserve(newBooking(slot('demo-gent', 3)));
      if (!reserved.ok) throw new Error('reserve failed');
      await store.cancel(reserved.booking.code);

      expect(await store.reschedule(reserved.booking.code, slot('demo-gent', 5))).toStrictEqual({ ok: false, reason: 'not_found' });
      expect(await store.reschedule('ZZZZZZ', slot('demo-gent', 5))).toStrictEqual({ ok: false, reason: 'not_found' });
    });

    it('When taken starts are asked for a range, then the range includes its start and excludes its end', async () => {
      const store = await make({ clock });
      const a = slot('demo-gent', 3, 0);
      const b = slot('demo-gent', 3, 30);
      const c = slot('demo-gent', 3, 60);
      for (const s of [a, b, c]) await store.reserve(newBooking(s));

      expect(await store.takenStarts('demo-gent', a.start, c.start)).toStrictEqual(new Set([a.start, b.start]));
      expect(await store.takenStarts('demo-brugge', a.start, c.end)).toStrictEqual(new Set());
    });

    it('When bookings are listed, then they come by slot start and the filters apply', async () => {
      const store = await make({ clock });
      await store.reserve(newBooking(slot('demo-gent', 5), 'Cor'));
      await store.reserve(newBooking(slot('demo-brugge', 3), 'Amira'));
      await store.reserve(newBooking(slot('demo-gent', 4), 'Bart'));
      const names = async (filter?: Parameters<BookingStore['list']>[0]) => (await store.list(filter)).map((b) => b.person.firstName);

      expect(await names()).toStrictEqual(['Amira', 'Bart', 'Cor']);
      expect(await names({ centreId: 'demo-gent' })).toStrictEqual(['Bart', 'Cor']);
      expect(await names({ from: slot('x', 4).start, to: slot('x', 5).start })).toStrictEqual(['Bart']);
    });

    it('When an appointment ended longer ago than the retention, then its booking is gone', async () => {
      const store = await make({ clock, retentionDays: 30 });
      const old = await store.reserve(newBooking(slot('demo-gent', -31)));
      const recent = await store.reserve(newBooking(slot('demo-gent', -29)));
      if (!old.ok || !recent.ok) throw new Error('reserve failed');

      expect(await store.get(old.booking.code)).toBeUndefined();
      expect((await store.list()).map((b) => b.code)).toStrictEqual([recent.booking.code]);
    });

    it('When 200 attempts race for 20 slots, then exactly 20 bookings exist and the other 180 got slot_taken', async () => {
      const store = await make({ clock });
      const slots = Array.from({ length: 20 }, (_, i) => slot('demo-gent', 7, i * 30));
      const attempts = Array.from({ length: 200 }, (_, i) => store.reserve(newBooking(slots[i % 20] as Slot, `P${i}`)));

      const results = await Promise.all(attempts);

      expect(results.filter((r) => r.ok)).toHaveLength(20);
      expect(results.filter((r) => !r.ok && r.reason === 'slot_taken')).toHaveLength(180);
      const stored = await store.list();
      expect(stored).toHaveLength(20);
      expect(new Set(stored.map((b) => b.slot.start))).toStrictEqual(new Set(slots.map((s) => s.start)));
      expect(new Set(stored.map((b) => b.code)).size).toBe(20);
    });

    it('When a booking is cancelled, then the stored record keeps no name, contact, conversation or answers; the caller still gets them once', async () => {
      const store = await make({ clock });
      const reserved = await store.reserve({ ...newBooking(slot('demo-gent', 3)), owners: ['owner-a'] });
      if (!reserved.ok) throw new Error('reserve failed');

      const cancelled = await store.cancel(reserved.booking.code);

      expect(cancelled?.person).toStrictEqual({ firstName: 'Amira', phone: '+32470123456' });
      const { conversationReference: _r, eligibility: _e, owners: _o, ...anonymous } = reserved.booking;
      expect(await store.get(reserved.booking.code)).toStrictEqual({
        ...anonymous,
        person: { firstName: '' },
        reminderOptIn: false,
        status: 'cancelled',
      });
      expect(await store.forOwner('owner-a')).toStrictEqual([]);
    });

    it('When a booking is moved to another centre, then the new one is stored, the old one is cancelled without name or contact, and one booking stays open', async () => {
      const store = await make({ clock });
      const owners = ['owner-user-m', 'owner-conversation-m'];
      const before = slot('demo-gent', 3);
      const after = slot('demo-aalst', 4);
      const first = await reserveForTurn(store, newBooking(before), turnOf(owners));
      if (!first.ok) throw new Error('reserve failed');

      const moved = await relocateForTurn(store, first.booking.code, { ...newBooking(after), mode: 'online' }, turnOf(owners));

      if (!moved.ok) throw new Error('move failed');
      expect(moved.booking.code).not.toBe(first.booking.code);
      expect(moved.booking.person).toStrictEqual({ firstName: 'Amira', phone: '+32470123456' });
      // The old centre is told who cancelled: the caller gets the booking as it was, once.
      expect(moved.cancelled?.code).toBe(first.booking.code);
      expect(moved.cancelled?.person).toStrictEqual({ firstName: 'Amira', phone: '+32470123456' });
      const old = await store.get(first.booking.code);
      expect(old?.status).toBe('cancelled');
      expect(old?.person).toStrictEqual({ firstName: '' });
      expect(old?.conversationReference).toBeUndefined();
      expect(old?.owners).toBeUndefined();
      expect(await store.takenStarts('demo-gent', before.start, before.end)).toStrictEqual(new Set());
      const open = (await store.forOwner('owner-user-m')).filter((b) => b.status === 'confirmed');
      expect(open.map((b) => [b.code, b.centreId, b.mode])).toStrictEqual([[moved.booking.code, 'demo-aalst', 'online']]);
    });

    it('When a move to another centre finds the new slot taken, then the old booking stays as it was', async () => {
      const store = await make({ clock });
      const before = slot('demo-gent', 3);
      const after = slot('demo-aalst', 4);
      const mine = await reserveForTurn(store, newBooking(before), turnOf(['owner-user-t']));
      const theirs = await store.reserve(newBooking(after, 'Bram'));
      if (!mine.ok || !theirs.ok) throw new Error('reserve failed');

      const moved = await relocateForTurn(store, mine.booking.code, newBooking(after), turnOf(['owner-user-t']));

      expect(moved).toStrictEqual({ ok: false, reason: 'slot_taken' });
      expect(await store.get(mine.booking.code)).toStrictEqual(mine.booking);
      expect(await store.takenStarts('demo-gent', before.start, before.end)).toStrictEqual(new Set([before.start]));
    });

    it('When the same move is confirmed twice (a repeated "ja"), then the new booking comes back and nothing more is cancelled', async () => {
      const store = await make({ clock });
      const owners = ['owner-user-r'];
      const first = await reserveForTurn(store, newBooking(slot('demo-gent', 3)), turnOf(owners));
      if (!first.ok) throw new Error('reserve failed');
      const to = newBooking(slot('demo-aalst', 4));

      const once = await relocateForTurn(store, first.booking.code, to, turnOf(owners));
      const again = await relocateForTurn(store, first.booking.code, to, turnOf(owners));

      expect(once.ok && once.cancelled?.code).toBe(first.booking.code);
      expect(again.ok && again.existing && again.booking.code === (once.ok && once.booking.code)).toBe(true);
      expect(again.ok && again.cancelled).toBeUndefined();
      expect((await store.list({})).map((b) => b.status)).toStrictEqual(['cancelled', 'confirmed']);
    });

    it('When bookings carry owner keys, then they are kept and found by either key', async () => {
      const store = await make({ clock });
      const mine = await store.reserve({ ...newBooking(slot('demo-gent', 3)), owners: ['user-1', 'conversation-1'] });
      const other = await store.reserve({ ...newBooking(slot('demo-gent', 4), 'Bart'), owners: ['user-2', 'conversation-2'] });
      const untracked = await store.reserve(newBooking(slot('demo-gent', 5), 'Chris'));
      if (!mine.ok || !other.ok || !untracked.ok) throw new Error('reserve failed');

      expect(mine.booking.owners).toStrictEqual(['user-1', 'conversation-1']);
      expect(untracked.booking.owners).toBeUndefined();
      expect((await store.forOwner('user-1')).map((b) => b.code)).toStrictEqual([mine.booking.code]);
      expect((await store.forOwner('conversation-1')).map((b) => b.code)).toStrictEqual([mine.booking.code]);
      expect(await store.forOwner('nobody')).toStrictEqual([]);
    });

    it('When a booking is anonymised, then only anonymous fields stay, the slot stays taken and no owner finds it', async () => {
      const store = await make({ clock });
      const s = slot('demo-gent', 3);
      const reserved = await store.reserve({ ...newBooking(s), owners: ['owner-b'] });
      if (!reserved.ok) throw new Error('reserve failed');

      expect(await store.anonymise(reserved.booking.code)).toBe(true);
      expect(await store.anonymise('ZZZZZZ')).toBe(false);

      const stored = await store.get(reserved.booking.code);
      expect(stored).toStrictEqual({
        centreId: 'demo-gent',
        slot: s,
        person: { firstName: '' },
        locale: 'nl',
        mode: 'in_person',
        reminderOptIn: false,
        code: reserved.booking.code,
        createdAt: NOW.toISOString(),
        status: 'confirmed',
      });
      expect(await store.forOwner('owner-b')).toStrictEqual([]);
      expect(await store.takenStarts('demo-gent', s.start, s.end)).toStrictEqual(new Set([s.start]));
    });
  });
}
