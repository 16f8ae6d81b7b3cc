import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { redisTest } from './support/redis.js';
import { expectRepliesMessage } from './support/expectReplies.js';

const root = new URL('../', import.meta.url).pathname;
const redis = redisTest();

interface LogLine {
  msg: string;
  worker?: number;
  url?: string;
  signal?: string;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const childrenOf = (pid: number): number[] =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);

async function waitFor<T>(probe: () => T | undefined, ms: number, what: string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `src/main.ts` with two workers on Redis, and its JSON log lines as they come. */
function startCluster() {
  const options = redis.client().options;
  const child = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      WORKERS: '2',
      REDIS_URL: `redis://${options.host}:${options.port}/${options.db ?? 0}`,
      REDIS_KEY_PREFIX: redis.prefix,
      DIRECTLINE_BUILTIN: 'off',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = () =>
    stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as LogLine);
  const workerPids = () =>
    lines()
      .filter((l) => l.msg === 'worker started')
      .map((l) => l.worker as number);
  const cleanup = () => {
    child.kill('SIGKILL');
    for (const pid of workerPids()) if (alive(pid)) process.kill(pid, 'SIGKILL');
  };
  return { child, lines, workerPids, cleanup };
}

describe.skipIf(!redis.available)('cluster mode (WORKERS=2, state in Redis)', () => {
  afterAll(() => redis.cleanup());

  it('When SIGTERM arrives while the workers are still starting, Then they stop at once and the primary exits 0', async () => {
    const { child, lines, workerPids, cleanup } = startCluster();
    try {
      // 'worker starting' comes just before the bot's modules load (a second or more): the
      // workers have no shutdown handler yet when the signal arrives.
      const starting = () => lines().filter((l) => l.msg === 'worker starting').length;
      await waitFor(() => (starting() >= 2 ? true : undefined), 60_000, 'two workers starting');
      const started = Date.now();
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(lines().some((l) => l.msg === 'workers did not stop in time: killing them')).toBe(false);
      expect(workerPids().filter(alive)).toEqual([]);
    } finally {
      cleanup();
    }
  }, 120_000);

  it('When started with two workers, Then both serve, a crashed worker is replaced, and SIGTERM drains every worker before the primary exits 0', async () => {
    const { child, lines, workerPids, cleanup } = startCluster();
    const listening = () => lines().filter((l) => l.msg === 'listening');
    try {
      await waitFor(() => (listening().length >= 2 ? true : undefined), 60_000, 'two workers listening');
      const url = listening()[0].url as string;
      const [first, second] = workerPids();
      expect(childrenOf(child.pid as number).sort()).toEqual([first, second].sort());
      for (let i = 0; i < 4; i++) expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const turn = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(expectRepliesMessage('cluster-1', 'hallo')),
      });
      expect(turn.status).toBe(200);
      expect(((await turn.json()) as { activities: unknown[] }).activities.length).toBeGreaterThan(0);

      process.kill(first, 'SIGKILL');
      await waitFor(() => (listening().length >= 3 ? true : undefined), 60_000, 'a replacement worker');
      const replacement = workerPids()[2];
      expect(lines().some((l) => l.msg === 'worker died: starting a new one' && l.worker === first)).toBe(true);
      expect(childrenOf(child.pid as number).sort()).toEqual([second, replacement].sort());
      expect((await fetch(`${url}/healthz`)).status).toBe(200);

      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      // Each worker stopped through its own shutdown (it logs 'stopping'), none was killed.
      expect(
        lines()
          .filter((l) => l.msg === 'stopping')
          .map((l) => l.signal),
      ).toEqual(['SIGTERM', 'SIGTERM']);
      expect(
        lines()
          .filter((l) => l.msg === 'worker stopped')
          .map((l) => l.worker)
          .sort(),
      ).toEqual([second, replacement].sort());
      expect(lines().at(-1)?.msg).toBe('all workers stopped');
      expect([second, replacement].filter(alive)).toEqual([]);
    } finally {
      cleanup();
    }
  }, 120_000);
});
