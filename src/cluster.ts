import cluster, { type Worker } from 'node:cluster';
import type { Logger } from './observability/logger.js';

export interface ClusterOptions {
  /** WORKERS: how many bot processes share the port; 1 = no cluster, this process serves. */
  workers: number;
  logger: Logger;
  /** How long the workers get to finish their turns after SIGTERM before they are killed. */
  drainTimeoutMs?: number;
  /** Restart delay after a crash, doubled for each crash in a row (up to 30 s). */
  restartDelayMs?: number;
}

const DEFAULT_DRAIN_TIMEOUT_MS = 30_000;
const DEFAULT_RESTART_DELAY_MS = 500;
const MAX_RESTART_DELAY_MS = 30_000;
/** A worker that lived this long counts as healthy: the crash back-off starts again. */
const STABLE_AFTER_MS = 60_000;

/**
 * The production start with several worker processes (node:cluster). Call it from the entry point
 * before the bot starts: in the primary (WORKERS > 1) it forks the workers, which run the same
 * entry point, keeps them running and answers `true`: the primary serves nothing itself. In a
 * worker, or with WORKERS = 1, it answers `false` and the caller starts the bot as usual.
 *
 * The workers share the listening port (the primary hands out connections round robin) and must
 * share their state through Redis. SIGTERM or SIGINT to the primary is passed on as SIGTERM to
 * every worker; each drains through its own shutdown and exits, then the primary exits 0 (1 if a
 * worker had to be killed after `drainTimeoutMs`). A worker that dies otherwise is restarted.
 */
export function startClusterPrimary(options: ClusterOptions): boolean {
  if (cluster.isWorker) {
    ignoreRepeatedSignals();
    options.logger.info('worker starting', { worker: process.pid });
    return false;
  }
  if (options.workers <= 1) return false;
  new Supervisor(options).start();
  return true;
}

/**
 * A process manager may signal the whole process group (a terminal's Ctrl-C, systemd) while the
 * primary passes the signal on as well, so a worker can get two. The entry point stops on the
 * first with `process.once`; after that no listener would be left and the second signal would
 * end the worker halfway through its drain. This guard, registered before the entry point's
 * handlers, ignores signals once a drain has begun; before the bot has installed its handlers
 * (still starting) it lets the signal end the worker as it would without the guard.
 */
function ignoreRepeatedSignals(): void {
  let draining = false;
  const guard = (signal: NodeJS.Signals) => {
    if (draining) return;
    if (process.listenerCount(signal) > 1) {
      draining = true; // The entry point's own handler runs right after this one.
      return;
    }
    process.removeListener('SIGTERM', guard);
    process.removeListener('SIGINT', guard);
    process.kill(process.pid, signal);
  };
  process.on('SIGTERM', guard);
  process.on('SIGINT', guard);
}

class Supervisor {
  private stopping = false;
  private crashesInARow = 0;
  private readonly startedAt = new Map<Worker, number>();
  private readonly drainTimeoutMs: number;
  private readonly restartDelayMs: number;

  constructor(private readonly options: ClusterOptions) {
    this.drainTimeoutMs = options.drainTimeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS;
    this.restartDelayMs = options.restartDelayMs ?? DEFAULT_RESTART_DELAY_MS;
  }

  start(): void {
    this.options.logger.info('starting workers', { workers: this.options.workers, primary: process.pid });
    cluster.on('exit', (worker, code, signal) => this.onExit(worker, code, signal));
    for (let i = 0; i < this.options.workers; i++) this.fork();
    process.on('SIGTERM', () => void this.stop('SIGTERM'));
    process.on('SIGINT', () => void this.stop('SIGINT'));
  }

  private fork(): void {
    const worker = cluster.fork();
    this.startedAt.set(worker, Date.now());
    this.options.logger.info('worker started', { worker: worker.process.pid });
  }

  private onExit(worker: Worker, code: number | null, signal: string | null): void {
    const lived = Date.now() - (this.startedAt.get(worker) ?? Date.now());
    this.startedAt.delete(worker);
    if (this.stopping) {
      this.options.logger.info('worker stopped', { worker: worker.process.pid, code: code ?? undefined, signal: signal ?? undefined });
      return;
    }
    this.crashesInARow = lived >= STABLE_AFTER_MS ? 1 : this.crashesInARow + 1;
    const delay = Math.min(MAX_RESTART_DELAY_MS, this.restartDelayMs * 2 ** (this.crashesInARow - 1));
    this.options.logger.error('worker died: starting a new one', {
      worker: worker.process.pid,
      code: code ?? undefined,
      signal: signal ?? undefined,
      restartInMs: delay,
    });
    setTimeout(() => {
      if (!this.stopping) this.fork();
    }, delay).unref();
  }

  private async stop(signal: string): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
    this.options.logger.info('stopping workers', { signal, workers: workers.length });
    const exited = workers.map((w) => new Promise<void>((resolve) => (w.isDead() ? resolve() : w.once('exit', () => resolve()))));
    for (const w of workers) w.process.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const drained = await Promise.race([
      Promise.all(exited).then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), this.drainTimeoutMs))),
    ]);
    clearTimeout(timer);
    if (!drained) {
      const left = workers.filter((w) => !w.isDead());
      this.options.logger.error('workers did not stop in time: killing them', { workers: left.length, timeoutMs: this.drainTimeoutMs });
      for (const w of left) w.process.kill('SIGKILL');
      await Promise.all(exited);
    }
    this.options.logger.info('all workers stopped');
    process.exit(drained ? 0 : 1);
  }
}
