import { randomUUID } from 'node:crypto';
import type { Clock } from '../domain/calendar.js';
import type { Locale } from '../i18n/locale.js';
import { describeError } from '../observability/errors.js';
import type { Logger } from '../observability/logger.js';
import { centreEmail, webhookBody, type BookingEvent } from './centreMessages.js';
import { personEmail } from './personMessages.js';
import type { Booking, BookingNotifier, Centre, Slot } from './model.js';
import type { EmailJob, Outbox, OutboxJob, WebhookJob } from './outbox.js';
import type { EmailSender, WebhookSender } from './transports.js';

/** Where notifications wait, how they travel, and how hard to retry. */
export interface OutboxNotifierOptions {
  outbox: Outbox;
  email?: EmailSender;
  webhook?: WebhookSender;
  clock: Clock;
  logger: Logger;
  /** Language of the centre e-mail (centres are told in Dutch unless configured otherwise). */
  centreLocale?: Locale;
  /**
   * Also e-mail the person who booked, when they gave an address (with `email` set): VDAB's free
   * number for their questions. Absent: only the centre is told.
   */
  person?: { phone: string };
  /** Attempts per notification before it is set aside (default 10: about 8.5 hours). */
  maxAttempts?: number;
  /** Wait after the n-th failure; default 1 minute doubling, at most 1 hour. */
  backoffMs?: (attempts: number) => number;
  /** Deliver right after enqueueing (default true); tests turn it off to drain by hand. */
  deliverImmediately?: boolean;
}

const LEASE_MS = 5 * 60_000;
const defaultBackoff = (attempts: number) => Math.min(60_000 * 2 ** (attempts - 1), 3_600_000);

/**
 * Tells the centre through an outbox: each notification is stored first, then delivered; a
 * failure is retried later with backoff, by this or another instance. The booking itself is
 * already stored before any of this, so a mail server outage never loses it.
 */
export class OutboxNotifier implements BookingNotifier {
  private draining: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: OutboxNotifierOptions) {}

  bookingConfirmed(booking: Booking, centre: Centre): Promise<void> {
    return this.enqueue('confirmed', booking, centre);
  }

  bookingCancelled(booking: Booking, centre: Centre): Promise<void> {
    return this.enqueue('cancelled', booking, centre);
  }

  bookingRescheduled(booking: Booking, previousSlot: Slot, centre: Centre): Promise<void> {
    return this.enqueue('rescheduled', booking, centre, previousSlot);
  }

  /** Delivers every due notification now; resolves when the outbox has nothing due left. */
  drain(): Promise<void> {
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = (async () => {
      do {
        this.again = false;
        await this.drainOnce();
      } while (this.again);
    })().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  /** Resolves when a delivery started in the background has finished. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** Drains every `intervalMs` until `stop()`; the timer does not keep the process alive. */
  start(intervalMs = 30_000): void {
    this.timer ??= setInterval(() => void this.drain().catch(() => {}), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.idle();
  }

  private async enqueue(event: BookingEvent, booking: Booking, centre: Centre, previousSlot?: Slot): Promise<void> {
    const now = this.options.clock.now();
    const messages: (EmailJob | WebhookJob)[] = [];
    if (this.options.email) messages.push(centreEmail(event, booking, centre, this.options.centreLocale ?? 'nl', now, previousSlot));
    const toPerson = this.options.email && this.options.person && personEmail(event, booking, centre, now, this.options.person.phone);
    if (toPerson) messages.push(toPerson);
    if (this.options.webhook) messages.push({ kind: 'webhook', body: webhookBody(event, booking, centre, now, previousSlot) });
    try {
      for (const message of messages) {
        await this.options.outbox.add({ id: randomUUID(), bookingCode: booking.code, attempts: 0, message }, now.getTime());
      }
    } catch (error) {
      // The booking is stored and the person is told; the centre sees it in the staff API. The
      // code (no personal data) in an error line lets someone tell the centre by hand.
      this.options.logger.error('booking notification could not be queued', { booking: booking.code, event, ...describeError(error) });
      return;
    }
    if (messages.length > 0 && this.options.deliverImmediately !== false) {
      void this.drain().catch((error) => this.options.logger.error('notification drain failed', describeError(error)));
    }
  }

  private async drainOnce(): Promise<void> {
    const { outbox, clock, logger } = this.options;
    const maxAttempts = this.options.maxAttempts ?? 10;
    const backoff = this.options.backoffMs ?? defaultBackoff;
    for (;;) {
      const jobs = await outbox.claimDue(clock.now().getTime(), 10, LEASE_MS);
      if (jobs.length === 0) return;
      for (const job of jobs) {
        try {
          await this.deliver(job);
          await outbox.complete(job.id);
          logger.info('centre notified', { code: job.bookingCode, kind: job.message.kind, attempt: job.attempts + 1 });
        } catch (error) {
          const failed: OutboxJob = { ...job, attempts: job.attempts + 1 };
          const reason = String(describeError(error).message ?? 'unknown');
          if (failed.attempts >= maxAttempts) {
            await outbox.giveUp(failed);
            logger.error('centre notification given up', {
              code: job.bookingCode,
              kind: job.message.kind,
              attempts: failed.attempts,
              reason,
            });
          } else {
            await outbox.retry(failed, clock.now().getTime() + backoff(failed.attempts));
            logger.warn('centre notification failed, will retry', {
              code: job.bookingCode,
              kind: job.message.kind,
              attempts: failed.attempts,
              reason,
            });
          }
        }
      }
    }
  }

  private async deliver(job: OutboxJob): Promise<void> {
    if (job.message.kind === 'email') {
      if (!this.options.email) throw new Error('no e-mail sender configured');
      await this.options.email.send(job.message, job.bookingCode);
    } else {
      if (!this.options.webhook) throw new Error('no webhook configured');
      await this.options.webhook.send(job.message.body);
    }
  }
}
