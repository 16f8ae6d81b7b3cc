import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  name: string;
  base: string;
  instructions: Instruction[];
}

/** Dockerfile → stages of instructions (continuation lines joined, comments dropped). */
function parseDockerfile(text: string): { args: Instruction[]; stages: Stage[] } {
  const logical = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const args: Instruction[] = [];
  const stages: Stage[] = [];
  for (const line of logical) {
    const [keyword = '', ...rest] = line.split(/\s+/);
    const instruction = { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    if (instruction.keyword === 'FROM') {
      const match = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction.args);
      stages.push({ base: match?.[1] ?? '', name: match?.[2] ?? String(stages.length), instructions: [] });
    } else if (stages.length === 0) {
      args.push(instruction);
    } else {
      stages[stages.length - 1].instructions.push(instruction);
    }
  }
  return { args, stages };
}

/** A .dockerignore matcher for the patterns we use: `*`, `**`, `!` exceptions; the last match decides. */
function ignored(patterns: string[], path: string): boolean {
  let result = false;
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const pattern = negated ? raw.slice(1) : raw;
    const source = pattern
      .split('/')
      .map((part) =>
        part === '**'
          ? '.*'
          : part
              .replace(/[.+^${}()|[\]\\]/g, '\\$&')
              .replace(/\*/g, '[^/]*')
              .replace(/\?/g, '[^/]'),
      )
      .join('/')
      .replace(/^\.\*\//, '(?:.*/)?');
    // A pattern that names a folder covers everything below it.
    if (new RegExp(`^${source}(?:/.*)?$`).test(path)) result = !negated;
  }
  return result;
}

const dockerfile = parseDockerfile(read('deployment/Dockerfile'));
const ignorePatterns = read('deployment/Dockerfile.dockerignore')
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'));
const runtime = dockerfile.stages[dockerfile.stages.length - 1];
const find = (stage: Stage, keyword: string) => stage.instructions.filter((i) => i.keyword === keyword);

describe('deployment/Dockerfile', () => {
  it('When it is built, Then it has separate build, production-dependency and runtime stages', () => {
    expect(dockerfile.stages.map((s) => s.name)).toEqual(['build', 'deps', 'runtime']);
    expect(find(dockerfile.stages[0], 'RUN').map((r) => r.args)).toContain('npm run build');
  });

  it('When the image runs, Then it runs as the unprivileged node user, never root', () => {
    const users = find(runtime, 'USER').map((u) => u.args);
    expect(users.at(-1)).toBe('node');
    expect(users).not.toContain('root');
    expect(users).not.toContain('0');
  });

  it('When the container starts, Then node itself is PID 1 (exec form, no shell, no npm) running the compiled dist/', () => {
    expect(find(runtime, 'ENTRYPOINT')).toEqual([]);
    const cmd = find(runtime, 'CMD').at(-1)?.args ?? '';
    const argv = JSON.parse(cmd) as string[];
    expect(argv[0]).toBe('node');
    expect(argv.at(-1)).toBe('dist/src/main.js');
    expect(argv.join(' ')).not.toMatch(/npm|tsx|sh -c/);
    expect(find(runtime, 'STOPSIGNAL').map((s) => s.args)).toEqual(['SIGTERM']);
  });

  it('When dependencies are installed for the image, Then only production ones reach the runtime stage', () => {
    const deps = dockerfile.stages.find((s) => s.name === 'deps');
    expect(find(deps as Stage, 'RUN').some((r) => /npm ci\b.*--omit=dev/.test(r.args))).toBe(true);
    const copies = find(runtime, 'COPY').map((c) => c.args);
    expect(copies.filter((c) => c.includes('node_modules'))).toEqual(['--from=deps --chown=root:root /app/node_modules ./node_modules']);
    // From the build stage (which has the dev dependencies) only the compiled output comes along.
    expect(copies.filter((c) => c.includes('--from=build'))).toEqual(['--from=build --chown=root:root /app/dist ./dist']);
    expect(find(runtime, 'RUN')).toEqual([]);
  });

  it('When base images are pulled, Then every stage uses the same pinned Node 20 image, never latest', () => {
    const version = dockerfile.args.find((a) => a.keyword === 'ARG' && a.args.startsWith('NODE_VERSION='))?.args.split('=')[1] ?? '';
    expect(version).toMatch(/^20\.(19|[2-9]\d)\.\d+$/);
    for (const stage of dockerfile.stages) expect(stage.base).toBe('node:${NODE_VERSION}-bookworm-slim');
  });

  it('When the image is checked by the platform, Then it has a health check on /healthz', () => {
    expect(find(runtime, 'HEALTHCHECK').at(-1)?.args).toContain('/healthz');
  });

  it('When a stage copies from the build context, Then every source exists and .dockerignore lets it through', () => {
    const sources = dockerfile.stages
      .flatMap((stage) => find(stage, 'COPY'))
      .filter((copy) => !copy.args.includes('--from='))
      .flatMap((copy) =>
        copy.args
          .split(/\s+/)
          .filter((part) => !part.startsWith('--'))
          .slice(0, -1),
      );
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) {
      expect(existsSync(`${root}${source}`), source).toBe(true);
      expect(ignored(ignorePatterns, source), source).toBe(false);
    }
  });

  it('When the build context is sent, Then secrets, dependencies, git history and tests stay behind', () => {
    for (const path of [
      '.env',
      'src/.env',
      '.env.production',
      'node_modules/zod/index.js',
      '.git/config',
      'test/server.test.ts',
      'dist/src/main.js',
      'bench/turns.ts',
      'npm-debug.log',
    ]) {
      expect(ignored(ignorePatterns, path), path).toBe(true);
    }
    for (const path of [
      'package.json',
      'package-lock.json',
      'src/main.ts',
      'dialogs/rootDialog.ts',
      'locales/nl/common.json',
      'data/cheque-regimes.json',
    ]) {
      expect(ignored(ignorePatterns, path), path).toBe(false);
    }
  });
});
