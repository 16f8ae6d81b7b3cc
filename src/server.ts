import type { AddressInfo } from 'node:net';
import restify from 'restify';
import type { Logger } from './observability/logger.js';
import { describeError } from './observability/errors.js';
import { inboundActivityProblems } from './bot/inboundActivity.js';
import type { TurnContext } from './bot/sdk.js';

/** The Bot Framework side of POST /api/messages (CloudAdapter in production). */
export interface MessageEndpoint {
  process(
    request: restify.Request,
    response: restify.Response,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
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
  stop(): Promise<void>;
}

const READINESS_TIMEOUT_MS = 2_000;

export interface ServerOptions {
  port: number;
  host?: string;
  /** How long /readyz waits for each check. */
  readinessTimeoutMs?: number;
}

/**
 * Starts the HTTP server: POST /api/messages for the channels, GET /healthz (the process runs)
 * and GET /readyz (its dependencies answer). `port: 0` picks a free port, which tests use.
 */
export async function startServer(deps: ServerDeps, options: ServerOptions): Promise<RunningServer> {
  const readinessTimeoutMs = options.readinessTimeoutMs ?? READINESS_TIMEOUT_MS;
  const server = restify.createServer({ name: 'loopbaanbot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024 }));
  server.use(restify.plugins.queryParser({ mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    const problems = inboundActivityProblems(req.body);
    if (problems.length > 0) {
      res.send(400, { error: 'not a valid activity', problems });
      return;
    }
    await deps.endpoint.process(req, res, (context) => deps.bot.run(context));
  });

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    return next();
  });

  server.get('/readyz', async (_req, res) => {
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
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.server.closeAllConnections?.();
      }),
  };
}

async function checkWithin(
  readiness: ReadinessCheck,
  ms: number,
): Promise<{ name: string; ok: boolean; reason?: string }> {
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
