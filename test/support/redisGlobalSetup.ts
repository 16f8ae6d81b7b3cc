import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Redis for tests, or null when none is available outside CI (Redis tests are then skipped). */
    redisUrl: string | null;
  }
}

/** One PING with no retries, so a dead URL fails in about a second instead of hanging. */
async function answersPing(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** For log lines: never print a password from REDIS_URL. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable URL>';
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') {
    throw new Error('redisGlobalSetup: could not determine a free port');
  }
  return address.port;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

type Started = { url: string; child: ChildProcess };

/** Starts `redis-server` from PATH without persistence; on failure resolves the reason instead. */
async function startPrivateRedis(): Promise<Started | string> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keepTail = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-500));
  child.stdout?.on('data', keepTail);
  child.stderr?.on('data', keepTail);
  const spawnError = await new Promise<Error | null>((resolve) => {
    child.once('spawn', () => resolve(null));
    child.once('error', resolve);
  });
  if (spawnError) {
    return `redis-server could not be run (${spawnError.message})`;
  }
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50 && child.exitCode === null; attempt++) {
    if (await answersPing(url)) {
      child.stdout?.removeAllListeners('data').resume();
      child.stderr?.removeAllListeners('data').resume();
      return { url, child };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop(child);
  return `redis-server on port ${port} did not answer PING: ${output.trim().split('\n').pop() ?? ''}`;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const envUrl = process.env.REDIS_URL;
  if (envUrl) {
    if (await answersPing(envUrl)) {
      project.provide('redisUrl', envUrl);
      return async () => {};
    }
    process.stderr.write(`[redis] REDIS_URL=${redact(envUrl)} does not answer PING; trying a private redis-server\n`);
  }

  // The second attempt covers the race between picking a free port and redis-server binding it.
  let started = await startPrivateRedis();
  if (typeof started === 'string') {
    started = await startPrivateRedis();
  }
  if (typeof started !== 'string') {
    const { url, child } = started;
    project.provide('redisUrl', url);
    return () => stop(child);
  }

  if (process.env.CI === 'true') {
    throw new Error(`Redis is required in CI: set REDIS_URL or install redis-server (${started})`);
  }
  process.stderr.write(`[redis] Redis tests are SKIPPED: REDIS_URL is unset or unreachable and ${started}\n`);
  project.provide('redisUrl', null);
  return async () => {};
}
