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
  /** CPU seconds (user + system) the process and its workers used so far. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

const root = new URL('../', import.meta.url).pathname;

/**
 * Starts `node <args>` in the repository with exactly `env` (plus PATH) and waits until it printed
 * `ready` matches (stdout or stderr) `count` times, e.g. once per worker. The first capture group
 * of `ready` is the server's base URL.
 */
export async function startServer(
  name: string,
  args: readonly string[],
  env: Record<string, string>,
  ready: RegExp,
  count = 1,
): Promise<BenchServer> {
  const child = spawn(process.execPath, args, {
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
  return {
    name,
    url,
    pid,
    rssMiB: () => treeSum(pid, rssKiB) / 1024,
    cpuSeconds: () => treeSum(pid, cpuTicks) / TICKS_PER_SECOND,
    stop: () => stop(child),
  };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * The node arguments of the image's CMD (deployment/Dockerfile), so the bench starts the product
 * exactly as production does: compiled dist/, same V8 flags.
 */
export function productionNodeArgs(): string[] {
  const dockerfile = readFileSync(new URL('../deployment/Dockerfile', import.meta.url), 'utf8');
  const cmd = [...dockerfile.matchAll(/^CMD (\[.*\])$/gm)].at(-1)?.[1];
  if (!cmd) throw new Error('deployment/Dockerfile has no exec-form CMD');
  const argv = JSON.parse(cmd) as string[];
  if (argv[0] !== 'node') throw new Error('deployment/Dockerfile CMD does not start node');
  return argv.slice(1);
}

/** Linux's USER_HZ (`getconf CLK_TCK`), the unit of the CPU times in /proc/<pid>/stat. */
const TICKS_PER_SECOND = 100;

function rssKiB(pid: number): number {
  return Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
}

function cpuTicks(pid: number): number {
  // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** `measure` summed over a process and all its descendants (Linux /proc); 0 where /proc is missing. */
function treeSum(pid: number, measure: (pid: number) => number): number {
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop() as number;
    try {
      total += measure(current);
      const children = readFileSync(`/proc/${current}/task/${current}/children`, 'utf8').trim();
      if (children) pending.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended, or this is not Linux.
    }
  }
  return total;
}
