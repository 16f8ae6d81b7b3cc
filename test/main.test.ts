import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testRegime, testRulesFile, unknown } from './support/rules.js';
import { expectRepliesMessage } from './support/expectReplies.js';

const root = new URL('../', import.meta.url).pathname;

/** Runs src/main.ts as `npm start` does (tsx), with only the given environment. */
function startMain(env: Record<string, string>): { child: ChildProcess; stderr: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, stderr: () => stderr };
}

/**
 * How long a fresh process may take to listen: about 5 s on a quiet 2-core machine (tsx compiles the
 * tree, the NLU trains, the bot rehearses), over 15 s there while other test files run beside it.
 */
const LISTENING_WITHIN = 60_000;
/** A test that starts the bot: its start, then what it does. */
const WITH_A_START = { timeout: LISTENING_WITHIN + 60_000 };

async function waitFor<T>(probe: () => T | undefined, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('main (npm start)', WITH_A_START, () => {
  it('When started with no configuration at all, Then it listens, answers /healthz, and stops cleanly on SIGTERM', async () => {
    const { child, stderr } = startMain({ PORT: '0', HOST: '127.0.0.1' });
    try {
      const url = await waitFor(() => /"msg":"listening","url":"([^"]+)"/.exec(stderr())?.[1], LISTENING_WITHIN);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect(stderr()).toContain('channel authentication is OFF');
      expect(stderr()).toContain('state is kept in memory');
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('When the configuration is wrong, Then it exits 1 with one readable line per problem and never listens', async () => {
    const { child, stderr } = startMain({ PORT: 'eighty', REDIS_URL: 'http://example.invalid', MicrosoftAppId: 'app' });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(stderr().trim().split('\n')).toEqual([
      'Loopbaanbot cannot start, the configuration is wrong:',
      '  PORT: must be a port number from 0 to 65535',
      '  REDIS_URL: must be a redis:// or rediss:// URL',
      '  MicrosoftAppPassword: is required when MicrosoftAppId is set',
      '  MicrosoftAppTenantId: is required when MicrosoftAppType is SingleTenant',
    ]);
  });

  it('When RULES_FILE points to a rules file that does not validate, Then it exits 1 with one line per problem and never listens', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rules-main-')), 'rules.json');
    writeFileSync(file, JSON.stringify(testRulesFile([testRegime('a', '2030-01-01', '2029-12-31', { conditions: unknown })])));
    const { child, stderr } = startMain({ PORT: '0', HOST: '127.0.0.1', RULES_FILE: file });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(
      stderr()
        .trim()
        .split('\n')
        .filter((line) => !line.startsWith('{')),
    ).toEqual([
      'Loopbaanbot cannot start, the configuration is wrong:',
      `  RULES_FILE (${file}): regimes.0.validTo: ends before it starts`,
      `  RULES_FILE (${file}): regimes.0.conditions: a confirmed regime needs conditions`,
    ]);
    expect(stderr()).not.toContain('"msg":"listening"');
  });
});

interface LoadResult {
  /** Requests answered 200 with the bot's replies in full. */
  answered: number;
  /** Responses that came but were not a full answer (wrong status, body cut off). */
  broken: string[];
  /** Requests that got no response at all (connection refused or closed before an answer). */
  refused: number;
}

/** `workers` clients that keep talking until the server stops taking connections. */
async function load(
  url: string,
  workers: number,
  stopAfterRefusals: () => boolean,
  result: LoadResult = { answered: 0, broken: [], refused: 0 },
): Promise<LoadResult> {
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; !stopAfterRefusals() || i < 1; i++) {
        let response: Response;
        try {
          response = await fetch(`${url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(expectRepliesMessage(`load-${worker}`, i % 2 ? '1' : 'hallo')),
          });
        } catch {
          result.refused++;
          if (stopAfterRefusals()) return;
          continue;
        }
        try {
          const body = (await response.json()) as { activities?: unknown[] };
          if (response.status === 200 && (body.activities?.length ?? 0) > 0) result.answered++;
          else result.broken.push(`status ${response.status}`);
        } catch (error) {
          result.broken.push(`body: ${String(error)}`);
        }
      }
    }),
  );
  return result;
}

describe('graceful stop under load', WITH_A_START, () => {
  it('When SIGTERM arrives while 16 clients talk, Then every accepted request gets its full answer and the process exits 0', async () => {
    const { child, stderr } = startMain({ PORT: '0', HOST: '127.0.0.1' });
    try {
      const url = await waitFor(() => /"msg":"listening","url":"([^"]+)"/.exec(stderr())?.[1], LISTENING_WITHIN);
      let signalled = false;
      const progress: LoadResult = { answered: 0, broken: [], refused: 0 };
      const traffic = load(url, 16, () => signalled, progress);
      // Under way, whatever the machine's speed: SIGTERM comes once 60 turns were answered.
      await waitFor(() => (progress.answered >= 60 ? true : undefined), 30_000);
      child.kill('SIGTERM');
      signalled = true;
      const [[code], result] = await Promise.all([once(child, 'exit'), traffic]);

      expect(code).toBe(0);
      expect(result.broken).toStrictEqual([]);
      const stopped = JSON.parse(
        stderr()
          .split('\n')
          .find((l) => l.includes('"msg":"stopped"')) ?? '{}',
      ) as { served?: number; abandoned?: number };
      expect(stopped.abandoned).toBe(0);
      // Every request the server took in was answered in full, and the client got each answer.
      expect(result.answered).toBe(stopped.served);
      expect(result.answered).toBeGreaterThan(50);
      for (const line of stderr().trim().split('\n')) expect(() => JSON.parse(line), line).not.toThrow();
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('When `npm start` gets SIGTERM, Then the bot stops with it: no process of the group keeps running or serving', async () => {
    const npm = spawn('npm', ['start', '--silent'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    npm.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const group = npm.pid ?? 0;
    try {
      const url = await waitFor(() => /"msg":"listening","url":"([^"]+)"/.exec(output)?.[1], LISTENING_WITHIN);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      npm.kill('SIGTERM');
      const [code] = await once(npm, 'exit');
      expect(code).toBe(0);
      expect(output).toContain('"msg":"stopped"');
      await waitFor(() => (processesInGroup(group).length === 0 ? true : undefined), 5_000);
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    } finally {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        // The group is gone already: what the test wants.
      }
    }
  });
});

/** Pids of the processes still in process group `group` (Linux ps). */
function processesInGroup(group: number): string[] {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,pgid='], { encoding: 'utf8' }).trim().split('\n');
  return rows
    .map((row) => row.trim().split(/\s+/))
    .filter(([, pgid]) => pgid === String(group))
    .map(([pid]) => pid ?? '');
}
