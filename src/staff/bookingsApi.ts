import type restify from 'restify';
import { z } from 'zod/v4';
import type { BookingStore } from '../booking/model.js';
import type { ClarityCounter } from '../readability/clarity.js';
import type { RouteRegistrar } from '../server.js';
import { staffAuthorized as authorized, type StaffAuthDeps } from './auth.js';

export { tokenMatches } from './auth.js';

const Query = z
  .object({
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    centreId: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .max(100)
      .optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), { message: 'from must be before to', path: ['to'] });

export interface StaffApiDeps extends StaffAuthDeps {
  bookings: BookingStore;
  /** "Was dit duidelijk?" counts per step; anonymous, so the texts that confuse people can be found. */
  clarity?: ClarityCounter;
}

/**
 * The staff API, with `Authorization: Bearer <STAFF_TOKEN>`:
 * - GET /api/staff/bookings?from=&to=&centreId=: the bookings as JSON, by slot start. Personal
 *   data: only for staff, never logged.
 * - GET /api/staff/clarity: per step, how often "Was dit duidelijk?" got yes and no.
 */
export function staffBookingsRoutes(deps: StaffApiDeps): RouteRegistrar {
  return (server: restify.Server) => {
    server.get('/api/staff/bookings', async (req, res) => {
      if (!authorized(req, res, deps)) return;
      const query = Query.safeParse(req.query ?? {});
      if (!query.success) {
        res.send(400, {
          error: 'invalid query',
          problems: query.error.issues.map((i) => `${i.path.join('.') || '(query)'}: ${i.message}`),
        });
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
      if (!authorized(req, res, deps)) return;
      res.send(200, { steps: deps.clarity ? await deps.clarity.counts() : {} });
    });
  };
}
