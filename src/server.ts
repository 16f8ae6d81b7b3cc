import type { AddressInfo } from 'node:net';
import restify from 'restify';
import type { Logger } from './observability/logger.js';
import { restifyLog } from './observability/restifyLog.js';
import { describeError } from './observability/errors.js';
import { inboundActivity } from './bot/inboundActivity.js';
import type { TurnContext } from './bot/sdk.js';
import { trackRequests, type DrainResult } from './serverDrain.js';
import { CapturedResponse, channelAnswer } from './channelAnswer.js';

/** The request as the Bot Framework adapter reads it (botbuilder's `Request`). */
export interface EndpointRequest {
  body?: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  method?: string;
}

/** The response as the Bot Framework adapter writes it (botbuilder's `Response`). */
export interface EndpointResponse {
  socket: unknown;
  end(...args: unknown[]): unknown;
  header(name: string, value: unknown): unknown;
  send(...args: unknown[]): unknown;
  status(code: number): unknown;
}

/** The Bot Framework side of POST /api/messages (CloudAdapter in production). */
export interface MessageEndpoint {
  process(request: EndpointRequest, response: EndpointResponse, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

/** A dependency that must answer before the bot takes traffic (e.g. Redis). */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

/** Adds the routes of one area (a channel, a staff API) to the server; each area owns its file. */
export type RouteRegistrar = (server: restify.Server) => void;

export interface ServerDeps {
  endpoint: MessageEndpoint;
  bot: { run(context: TurnContext): Promise<void> };
  readiness: readonly ReadinessCheck[];
  logger: Logger;
  /** More routes, registered after the built-in ones. */
  routes?: readonly RouteRegistrar[];
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:3978 */
  url: string;
  port: number;
  /**
   * Stops accepting, lets the requests in flight finish (at most `graceMs`, default 10 s), then
   * closes every connection.
   */
  stop(graceMs?: number): Promise<DrainResult>;
}

const READINESS_TIMEOUT_MS = 2_000;
const DEFAULT_GRACE_MS = 10_000;

export interface ServerOptions {
  port: number;
  host?: string;
  /** How long /readyz waits for each check. */
  readinessTimeoutMs?: number;
}

/**
 * Starts the HTTP server: POST /api/messages for the channels, GET /healthz (the process runs)
 * and GET /readyz (its dependencies answer, and it is not stopping). `port: 0` picks a free port,
 * which tests use.
 *
 * Nothing internal reaches a client: error bodies are fixed words, and each failure is one JSON
 * log line (restify's and the SDK's own error texts and stacks stay out of replies).
 */
export async function startServer(deps: ServerDeps, options: ServerOptions): Promise<RunningServer> {
  const readinessTimeoutMs = options.readinessTimeoutMs ?? READINESS_TIMEOUT_MS;
  // restify's own lines go through our logger, message only (restifyLog.ts).
  const server = restify.createServer({
    name: 'loopbaanbot',
    handleUncaughtExceptions: false,
    log: restifyLog(deps.logger) as unknown as restify.ServerOptions['log'],
  });
  const requests = trackRequests(server.server);
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024 }));
  server.use(restify.plugins.queryParser({ mapParams: false }));
  quietRestifyErrors(server, deps.logger);

  server.post('/api/messages', async (req, res) => {
    const inbound = inboundActivity(req.body);
    if (!inbound.ok) {
      res.send(400, { error: 'not a valid activity', problems: inbound.problems });
      return;
    }
    const captured = new CapturedResponse(req.socket);
    let turnStarted = false;
    try {
      await deps.endpoint.process({ body: inbound.activity, headers: req.headers, method: 'POST' }, captured, async (context) => {
        turnStarted = true;
        await deps.bot.run(context);
      });
    } catch (error) {
      captured.fail(error);
    }
    const answer = channelAnswer(captured, { turnStarted, hadToken: req.header('authorization') !== undefined });
    if (answer.log) deps.logger[answer.log.level](answer.log.message, { status: answer.status, ...answer.log.fields });
    if (answer.retryAfterSeconds) res.header('Retry-After', String(answer.retryAfterSeconds));
    if (answer.body === undefined) res.send(answer.status);
    else res.send(answer.status, answer.body);
  });

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    return next();
  });

  server.get('/readyz', async (_req, res) => {
    if (requests.draining) {
      res.send(503, { status: 'stopping', checks: {} });
      return;
    }
    const results = await Promise.all(deps.readiness.map((r) => checkWithin(r, readinessTimeoutMs)));
    const failed = results.filter((r) => !r.ok);
    for (const f of failed) deps.logger.warn('not ready', { check: f.name, reason: f.reason });
    res.send(failed.length === 0 ? 200 : 503, {
      status: failed.length === 0 ? 'ready' : 'not ready',
      checks: Object.fromEntries(results.map((r) => [r.name, r.ok ? 'ok' : 'failing'])),
    });
  });

  for (const register of deps.routes ?? []) register(server);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;
  deps.logger.info('listening', { url });

  return {
    url,
    port: address.port,
    stop: (graceMs = DEFAULT_GRACE_MS) => requests.drain(graceMs),
  };
}

/**
 * restify answers its own errors (a body that is not JSON, too large, no such route) with the
 * library's message, which can quote the request, and an async handler that throws would show
 * its message too. Replace both with the status's plain name, and log one line.
 */
function quietRestifyErrors(server: restify.Server, logger: Logger): void {
  server.on(
    'restifyError',
    (_req: restify.Request, _res: restify.Response, error: Error & { statusCode?: number; body?: unknown }, callback: () => void) => {
      const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
      const code = (error.body as { code?: unknown } | undefined)?.code;
      const safe = { code: typeof code === 'string' ? code : 'Internal', message: status >= 500 ? 'internal error' : 'request refused' };
      Object.assign(error, { body: safe, toJSON: () => safe });
      if (status >= 500) logger.error('request failed', { status, ...describeError(error) });
      else logger.debug('request refused', { status, error: error.name });
      return callback();
    },
  );
}

async function checkWithin(readiness: ReadinessCheck, ms: number): Promise<{ name: string; ok: boolean; reason?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([readiness.check(), timeout]);
    return { name: readiness.name, ok: true };
  } catch (error) {
    return { name: readiness.name, ok: false, reason: String(describeError(error).message) };
  } finally {
    clearTimeout(timer);
  }
}
