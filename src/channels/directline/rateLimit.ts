/**
 * A fixed-window counter per client address: at most `max` hits per `windowMs`. Memory is bounded:
 * at most `maxClients` addresses are tracked; when full, finished windows are dropped first, then the
 * oldest entries.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly options: { max: number; windowMs: number; maxClients?: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit; `retryAfterSeconds` is set when the hit is over the limit. */
  hit(client: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const now = this.now();
    let window = this.windows.get(client);
    if (!window || now - window.start >= this.options.windowMs) {
      this.makeRoom(now);
      window = { start: now, count: 0 };
      this.windows.delete(client);
      this.windows.set(client, window);
    }
    if (window.count >= this.options.max) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.options.windowMs - now) / 1000)) };
    }
    window.count += 1;
    return { allowed: true };
  }

  private makeRoom(now: number): void {
    const maxClients = this.options.maxClients ?? 10_000;
    if (this.windows.size < maxClients) return;
    for (const [client, window] of this.windows) {
      if (now - window.start >= this.options.windowMs) this.windows.delete(client);
    }
    for (const client of this.windows.keys()) {
      if (this.windows.size < maxClients) break;
      this.windows.delete(client);
    }
  }
}

/**
 * The address a request came from. Behind `trustedProxyHops` reverse proxies (a load balancer, App
 * Service's front end) the socket shows the proxy, so the client is the entry that many places from
 * the right in X-Forwarded-For; entries further left are written by the client and not trusted.
 */
export function clientAddress(
  request: { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string | undefined } },
  trustedProxyHops: number,
): string {
  const socketAddress = request.socket.remoteAddress ?? 'unknown';
  return forwardedValue(request.headers['x-forwarded-for'], trustedProxyHops) ?? socketAddress;
}

/**
 * The entry of an X-Forwarded-* header that the nearest of `trustedProxyHops` proxies wrote (that
 * many places from the right), or undefined without trusted proxies or without such an entry.
 */
export function forwardedValue(header: string | string[] | undefined, trustedProxyHops: number): string | undefined {
  if (trustedProxyHops <= 0) return undefined;
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h.length > 0);
  return hops[hops.length - trustedProxyHops];
}
