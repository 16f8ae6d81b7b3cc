import {
  ConversationState as SdkConversationState,
  UserState as SdkUserState,
  type BotState,
  calculateChangeHash,
  type Storage,
  type StoreItem,
  type TurnContext,
} from 'botbuilder';

interface Cached {
  state: StoreItem;
  /** The state as loaded (or last saved), without its eTag; the SDK keeps a sha256 of this. */
  snapshot: string;
}

/**
 * The state as JSON without its eTag: what the SDK hashes to see whether a turn changed it.
 * BotState serialises with a replacer function (a call per value, for circular structures) and
 * then hashes with sha256, three times per state per turn; state here is plain JSON by design
 * (stateShapes.ts), so one plain JSON.stringify per load and save gives the same answer for a
 * fraction of the work. Anything JSON.stringify refuses falls back to the SDK's own hash.
 */
function snapshotOf(state: StoreItem): string {
  const { eTag: _eTag, ...rest } = state;
  try {
    return JSON.stringify(rest);
  } catch {
    return `sha256:${calculateChangeHash(state)}`;
  }
}

function keyOrThrow(key: string | undefined, state: object): string {
  if (!key) throw new Error(`${state.constructor.name}: getStorageKey() returned no key.`);
  return key;
}

/** BotState's load/save/clear/delete/get with the cheaper change check; one per state object. */
class ChangeTracker {
  private readonly key = Symbol('loopbaanbot.state');

  constructor(
    private readonly storage: Storage,
    private readonly storageKey: (context: TurnContext) => string,
  ) {}

  async load(context: TurnContext, force = false): Promise<StoreItem> {
    const cached = context.turnState.get(this.key) as Cached | undefined;
    if (!force && cached?.state) return cached.state;
    const key = this.storageKey(context);
    const items = await this.storage.read([key]);
    const state: StoreItem = items[key] ?? {};
    context.turnState.set(this.key, { state, snapshot: snapshotOf(state) } satisfies Cached);
    return state;
  }

  async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cached = context.turnState.get(this.key) as Cached | undefined;
    const snapshot = cached ? snapshotOf(cached.state) : undefined;
    if (!force && (cached === undefined || snapshot === cached.snapshot)) return;
    const key = this.storageKey(context);
    const saved: Cached = cached ?? { state: {}, snapshot: '' };
    saved.state.eTag = '*';
    await this.storage.write({ [key]: saved.state });
    saved.snapshot = snapshot ?? snapshotOf(saved.state);
    context.turnState.set(this.key, saved);
  }

  clear(context: TurnContext): Promise<void> {
    // An empty snapshot never matches, so the next saveChanges writes the empty state.
    context.turnState.set(this.key, { state: {}, snapshot: '' } satisfies Cached);
    return Promise.resolve();
  }

  async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.key);
    await this.storage.delete([this.storageKey(context)]);
  }

  get(context: TurnContext): StoreItem | undefined {
    const cached = context.turnState.get(this.key) as Cached | undefined;
    return typeof cached === 'object' && typeof cached.state === 'object' ? cached.state : undefined;
  }

  /** What `load` keeps when it read `item` (undefined: nothing stored yet). */
  keep(context: TurnContext, item: StoreItem | undefined): void {
    const state: StoreItem = item ?? {};
    context.turnState.set(this.key, { state, snapshot: snapshotOf(state) } satisfies Cached);
  }
}

/** A state that can be read ahead of the turn, together with others (see readStates). */
interface ReadableAhead {
  storageInUse(): Storage;
  /** The state's storage key for this turn, or undefined when the activity lacks the ids for it. */
  keyFor(context: TurnContext): string | undefined;
  keep(context: TurnContext, item: StoreItem | undefined): void;
}

/** States read together: `keep` puts them on a turn as their `load` would have. */
export interface StatesRead {
  keep(context: TurnContext): void;
}

/**
 * Reads several states of one storage in one call (one MGET on Redis) instead of one read each.
 * Undefined when they use different storages or a key cannot be built (the turn then loads them
 * itself, and meets any problem where it always did).
 */
export async function readStates(context: TurnContext, states: readonly ReadableAhead[]): Promise<StatesRead | undefined> {
  const storage = states[0]?.storageInUse();
  const keys: string[] = [];
  for (const state of states) {
    const key = state.keyFor(context);
    if (!key || state.storageInUse() !== storage) return undefined;
    keys.push(key);
  }
  if (!storage) return undefined;
  const items = await storage.read(keys);
  return {
    keep: (turn) => states.forEach((state, i) => state.keep(turn, items[keys[i] ?? ''])),
  };
}

function keyOrUndefined(state: { getStorageKey(context: TurnContext): string | undefined }, context: TurnContext): string | undefined {
  try {
    return state.getStorageKey(context);
  } catch {
    return undefined;
  }
}

/** What the mixin needs of botbuilder's ConversationState and UserState: a storage key per turn. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript's mixin rule (TS2545) asks for exactly any[].
type SdkStateClass = new (...args: any[]) => BotState & { getStorageKey(context: TurnContext): string | undefined };

/** The SDK state class with BotState's load/save/clear/delete/get going through a ChangeTracker. */
function withCheaperChangeCheck<Sdk extends SdkStateClass>(Base: Sdk) {
  return class extends Base {
    private readonly tracker = new ChangeTracker(this.storage, (context) => keyOrThrow(this.getStorageKey(context), this));

    override load(context: TurnContext, force?: boolean): Promise<StoreItem> {
      return this.tracker.load(context, force);
    }
    override saveChanges(context: TurnContext, force?: boolean): Promise<void> {
      return this.tracker.saveChanges(context, force);
    }
    override clear(context: TurnContext): Promise<void> {
      return this.tracker.clear(context);
    }
    override delete(context: TurnContext): Promise<void> {
      return this.tracker.delete(context);
    }
    override get(context: TurnContext): StoreItem | undefined {
      return this.tracker.get(context);
    }
    storageInUse(): Storage {
      return this.storage;
    }
    keyFor(context: TurnContext): string | undefined {
      return keyOrUndefined(this, context);
    }
    keep(context: TurnContext, item: StoreItem | undefined): void {
      this.tracker.keep(context, item);
    }
  };
}

/** botbuilder's ConversationState with a cheaper change check (see snapshotOf); same storage keys. */
export class ConversationState extends withCheaperChangeCheck(SdkConversationState) {}

/** botbuilder's UserState with a cheaper change check (see snapshotOf); same storage keys. */
export class UserState extends withCheaperChangeCheck(SdkUserState) {}
