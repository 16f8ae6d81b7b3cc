import type { BookingParts } from '../../src/composition.js';
import { Chat } from './converse.js';
import { loadCentres } from '../../src/booking/centres.js';
import { InMemoryCentreDirectory } from '../../src/booking/directory.js';
import { MemoryBookingStore } from '../../src/booking/memoryBookingStore.js';
import type { Booking, BookingNotifier, Centre, Slot } from '../../src/booking/model.js';
import { loadPlaces, loadWalloonPlaces } from '../../src/booking/places.js';
import { OpeningHoursSlotFinder } from '../../src/booking/slots.js';
import { channelCanRemind } from '../../src/bot/reminderChannels.js';
import type { TurnContext } from '../../src/bot/sdk.js';
import { fixedDateClock, type IsoDate } from '../../src/domain/calendar.js';

/** What the centre was told, in order: the event and the booking code. */
export type Notice = readonly ['confirmed' | 'cancelled' | 'rescheduled', string];

/** A booking backend for transcripts: demo centres, memory store, codes in a known order. */
export interface TestBooking {
  parts: BookingParts;
  store: MemoryBookingStore;
  notices: Notice[];
}

const places = loadPlaces();
const walloonPlaces = loadWalloonPlaces();
const centres = loadCentres();

/** Transcripts talk on the 'test' channel; it may remind like Teams and WhatsApp, Web Chat still may not. */
const canRemind = (context: TurnContext): boolean => context.activity.channelId === 'test' || channelCanRemind(context);

/**
 * The booking backend as the server builds it, but on a fixed day (noon in Brussels, like
 * converse's clock), with 24 hours' notice, booking codes taken from `codes` in order, so
 * transcripts can name the code they expect, and reminders on the 'test' channel.
 */
export function testBooking(date: IsoDate, codes: readonly string[] = ['K7M3QX', 'R8T2WA', 'H5N9PD']): TestBooking {
  const clock = fixedDateClock(date);
  const directory = new InMemoryCentreDirectory(centres, places, walloonPlaces);
  let next = 0;
  const store = new MemoryBookingStore({
    clock,
    newCode: () => codes[next++] ?? `ZZZZ${String(next).padStart(2, '2')}`,
  });
  const notices: Notice[] = [];
  const notifier: BookingNotifier = {
    bookingConfirmed: async (booking: Booking, _centre: Centre) => void notices.push(['confirmed', booking.code]),
    bookingCancelled: async (booking: Booking, _centre: Centre) => void notices.push(['cancelled', booking.code]),
    bookingRescheduled: async (booking: Booking, _previous: Slot, _centre: Centre) => void notices.push(['rescheduled', booking.code]),
  };
  const slots = new OpeningHoursSlotFinder({ centre: (id) => directory.get(id), bookings: store, clock, minNoticeHours: 24 });
  return { parts: { centres: directory, slots, bookings: store, notifier, retentionDays: 30, canRemind }, store, notices };
}

/** The text of a data: URL attachment (the .ics the bot sends). */
export function attachmentText(contentUrl: string | undefined): string {
  const [, base64 = ''] = /^data:[^;]+;base64,(.*)$/.exec(contentUrl ?? '') ?? [];
  return Buffer.from(base64, 'base64').toString('utf8');
}

/** The demo Gent centre that booking fixtures refer to. */
export const gentCentre: Centre = centres.find((c) => c.id === 'demo-gent')!;

/** One stored booking at the Gent demo centre (3 December 2026, 10.30 in Brussels); override what a test is about. */
export function sampleBooking(overrides: Partial<Booking> = {}): Booking {
  return {
    code: 'K7M3QX',
    centreId: 'demo-gent',
    slot: { centreId: 'demo-gent', start: '2026-12-03T09:30:00.000Z', end: '2026-12-03T10:00:00.000Z' },
    person: { firstName: 'Amira', phone: '+32470123456' },
    locale: 'nl',
    mode: 'in_person',
    createdAt: '2026-11-26T12:00:00.000Z',
    status: 'confirmed',
    reminderOptIn: false,
    ...overrides,
  };
}

/** The menu's "Afspraak maken", in each language of the chat. */
export const BOOK_BUTTON = { nl: 'Afspraak maken', fr: 'Prendre rendez-vous', en: 'Book an appointment' } as const;
export type BookingLanguage = keyof typeof BOOK_BUTTON;

/**
 * A chat on `date` with the test booking backend (no reminders), in `locale`, that said "hallo",
 * tapped "Afspraak maken" and then says `said`: the booking's first question, or further on.
 */
export async function chatInBooking(date: IsoDate, locale: BookingLanguage, ...said: string[]): Promise<Chat> {
  const chat = await Chat.start({ date, locale, booking: { ...testBooking(date).parts, canRemind: () => false } });
  for (const text of ['hallo', BOOK_BUTTON[locale], ...said]) await chat.says(text);
  return chat;
}
