import type { Activity } from 'botbuilder';

/** An activity as it sits in a conversation's log: Direct Line ids and timestamps are set. */
export type LoggedActivity = Partial<Activity> & { id: string };

export interface StoreLimits {
  /** Conversations kept at once; the least recently used one goes first when full. */
  maxConversations: number;
  /** Activities kept per conversation; older ones drop out of the log. */
  maxActivitiesPerConversation: number;
  /** A conversation nobody touched for this long is forgotten. */
  idleTtlMs: number;
}

/** One conversation's log. `watermark` is the sequence number of the newest activity. */
export interface DirectLineConversation {
  readonly id: string;
  readonly userId: string;
  /** Locale the client asked for when it started the conversation (e.g. nl-BE). */
  readonly locale: string | undefined;
  lastUsed: number;
  /** Sequence number of the next activity; the Direct Line watermark is the last one handed out. */
  next: number;
  log: { seq: number; activity: LoggedActivity }[];
  /** Turns of one conversation run one after the other, so they never race on its state. */
  queue: Promise<void>;
}

/**
 * The in-memory logs behind the built-in Direct Line endpoint, with hard limits so a busy or hostile
 * internet cannot grow memory without bound: a cap on conversations (least recently used first out),
 * on activities per conversation, and an idle lifetime. It is per process: with more than one
 * instance, use Azure's Direct Line (DIRECTLINE_SECRET) instead.
 */
export class ConversationStore {
  /** Map order is least recently used first: `touch` moves a conversation to the end. */
  private readonly conversations = new Map<string, DirectLineConversation>();

  constructor(
    private readonly limits: StoreLimits,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.conversations.size;
  }

  /** The conversation if it exists and is not idle for too long; using it keeps it alive. */
  get(id: string): DirectLineConversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    if (this.now() - conversation.lastUsed > this.limits.idleTtlMs) {
      this.conversations.delete(id);
      return undefined;
    }
    this.touch(conversation);
    return conversation;
  }

  create(id: string, userId: string, locale: string | undefined): DirectLineConversation {
    this.evictIdle();
    while (this.conversations.size >= this.limits.maxConversations) {
      const oldest = this.conversations.keys().next().value;
      if (oldest === undefined) break;
      this.conversations.delete(oldest);
    }
    const conversation: DirectLineConversation = {
      id,
      userId,
      locale,
      lastUsed: this.now(),
      next: 1,
      log: [],
      queue: Promise.resolve(),
    };
    this.conversations.set(id, conversation);
    return conversation;
  }

  /** Appends to the log with the next Direct Line id (`<conversation>|<seq>`) and a timestamp. */
  append(conversation: DirectLineConversation, activity: Partial<Activity>): LoggedActivity {
    const seq = conversation.next++;
    const logged: LoggedActivity = {
      ...activity,
      id: `${conversation.id}|${String(seq).padStart(7, '0')}`,
      timestamp: new Date(this.now()),
    };
    conversation.log.push({ seq, activity: logged });
    if (conversation.log.length > this.limits.maxActivitiesPerConversation) {
      conversation.log.splice(0, conversation.log.length - this.limits.maxActivitiesPerConversation);
    }
    this.touch(conversation);
    return logged;
  }

  /** Activities after `watermark` (all when absent) and the new watermark. */
  since(conversation: DirectLineConversation, watermark: number | undefined): { activities: LoggedActivity[]; watermark: string } {
    const after = watermark ?? 0;
    return {
      activities: conversation.log.filter((entry) => entry.seq > after).map((entry) => entry.activity),
      watermark: String(conversation.next - 1),
    };
  }

  private touch(conversation: DirectLineConversation): void {
    conversation.lastUsed = this.now();
    this.conversations.delete(conversation.id);
    this.conversations.set(conversation.id, conversation);
  }

  /** Idle conversations sit at the front (least recently used first), so this stops early. */
  private evictIdle(): void {
    for (const [id, conversation] of this.conversations) {
      if (this.now() - conversation.lastUsed <= this.limits.idleTtlMs) break;
      this.conversations.delete(id);
    }
  }
}
