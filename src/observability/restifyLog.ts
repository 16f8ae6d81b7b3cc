import type { Logger } from './logger.js';

/**
 * The `log` restify writes its own lines to, in the shape it calls (pino's: `child`, and a method
 * per level taking an optional object, then a message). Without one, restify makes its own pino
 * logger on stdout and puts whole objects in it: "Discarded returned value from async handler"
 * logs the response with the request inside, Authorization header and body included.
 * Here each warning or error is one line of ours, its message only: restify's objects never reach
 * the log. Trace, debug and info lines (restify's own request tracing) are dropped.
 */
export function restifyLog(logger: Logger): RestifyLog {
  const drop = (): void => {};
  const messageOf = (args: readonly unknown[]): string => {
    const message = args.find((a): a is string => typeof a === 'string');
    return `restify: ${message ?? 'unnamed event'}`;
  };
  const log: RestifyLog = {
    child: () => log,
    trace: drop,
    debug: drop,
    info: drop,
    warn: (...args) => logger.warn(messageOf(args)),
    error: (...args) => logger.error(messageOf(args)),
    fatal: (...args) => logger.error(messageOf(args)),
  };
  return log;
}

export interface RestifyLog {
  child(): RestifyLog;
  trace(...args: unknown[]): void;
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  fatal(...args: unknown[]): void;
}
