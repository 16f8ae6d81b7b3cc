import { z } from 'zod/v4';
import { PAGE_EVENTS } from '../../handover/model.js';
import type { TokenProblem } from './tokens.js';

/*
 * The wire format of the built-in Direct Line v3 endpoint: what clients may send, and its errors.
 * Source: /work/shared/reference/channels.md §4.
 */

/** A failed call: HTTP status and Direct Line error code. */
export class DirectLineError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DirectLineError';
  }
}

/** What a client may post. Identity, channel and conversation come from the token, never from here. */
export const PostedActivity = z
  .object({
    type: z.enum(['message', 'typing', 'event']),
    /** Events: only the web chat page's own ("the page was closed", "the page is back"). */
    name: z.enum([PAGE_EVENTS.left, PAGE_EVENTS.back]).optional(),
    text: z.string().max(2_000).optional(),
    locale: z.string().max(35).optional(),
    value: z.unknown().optional(),
    attachments: z.array(z.unknown()).max(0, 'attachments are not supported').optional(),
    channelData: z.looseObject({ clientActivityID: z.string().max(100).optional() }).optional(),
  })
  .refine((a) => a.type !== 'message' || a.text !== undefined || a.value !== undefined, 'a message needs text or value')
  .refine((a) => a.type !== 'event' || a.name !== undefined, 'an event needs a known name')
  .refine((a) => a.value === undefined || JSON.stringify(a.value).length <= 8_000, 'value is too large');

/** The body of POST /conversations: only the locale is read. */
export const StartBody = z.object({ locale: z.string().max(35).optional() }).optional();

/** Absent or empty (`?watermark=`, as directlinejs sends before the first poll) = from the start. */
export const Watermark = z.union([z.undefined(), z.literal(''), z.string().regex(/^\d{1,9}$/, 'watermark must be a number')]);

/** The watermark of a query; absent or empty = from the start. */
export function parseWatermark(watermark: unknown): number | undefined {
  const parsed = Watermark.safeParse(watermark);
  if (!parsed.success) throw new DirectLineError(400, 'BadArgument', 'watermark must be a number');
  return parsed.data ? Number(parsed.data) : undefined;
}

/** A conversation that never existed or expired. */
export function notFound(): DirectLineError {
  return new DirectLineError(404, 'BadArgument', 'conversation not found or ended');
}

/** Direct Line answers 403 TokenExpired only for expiry; every other bad token is BadArgument. */
export function tokenErrorCode(problem: TokenProblem): string {
  return problem === 'expired' ? 'TokenExpired' : 'BadArgument';
}

/** The token of an `Authorization: Bearer …` header. */
export function bearer(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1];
}
