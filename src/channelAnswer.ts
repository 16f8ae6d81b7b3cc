import { describeError } from './observability/errors.js';
import type { LogFields } from './observability/logger.js';

/**
 * What the Bot Framework adapter answered, kept instead of sent. CloudAdapter writes the text of
 * any error it meets into the response body (a failed fetch of Microsoft's signing keys came out
 * as a 500 naming the URL), so the server looks at the answer first and sends its own.
 */
export class CapturedResponse {
  statusCode = 200;
  body: unknown;
  error: unknown;

  constructor(readonly socket: unknown) {}

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  header(): this {
    return this;
  }

  /** Both `send(body)` (botbuilder) and `send(status, body)` (restify style). */
  send(first?: unknown, second?: unknown): this {
    if (typeof first === 'number') {
      this.statusCode = first;
      this.body = second;
    } else {
      this.body = first;
    }
    return this;
  }

  end(): this {
    return this;
  }

  /** The adapter threw instead of answering. */
  fail(error: unknown): void {
    this.statusCode = 500;
    this.body = undefined;
    this.error = error;
  }
}

export interface ChannelAnswer {
  status: number;
  body?: unknown;
  retryAfterSeconds?: number;
  log?: { level: 'warn' | 'error' | 'debug'; message: string; fields: LogFields };
}

/**
 * The signing keys could not be fetched: botframework-connector reports this as node-fetch's
 * "request to … failed" or as "Failed to load openID config/Keys". Its errors carry no code, so
 * the words are all there is to go by; test/channelAnswer.test.ts pins them.
 */
const KEYS_UNREACHABLE =
  /request to \S+ failed|Failed to load (openID config|Keys)|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|fetch failed/i;

/** The first line of whatever the adapter put in its body or threw, for the log only. */
function reasonOf(captured: CapturedResponse): string {
  const raw = captured.error ?? captured.body;
  const text = raw instanceof Error ? raw.message : typeof raw === 'string' ? raw : '';
  return text.split('\n')[0]?.replace(/\?\S*/g, '?…').slice(0, 200) ?? '';
}

/**
 * What the client gets for the adapter's answer:
 * - 2xx: as the adapter said (the replies of an expectReplies request, an invoke response).
 * - a refused or unverifiable token: 401, never the SDK's text; 503 with Retry-After when the
 *   signing keys cannot be fetched (the token may be fine; Azure retries).
 * - anything else: the status with a fixed body, and one log line.
 */
export function channelAnswer(captured: CapturedResponse, request: { turnStarted: boolean; hadToken: boolean }): ChannelAnswer {
  const status = captured.statusCode;
  if (status >= 200 && status < 300) return { status, body: captured.body ?? undefined };
  const reason = reasonOf(captured);
  const authStage = !request.turnStarted && (status === 401 || status === 403 || (status >= 500 && request.hadToken));
  if (authStage && KEYS_UNREACHABLE.test(reason)) {
    return {
      status: 503,
      body: { error: 'the channel token cannot be checked right now' },
      retryAfterSeconds: 30,
      log: { level: 'error', message: 'channel token not checked: signing keys unavailable', fields: { reason } },
    };
  }
  if (authStage) {
    return {
      status: 401,
      body: { error: 'a valid channel token is required' },
      log: { level: 'warn', message: 'channel token refused', fields: { reason } },
    };
  }
  if (status >= 500) {
    const details = captured.error === undefined ? { reason } : describeError(captured.error);
    return { status: 500, body: { error: 'internal error' }, log: { level: 'error', message: 'channel request failed', fields: details } };
  }
  return { status, body: { error: 'request refused' }, log: { level: 'debug', message: 'channel request refused', fields: { reason } } };
}
