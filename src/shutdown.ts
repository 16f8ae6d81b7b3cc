import { describeError } from './observability/errors.js';
import type { Logger } from './observability/logger.js';
import type { DrainResult } from './serverDrain.js';

export interface ShutdownOptions {
  /** How long requests in flight may take to finish (the server's grace period). */
  graceMs: number;
  /** process.exit, replaceable in tests. */
  exit?: (code: number) => void;
  signals?: readonly NodeJS.Signals[];
}

/**
 * On SIGTERM or SIGINT: stop taking requests, let those in flight finish (bounded by `graceMs`),
 * close Redis, exit 0. A signal that arrives while stopping is ignored (`npm start` in a terminal
 * passes Ctrl-C on to the bot, which then gets SIGINT twice); should the stop itself hang, a
 * timer a little after the grace period exits 1.
 */
export function stopOnSignals(stop: (graceMs: number) => Promise<DrainResult>, logger: Logger, options: ShutdownOptions): void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.info('already stopping', { signal });
      return;
    }
    stopping = true;
    logger.info('stopping', { signal, graceMs: options.graceMs });
    const deadline = setTimeout(() => {
      logger.error('stop took too long: exiting');
      exit(1);
    }, options.graceMs + 5_000);
    deadline.unref();
    stop(options.graceMs).then(
      (result) => {
        logger.info('stopped', { served: result.served, abandoned: result.abandoned });
        exit(0);
      },
      (error: unknown) => {
        logger.error('stop failed', describeError(error));
        exit(1);
      },
    );
  };
  for (const signal of options.signals ?? (['SIGTERM', 'SIGINT'] as const)) process.on(signal, onSignal);
}
