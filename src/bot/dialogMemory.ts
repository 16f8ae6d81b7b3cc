import { createRequire } from 'node:module';

/**
 * Two costs botbuilder-dialogs pays for every DialogContext, several of which every turn builds
 * (the root's, and one per component dialog on the stack), for work whose answer never changes:
 *
 * - Its DialogStateManager constructor builds a new `DialogsComponentRegistration` (a service
 *   collection with a dozen factories) and registers it under its class name, replacing the one
 *   before: only the last is ever read. About 7 % of what a turn allocates.
 * - Every memory read and write (`turn.activity` in each constructor, the dialog events) parses
 *   its path expression character by character. The paths are a handful of constants (a path
 *   with brackets may read memory while it is parsed, so only paths without them are remembered).
 *
 * `shareDialogMemorySetup` makes the first a single registration for the process and remembers
 * parsed paths. Both are the SDK's own objects and results: the registration holds only the
 * stateless scopes and resolvers, and a remembered path is handed out as a copy, because the SDK
 * takes segments off the array it gets (deleteValue pops the last one).
 */
const require = createRequire(import.meta.url);

interface RegistrationModule {
  DialogsComponentRegistration: new () => object;
}

interface StateManagerPrototype {
  parsePath(pathExpression: string, allowNestedPaths?: boolean): (string | number)[];
}

/** Path expressions remembered at most; dialogs use a few dozen, so this never fills in practice. */
const MAX_REMEMBERED_PATHS = 512;

let shared = false;

export function shareDialogMemorySetup(): void {
  if (shared) return;
  shared = true;
  shareComponentRegistration(require('botbuilder-dialogs/lib/dialogsComponentRegistration.js') as RegistrationModule);
  rememberParsedPaths(
    (require('botbuilder-dialogs/lib/memory/dialogStateManager.js') as { DialogStateManager: { prototype: StateManagerPrototype } })
      .DialogStateManager.prototype,
  );
}

function shareComponentRegistration(module: RegistrationModule): void {
  const Original = module.DialogsComponentRegistration;
  let instance: object | undefined;
  // Called with `new`, a constructor that returns an object gives that object: the same one each
  // time, still an instance of the SDK's class (its constructor name is what the registry keys on).
  const Shared = function DialogsComponentRegistration(): object {
    instance ??= new Original();
    return instance;
  } as unknown as new () => object;
  Shared.prototype = Original.prototype;
  module.DialogsComponentRegistration = Shared;
}

function rememberParsedPaths(prototype: StateManagerPrototype): void {
  const parse = prototype.parsePath;
  const parsed = new Map<string, readonly (string | number)[]>();
  prototype.parsePath = function parsePath(this: StateManagerPrototype, pathExpression, allowNestedPaths = true) {
    // A bracket may hold a nested path read from memory ("dialog.list[turn.index]"): parsed anew every time.
    if (typeof pathExpression !== 'string' || pathExpression.includes('[')) return parse.call(this, pathExpression, allowNestedPaths);
    const key = `${allowNestedPaths ? '1' : '0'}${pathExpression}`;
    let segments = parsed.get(key);
    if (!segments) {
      segments = parse.call(this, pathExpression, allowNestedPaths);
      if (parsed.size >= MAX_REMEMBERED_PATHS) parsed.clear();
      parsed.set(key, segments);
    }
    return segments.slice();
  };
}
