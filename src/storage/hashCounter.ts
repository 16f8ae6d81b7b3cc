import type { Redis } from 'ioredis';

/** HINCRBY and EXPIRE in one script. KEYS[1]: the hash. ARGV: field, TTL in seconds. */
const COUNT_SCRIPT = `
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
return redis.call('EXPIRE', KEYS[1], ARGV[2])
`;

const COUNT_COMMAND = 'loopbaanCountInHash';

/** Adds one to `field` of the hash `key` and (re)sets the hash's expiry, atomically. */
export type CountInHash = (key: string, field: string, ttlSeconds: number) => Promise<unknown>;

/**
 * A counter on `redis`. A MULTI/EXEC pair did the same, but ioredis writes every transaction to
 * the socket by itself (a write syscall per count); a script is one command that rides the
 * client's auto-pipeline with whatever else the turn sends.
 *
 * Call this when the owner is built, not on first use: ioredis copies scripts into a pipeline
 * when the pipeline is created, so a script defined while an auto-pipeline is pending is missing
 * from it.
 */
export function countInHash(redis: Redis): CountInHash {
  const client = redis as unknown as Record<string, CountInHash | undefined>;
  // Idempotent per client; ioredis sends EVALSHA and falls back to EVAL once.
  if (typeof client[COUNT_COMMAND] !== 'function') redis.defineCommand(COUNT_COMMAND, { numberOfKeys: 1, lua: COUNT_SCRIPT });
  return (client[COUNT_COMMAND] as CountInHash).bind(redis);
}
