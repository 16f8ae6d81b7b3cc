import { createHash, timingSafeEqual } from 'node:crypto';
import type restify from 'restify';
import type { Logger } from '../observability/logger.js';

/**
 * Constant-time token check. Both sides are hashed first so the comparison does not leak the
 * token's length either.
 */
export function tokenMatches(presented: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

/**
 * Whether a staff request may go on (`Authorization: Bearer <STAFF_TOKEN>`); answers it when not.
 * Without STAFF_TOKEN the staff API does not exist (404), so nothing is open by mistake.
 */
export function staffAuthorized(req: restify.Request, res: restify.Response, deps: { token: string | undefined; logger: Logger }): boolean {
  if (!deps.token) {
    res.send(404, { error: 'not found' });
    return false;
  }
  const presented = /^Bearer (\S+)$/i.exec(req.header('authorization') ?? '')?.[1] ?? '';
  if (!tokenMatches(presented, deps.token)) {
    res.header('WWW-Authenticate', 'Bearer realm="staff"');
    res.send(401, { error: 'a valid bearer token is required' });
    deps.logger.warn('staff api: rejected token');
    return false;
  }
  res.header('Cache-Control', 'no-store');
  return true;
}
