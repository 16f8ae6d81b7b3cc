import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs the real CLI from the repository root, as `npm run nlu` does (tsx). */
function cli(args: string[], stdin: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/nlu.ts', ...args], {
    cwd: repoRoot,
    input: stdin,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the nlu CLI', () => {
  it('When utterances are piped in with --locale nl, Then it prints one JSON line per utterance, in order', () => {
    const { status, stdout, stderr } = cli(['--locale', 'nl'], 'wa kost da\nik wil ne afspraak\n\n');
    expect({ status, stderr }).toStrictEqual({ status: 0, stderr: '' });
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { text: string; intent: string; score: number });
    expect(lines.map(({ text, intent }) => ({ text, intent }))).toStrictEqual([
      { text: 'wa kost da', intent: 'cost' },
      { text: 'ik wil ne afspraak', intent: 'book_intake' },
      { text: '', intent: 'none' },
    ]);
    expect(lines.every((l) => l.score >= 0 && l.score <= 1)).toBe(true);
  });

  it('When --locale is missing or unknown, Then it exits 2 with the usage and prints nothing on stdout', () => {
    for (const args of [[], ['--locale', 'de']]) {
      const { status, stdout, stderr } = cli(args, 'hallo\n');
      expect({ status, stdout }).toStrictEqual({ status: 2, stdout: '' });
      expect(stderr).toContain('usage: npm run --silent nlu -- --locale nl|fr|en');
    }
  });
});
