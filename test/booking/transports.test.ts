import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EmailJob } from '../../src/booking/outbox.js';
import { SIGNATURE_HEADER, signBody, smtpSender, webhookSender } from '../../src/booking/transports.js';
import { decodedSubject, mimePart, smtpCapture } from '../support/smtp.js';

const message: EmailJob = {
  kind: 'email',
  to: 'centre@example.org',
  subject: 'Nieuwe afspraak K7M3QX',
  text: 'Code: K7M3QX',
  ics: 'BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n',
  icsMethod: 'PUBLISH',
};

describe('smtpSender', () => {
  let smtp: Awaited<ReturnType<typeof smtpCapture>>;
  afterEach(() => smtp?.close());

  it('When an e-mail is sent, Then the server gets sender, recipient, subject, text and the named .ics', async () => {
    smtp = await smtpCapture();
    const sender = smtpSender({ url: smtp.url, from: 'bot@example.org' });

    await sender.send(message, 'K7M3QX');
    sender.close();

    const mail = smtp.messages[0]!;
    expect([mail.from, mail.to]).toStrictEqual(['bot@example.org', ['centre@example.org']]);
    expect(decodedSubject(mail.raw)).toBe('Nieuwe afspraak K7M3QX');
    expect(mimePart(mail.raw, 'text/plain')).toBe('Code: K7M3QX');
    expect(mimePart(mail.raw, 'text/calendar')).toContain('METHOD:PUBLISH');
    expect(mail.raw).toContain('afspraak-K7M3QX.ics');
  });

  it('When the server refuses, Then send throws so the outbox retries', async () => {
    smtp = await smtpCapture(1);
    const sender = smtpSender({ url: smtp.url, from: 'bot@example.org' });
    await expect(sender.send(message, 'K7M3QX')).rejects.toThrow(/try again later/);
    sender.close();
  });
});

describe('webhookSender', () => {
  let server: Server;
  let url = '';
  let status = 204;
  const received: { signature: string | undefined; body: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ signature: req.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined, body });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('When a body is posted, Then it carries the HMAC-SHA256 of the raw body', async () => {
    status = 204;
    await webhookSender({ url, secret: 's3cret' }).send('{"event":"booking.confirmed"}');
    expect(received.at(-1)).toStrictEqual({
      signature: `sha256=${createHmac('sha256', 's3cret').update('{"event":"booking.confirmed"}').digest('hex')}`,
      body: '{"event":"booking.confirmed"}',
    });
    expect(signBody('{"event":"booking.confirmed"}', 's3cret')).toBe(received.at(-1)?.signature);
  });

  it('When the receiver answers 503, Then send throws with the status', async () => {
    status = 503;
    await expect(webhookSender({ url, secret: 's3cret' }).send('{}')).rejects.toThrow('webhook answered 503');
  });
});
