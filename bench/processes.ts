import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';

/** A server the benchmark started as a child process, so it never shares a core with autocannon. */
export interface BenchServer {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  /** Resident memory of the process (its workers too, in worker mode) in MiB. */
  rssMiB(): number;
  stop(): Promise<void>;
}

const root = new URL('../', import.meta.url).pathname;

/**
 * Starts `node --import tsx <entry>` with exactly `env` (plus PATH) and waits until it printed
 * `ready` matches (stdout or stderr) `count` times, e.g. once per worker. The first capture group
 * of `ready` is the server's base URL.
 */
export async function startServer(
  name: string,
  entry: string,
  env: Record<string, string>,
  ready: RegExp,
  count = 1,
): Promise<BenchServer> {
  const child = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', entry], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    let seen = 0;
    const pattern = new RegExp(ready.source, 'g');
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const matches = [...output.matchAll(pattern)];
      if (matches.length > seen) seen = matches.length;
      if (seen >= count) resolve(matches[0][1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before it was ready:\n${output.slice(-2000)}`)));
    setTimeout(() => reject(new Error(`${name} was not ready within 60 s:\n${output.slice(-2000)}`)), 60_000).unref();
  });
  const pid = child.pid ?? 0;
  return { name, url, pid, rssMiB: () => treeRssMiB(pid), stop: () => stop(child) };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** VmRSS of a process and all its descendants (Linux /proc), in MiB; 0 where /proc is missing. */
function treeRssMiB(pid: number): number {
  let kib = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop() as number;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      kib += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const children = readFileSync(`/proc/${current}/task/${current}/children`, 'utf8').trim();
      if (children) pending.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended, or this is not Linux.
    }
  }
  return kib / 1024;
}
