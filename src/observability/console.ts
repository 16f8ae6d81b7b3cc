import { describeError } from './errors.js';
import type { Logger, LogFields } from './logger.js';

/**
 * Sends what libraries print with `console.*` through the JSON logger, one line each. botbuilder
 * prints whole error objects (multi-line stacks; a dialog error even carries the dialog state with
 * the user's answers) for every refused token. Only the first line of text and the error's class,
 * message and top of stack are kept.
 */
export function routeConsoleTo(logger: Logger): void {
  const forward =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const error = args.find((a): a is Error => a instanceof Error);
      const text = args
        .filter((a): a is string => typeof a === 'string')
        .join(' ')
        .split('\n')[0]
        ?.slice(0, 200);
      const fields: LogFields = { ...(text ? { text } : {}), ...(error ? describeError(error) : {}) };
      logger[level]('library said', fields);
    };
  console.error = forward('error');
  console.warn = forward('warn');
  console.info = forward('info');
  console.log = forward('info');
  console.debug = forward('debug');
}

/**
 * Node's own warnings (restify 11 triggers DEP0111 twice at start-up) as one JSON line each at
 * warn level, instead of Node's multi-line text on stderr.
 */
export function routeProcessWarningsTo(logger: Logger): void {
  process.removeAllListeners('warning');
  process.on('warning', (warning) => logger.warn('node warning', { error: warning.name, message: warning.message.split('\n')[0] }));
}

/**
 * Failures nothing caught, as one JSON line each instead of Node's multi-line report. A promise
 * nobody awaited (a library's background work) is logged and the bot goes on; an uncaught
 * exception leaves the process in an unknown state, so it is logged and the process exits 1 for
 * the platform to restart it.
 */
export function logProcessFailures(logger: Logger, exit: (code: number) => void = (code) => process.exit(code)): void {
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', describeError(reason)));
  process.on('uncaughtException', (error) => {
    logger.error('uncaught exception: exiting', describeError(error));
    exit(1);
  });
}

/** Everything the process and its libraries say goes through `logger`, one JSON line per event. */
export function logEverythingThrough(logger: Logger): void {
  routeConsoleTo(logger);
  routeProcessWarningsTo(logger);
  logProcessFailures(logger);
}
