/**
 * Why a turn failed, as far as the rest of the bot must act on it:
 * - `dependency`: Redis, the Graph API or the turn lock did not answer in time. Nothing is wrong
 *   with the user's state; the same message can succeed later (WhatsApp: Meta is asked to retry).
 * - `state`: the stored conversation cannot be continued (a dialog id that no longer exists,
 *   stored JSON that does not parse). Only then is the conversation state reset.
 * - `other`: a bug or an unexpected answer. The state is kept: resetting it would throw away what
 *   the user gave without fixing anything.
 */
export type FailureKind = 'dependency' | 'state' | 'other';

/** Messages ioredis rejects commands with when Redis is away, frozen or the connection dropped. */
const REDIS_UNAVAILABLE = [
  'Command timed out',
  'Connection is closed.',
  "Stream isn't writeable and enableOfflineQueue options is false",
  'Reached the max retries per request limit',
];

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** Thrown by a dependency wrapper of our own to say "try again later" without naming a library. */
export class DependencyUnavailableError extends Error {
  constructor(what: string, options?: { cause?: unknown }) {
    super(`${what} is not available right now`, options);
    this.name = 'DependencyUnavailableError';
  }
}

/** The error and every error it wraps (botbuilder-dialogs' DialogContextError.error, `cause`). */
function* chain(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== undefined && current !== null && !seen.has(current) && seen.size < 10) {
    seen.add(current);
    yield current;
    if (typeof current !== 'object') return;
    const wrapped = current as { error?: unknown; cause?: unknown };
    current = wrapped.error instanceof Error ? wrapped.error : wrapped.cause;
  }
}

function isDependency(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'DependencyUnavailableError' || error.name === 'MaxRetriesPerRequestError' || error.name === 'TurnLockTimeoutError')
    return true;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return true;
  if (REDIS_UNAVAILABLE.some((m) => error.message.startsWith(m))) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
  // undici's fetch: TypeError('fetch failed') with the socket error as its cause.
  if (error instanceof TypeError && error.message === 'fetch failed') return true;
  const status = (error as { status?: unknown }).status;
  return error.name === 'GraphSendError' && typeof status === 'number' && (status >= 500 || status === 429);
}

function isState(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /A dialog with an id of '.*' wasn't found/.test(error.message) || error.name === 'StateShapeError';
}

/** Classifies a failed turn's error (see FailureKind). */
export function failureKind(error: unknown): FailureKind {
  const errors = [...chain(error)];
  if (errors.some(isDependency)) return 'dependency';
  if (errors.some(isState)) return 'state';
  return 'other';
}

/** Thrown when stored conversation state does not have the shape the dialogs need. */
export class StateShapeError extends Error {
  constructor(detail: string) {
    super(`stored conversation state is unusable: ${detail}`);
    this.name = 'StateShapeError';
  }
}

/** What is wrong with the stored dialog stack, or undefined when botbuilder-dialogs can use it. */
export function dialogStackProblem(loaded: unknown): string | undefined {
  if (loaded === null || typeof loaded !== 'object') return 'not an object';
  const dialogState = (loaded as { dialogState?: unknown }).dialogState;
  if (dialogState === undefined) return undefined;
  const stack = (dialogState as { dialogStack?: unknown } | null)?.dialogStack;
  if (!Array.isArray(stack)) return 'dialogStack is not a list';
  const valid = (instance: unknown) =>
    instance !== null && typeof instance === 'object' && typeof (instance as { id?: unknown }).id === 'string';
  return stack.every(valid) ? undefined : 'a dialog on the stack has no id';
}
