import { createHmac } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { EmailJob } from './outbox.js';

/** Sends one e-mail; throws when the server does not accept it. */
export interface EmailSender {
  send(message: EmailJob, bookingCode: string): Promise<void>;
}

/** Posts one signed JSON body; throws unless the receiver answers 2xx. */
export interface WebhookSender {
  send(body: string): Promise<void>;
}

/** E-mail over SMTP with nodemailer. `url` like `smtp://user:pass@host:587` or `smtps://...`. */
export function smtpSender(options: { url: string; from: string; timeoutMs?: number }): EmailSender & { close(): void } {
  const timeout = options.timeoutMs ?? 15_000;
  const transport = nodemailer.createTransport(options.url, {});
  transport.options = {
    ...transport.options,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  } as typeof transport.options;
  return {
    async send(message, bookingCode) {
      await transport.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        icalEvent: { method: message.icsMethod, filename: `afspraak-${bookingCode}.ics`, content: message.ics },
      });
    },
    close: () => transport.close(),
  };
}

/** Header carrying `sha256=<hex HMAC-SHA256 of the raw body>`; receivers must compare in constant time. */
export const SIGNATURE_HEADER = 'X-Loopbaanbot-Signature';

/** The value of `SIGNATURE_HEADER` for `body`. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** POSTs to the configured webhook with the signature header. */
export function webhookSender(options: { url: string; secret: string; timeoutMs?: number }): WebhookSender {
  return {
    async send(body) {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBody(body, options.secret) },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`webhook answered ${response.status}`);
    },
  };
}
