import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OutboxNotifier, type OutboxNotifierOptions } from '../../src/booking/outboxNotifier.js';
import { MemoryOutbox } from '../../src/booking/outbox.js';
import { SIGNATURE_HEADER, smtpSender, webhookSender } from '../../src/booking/transports.js';
import type { Clock } from '../../src/domain/calendar.js';
import { createLogger, silentLogger } from '../../src/observability/logger.js';
import { gentCentre, sampleBooking } from '../support/booking.js';
import { decodedSubject, mimePart, smtpCapture } from '../support/smtp.js';

const gent = gentCentre;
const booking = sampleBooking({ locale: 'fr', conversationReference: { conversation: { id: 'secret-conversation' } } });

function movableClock(start: string) {
  let now = new Date(start);
  const clock: Clock = { now: () => now };
  return { clock, advance: (ms: number) => void (now = new Date(now.getTime() + ms)) };
}

/** A notifier that queues centre e-mail for `smtp` and sends it when the test drains the outbox. */
function queuedMail(smtp: { url: string }, retries: Pick<OutboxNotifierOptions, 'maxAttempts' | 'backoffMs'> = {}) {
  const { clock, advance } = movableClock('2026-11-26T12:00:00Z');
  const outbox = new MemoryOutbox();
  const email = smtpSender({ url: smtp.url, from: 'bot@example.org' });
  const notifier = new OutboxNotifier({ outbox, email, clock, logger: silentLogger, deliverImmediately: false, ...retries });
  return { notifier, outbox, advance };
}

describe('centre e-mail over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof smtpCapture>>;
  afterEach(() => smtp?.close());

  it('When a booking is confirmed, then the centre gets an e-mail with the facts and the .ics', async () => {
    smtp = await smtpCapture();
    const { clock } = movableClock('2026-11-26T12:00:00Z');
    const notifier = new OutboxNotifier({
      outbox: new MemoryOutbox(),
      email: smtpSender({ url: smtp.url, from: 'loopbaanbot@example.org' }),
      clock,
      logger: silentLogger,
    });

    await notifier.bookingConfirmed(booking, gent);
    await notifier.idle();

    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.from).toBe('loopbaanbot@example.org');
    expect(mail.to).toStrictEqual(['demo-gent@example.org']);
    expect(decodedSubject(mail.raw)).toBe('Nieuwe afspraak K7M3QX op donderdag 3 december 2026 om 10:30');
    const text = mimePart(mail.raw, 'text/plain');
    expect(text).toContain('Code: K7M3QX');
    expect(text).toContain('Voornaam: Amira');
    expect(text).toContain('Telefoon: +32470123456');
    expect(text).toContain('Let op: dit is een demo-centrum.');
    const ics = mimePart(mail.raw, 'text/calendar');
    expect(ics).toContain('\r\nUID:K7M3QX@loopbaanbot\r\n');
    expect(ics).toContain('\r\nDTSTART:20261203T093000Z\r\nDTEND:20261203T100000Z\r\n');
    expect(ics).toContain('\r\nSUMMARY:Kennismakingsgesprek loopbaancheque (K7M3QX)\r\n');
    expect(mail.raw).toContain('afspraak-K7M3QX.ics');
    expect(mail.raw).not.toContain('secret-conversation');
  });

  it('When the mail server refuses twice, then the mail is retried with backoff and arrives once', async () => {
    smtp = await smtpCapture(2);
    const { notifier, outbox, advance } = queuedMail(smtp);

    await notifier.bookingCancelled({ ...booking, status: 'cancelled' }, gent);
    await notifier.drain();
    expect([smtp.refused(), smtp.messages.length, await outbox.pending()]).toStrictEqual([1, 0, 1]);

    advance(59_000);
    await notifier.drain();
    expect(smtp.refused()).toBe(1); // not due yet: first backoff is one minute

    advance(1_000);
    await notifier.drain();
    advance(119_000);
    await notifier.drain();
    expect([smtp.refused(), smtp.messages.length]).toStrictEqual([2, 0]);

    advance(1_000);
    await notifier.drain();
    expect([smtp.refused(), smtp.messages.length, await outbox.pending()]).toStrictEqual([2, 1, 0]);
    expect(decodedSubject(smtp.messages[0]!.raw)).toBe('Afspraak K7M3QX geannuleerd');
    expect(mimePart(smtp.messages[0]!.raw, 'text/calendar')).toContain('\r\nMETHOD:CANCEL\r\n');
  });

  it('When delivery keeps failing, then the notification is set aside after maxAttempts, not lost', async () => {
    smtp = await smtpCapture(99);
    const { notifier, outbox, advance } = queuedMail(smtp, { maxAttempts: 3, backoffMs: () => 10 });

    await notifier.bookingConfirmed(booking, gent);
    for (let i = 0; i < 5; i++) {
      await notifier.drain();
      advance(10);
    }

    expect(smtp.refused()).toBe(3);
    expect(await outbox.pending()).toBe(0);
    expect((await outbox.dead()).map((j) => [j.bookingCode, j.attempts])).toStrictEqual([['K7M3QX', 3]]);
  });
});

describe("the person's own e-mail", () => {
  let smtp: Awaited<ReturnType<typeof smtpCapture>>;
  afterEach(() => smtp?.close());

  /** Sends straight away, as the server does, and mails the person too. */
  const notifierFor = (url: string) =>
    new OutboxNotifier({
      outbox: new MemoryOutbox(),
      email: smtpSender({ url, from: 'loopbaanbot@example.org' }),
      person: { phone: '0800 30 700' },
      clock: movableClock('2026-11-26T12:00:00Z').clock,
      logger: silentLogger,
    });

  it('When a French speaker who gave an e-mail address books, Then they get their code, when, where and the .ics in French, apart from the centre', async () => {
    smtp = await smtpCapture();
    const notifier = notifierFor(smtp.url);
    await notifier.bookingConfirmed(sampleBooking({ locale: 'fr', person: { firstName: 'Amira', email: 'amira@example.org' } }), gent);
    await notifier.idle();

    const toPerson = smtp.messages.filter((m) => m.to.includes('amira@example.org'));
    expect(smtp.messages.map((m) => m.to)).toEqual(expect.arrayContaining([['demo-gent@example.org'], ['amira@example.org']]));
    expect(toPerson).toHaveLength(1);
    expect(decodedSubject(toPerson[0]!.raw)).toBe('Votre rendez-vous K7M3QX le jeudi 3 décembre 2026 à 10:30');
    const text = mimePart(toPerson[0]!.raw, 'text/plain');
    expect(text.split(/\r?\n/)).toEqual(
      expect.arrayContaining([
        'Bonjour Amira,',
        'Votre code : K7M3QX',
        'Quand : jeudi 3 décembre 2026 à 10:30',
        `Où : ${gent.name}, ${gent.address.street}, ${gent.address.postcode} ${gent.address.municipality}`,
        'Des questions ? Appelez gratuitement le 0800 30 700.',
      ]),
    );
    // The person's mail carries nothing they did not give, and none of the eligibility answers.
    expect(text).not.toContain('+32');
    expect(mimePart(toPerson[0]!.raw, 'text/calendar')).toContain('\r\nUID:K7M3QX@loopbaanbot\r\n');
  });

  it('When the person gave only a phone number, Then only the centre is e-mailed', async () => {
    smtp = await smtpCapture();
    const notifier = notifierFor(smtp.url);
    await notifier.bookingConfirmed(sampleBooking(), gent);
    await notifier.idle();
    expect(smtp.messages.map((m) => m.to)).toEqual([['demo-gent@example.org']]);
  });

  it('When a booking with an e-mail address is cancelled, Then the person hears it, with a calendar file that removes it', async () => {
    smtp = await smtpCapture();
    const notifier = notifierFor(smtp.url);
    await notifier.bookingCancelled(sampleBooking({ status: 'cancelled', person: { firstName: 'An', email: 'an@example.org' } }), gent);
    await notifier.idle();
    const toPerson = smtp.messages.find((m) => m.to.includes('an@example.org'));
    expect(decodedSubject(toPerson?.raw ?? '')).toBe('Je afspraak K7M3QX is geannuleerd');
    expect(mimePart(toPerson?.raw ?? '', 'text/calendar')).toContain('METHOD:CANCEL');
  });
});

describe('when the outbox itself fails', () => {
  it('When a notification cannot even be queued, Then the call still resolves (the booking is stored) and one error line names the code, nothing personal', async () => {
    const lines: string[] = [];
    const outbox = new MemoryOutbox();
    outbox.add = async () => {
      throw new Error('Command timed out');
    };
    const notifier = new OutboxNotifier({
      outbox,
      email: smtpSender({ url: 'smtp://127.0.0.1:9', from: 'bot@example.org' }),
      clock: movableClock('2026-11-26T12:00:00Z').clock,
      logger: createLogger('info', (line) => lines.push(line)),
    });

    await expect(notifier.bookingConfirmed(booking, gent)).resolves.toBeUndefined();
    expect(lines.map((l) => JSON.parse(l) as Record<string, unknown>)).toMatchObject([
      { level: 'error', msg: 'booking notification could not be queued', booking: 'K7M3QX', event: 'confirmed' },
    ]);
    expect(lines.join('\n')).not.toContain('Amira');
  });
});

describe('signed webhook', () => {
  let server: Server;
  let url = '';
  const received: { signature: string | undefined; body: string }[] = [];
  let failNext = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        if (failNext > 0) {
          failNext--;
          res.writeHead(503).end();
          return;
        }
        received.push({ signature: req.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('When a booking is rescheduled, then the webhook gets JSON signed with HMAC-SHA256 of the raw body, after one retry', async () => {
    failNext = 1;
    const { clock, advance } = movableClock('2026-11-26T12:00:00Z');
    const notifier = new OutboxNotifier({
      outbox: new MemoryOutbox(),
      webhook: webhookSender({ url, secret: 's3cret' }),
      clock,
      logger: silentLogger,
      deliverImmediately: false,
    });
    const previous = { centreId: 'demo-gent', start: '2026-12-02T09:30:00.000Z', end: '2026-12-02T10:00:00.000Z' };

    await notifier.bookingRescheduled(booking, previous, gent);
    await notifier.drain();
    advance(60_000);
    await notifier.drain();

    expect(received).toHaveLength(1);
    const { signature, body } = received[0]!;
    expect(signature).toBe(`sha256=${createHmac('sha256', 's3cret').update(body).digest('hex')}`);
    const parsed = JSON.parse(body) as Record<string, unknown>;
    expect(parsed.event).toBe('booking.rescheduled');
    expect(parsed.previousSlot).toStrictEqual(previous);
    expect(parsed.centre).toStrictEqual({ id: 'demo-gent', name: 'Demo Loopbaancentrum Gent', demo: true });
    const { conversationReference: _dropped, ...shared } = booking;
    expect(parsed.booking).toStrictEqual(shared);
    expect(body).not.toContain('secret-conversation');
  });
});
