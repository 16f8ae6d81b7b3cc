import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Redis } from 'ioredis';

export interface RedisStorageOptions {
  /** Prepended to every key, e.g. `loopbaanbot:state:`. */
  prefix: string;
  /** When set, every write (re)sets this expiry so conversation state cannot outlive it. */
  ttlSeconds?: number;
}

/**
 * Conditional multi-key write, run as one Lua script so that "compare the stored eTag, then SET"
 * cannot interleave with another writer: Redis runs a script to completion before any other command.
 * Each key is decided on its own, as in MemoryStorage: a conflict on one key does not stop the others.
 *
 * KEYS[i]: full key. ARGV[1]: TTL in seconds or ''. ARGV[2i]: expected eTag ('' = unconditional).
 * ARGV[2i+1]: new JSON value (already carrying its new eTag). Returns the 1-based indexes of conflicts.
 */
const WRITE_SCRIPT = `
local ttl = tonumber(ARGV[1])
local conflicts = {}
for i, key in ipairs(KEYS) do
  local expected = ARGV[2 * i]
  local ok = true
  if expected ~= '' then
    local old = redis.call('GET', key)
    if old then
      local decoded = cjson.decode(old)
      ok = type(decoded) == 'table' and decoded.eTag == expected
    end
  end
  if ok then
    if ttl then
      redis.call('SET', key, ARGV[2 * i + 1], 'EX', ttl)
    else
      redis.call('SET', key, ARGV[2 * i + 1])
    end
  else
    conflicts[#conflicts + 1] = i
  end
end
return conflicts
`;

const WRITE_COMMAND = 'botStorageWriteIfMatch';

type WriteCommand = (numKeys: number, ...args: string[]) => Promise<number[]>;

/**
 * Bot Framework `Storage` on Redis with the same semantics as botbuilder's `MemoryStorage`:
 * reads return only existing keys, a write with eTag `'*'` or none always wins, any other eTag must
 * match the stored one or the write fails with MemoryStorage's conflict error. Values are JSON.
 * Cluster mode is not supported (MGET and the write script span several keys).
 */
export class RedisStorage implements Storage {
  private readonly client: Redis;
  private readonly prefix: string;
  private readonly ttlSeconds: number | undefined;

  constructor(client: Redis, options: RedisStorageOptions) {
    if (client === null || typeof client !== 'object' || typeof client.defineCommand !== 'function') {
      throw new TypeError('RedisStorage: client must be an ioredis Redis instance');
    }
    if (options === null || typeof options !== 'object') {
      throw new TypeError('RedisStorage: options must be an object');
    }
    if (typeof options.prefix !== 'string' || options.prefix.length === 0) {
      throw new TypeError('RedisStorage: prefix must be a non-empty string');
    }
    const { ttlSeconds } = options;
    if (ttlSeconds !== undefined && !(Number.isSafeInteger(ttlSeconds) && ttlSeconds > 0)) {
      throw new TypeError('RedisStorage: ttlSeconds must be a positive integer when set');
    }
    this.client = client;
    this.prefix = options.prefix;
    this.ttlSeconds = ttlSeconds;
    // Idempotent: several instances may share one client. ioredis sends EVALSHA and falls back to EVAL.
    client.defineCommand(WRITE_COMMAND, { lua: WRITE_SCRIPT });
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) {
      throw new ReferenceError('Keys are required when reading.');
    }
    const items: StoreItems = {};
    if (keys.length === 0) {
      return items;
    }
    const values = await this.client.mget(keys.map((key) => this.prefix + key));
    keys.forEach((key, i) => {
      const value = values[i];
      if (value != null) {
        items[key] = JSON.parse(value);
      }
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) {
      throw new ReferenceError('Changes are required when writing.');
    }
    const keys = Object.keys(changes);
    if (keys.length === 0) {
      return;
    }
    // Same rule as MemoryStorage: a falsy eTag or '*' means "last write wins". Those (every write
    // BotState makes) are plain SETs, which ioredis pipelines with the turn's other commands; only
    // writes that must compare an eTag pay for the script.
    const conditional: string[] = [];
    const writes: Promise<unknown>[] = [];
    for (const key of keys) {
      const item = changes[key];
      if (!item.eTag || item.eTag === '*') {
        const value = JSON.stringify({ ...item, eTag: randomUUID() });
        writes.push(
          this.ttlSeconds === undefined
            ? this.client.set(this.prefix + key, value)
            : this.client.set(this.prefix + key, value, 'EX', this.ttlSeconds),
        );
      } else {
        conditional.push(key);
      }
    }
    const [conflicts] = await Promise.all([this.writeIfMatch(changes, conditional), ...writes]);
    if (conflicts.length > 0) {
      throw new Error(`Storage: error writing "${conflicts[0]}" due to eTag conflict.`);
    }
  }

  /** Writes each key whose stored eTag still matches, atomically per key; returns the keys that conflicted. */
  private async writeIfMatch(changes: StoreItems, keys: string[]): Promise<string[]> {
    if (keys.length === 0) {
      return [];
    }
    const args: string[] = [this.ttlSeconds === undefined ? '' : String(this.ttlSeconds)];
    for (const key of keys) {
      const item = changes[key];
      args.push(String(item.eTag), JSON.stringify({ ...item, eTag: randomUUID() }));
    }
    const write = (this.client as unknown as Record<string, WriteCommand>)[WRITE_COMMAND];
    const conflicts = await write.call(this.client, keys.length, ...keys.map((key) => this.prefix + key), ...args);
    return conflicts.map((index) => keys[index - 1]);
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) {
      throw new ReferenceError('Keys are required when deleting.');
    }
    if (keys.length === 0) {
      return;
    }
    await this.client.del(keys.map((key) => this.prefix + key));
  }
}
