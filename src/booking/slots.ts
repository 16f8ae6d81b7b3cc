import { addDays, brusselsParts, brusselsToInstant, minutesOf, timeOf, weekdayOf, type Clock, type IsoDate } from '../domain/calendar.js';
import type { ChequeRules } from '../domain/chequeRegimes.js';
import type { BookingStore, Centre, FreeSlotOptions, Slot, SlotFinder } from './model.js';

/** Every appointment lasts half an hour. */
export const SLOT_MINUTES = 30;
const SLOT_MS = SLOT_MINUTES * 60_000;
/** How many days ahead slots are looked for, unless asked for a later day. */
export const SLOT_SEARCH_DAYS = 14;

/**
 * "Het eerste gesprek is gratis", said before a booking, must hold for any day it may book (the
 * next SLOT_SEARCH_DAYS): near the end of the rules the first free hours fall under the next ones.
 */
export function firstMeetingFreeWhenBooked(rules: Pick<ChequeRules, 'firstMeetingFreeFromTo'>, today: IsoDate): boolean {
  return rules.firstMeetingFreeFromTo(today, addDays(today, SLOT_SEARCH_DAYS));
}

export interface SlotFinderDeps {
  centre(id: string): Centre | undefined;
  bookings: Pick<BookingStore, 'takenStarts'>;
  clock: Clock;
  /** Hours between now and the earliest slot offered (BOOKING_MIN_NOTICE_HOURS). */
  minNoticeHours: number;
}

/**
 * Free slots from a centre's opening hours (Brussels wall-clock time) minus the taken ones. Slots
 * start on the opening time and every 30 minutes after; one must end by the closing time.
 */
export class OpeningHoursSlotFinder implements SlotFinder {
  constructor(private readonly deps: SlotFinderDeps) {}

  async freeSlots(centreId: string, options: FreeSlotOptions): Promise<Slot[]> {
    const centre = this.deps.centre(centreId);
    if (!centre) return [];
    const { days = SLOT_SEARCH_DAYS, limit = 3, after } = options;
    const now = this.deps.clock.now().getTime();
    const earliest = Math.max(options.from.getTime(), now) + this.deps.minNoticeHours * 3_600_000;
    const afterMs = after ? Date.parse(after) : Number.NEGATIVE_INFINITY;
    const firstDay = brusselsParts(new Date(Math.max(earliest, afterMs))).date;

    const candidates: Slot[] = [];
    for (let day = 0; day < days; day++) {
      const date = addDays(firstDay, day);
      if (centre.closedDates?.includes(date)) continue;
      for (const period of centre.openingHours[weekdayOf(date)] ?? []) {
        for (let m = minutesOf(period.from); m + SLOT_MINUTES <= minutesOf(period.to); m += SLOT_MINUTES) {
          const start = brusselsToInstant(date, timeOf(m)).getTime();
          if (start < earliest || start <= afterMs) continue;
          candidates.push({ centreId, start: new Date(start).toISOString(), end: new Date(start + SLOT_MS).toISOString() });
        }
      }
    }
    if (candidates.length === 0) return [];
    const taken = await this.deps.bookings.takenStarts(centreId, candidates[0]?.start ?? '', candidates.at(-1)?.end ?? '');
    return candidates.filter((s) => !taken.has(s.start)).slice(0, limit);
  }
}
