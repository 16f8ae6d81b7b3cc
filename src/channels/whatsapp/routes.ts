import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type restify from 'restify';
import type { Logger } from '../../observability/logger.js';
import type { TurnContext } from '../../bot/sdk.js';
import type { RouteRegistrar } from '../../server.js';
import type { DeliveryOutcome, WhatsAppAdapter } from './adapter.js';
import { describeError } from '../../observability/errors.js';
import { WebhookEnvelope } from './payloads.js';

export const WHATSAPP_WEBHOOK_PATH = '/api/whatsapp';

/** Meta's deliveries are a few KB; the same ceiling as /api/messages. */
const MAX_BODY_BYTES = 256 * 1024;

const RAW_BODY = Symbol('loopbaanbot.whatsappRawBody');
type WithRawBody = IncomingMessage & { [RAW_BODY]?: Buffer; _readBody?: boolean; _parsedBody?: boolean };

export interface WhatsAppRouteDeps {
  adapter: WhatsAppAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  verifyToken: string;
  appSecret: string;
  logger: Logger;
  /** How long a delivery may take before Meta is told to retry (default ANSWER_WITHIN_MS). */
  answerWithinMs?: number;
}

/**
 * Meta wants an answer within a few seconds (its exact limit is not in channels.md); most turns
 * take well under a second.
 */
export const ANSWER_WITHIN_MS = 2_500;

/**
 * `GET /api/whatsapp`: Meta's verification handshake. `POST /api/whatsapp`: deliveries, signed
 * with the app secret; nothing in an unsigned or wrongly signed body is looked at. A signed
 * delivery is answered 200 only once its messages were handled (or seen before), else 503.
 *
 * The signature covers the raw bytes. restify's bodyParser keeps a UTF-8 decoded `req.rawBody`,
 * but it parses (and answers 400 to bad JSON) before any route runs, so an unsigned malformed body
 * would get 400 instead of 401. This path therefore reads its own body in a `pre` handler and sets
 * the flags with which restify's bodyReader/bodyParser skip a body that was read already
 * (`_readBody`, `_parsedBody`; restify 11 bodyReader.js "#100 don't read the body again").
 * test/channels/whatsapp/webhook.test.ts fails if that ever stops working.
 */
export function whatsAppRoutes(deps: WhatsAppRouteDeps): RouteRegistrar {
  return (server) => {
    server.pre((req, res, next) => {
      if (req.method !== 'POST' || pathOf(req) !== WHATSAPP_WEBHOOK_PATH) return next();
      readRawBody(req as WithRawBody)
        .then(() => next())
        .catch(() => {
          res.send(413);
          next(false);
        });
    });

    server.get(WHATSAPP_WEBHOOK_PATH, (req, res, next) => {
      const query = (req.query ?? {}) as Record<string, unknown>;
      const mode = query['hub.mode'];
      const token = query['hub.verify_token'];
      const challenge = query['hub.challenge'];
      if (mode === 'subscribe' && typeof token === 'string' && sameSecret(token, deps.verifyToken) && typeof challenge === 'string') {
        res.sendRaw(200, challenge, { 'Content-Type': 'text/plain' });
      } else {
        deps.logger.warn('whatsapp verification refused');
        res.send(403);
      }
      return next();
    });

    server.post(WHATSAPP_WEBHOOK_PATH, async (req, res) => {
      const raw = (req as WithRawBody)[RAW_BODY] ?? Buffer.alloc(0);
      const signature = req.header('x-hub-signature-256');
      if (!validSignature(raw, signature, deps.appSecret)) {
        deps.logger.warn('whatsapp delivery refused: bad or missing signature');
        res.send(401);
        return;
      }
      const envelope = WebhookEnvelope.safeParse(parseJson(raw));
      if (!envelope.success) {
        deps.logger.warn('whatsapp delivery refused: not a WhatsApp webhook', { issues: envelope.error.issues.length });
        res.send(400, { error: 'not a WhatsApp webhook delivery' });
        return;
      }
      // Handled before answering: 200 means answered (or seen before); 503 makes Meta deliver it
      // again later. A delivery that takes longer than the budget goes on here, but Meta hears
      // 503 in time; its retry then finds the message in progress (503) or handled (200).
      const handling = deps.adapter
        .handle(envelope.data, (context) => deps.bot.run(context))
        .catch((error: unknown) => {
          deps.logger.error('whatsapp delivery failed', describeError(error));
          return { retry: true } satisfies DeliveryOutcome;
        });
      let timer: NodeJS.Timeout | undefined;
      const outcome = await Promise.race([
        handling,
        new Promise<DeliveryOutcome>(
          (resolve) => (timer = setTimeout(() => resolve({ retry: true }), deps.answerWithinMs ?? ANSWER_WITHIN_MS)),
        ),
      ]);
      clearTimeout(timer);
      if (outcome.retry) {
        res.header('Retry-After', '30');
        res.send(503, { error: 'not taken in, deliver again later' });
      } else {
        res.send(200);
      }
    });
  };
}

/**
 * True when `header` is `sha256=<hex HMAC-SHA256 of raw with secret>`. Compared in constant time;
 * a header of another length is refused before comparing (timingSafeEqual needs equal lengths and
 * the length of a correct signature is public anyway).
 */
export function validSignature(raw: Buffer, header: string | undefined, secret: string): boolean {
  if (!header) return false;
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`);
  const given = Buffer.from(header.trim().toLowerCase());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
}

function pathOf(req: restify.Request): string {
  return new URL(req.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '');
}

function readRawBody(req: WithRawBody): Promise<void> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // An oversized body is drained, not kept, so the client still gets its 413.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.once('end', () => {
      if (size > MAX_BODY_BYTES) {
        reject(new RangeError('body too large'));
        return;
      }
      req[RAW_BODY] = Buffer.concat(chunks);
      req._readBody = true;
      req._parsedBody = true;
      resolve();
    });
    req.once('error', reject);
  });
}
