import type { Redis } from 'ioredis';
import { describeError } from '../observability/errors.js';
import type { Logger } from '../observability/logger.js';
import { addDays, brusselsParts, brusselsToInstant, minutesOf, type Clock } from '../domain/calendar.js';
import type { Booking, BookingStore, Centre } from './model.js';

/**
 * Sends a reminder into the conversation a booking was made in. The runtime implements it with
 * the channel adapter (src/bot/proactive.ts), so this file needs no botbuilder.
 */
export interface ProactiveSender {
  sendReminder(booking: Booking, centre: Centre): Promise<void>;
}

/** "Only one instance does this": the first `claim` of a key wins until `ttlMs` passes or it is released. */
export interface ReminderClaims {
  claim(key: string, ttlMs: number): Promise<boolean>;
  release(key: string): Promise<void>;
}

export class MemoryReminderClaims implements ReminderClaims {
  private readonly until = new Map<string, number>();

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    if ((this.until.get(key) ?? 0) > now) return false;
    this.until.set(key, now + ttlMs);
    return true;
  }

  async release(key: string): Promise<void> {
    this.until.delete(key);
  }
}

/** SET NX PX: atomic in Redis, so of several bot instances exactly one claims each reminder. */
export class RedisReminderClaims implements ReminderClaims {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async claim(key: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(`${this.prefix}${key}`, '1', 'PX', ttlMs, 'NX')) === 'OK';
  }

  async release(key: string): Promise<void> {
    await this.redis.del(`${this.prefix}${key}`);
  }
}

export interface ReminderSchedulerDeps {
  bookings: Pick<BookingStore, 'list'>;
  centre(id: string): Centre | undefined;
  sender: ProactiveSender;
  claims: ReminderClaims;
  clock: Clock;
  logger: Logger;
  /** Brussels hours in which reminders go out, so nobody is woken up; default 09:00–20:00. */
  window?: { from: string; to: string };
}

/** A claim outlives the reminder day, so a later run that day cannot send it again. */
const CLAIM_TTL_MS = 3 * 86_400_000;

/**
 * Sends "your appointment is tomorrow" once per booking, on the Brussels day before it, to people
 * who said yes and whose channel can take a message from the bot. Run it on every instance: the
 * claim makes sure only one of them sends. A rescheduled booking gets a new claim key (its start
 * is part of it); a cancelled one is skipped.
 */
export class ReminderScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(private readonly deps: ReminderSchedulerDeps) {}

  /** One pass; returns how many reminders this instance sent. */
  async runOnce(): Promise<number> {
    const now = this.deps.clock.now();
    const { date, time } = brusselsParts(now);
    const window = this.deps.window ?? { from: '09:00', to: '20:00' };
    if (minutesOf(time) < minutesOf(window.from) || minutesOf(time) >= minutesOf(window.to)) return 0;
    const tomorrow = addDays(date, 1);
    const due = await this.deps.bookings.list({
      from: brusselsToInstant(tomorrow, '00:00').toISOString(),
      to: brusselsToInstant(addDays(tomorrow, 1), '00:00').toISOString(),
    });
    let sent = 0;
    for (const booking of due) {
      if (booking.status !== 'confirmed' || !booking.reminderOptIn || booking.conversationReference === undefined) continue;
      const centre = this.deps.centre(booking.centreId);
      if (!centre) continue;
      const key = `reminder:${booking.code}:${booking.slot.start}`;
      if (!(await this.deps.claims.claim(key, CLAIM_TTL_MS))) continue;
      try {
        await this.deps.sender.sendReminder(booking, centre);
        sent++;
        this.deps.logger.info('reminder sent', { code: booking.code });
      } catch (error) {
        // Give the next run (this or another instance) a chance; the window still has hours left.
        await this.deps.claims.release(key);
        this.deps.logger.warn('reminder failed', { code: booking.code, ...describeError(error) });
      }
    }
    return sent;
  }

  /** Runs every `intervalMs` (default 10 minutes) until `stop()`; does not keep the process alive. */
  start(intervalMs = 600_000): void {
    this.timer ??= setInterval(() => {
      this.running ??= this.runOnce()
        .catch((error) => {
          this.deps.logger.error('reminder run failed', describeError(error));
          return 0;
        })
        .finally(() => {
          this.running = undefined;
        });
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
