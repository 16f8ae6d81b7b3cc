import { createHash, timingSafeEqual } from 'node:crypto';
import type restify from 'restify';
import { clientAddress } from '../channels/directline/rateLimit.js';
import type { Logger } from '../observability/logger.js';

/** Wrong tokens allowed per client address and window before staff routes stop checking them. */
export const STAFF_FAILED_ATTEMPTS = { max: 10, windowMs: 15 * 60_000 };

/**
 * Constant-time token check. Both sides are hashed first so the comparison does not leak the
 * token's length either.
 */
export function tokenMatches(presented: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

/** Wrong tokens per client address in a fixed window; at most 10,000 addresses are tracked. */
export class FailedAttempts {
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
    let window = this.windows.get(client);
    if (!window) {
      if (this.windows.size >= 10_000) this.windows.delete(this.windows.keys().next().value ?? '');
      window = { start: this.now(), count: 0 };
      this.windows.set(client, window);
    }
    window.count++;
  }
}

export interface StaffAuthDeps {
  /** STAFF_TOKEN; without it staff routes do not exist. */
  token: string | undefined;
  logger: Logger;
  /** TRUST_PROXY_HOPS: where the client's address is read from behind proxies. */
  trustedProxyHops?: number;
  /** Wrong tokens so far; share one between all staff routes so they count together. */
  failures?: FailedAttempts;
}

/** The fallback when a route set gets no shared counter (tests, tools). */
const ownFailures = new WeakMap<object, FailedAttempts>();

/**
 * Whether a staff request may go on (`Authorization: Bearer <STAFF_TOKEN>`); answers it when not.
 * Without STAFF_TOKEN the staff API does not exist (404), so nothing is open by mistake. An address
 * that sent STAFF_FAILED_ATTEMPTS wrong tokens gets 429 until its window ends, without its token
 * being checked, so the token cannot be guessed at speed.
 */
export function staffAuthorized(req: restify.Request, res: restify.Response, deps: StaffAuthDeps): boolean {
  if (!deps.token) {
    res.send(404, { error: 'not found' });
    return false;
  }
  const failures = deps.failures ?? ownFailures.get(deps) ?? new FailedAttempts();
  if (!deps.failures) ownFailures.set(deps, failures);
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
