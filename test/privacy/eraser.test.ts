import { MemoryStorage, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { ConversationState, UserState } from '../../src/bot/sdk.js';
import { newBooking } from '../booking/bookingStoreContract.js';
import { describe, expect, it } from 'vitest';
import { loadCentres } from '../../src/booking/centres.js';
import { MemoryBookingStore } from '../../src/booking/memoryBookingStore.js';
import type { Booking, BookingNotifier, NewBooking, Slot } from '../../src/booking/model.js';
import { silentLogger } from '../../src/observability/logger.js';
import { Eraser } from '../../src/privacy/eraser.js';
import { PersonKeys } from '../../src/privacy/personKeys.js';
import { ownersOf } from '../../src/privacy/turnOwner.js';

const NOW = new Date('2026-11-26T11:00:00Z');
const clock = { now: () => NOW };
const centre = loadCentres()[0]!;

const slot = (days: number): Slot => {
  const start = new Date(NOW.getTime() + days * 86_400_000);
  return { centreId: centre.id, start: start.toISOString(), end: new Date(start.getTime() + 1_800_000).toISOString() };
};
/** A booking as the store contract makes them, without the channel in its reference. */
const booking = (s: Slot, firstName: string): NewBooking => ({
  ...newBooking(s, firstName),
  conversationReference: { conversation: { id: 'c-1' } },
});

const activity = (conversation: string, user: string): Partial<Activity> => ({
  type: 'message',
  channelId: 'test',
  from: { id: user, name: '' },
  recipient: { id: 'bot', name: '' },
  conversation: { id: conversation, name: '', isGroup: false, conversationType: 'personal' },
});

async function setUp() {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const bookings = new MemoryBookingStore({ clock, retentionDays: 3650 });
  const keys = PersonKeys.random();
  const told: { event: string; booking: Booking }[] = [];
  const notifier: BookingNotifier = {
    bookingConfirmed: async (b) => void told.push({ event: 'confirmed', booking: b }),
    bookingCancelled: async (b) => void told.push({ event: 'cancelled', booking: b }),
    bookingRescheduled: async (b) => void told.push({ event: 'rescheduled', booking: b }),
  };
  // As src/composition.ts wires it: the booking dialogs keep the code in conversation state.
  const lastBooking = conversationState.createProperty<{ code: string }>('lastBooking');
  const eraser = new Eraser({
    conversationState,
    userState,
    bookings,
    centre: (id) => (id === centre.id ? centre : undefined),
    notifier,
    keys,
    clock,
    logger: silentLogger,
    lastBookingCode: async (context) => (await lastBooking.get(context))?.code,
  });
  const context = (conversation: string, user: string) => new TurnContext(new TestAdapter(), activity(conversation, user));
  return { storage, conversationState, userState, bookings, keys, told, eraser, context };
}

describe('Eraser', () => {
  it('When a user asks to be forgotten, Then open bookings are cancelled (centre told), all theirs anonymised, state deleted; others untouched', async () => {
    const { storage, conversationState, userState, bookings, keys, told, eraser, context } = await setUp();
    // Two visits of the same user (two conversations), and someone else.
    const visit1 = context('conv-1', 'user-1');
    const visit2 = context('conv-2', 'user-1');
    const other = context('conv-9', 'user-9');
    const reserveIn = (turn: TurnContext, s: Slot, name: string) =>
      bookings.reserve({ ...booking(s, name), owners: ownersOf(keys, turn.activity) });
    const future = await reserveIn(visit1, slot(3), 'Amira');
    const past = await reserveIn(visit1, slot(-2), 'Amira');
    const laterVisit = await reserveIn(visit2, slot(5), 'Amira');
    const someoneElse = await reserveIn(other, slot(4), 'Bart');
    if (!future.ok || !past.ok || !laterVisit.ok || !someoneElse.ok) throw new Error('reserve failed');
    await conversationState.createProperty('dialogState').set(visit2, { dialogStack: [] });
    await userState.createProperty('profile').set(visit2, { locale: 'fr' });
    await Promise.all([conversationState.saveChanges(visit2), userState.saveChanges(visit2)]);
    const stateKeys = ['test/conversations/conv-2/', 'test/users/user-1/'];
    expect(Object.keys(await storage.read(stateKeys))).toStrictEqual(stateKeys);

    const report = await eraser.erase(context('conv-2', 'user-1'));

    expect(report).toStrictEqual({ cancelled: [future.booking.code, laterVisit.booking.code], anonymised: 3, holders: [] });
    expect(told.map((t) => [t.event, t.booking.code, t.booking.person.firstName])).toStrictEqual([
      ['cancelled', future.booking.code, 'Amira'],
      ['cancelled', laterVisit.booking.code, 'Amira'],
    ]);
    for (const code of [future.booking.code, past.booking.code, laterVisit.booking.code]) {
      const stored = await bookings.get(code);
      expect(stored?.person).toStrictEqual({ firstName: '' });
      expect(stored).not.toHaveProperty('conversationReference');
      expect(stored).not.toHaveProperty('eligibility');
      expect(stored).not.toHaveProperty('owners');
    }
    expect((await bookings.get(past.booking.code))?.status).toBe('confirmed');
    expect(await bookings.get(someoneElse.booking.code)).toStrictEqual(someoneElse.booking);
    expect(await storage.read(stateKeys)).toStrictEqual({});
  });

  it('When the conversation only knows its last booking code (made before owner keys), Then that booking is erased too', async () => {
    const { conversationState, bookings, eraser, context } = await setUp();
    const old = await bookings.reserve(booking(slot(3), 'Chris'));
    if (!old.ok) throw new Error('reserve failed');
    const turn = context('conv-old', 'user-old');
    await conversationState.createProperty('lastBooking').set(turn, { code: old.booking.code });
    await conversationState.saveChanges(turn);

    const report = await eraser.erase(context('conv-old', 'user-old'));

    expect(report.cancelled).toStrictEqual([old.booking.code]);
    expect((await bookings.get(old.booking.code))?.person).toStrictEqual({ firstName: '' });
  });

  it('When erase runs again, Then it finds nothing more: it can safely be repeated', async () => {
    const { bookings, keys, eraser, context } = await setUp();
    const turn = context('conv-1', 'user-1');
    await bookings.reserve({ ...booking(slot(3), 'Amira'), owners: ownersOf(keys, turn.activity) });
    await eraser.erase(context('conv-1', 'user-1'));
    expect(await eraser.erase(context('conv-1', 'user-1'))).toStrictEqual({ cancelled: [], anonymised: 0, holders: [] });
  });

  it('When a channel registered what it keeps, Then it is told to forget the user too', async () => {
    const { eraser, context } = await setUp();
    const forgotten: string[] = [];
    eraser.register({ name: 'whatsapp', forget: async (c) => void forgotten.push(c.activity.from.id) });
    expect((await eraser.erase(context('conv-1', 'user-1'))).holders).toStrictEqual(['whatsapp']);
    expect(forgotten).toStrictEqual(['user-1']);
  });
});
