import type { Redis } from 'ioredis';
import { addDays, brusselsDate, weekdayOf, WEEKDAYS, type Clock, type IsoDate } from '../domain/calendar.js';
import { isLocale, type Locale } from '../i18n/locale.js';
import { channelGroup } from '../handover/summary.js';
import { countInHash, type CountInHash } from '../storage/hashCounter.js';

/**
 * What the reach page counts. `conversation` and `handover` are counted by the bot and the
 * handover service; the dialogs add eligibility outcomes, bookings and "Was dit duidelijk?" answers.
 */
export const REACH_EVENTS = ['conversation', 'eligible', 'not_eligible', 'refer', 'booking', 'handover', 'clear_yes', 'clear_no'] as const;
export type ReachEvent = (typeof REACH_EVENTS)[number];

/** Where and in which language it happened; a raw channel id is folded into web chat, WhatsApp, Teams or other. */
export interface ReachContext {
  channel: string | undefined;
  locale: Locale;
}

/** One count: how often `event` happened in ISO week `week` (`2026-W48`, Brussels time) on a channel in a language. */
export interface ReachCount {
  week: string;
  event: ReachEvent;
  channel: string;
  locale: Locale;
  count: number;
}

/**
 * Anonymous weekly counts, so VDAB can see whether the bot reaches the people the cheque rarely
 * reaches (other languages, WhatsApp). No user, conversation or text is stored: only the week, the
 * event, the channel group and the language.
 */
export interface ReachCounter {
  record(event: ReachEvent, context: ReachContext): Promise<void>;
  /** Every count of the `weeks` most recent weeks up to now (this week included), oldest week first. */
  counts(weeks: number): Promise<ReachCount[]>;
}

/** Weeks kept in Redis: two years, enough to compare a year with the one before. */
const KEPT_WEEKS = 104;

/** ISO 8601 week of a calendar date: `2026-W48`. Weeks start on Monday; week 1 holds the first Thursday. */
export function isoWeek(date: IsoDate): string {
  const thursday = addDays(date, 3 - WEEKDAYS.indexOf(weekdayOf(date)));
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / 86_400_000;
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

/** The ISO weeks of the last `weeks` weeks up to `now`, oldest first. */
export function recentWeeks(now: Date, weeks: number): string[] {
  const today = brusselsDate(now);
  return Array.from({ length: weeks }, (_, i) => isoWeek(addDays(today, -7 * (weeks - 1 - i))));
}

const field = (event: ReachEvent, context: ReachContext) => `${event}|${channelGroup(context.channel)}|${context.locale}`;

function parseField(week: string, key: string, count: number): ReachCount | undefined {
  const [event, channel, locale] = key.split('|');
  if (!(REACH_EVENTS as readonly string[]).includes(event ?? '') || !channel || !isLocale(locale)) return undefined;
  return { week, event: event as ReachEvent, channel, locale, count };
}

/** Counts in this process: local use and tests; lost on restart. */
export class MemoryReachCounter implements ReachCounter {
  private readonly weeks = new Map<string, Map<string, number>>();

  constructor(private readonly clock: Clock = { now: () => new Date() }) {}

  async record(event: ReachEvent, context: ReachContext): Promise<void> {
    const week = isoWeek(brusselsDate(this.clock.now()));
    const counts = this.weeks.get(week) ?? new Map<string, number>();
    const key = field(event, context);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    this.weeks.set(week, counts);
  }

  async counts(weeks: number): Promise<ReachCount[]> {
    return recentWeeks(this.clock.now(), weeks).flatMap((week) =>
      [...(this.weeks.get(week) ?? [])].flatMap(([key, count]) => parseField(week, key, count) ?? []),
    );
  }
}

/** One Redis hash per week (`<prefix>reach:<week>`), HINCRBY (countInHash) so every instance counts at once; kept two years. */
export class RedisReachCounter implements ReachCounter {
  private readonly count: CountInHash;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly clock: Clock = { now: () => new Date() },
  ) {
    this.count = countInHash(redis);
  }

  private key = (week: string) => `${this.prefix}reach:${week}`;

  async record(event: ReachEvent, context: ReachContext): Promise<void> {
    const key = this.key(isoWeek(brusselsDate(this.clock.now())));
    await this.count(key, field(event, context), KEPT_WEEKS * 7 * 86_400);
  }

  async counts(weeks: number): Promise<ReachCount[]> {
    const list = recentWeeks(this.clock.now(), weeks);
    const hashes = await Promise.all(list.map((week) => this.redis.hgetall(this.key(week))));
    return list.flatMap((week, i) => Object.entries(hashes[i] ?? {}).flatMap(([key, count]) => parseField(week, key, Number(count)) ?? []));
  }
}
