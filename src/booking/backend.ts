import { Redis } from 'ioredis';
import type { Config } from '../config.js';
import type { Clock } from '../domain/calendar.js';
import { describeError } from '../observability/errors.js';
import type { Logger } from '../observability/logger.js';
import { loadCentres } from './centres.js';
import { InMemoryCentreDirectory } from './directory.js';
import { MemoryBookingStore } from './memoryBookingStore.js';
import type { BookingStore } from './model.js';
import { OutboxNotifier } from './outboxNotifier.js';
import { MemoryOutbox, RedisOutbox } from './outbox.js';
import { loadPlaces, loadWalloonPlaces } from './places.js';
import { RedisBookingStore } from './redisBookingStore.js';
import { MemoryReminderClaims, RedisReminderClaims, ReminderScheduler, type ProactiveSender } from './reminders.js';
import { OpeningHoursSlotFinder } from './slots.js';
import { REDIS_CLIENT_OPTIONS } from '../storage/createStorage.js';
import { smtpSender, webhookSender } from './transports.js';

export type BookingConfig = Pick<
  Config,
  | 'REDIS_URL'
  | 'REDIS_KEY_PREFIX'
  | 'CENTRES_FILE'
  | 'BOOKING_MIN_NOTICE_HOURS'
  | 'BOOKING_RETENTION_DAYS'
  | 'SMTP_URL'
  | 'BOOKING_MAIL_FROM'
  | 'BOOKING_WEBHOOK_URL'
  | 'BOOKING_WEBHOOK_SECRET'
>;

/** Everything the booking dialogs and the staff API use, built once per process. */
export interface BookingBackend {
  centres: InMemoryCentreDirectory;
  slots: OpeningHoursSlotFinder;
  bookings: BookingStore;
  notifier: OutboxNotifier;
  retentionDays: number;
  /** True when people who give an e-mail address get their booking by e-mail (SMTP_URL is set). */
  emailsPerson: boolean;
  /** Starts the notification retry loop and, given a sender, the day-before reminders. */
  startBackgroundWork(sender?: ProactiveSender): void;
  close(): Promise<void>;
}

/**
 * Memory without REDIS_URL (one instance, lost on restart), Redis with it (shared, durable).
 * Centres from CENTRES_FILE or the demo catalogue; e-mail when SMTP_URL is set, webhook when
 * BOOKING_WEBHOOK_URL is.
 */
export function createBookingBackend(
  config: BookingConfig,
  deps: { clock: Clock; logger: Logger; redis?: Redis; /** VDAB's free number, in the person's e-mail. */ phone: string },
): BookingBackend {
  const { clock, logger } = deps;
  const centreList = loadCentres(config.CENTRES_FILE);
  if (centreList.some((c) => c.demo))
    logger.info('booking uses DEMO centres: set CENTRES_FILE to the real list', { centres: centreList.length });
  const centres = new InMemoryCentreDirectory(centreList, loadPlaces(), loadWalloonPlaces());
  const retentionDays = config.BOOKING_RETENTION_DAYS;

  let ownRedis: Redis | undefined;
  const redis = config.REDIS_URL ? (deps.redis ?? (ownRedis = new Redis(config.REDIS_URL, REDIS_CLIENT_OPTIONS))) : undefined;
  ownRedis?.on('error', (error) => logger.warn('booking redis connection problem', describeError(error)));
  const prefix = config.REDIS_KEY_PREFIX;
  const bookings: BookingStore = redis
    ? new RedisBookingStore(redis, { prefix: `${prefix}booking:`, clock, retentionDays })
    : new MemoryBookingStore({ clock, retentionDays });

  if (!config.SMTP_URL) logger.info('centres and people are not e-mailed about bookings (SMTP_URL is not set)');
  const notifier = new OutboxNotifier({
    outbox: redis ? new RedisOutbox(redis, { prefix: `${prefix}outbox:`, retentionDays }) : new MemoryOutbox(),
    email: config.SMTP_URL ? smtpSender({ url: config.SMTP_URL, from: config.BOOKING_MAIL_FROM }) : undefined,
    webhook:
      config.BOOKING_WEBHOOK_URL && config.BOOKING_WEBHOOK_SECRET
        ? webhookSender({ url: config.BOOKING_WEBHOOK_URL, secret: config.BOOKING_WEBHOOK_SECRET })
        : undefined,
    // The person who gave an e-mail address gets the confirmation too, so the code is not only on screen.
    person: { phone: deps.phone },
    clock,
    logger,
  });
  const slots = new OpeningHoursSlotFinder({
    centre: (id) => centres.get(id),
    bookings,
    clock,
    minNoticeHours: config.BOOKING_MIN_NOTICE_HOURS,
  });

  let reminders: ReminderScheduler | undefined;
  return {
    centres,
    slots,
    bookings,
    notifier,
    retentionDays,
    emailsPerson: config.SMTP_URL !== undefined,
    startBackgroundWork(sender) {
      notifier.start();
      if (sender && !reminders) {
        reminders = new ReminderScheduler({
          bookings,
          centre: (id) => centres.get(id),
          sender,
          claims: redis ? new RedisReminderClaims(redis, `${prefix}reminder-claims:`) : new MemoryReminderClaims(),
          clock,
          logger,
        });
        reminders.start();
      }
    },
    async close() {
      await reminders?.stop();
      await notifier.stop();
      ownRedis?.disconnect();
    },
  };
}
