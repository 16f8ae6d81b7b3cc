import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** What a graceful stop achieved: requests answered in full, and those cut off at the deadline. */
export interface DrainResult {
  /** Responses sent completely since the server started. */
  served: number;
  /** Requests still running when the grace period ended; their connections were closed. */
  abandoned: number;
}

/**
 * Counts the requests an HTTP server is working on, so a stop can wait for them: stop accepting
 * connections, let every accepted request finish (up to a grace period), tell keep-alive clients
 * to reconnect elsewhere (`Connection: close`), then close what is left. `closeAllConnections()`
 * at once, as before, cut turns off mid-answer.
 */
export function trackRequests(server: Server) {
  const active = new Set<ServerResponse>();
  let served = 0;
  let draining = false;
  let settle: (() => void) | undefined;

  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    active.add(res);
    if (draining) res.setHeader('Connection', 'close');
    res.once('finish', () => served++);
    res.once('close', () => {
      active.delete(res);
      if (active.size === 0) settle?.();
    });
  });

  return {
    /** True once `drain` was called: readiness probes answer 503 from then on. */
    get draining(): boolean {
      return draining;
    },

    /** Stops accepting, waits for the requests in flight (at most `graceMs`), then closes every connection. */
    async drain(graceMs: number): Promise<DrainResult> {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const res of active) if (!res.headersSent) res.setHeader('Connection', 'close');
      server.closeIdleConnections();
      if (active.size > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => (settle = resolve)),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
        ]);
        clearTimeout(timer);
      }
      const abandoned = active.size;
      server.closeAllConnections();
      await closed;
      return { served, abandoned };
    },
  };
}
