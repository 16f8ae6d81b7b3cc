/**
 * The booking backend's vocabulary: centres, places, slots, bookings and the interfaces the
 * booking dialog uses. No botbuilder imports here (the seam is src/bot/), so the backend can be
 * tested and reused without a channel. Everything is plain JSON so it can be stored as-is.
 */
import type { Locale } from '../i18n/locale.js';

/** How a centre holds the conversation: face to face, video call, phone, or walking coaching. */
export const MODES = ['in_person', 'online', 'phone', 'walking'] as const;
export type Mode = (typeof MODES)[number];

/** Languages a centre's coaches speak (ISO 639-1). The bot itself speaks nl/fr/en only. */
export type CentreLanguage = string;

import { WEEKDAYS, type LocalTime, type Weekday } from '../domain/calendar.js';

export { WEEKDAYS, type LocalTime, type Weekday };

/** One opening period of a day; `to` is exclusive (a 30-minute slot must end by `to`). */
export interface OpeningPeriod {
  from: LocalTime;
  to: LocalTime;
}

/** Opening periods per weekday (Brussels time); a missing or empty day is closed. */
export type OpeningHours = Partial<Record<Weekday, OpeningPeriod[]>>;

export interface Centre {
  /** Stable id, lower-case letters, digits and dashes, e.g. `demo-gent`. */
  id: string;
  name: string;
  address: { street: string; postcode: string; municipality: string };
  location: { lat: number; lon: number };
  modes: Mode[];
  languages: CentreLanguage[];
  wheelchairAccessible: boolean;
  openingHours: OpeningHours;
  /** Where the booking e-mail goes: `email`. */
  contact: { phone?: string; email: string; website?: string };
  /** True for the fictional demo catalogue: never shown as a real centre. */
  demo: boolean;
  /** Brussels dates (`YYYY-MM-DD`) the centre is closed although its hours say open (holidays). */
  closedDates?: string[];
}

/** A Belgian postcode area with approximate coordinates (place centre). */
export interface Place {
  postcode: string;
  name: string;
  lat: number;
  lon: number;
  /** A name in another language ("Gand"): found when typed, but a postcode lists the official names. */
  otherName?: true;
  /** The language of the name, where the data says it ("Brussel" nl, "Gand" fr, "Ghent" en). */
  locale?: Locale;
}

/** A 30-minute appointment at a centre. `start` and `end` are ISO instants in UTC (`...Z`). */
export interface Slot {
  centreId: string;
  start: string;
  end: string;
}

/** Who comes: a first name and one way to reach them (at least one of phone and e-mail). */
export interface Person {
  firstName: string;
  phone?: string;
  email?: string;
}

export type BookingStatus = 'confirmed' | 'cancelled';

/** What the dialog hands to `BookingStore.reserve`; the store adds code, createdAt and status. */
export interface NewBooking {
  centreId: string;
  slot: Slot;
  person: Person;
  locale: Locale;
  mode: Mode;
  /** The user said yes to a reminder the day before. */
  reminderOptIn: boolean;
  /**
   * Where a reminder can be sent: the channel's conversation reference, opaque to the backend
   * (src/bot/proactive.ts makes and reads it). Absent when the channel cannot send proactively.
   */
  conversationReference?: unknown;
  /** The eligibility answers of this conversation, when the check was done (opaque JSON). */
  eligibility?: unknown;
  /**
   * Salted pseudonyms of the user and conversation that made it (src/privacy/turnOwner.ts), so
   * "forget me" can find it. Never the raw ids. A booking made in a turn carries the turn's (`turnOwners`).
   */
  owners?: string[];
}

export interface Booking extends NewBooking {
  /** Short code the user and the centre quote, e.g. `K7M3QX` (alphabet without 0/O/1/I/L). */
  code: string;
  /** ISO instant. */
  createdAt: string;
  status: BookingStatus;
}

/** `existing`: the person's own booking of that slot, made in an earlier turn (see reserveForTurn). */
export type ReserveResult = { ok: true; booking: Booking; existing?: true } | { ok: false; reason: 'slot_taken' };
export type RescheduleResult = { ok: true; booking: Booking } | { ok: false; reason: 'slot_taken' | 'not_found' };

export interface BookingFilter {
  /** ISO instant; bookings whose slot starts at or after it. */
  from?: string;
  /** ISO instant; bookings whose slot starts before it. */
  to?: string;
  centreId?: string;
}

/**
 * Where bookings live. `reserve` is atomic: of any number of concurrent attempts on one slot
 * exactly one gets `ok: true`, and it resolves only after the booking is durably stored.
 */
export interface BookingStore {
  reserve(booking: NewBooking): Promise<ReserveResult>;
  /** The booking with this code (case-insensitive, spaces ignored), cancelled ones included. */
  get(code: string): Promise<Booking | undefined>;
  /**
   * Marks the booking cancelled and frees its slot; undefined when there is no such booking. The
   * stored record keeps no name, contact, conversation or owners from then on; the booking is
   * returned as it was (status cancelled) so the centre can still be told who cancelled.
   */
  cancel(code: string): Promise<Booking | undefined>;
  /** Bookings (any status) stored with this owner key. */
  forOwner(owner: string): Promise<Booking[]>;
  /**
   * Removes everything personal from the record (name, contact, conversation, eligibility answers,
   * owners); what stays is anonymous: centre, slot, mode, language, status. False when unknown.
   */
  anonymise(code: string): Promise<boolean>;
  /** Atomically takes `newSlot` first, then frees the old slot. The code stays the same. */
  reschedule(code: string, newSlot: Slot): Promise<RescheduleResult>;
  /** Slot starts (ISO instants) taken at the centre with `fromIso <= start < toIso`. */
  takenStarts(centreId: string, fromIso: string, toIso: string): Promise<Set<string>>;
  /** Bookings (confirmed and cancelled) sorted by slot start. */
  list(filter?: BookingFilter): Promise<Booking[]>;
}

export interface NearestOptions {
  /** Only centres offering at least one of these modes. */
  modes?: Mode[];
  /** Leave out centres that offer none but these modes ("ik wil niet online"). */
  excludeModes?: Mode[];
  /** Page size; default 3. */
  limit?: number;
  /** Skip this many (for "Meer"); default 0. */
  offset?: number;
}

export interface CentreWithDistance {
  centre: Centre;
  distanceKm: number;
}

export interface CentreDirectory {
  /** Places matching a postcode or municipality name (typo tolerant), best match first; [] if none. */
  findPlaces(query: string): Place[];
  /** The name of `place` in `locale` where one is known ("Ghent" → "Gent" in Dutch), else its official name. */
  placeName(place: Place, locale: Locale): string;
  /** Places in Wallonia matching the query the same way (no centre there; the check's "Wallonië"). */
  findOutside(query: string): Place[];
  /** Centres sorted by distance from `place`, nearest first (ties by name). */
  nearest(place: Place, options?: NearestOptions): CentreWithDistance[];
  get(id: string): Centre | undefined;
}

export interface FreeSlotOptions {
  /** Search from this moment (the minimum notice is added on top; never earlier than now). */
  from: Date;
  /** How many Brussels calendar days to look ahead from `from`; default 14. */
  days?: number;
  /** At most this many slots; default 3. */
  limit?: number;
  /** Only slots starting strictly after this ISO instant (paging: pass the last shown `start`). */
  after?: string;
}

export interface SlotFinder {
  /** Free 30-minute slots of the centre, earliest first. */
  freeSlots(centreId: string, options: FreeSlotOptions): Promise<Slot[]>;
}

/**
 * Tells the centre (e-mail with .ics, optional webhook), and the person when they gave an e-mail
 * address. Never throws: failed deliveries go to an outbox that is retried, and a notification
 * that cannot even be queued is logged with the booking code. The booking is stored before it is
 * called, so nothing here may keep the person from hearing that it is.
 */
export interface BookingNotifier {
  bookingConfirmed(booking: Booking, centre: Centre): Promise<void>;
  bookingCancelled(booking: Booking, centre: Centre): Promise<void>;
  /** The booking (already moved) and the slot it had before. */
  bookingRescheduled(booking: Booking, previousSlot: Slot, centre: Centre): Promise<void>;
}
