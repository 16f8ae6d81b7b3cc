import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testRegime, testRulesFile, unknown } from './support/rules.js';

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

async function waitFor<T>(probe: () => T | undefined, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('main (npm start)', () => {
  it('When started with no configuration at all, Then it listens, answers /healthz, and stops cleanly on SIGTERM', async () => {
    const { child, stderr } = startMain({ PORT: '0', HOST: '127.0.0.1' });
    try {
      const url = await waitFor(() => /"msg":"listening","url":"([^"]+)"/.exec(stderr())?.[1], 15_000);
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
    expect(stderr().trim().split('\n').filter((line) => !line.startsWith('{'))).toEqual([
      'Loopbaanbot cannot start, the configuration is wrong:',
      `  RULES_FILE (${file}): regimes.0.validTo: ends before it starts`,
      `  RULES_FILE (${file}): regimes.0.conditions: a confirmed regime needs conditions`,
    ]);
    expect(stderr()).not.toContain('"msg":"listening"');
  });
});
