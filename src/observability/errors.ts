import type { LogFields } from './logger.js';

/**
 * Log fields for any thrown value: its class and message and the top of the stack. Error messages
 * from our own code never carry user input; library messages may carry URLs, so query strings are
 * cut off.
 */
export function describeError(error: unknown): LogFields {
  if (error instanceof Error) {
    return {
      error: error.name,
      message: error.message.replace(/\?\S*/g, '?…'),
      stack: error.stack?.split('\n').slice(1, 4).join(' | ').trim(),
    };
  }
  return { error: typeof error, message: String(error).slice(0, 200) };
}
