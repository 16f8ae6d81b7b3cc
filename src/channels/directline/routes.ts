import type restify from 'restify';
import type { Logger } from '../../observability/logger.js';
import { describeError } from '../../observability/errors.js';
import type { RouteRegistrar } from '../../server.js';
import { DirectLineError, type DirectLineService } from './directLineService.js';
import { clientAddress } from './rateLimit.js';

const BASE = '/v3/directline';

/**
 * The built-in Direct Line v3 routes (polling only; `streamUrl` is always null):
 * POST /tokens/generate, POST /tokens/refresh, POST /conversations, GET /conversations/:id,
 * GET|POST /conversations/:id/activities, POST /conversations/:id/upload (501).
 * Errors use Direct Line's shape `{ error: { code, message } }`.
 */
export function directLineRoutes(service: DirectLineService, logger: Logger, trustedProxyHops: number): RouteRegistrar {
  return (server) => {
    const handle =
      (work: (req: restify.Request) => Promise<{ status: number; body: unknown }> | { status: number; body: unknown }) =>
      async (req: restify.Request, res: restify.Response) => {
        res.header('Cache-Control', 'no-store');
        try {
          const { status, body } = await work(req);
          res.send(status, body);
        } catch (error) {
          if (error instanceof DirectLineError) {
            if (error.retryAfterSeconds !== undefined) res.header('Retry-After', String(error.retryAfterSeconds));
            res.send(error.status, { error: { code: error.code, message: error.message } });
            return;
          }
          logger.error('directline request failed', { route: req.getRoute().path.toString(), ...describeError(error) });
          res.send(500, { error: { code: 'ServiceError', message: 'the bot could not answer' } });
        }
      };
    const auth = (req: restify.Request) => req.header('authorization') || undefined;
    const id = (req: restify.Request) => String(req.params.conversationId ?? '');

    server.post(`${BASE}/tokens/generate`, handle((req) => {
      const { userId: _userId, ...ticket } = service.generate(clientAddress(req, trustedProxyHops));
      return { status: 200, body: ticket };
    }));
    server.post(`${BASE}/tokens/refresh`, handle((req) => ({ status: 200, body: service.refresh(auth(req)) })));
    server.post(`${BASE}/conversations`, handle(async (req) => {
      const { created, ticket } = await service.start(auth(req), req.body);
      return { status: created ? 201 : 200, body: { ...ticket, streamUrl: null } };
    }));
    server.get(`${BASE}/conversations/:conversationId`, handle((req) => ({
      status: 200,
      body: { ...service.reconnect(auth(req), id(req)), streamUrl: null },
    })));
    server.get(`${BASE}/conversations/:conversationId/activities`, handle((req) => ({
      status: 200,
      body: service.activities(auth(req), id(req), (req.query as Record<string, unknown> | undefined)?.watermark),
    })));
    server.post(`${BASE}/conversations/:conversationId/activities`, handle(async (req) => ({
      status: 200,
      body: await service.post(auth(req), id(req), req.body),
    })));
    server.post(`${BASE}/conversations/:conversationId/upload`, handle(() => {
      throw new DirectLineError(501, 'NotSupported', 'uploads are not supported');
    }));
  };
}
