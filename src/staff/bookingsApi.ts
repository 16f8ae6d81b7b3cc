import { createHash, timingSafeEqual } from 'node:crypto';
import type restify from 'restify';
import { z } from 'zod/v4';
import type { BookingStore } from '../booking/model.js';
import type { ClarityCounter } from '../readability/clarity.js';
import type { Logger } from '../observability/logger.js';
import type { RouteRegistrar } from '../server.js';
import { clientAddress } from '../channels/directline/rateLimit.js';

/** Wrong tokens allowed per client address and window before the API stops checking them. */
export const STAFF_FAILED_ATTEMPTS = { max: 10, windowMs: 15 * 60_000 };

/** Wrong tokens per client address in a fixed window; at most 10,000 addresses are tracked. */
class FailedAttempts {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds until `client` may try again, or 0 when it may now. */
  retryAfter(client: string): number {
    const window = this.windows.get(client);
    if (!window) return 0;
    const left = window.start + STAFF_FAILED_ATTEMPTS.windowMs - this.now();
    if (left <= 0) {
      this.windows.delete(client);
      return 0;
    }
    return window.count >= STAFF_FAILED_ATTEMPTS.max ? Math.ceil(left / 1000) : 0;
  }

  fail(client: string): void {
    if (this.retryAfter(client) === 0 && !this.windows.has(client)) {
      if (this.windows.size >= 10_000) this.windows.delete(this.windows.keys().next().value ?? '');
      this.windows.set(client, { start: this.now(), count: 0 });
    }
    const window = this.windows.get(client);
    if (window) window.count++;
  }
}

const Query = z
  .object({
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    centreId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(100).optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), { message: 'from must be before to', path: ['to'] });

/**
 * Constant-time token check. Both sides are hashed first so the comparison does not leak the
 * token's length either.
 */
export function tokenMatches(presented: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

export interface StaffApiDeps {
  bookings: BookingStore;
  /** "Was dit duidelijk?" counts per step; anonymous, so the texts that confuse people can be found. */
  clarity?: ClarityCounter;
  /** STAFF_TOKEN; unset = the staff API does not exist (404), so nothing is open by mistake. */
  token: string | undefined;
  logger: Logger;
  /** TRUST_PROXY_HOPS: where the client's address is read from behind proxies. */
  trustedProxyHops?: number;
}

/**
 * Whether a staff request may go on; answers it when not. Without STAFF_TOKEN the staff API does
 * not exist (404), so nothing is open by mistake. An address that sent STAFF_FAILED_ATTEMPTS
 * wrong tokens gets 429 until its window ends, without its token being checked, so the token
 * cannot be guessed at speed.
 */
function authorized(req: restify.Request, res: restify.Response, deps: StaffApiDeps, failures: FailedAttempts): boolean {
  if (!deps.token) {
    res.send(404, { error: 'not found' });
    return false;
  }
  const client = clientAddress(req, deps.trustedProxyHops ?? 0);
  const blocked = failures.retryAfter(client);
  if (blocked) {
    res.header('Retry-After', String(blocked));
    res.send(429, { error: 'too many wrong tokens, try again later' });
    return false;
  }
  const presented = /^Bearer (\S+)$/i.exec(req.header('authorization') ?? '')?.[1] ?? '';
  if (!tokenMatches(presented, deps.token)) {
    failures.fail(client);
    res.header('WWW-Authenticate', 'Bearer realm="staff"');
    res.send(401, { error: 'a valid bearer token is required' });
    deps.logger.warn('staff api: rejected token');
    return false;
  }
  res.header('Cache-Control', 'no-store');
  return true;
}

/**
 * The staff API, with `Authorization: Bearer <STAFF_TOKEN>`:
 * - GET /api/staff/bookings?from=&to=&centreId=: the bookings as JSON, by slot start. Personal
 *   data: only for staff, never logged.
 * - GET /api/staff/clarity: per step, how often "Was dit duidelijk?" got yes and no.
 */
export function staffBookingsRoutes(deps: StaffApiDeps): RouteRegistrar {
  const failures = new FailedAttempts();
  return (server: restify.Server) => {
    server.get('/api/staff/bookings', async (req, res) => {
      if (!authorized(req, res, deps, failures)) return;
      const query = Query.safeParse(req.query ?? {});
      if (!query.success) {
        res.send(400, { error: 'invalid query', problems: query.error.issues.map((i) => `${i.path.join('.') || '(query)'}: ${i.message}`) });
        return;
      }
      const bookings = await deps.bookings.list(query.data);
      res.send(200, {
        count: bookings.length,
        // The conversation reference and owner keys are channel and privacy details staff do not need.
        bookings: bookings.map(({ conversationReference: _omitted, owners: _owners, ...rest }) => rest),
      });
      deps.logger.info('staff api: bookings listed', { count: bookings.length });
    });

    server.get('/api/staff/clarity', async (req, res) => {
      if (!authorized(req, res, deps, failures)) return;
      res.send(200, { steps: deps.clarity ? await deps.clarity.counts() : {} });
    });
  };
}
