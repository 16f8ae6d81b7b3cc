import type { Activity } from 'botbuilder';

/** An activity as it sits in a conversation's log: Direct Line ids and timestamps are set. */
export type LoggedActivity = Partial<Activity> & { id: string };

/** One entry of a conversation's log; `seq` is its Direct Line watermark. */
export interface LogEntry {
  seq: number;
  activity: LoggedActivity;
}

/** Direct Line's answer to a GET of activities, and the shape of every WebSocket frame. */
export interface ActivitySet {
  activities: LoggedActivity[];
  watermark: string;
}

export interface StoreLimits {
  /** Conversations kept at once by the memory store; the least recently used one goes first when full. */
  maxConversations: number;
  /** Activities kept per conversation; older ones drop out of the log. */
  maxActivitiesPerConversation: number;
  /** A conversation nobody touched for this long is forgotten (Redis: the keys' TTL). */
  idleTtlMs: number;
}

/** Who a conversation belongs to; everything else about it is its log. */
export interface ConversationRecord {
  readonly id: string;
  readonly userId: string;
  /** Locale the client asked for when it started the conversation (e.g. nl-BE). */
  readonly locale: string | undefined;
}

/** What `appendOnce` did: appended (`entry`), or found the activity taken in before (`duplicateOf`, its id). */
export type AppendedOnce = { entry: LogEntry; duplicateOf?: undefined } | { entry?: undefined; duplicateOf: string };

/** Appending to a conversation that expired or never existed. */
export class ConversationGone extends Error {
  constructor(readonly conversationId: string) {
    super('the Direct Line conversation is gone (expired or never started)');
    this.name = 'ConversationGone';
  }
}

/**
 * The conversations, logs and watermarks behind the built-in Direct Line endpoint, and the news of
 * every appended activity. Memory for one instance; Redis when several instances serve the same
 * conversations (an activity appended on one reaches the WebSockets open on another). Both pass
 * test/channels/directline/directLineStore.contract.ts.
 */
export interface DirectLineStore {
  /** Creates the conversation; false when it already exists (it is left unchanged). */
  create(record: ConversationRecord): Promise<boolean>;
  /** The conversation, kept alive by the lookup; undefined when unknown or idle too long. */
  get(id: string): Promise<ConversationRecord | undefined>;
  /**
   * Appends with the next Direct Line id (`<conversation>|<seq>`) and a timestamp, and tells every
   * subscriber. Throws ConversationGone when the conversation does not exist (any more).
   */
  append(id: string, activity: Partial<Activity>): Promise<LogEntry>;
  /**
   * Appends the user's activity once per `clientActivityID` (the id the client gave it, see
   * Web Chat's `channelData.clientActivityID`): when the conversation took in an activity with that
   * id before (a resend of a message that did arrive, only late), nothing is appended and the first
   * one's Direct Line id comes back. Check and append are one step, also across instances. The
   * newest `maxActivitiesPerConversation` ids are kept, as long as the conversation; "vergeet mij"
   * keeps them (random ids, nothing the user said). Throws ConversationGone like `append`.
   */
  appendOnce(id: string, clientActivityID: string, activity: Partial<Activity>): Promise<AppendedOnce>;
  /** Activities after `watermark` (all kept ones when absent) and the newest watermark. */
  since(id: string, watermark: number | undefined): Promise<ActivitySet>;
  /**
   * Drops every activity logged so far ("vergeet mij"): a reload shows nothing said before. The
   * conversation and its watermark stay, so what is appended next (the confirmation) still arrives.
   */
  forgetLog(id: string): Promise<void>;
  /** Calls `listener` for each activity appended from now on, in order; the result unsubscribes. */
  subscribe(id: string, listener: (entry: LogEntry) => void): Promise<() => Promise<void>>;
  /** Stops listening for appends; the store's data stays. */
  close(): Promise<void>;
}

/** The id Direct Line clients see: conversation and a zero-padded sequence number. */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

interface MemoryConversation {
  record: ConversationRecord;
  lastUsed: number;
  /** Sequence number of the next activity; the Direct Line watermark is the last one handed out. */
  next: number;
  log: LogEntry[];
  /** clientActivityID → sequence number of the activities taken in, oldest first (see `appendOnce`). */
  taken: Map<string, number>;
}

/**
 * The logs in this process, with hard limits so a busy or hostile internet cannot grow memory
 * without bound: a cap on conversations (least recently used first out), on activities per
 * conversation, and an idle lifetime. Lost on restart and not shared between instances.
 */
export class MemoryDirectLineStore implements DirectLineStore {
  /** Map order is least recently used first: `touch` moves a conversation to the end. */
  private readonly conversations = new Map<string, MemoryConversation>();
  private readonly listeners = new Map<string, Set<(entry: LogEntry) => void>>();

  constructor(
    private readonly limits: StoreLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Conversations held right now (for logs). */
  get size(): number {
    return this.conversations.size;
  }

  async create(record: ConversationRecord): Promise<boolean> {
    if (this.live(record.id)) return false;
    this.evictIdle();
    while (this.conversations.size >= this.limits.maxConversations) {
      const oldest = this.conversations.keys().next().value;
      if (oldest === undefined) break;
      this.conversations.delete(oldest);
    }
    this.conversations.set(record.id, { record: { ...record }, lastUsed: this.now(), next: 1, log: [], taken: new Map() });
    return true;
  }

  async get(id: string): Promise<ConversationRecord | undefined> {
    return this.live(id)?.record;
  }

  async append(id: string, activity: Partial<Activity>): Promise<LogEntry> {
    const conversation = this.live(id);
    if (!conversation) throw new ConversationGone(id);
    return this.appendTo(id, conversation, activity);
  }

  async appendOnce(id: string, clientActivityID: string, activity: Partial<Activity>): Promise<AppendedOnce> {
    const conversation = this.live(id);
    if (!conversation) throw new ConversationGone(id);
    const first = conversation.taken.get(clientActivityID);
    if (first !== undefined) return { duplicateOf: activityId(id, first) };
    // No await between the check and the record: a second post of the same id finds this one.
    const entry = this.appendTo(id, conversation, activity);
    conversation.taken.set(clientActivityID, entry.seq);
    if (conversation.taken.size > this.limits.maxActivitiesPerConversation) {
      const oldest = conversation.taken.keys().next().value;
      if (oldest !== undefined) conversation.taken.delete(oldest);
    }
    return { entry };
  }

  private appendTo(id: string, conversation: MemoryConversation, activity: Partial<Activity>): LogEntry {
    const seq = conversation.next++;
    const entry: LogEntry = { seq, activity: { ...activity, id: activityId(id, seq), timestamp: new Date(this.now()) } };
    conversation.log.push(entry);
    if (conversation.log.length > this.limits.maxActivitiesPerConversation) {
      conversation.log.splice(0, conversation.log.length - this.limits.maxActivitiesPerConversation);
    }
    for (const listener of this.listeners.get(id) ?? []) listener(entry);
    return entry;
  }

  async since(id: string, watermark: number | undefined): Promise<ActivitySet> {
    const conversation = this.live(id);
    if (!conversation) throw new ConversationGone(id);
    const after = watermark ?? 0;
    return {
      activities: conversation.log.filter((entry) => entry.seq > after).map((entry) => entry.activity),
      watermark: String(conversation.next - 1),
    };
  }

  async forgetLog(id: string): Promise<void> {
    const conversation = this.conversations.get(id);
    if (conversation) conversation.log = [];
  }

  async subscribe(id: string, listener: (entry: LogEntry) => void): Promise<() => Promise<void>> {
    const set = this.listeners.get(id) ?? new Set();
    set.add(listener);
    this.listeners.set(id, set);
    return async () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(id) === set) this.listeners.delete(id);
    };
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }

  /** The conversation if it exists and is not idle for too long; using it keeps it alive. */
  private live(id: string): MemoryConversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    if (this.now() - conversation.lastUsed > this.limits.idleTtlMs) {
      this.conversations.delete(id);
      return undefined;
    }
    conversation.lastUsed = this.now();
    this.conversations.delete(id);
    this.conversations.set(id, conversation);
    return conversation;
  }

  /** Idle conversations sit at the front (least recently used first), so this stops early. */
  private evictIdle(): void {
    for (const [id, conversation] of this.conversations) {
      if (this.now() - conversation.lastUsed <= this.limits.idleTtlMs) break;
      this.conversations.delete(id);
    }
  }
}
