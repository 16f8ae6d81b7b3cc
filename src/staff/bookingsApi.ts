import { createHash, timingSafeEqual } from 'node:crypto';
import type restify from 'restify';
import { z } from 'zod/v4';
import type { BookingStore } from '../booking/model.js';
import type { Logger } from '../observability/logger.js';
import type { RouteRegistrar } from '../server.js';

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
  /** STAFF_TOKEN; unset = the staff API does not exist (404), so nothing is open by mistake. */
  token: string | undefined;
  logger: Logger;
}

/**
 * GET /api/staff/bookings?from=&to=&centreId= with `Authorization: Bearer <STAFF_TOKEN>`: the
 * bookings as JSON, by slot start. Personal data: only for staff, never logged.
 */
export function staffBookingsRoutes(deps: StaffApiDeps): RouteRegistrar {
  return (server: restify.Server) => {
    server.get('/api/staff/bookings', async (req, res) => {
      if (!deps.token) {
        res.send(404, { error: 'not found' });
        return;
      }
      const header = req.header('authorization') ?? '';
      const presented = /^Bearer (\S+)$/i.exec(header)?.[1] ?? '';
      if (!tokenMatches(presented, deps.token)) {
        res.header('WWW-Authenticate', 'Bearer realm="staff"');
        res.send(401, { error: 'a valid bearer token is required' });
        deps.logger.warn('staff api: rejected token');
        return;
      }
      const query = Query.safeParse(req.query ?? {});
      if (!query.success) {
        res.send(400, { error: 'invalid query', problems: query.error.issues.map((i) => `${i.path.join('.') || '(query)'}: ${i.message}`) });
        return;
      }
      const bookings = await deps.bookings.list(query.data);
      res.header('Cache-Control', 'no-store');
      res.send(200, {
        count: bookings.length,
        // The conversation reference is a channel detail, not something staff need.
        bookings: bookings.map(({ conversationReference: _omitted, ...rest }) => rest),
      });
      deps.logger.info('staff api: bookings listed', { count: bookings.length });
    });
  };
}
