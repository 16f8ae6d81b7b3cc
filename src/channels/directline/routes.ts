import type restify from 'restify';
import type { Logger } from '../../observability/logger.js';
import { describeError } from '../../observability/errors.js';
import type { RouteRegistrar } from '../../server.js';
import { DirectLineError, type DirectLineService, type StreamTicket } from './directLineService.js';
import { clientAddress, forwardedValue } from './rateLimit.js';
import { attachStreams, DEFAULT_STREAM_OPTIONS, type StreamOptions, type StreamServer } from './stream.js';

const BASE = '/v3/directline';

/** The routes of the built-in Direct Line and a way to close its WebSockets before the server stops. */
export interface DirectLineEndpoint {
  routes: RouteRegistrar;
  /** Closes every open stream (an open WebSocket would keep the HTTP server from closing). */
  close(): Promise<void>;
}

/**
 * The built-in Direct Line v3 routes: POST /tokens/generate, POST /tokens/refresh,
 * POST /conversations, GET /conversations/:id?watermark= (reconnect),
 * GET|POST /conversations/:id/activities, POST /conversations/:id/upload (501), and the
 * WebSocket at /conversations/:id/stream whose `streamUrl` start and reconnect hand out.
 * Errors use Direct Line's shape `{ error: { code, message } }`.
 */
export function directLineRoutes(
  service: DirectLineService,
  logger: Logger,
  trustedProxyHops: number,
  streamOptions: StreamOptions = DEFAULT_STREAM_OPTIONS,
): DirectLineEndpoint {
  let streams: StreamServer | undefined;
  const routes: RouteRegistrar = (server) => {
    streams = attachStreams(server.server, service, logger, streamOptions);
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
    const watermark = (req: restify.Request) => (req.query as Record<string, unknown> | undefined)?.watermark;
    const streamUrl = (req: restify.Request, conversationId: string, stream: StreamTicket) =>
      `${streamOrigin(req, trustedProxyHops)}${BASE}/conversations/${encodeURIComponent(conversationId)}/stream?t=${stream.token}&watermark=${stream.watermark}`;

    server.post(
      `${BASE}/tokens/generate`,
      handle((req) => {
        const { userId: _userId, ...ticket } = service.generate(clientAddress(req, trustedProxyHops));
        return { status: 200, body: ticket };
      }),
    );
    server.post(
      `${BASE}/tokens/refresh`,
      handle((req) => ({ status: 200, body: service.refresh(auth(req)) })),
    );
    server.post(
      `${BASE}/conversations`,
      handle(async (req) => {
        const { created, ticket, stream } = await service.start(auth(req), req.body);
        return { status: created ? 201 : 200, body: { ...ticket, streamUrl: streamUrl(req, ticket.conversationId, stream) } };
      }),
    );
    server.get(
      `${BASE}/conversations/:conversationId`,
      handle(async (req) => {
        const { ticket, stream } = await service.reconnect(auth(req), id(req), watermark(req));
        return { status: 200, body: { ...ticket, streamUrl: streamUrl(req, ticket.conversationId, stream) } };
      }),
    );
    server.get(
      `${BASE}/conversations/:conversationId/activities`,
      handle(async (req) => ({
        status: 200,
        body: await service.activities(auth(req), id(req), watermark(req)),
      })),
    );
    server.post(
      `${BASE}/conversations/:conversationId/activities`,
      handle(async (req) => ({
        status: 200,
        body: await service.post(auth(req), id(req), req.body),
      })),
    );
    server.post(
      `${BASE}/conversations/:conversationId/upload`,
      handle(() => {
        throw new DirectLineError(501, 'NotSupported', 'uploads are not supported');
      }),
    );
  };
  return { routes, close: async () => streams?.close() };
}

/**
 * `ws://host` or `wss://host` as the client reached this server. Behind trusted proxies the
 * scheme is the one they report (X-Forwarded-Proto); the Host header is the client's own.
 */
function streamOrigin(req: restify.Request, trustedProxyHops: number): string {
  const forwarded = forwardedValue(req.headers['x-forwarded-proto'], trustedProxyHops);
  const encrypted = forwarded ? forwarded === 'https' : 'encrypted' in req.socket && req.socket.encrypted === true;
  const host = req.headers.host ?? '';
  if (!/^(?:[\w.-]+|\[[\da-fA-F:.]+\])(?::\d{1,5})?$/.test(host))
    throw new DirectLineError(400, 'BadArgument', 'the Host header is not valid');
  return `${encrypted ? 'wss' : 'ws'}://${host}`;
}
