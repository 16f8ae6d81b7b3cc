import { randomBytes } from 'node:crypto';
import type { Activity, ConversationReference, ResourceResponse, TurnContext } from 'botbuilder';
import type { ContinueConversation } from '../../bot/proactive.js';
import type { Logger } from '../../observability/logger.js';
import {
  ConversationGone,
  MemoryDirectLineStore,
  type ActivitySet,
  type ConversationRecord,
  type DirectLineStore,
  type LogEntry,
  type StoreLimits,
} from './conversationStore.js';
import { InProcessAdapter } from './inProcessAdapter.js';
import { RateLimiter } from './rateLimit.js';
import { bearer, DirectLineError, notFound, parseWatermark, PostedActivity, StartBody, tokenErrorCode } from './protocol.js';
import { TokenIssuer, type TokenClaims, type TokenScope } from './tokens.js';

/**
 * The channel id of the built-in endpoint: the same one Azure's Direct Line gives Web Chat, so the
 * per-channel renderer treats both alike. Conversation ids start with `local-`, so state keys never
 * meet those of Azure's Direct Line conversations.
 */
export const DIRECT_LINE_CHANNEL_ID = 'directline';
/** Never called: replies are buffered in-process (see InProcessAdapter). It marks our references. */
export const DIRECT_LINE_SERVICE_URL = 'https://directline.invalid/';
/** Every conversation of the built-in endpoint has an id with this prefix. */
const CONVERSATION_PREFIX = 'local-';

export interface DirectLineOptions extends StoreLimits {
  /** HMAC key for tokens (≥ 32 bytes); undefined = random per process. */
  tokenSecret: Buffer | undefined;
  tokenLifetimeSeconds: number;
  /** New conversations per client address and window. */
  newConversations: { max: number; windowMs: number };
  /** Messages per conversation and window; each one runs the bot. */
  messages: { max: number; windowMs: number };
  /** The bot's id as the recipient of activities (MicrosoftAppId, or a fixed local id). */
  botId: string;
  botName: string;
}

export const DEFAULT_DIRECT_LINE_OPTIONS: Omit<DirectLineOptions, 'tokenSecret' | 'botId'> = {
  botName: 'Loopbaanbot',
  tokenLifetimeSeconds: 30 * 60,
  maxConversations: 5_000,
  maxActivitiesPerConversation: 300,
  idleTtlMs: 60 * 60 * 1000,
  newConversations: { max: 10, windowMs: 60_000 },
  messages: { max: 60, windowMs: 60_000 },
};

export { DirectLineError } from './protocol.js';

export interface DirectLineBot {
  run(context: TurnContext): Promise<void>;
}

/** What a client needs to open the conversation's WebSocket (the routes turn it into a `streamUrl`). */
export interface StreamTicket {
  /** A one-minute token for this stream only. */
  token: string;
  /** Activities after this watermark are sent first ('' = the whole kept log). */
  watermark: string;
}

/** Direct Line's answer to token generate/refresh and conversation start. */
export interface ConversationTicket {
  conversationId: string;
  token: string;
  expires_in: number;
}

/**
 * The Direct Line v3 subset the bot serves itself, so Web Chat works without Azure. Tokens are
 * conversation-scoped and short-lived (TokenIssuer); every call checks the token and that it
 * belongs to the conversation in the URL. Each posted message runs the bot in-process; the user's
 * message and the bot's replies are appended to the conversation's log (DirectLineStore), from
 * where clients poll them with a watermark or receive them on the conversation's WebSocket stream.
 * Proactive messages (`continueConversation`) are appended the same way.
 */
export class DirectLineService {
  readonly tokens: TokenIssuer;
  private readonly store: DirectLineStore;
  private readonly adapter: InProcessAdapter;
  private readonly newConversationLimit: RateLimiter;
  private readonly messageLimit: RateLimiter;
  private readonly now: () => number;
  /** Turns of one conversation run one after the other in this process, so they never race on its state. */
  private readonly queues = new Map<string, Promise<void>>();

  constructor(
    private readonly bot: DirectLineBot,
    private readonly options: DirectLineOptions,
    private readonly logger: Logger,
    onTurnError: (context: TurnContext, error: unknown) => Promise<void>,
    now: () => number = Date.now,
    store?: DirectLineStore,
  ) {
    this.now = now;
    this.tokens = new TokenIssuer(options.tokenSecret, options.tokenLifetimeSeconds, now);
    this.store = store ?? new MemoryDirectLineStore(options, now);
    this.newConversationLimit = new RateLimiter(options.newConversations, now);
    this.messageLimit = new RateLimiter({ ...options.messages, maxClients: options.maxConversations }, now);
    this.adapter = new InProcessAdapter((conversationId, activities) => this.deliver(conversationId, activities));
    this.adapter.onTurnError = onTurnError;
  }

  /** A token for a new conversation (tokens/generate, the page's token endpoint); rate-limited per client. */
  generate(client: string): ConversationTicket & { userId: string } {
    const limit = this.newConversationLimit.hit(client);
    if (!limit.allowed) {
      throw new DirectLineError(429, 'TooManyRequests', 'too many new conversations from this address', limit.retryAfterSeconds);
    }
    const conversationId = `${CONVERSATION_PREFIX}${randomBytes(12).toString('base64url')}`;
    // Not `dl_…`: Web Chat reserves that prefix for ids inside Azure's JWT tokens.
    const userId = `user_${randomBytes(12).toString('base64url')}`;
    return { ...this.ticket(conversationId, userId), userId };
  }

  /** A fresh token for the same conversation and user, while the old one is still valid. */
  refresh(authorization: string | undefined): ConversationTicket {
    const claims = this.authorize(authorization);
    return this.ticket(claims.conversationId, claims.userId);
  }

  /**
   * Starts the token's conversation and greets the user (the conversationUpdate Web Chat expects);
   * a second call for the same conversation returns it unchanged.
   */
  async start(
    authorization: string | undefined,
    body: unknown,
  ): Promise<{ created: boolean; ticket: ConversationTicket; stream: StreamTicket }> {
    const claims = this.authorize(authorization);
    const ticket = { conversationId: claims.conversationId, token: bearer(authorization) ?? '', expires_in: this.secondsLeft(claims) };
    const stream = this.streamTicket(claims, '');
    const parsed = StartBody.safeParse(body);
    const record: ConversationRecord = {
      id: claims.conversationId,
      userId: claims.userId,
      locale: parsed.success ? parsed.data?.locale : undefined,
    };
    if (!(await this.store.create(record))) return { created: false, ticket, stream };
    this.logger.info('directline conversation started', { conversation: record.id });
    await this.runTurn(record, { type: 'conversationUpdate', membersAdded: [{ id: record.userId, name: '' }] });
    return { created: true, ticket, stream };
  }

  /**
   * Reconnect (GET /conversations/:id?watermark=): the same conversation with a fresh token, and
   * a stream that first sends what came after the watermark (after a reload: the whole history).
   */
  async reconnect(
    authorization: string | undefined,
    conversationId: string,
    watermark: unknown,
  ): Promise<{ ticket: ConversationTicket; stream: StreamTicket }> {
    const claims = this.authorizeFor(authorization, conversationId);
    const from = parseWatermark(watermark);
    await this.existing(conversationId);
    return {
      ticket: this.ticket(conversationId, claims.userId),
      stream: this.streamTicket(claims, from === undefined ? '' : String(from)),
    };
  }

  /** Activities after the watermark (polling clients). */
  async activities(authorization: string | undefined, conversationId: string, watermark: unknown): Promise<ActivitySet> {
    this.authorizeFor(authorization, conversationId);
    const from = parseWatermark(watermark);
    await this.existing(conversationId);
    return this.gone(() => this.store.since(conversationId, from));
  }

  /**
   * Logs the user's activity (with its clientActivityID, so Web Chat marks it sent), runs the bot
   * and logs its replies. Answers once the replies are in the log. Idempotent per clientActivityID:
   * a second post with one already taken in answers the first one's id and runs nothing.
   */
  async post(authorization: string | undefined, conversationId: string, body: unknown): Promise<{ id: string }> {
    this.authorizeFor(authorization, conversationId);
    const record = await this.existing(conversationId);
    const parsed = PostedActivity.safeParse(body);
    if (!parsed.success) {
      throw new DirectLineError(
        400,
        'BadArgument',
        parsed.error.issues.map((i) => `${i.path.join('.') || 'activity'}: ${i.message}`).join('; '),
      );
    }
    const limit = this.messageLimit.hit(conversationId);
    if (!limit.allowed)
      throw new DirectLineError(429, 'TooManyRequests', 'too many messages in this conversation', limit.retryAfterSeconds);
    const posted = parsed.data;
    if (posted.type === 'typing') return { id: `${record.id}|typing` };
    // The page's own event (closed, back): a turn for the bot, nothing for the conversation's log.
    if (posted.type === 'event') {
      await this.runTurn(record, { type: 'event', name: posted.name, ...this.address(record, 'user') });
      return { id: `${record.id}|event` };
    }
    const clientActivityID = posted.channelData?.clientActivityID;
    const fromUser: Partial<Activity> = {
      type: posted.type,
      ...(posted.text !== undefined && { text: posted.text, textFormat: 'plain' }),
      ...(posted.value !== undefined && { value: posted.value }),
      locale: posted.locale ?? record.locale,
      ...(clientActivityID !== undefined && { channelData: { clientActivityID } }),
      ...this.address(record, 'user'),
    };
    // A resend of a message that did arrive (late) gets the first one's id; the bot does not run again.
    const taken = !clientActivityID
      ? { entry: await this.gone(() => this.store.append(record.id, fromUser)) }
      : await this.gone(() => this.store.appendOnce(record.id, clientActivityID, fromUser));
    if (taken.duplicateOf !== undefined) return { id: taken.duplicateOf };
    const logged = taken.entry;
    await this.runTurn(record, { ...fromUser, id: logged.activity.id, timestamp: logged.activity.timestamp });
    return { id: logged.activity.id };
  }

  /** Checks a stream token before the WebSocket handshake is answered (403 when it does not fit). */
  verifyStream(streamToken: string, conversationId: string): void {
    const claims = this.check(streamToken, 'stream');
    if (claims.conversationId !== conversationId)
      throw new DirectLineError(403, 'BadArgument', 'the token is not valid for this conversation');
  }

  /**
   * Opens a conversation's stream for a stream token: sends what came after `watermark`, then
   * every new activity as it is appended (on this instance or another). The result closes it.
   */
  async openStream(
    streamToken: string,
    conversationId: string,
    watermark: unknown,
    send: (set: ActivitySet) => void,
  ): Promise<() => Promise<void>> {
    this.verifyStream(streamToken, conversationId);
    const from = parseWatermark(watermark);
    await this.existing(conversationId);
    let sent = from ?? 0;
    // Appends that arrive while the backlog is read wait here, so nothing is lost or sent twice.
    let waiting: LogEntry[] | undefined = [];
    const forward = (entry: LogEntry) => {
      if (entry.seq <= sent) return;
      sent = entry.seq;
      send({ activities: [entry.activity], watermark: String(entry.seq) });
    };
    const unsubscribe = await this.store.subscribe(conversationId, (entry) => (waiting ? waiting.push(entry) : forward(entry)));
    try {
      const backlog = await this.gone(() => this.store.since(conversationId, from));
      if (backlog.activities.length > 0) send(backlog);
      sent = Math.max(sent, Number(backlog.watermark));
      const queued = waiting;
      waiting = undefined;
      queued.forEach(forward);
    } catch (error) {
      await unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  /**
   * Runs `logic` in a conversation of this endpoint (same shape as CloudAdapter's
   * continueConversationAsync, see src/bot/proactive.ts): what it sends is appended to the log
   * and pushed to the conversation's open streams on every instance. Rejects when the reference
   * is not ours or the conversation is gone (expired), so the caller can fall back.
   */
  readonly continueConversation: ContinueConversation = async (reference, logic) => {
    const conversationId = reference.conversation?.id;
    if (!conversationId || !this.owns(reference))
      throw new Error('DirectLineService.continueConversation(): not a conversation of the built-in Direct Line.');
    const record = await this.store.get(conversationId);
    if (!record) throw new ConversationGone(conversationId);
    await this.queued(conversationId, () =>
      this.adapter.continueConversation(
        {
          ...reference,
          channelId: DIRECT_LINE_CHANNEL_ID,
          serviceUrl: DIRECT_LINE_SERVICE_URL,
          ...((reference.locale ?? record.locale) !== undefined && { locale: reference.locale ?? record.locale }),
        },
        logic,
      ),
    );
  };

  /** True for references to conversations of this endpoint (not Azure's Direct Line). */
  owns(reference: Partial<ConversationReference>): boolean {
    return (reference.conversation?.id ?? '').startsWith(CONVERSATION_PREFIX);
  }

  /**
   * Forgets what was said in the conversation of this turn ("vergeet mij"), when it is one of this
   * endpoint's: a reload or another device with the token shows none of it any more.
   */
  async forget(context: TurnContext): Promise<void> {
    const conversation = context.activity.conversation;
    if (conversation?.id && this.owns({ conversation })) await this.store.forgetLog(conversation.id);
  }

  /** Stops listening for other instances' appends. */
  close(): Promise<void> {
    return this.store.close();
  }

  private async runTurn(record: ConversationRecord, activity: Partial<Activity>): Promise<void> {
    await this.queued(record.id, async () => {
      const replies = await this.adapter.runTurn(
        {
          ...this.address(record, 'user'),
          serviceUrl: DIRECT_LINE_SERVICE_URL,
          ...(record.locale && { locale: record.locale }),
          ...activity,
        },
        (context) => this.bot.run(context),
      );
      await this.logReplies(record, replies);
    });
  }

  /** Proactive sends (see InProcessAdapter). */
  private async deliver(conversationId: string, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const record = await this.store.get(conversationId);
    if (!record) throw new ConversationGone(conversationId);
    return this.logReplies(record, activities);
  }

  private async logReplies(record: ConversationRecord, replies: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const reply of replies) {
      if (reply.type === 'trace' || reply.type === 'invokeResponse' || reply.type === 'delay') {
        responses.push({ id: '' });
        continue;
      }
      const { deliveryMode: _ignored, serviceUrl: _internal, ...rest } = reply;
      const entry = await this.store.append(record.id, { ...rest, ...this.address(record, 'bot') });
      responses.push({ id: entry.activity.id });
    }
    return responses;
  }

  /** Channel, conversation, sender and recipient of an activity by `sender` in this conversation. */
  private address(record: ConversationRecord, sender: 'user' | 'bot'): Partial<Activity> {
    const user = { id: record.userId, name: '', role: 'user' };
    const bot = { id: this.options.botId, name: this.options.botName, role: 'bot' };
    return {
      channelId: DIRECT_LINE_CHANNEL_ID,
      conversation: { id: record.id, isGroup: false, name: '', conversationType: 'personal' },
      from: sender === 'user' ? user : bot,
      recipient: sender === 'user' ? bot : user,
    };
  }

  private queued(conversationId: string, work: () => Promise<void>): Promise<void> {
    const run = (this.queues.get(conversationId) ?? Promise.resolve()).then(work);
    const tail = run.catch(() => undefined);
    this.queues.set(conversationId, tail);
    void tail.then(() => {
      if (this.queues.get(conversationId) === tail) this.queues.delete(conversationId);
    });
    return run;
  }

  private ticket(conversationId: string, userId: string): ConversationTicket {
    const { token } = this.tokens.issue(conversationId, userId);
    return { conversationId, token, expires_in: this.tokens.expiresIn };
  }

  private streamTicket(claims: TokenClaims, watermark: string): StreamTicket {
    return { token: this.tokens.issue(claims.conversationId, claims.userId, 'stream').token, watermark };
  }

  private secondsLeft(claims: TokenClaims): number {
    return Math.max(0, claims.expiresAt - Math.floor(this.now() / 1000));
  }

  private async existing(conversationId: string): Promise<ConversationRecord> {
    const record = await this.store.get(conversationId);
    if (!record) throw notFound();
    return record;
  }

  /** A conversation that expires between two store calls is a 404 too. */
  private async gone<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw error instanceof ConversationGone ? notFound() : error;
    }
  }

  private authorize(authorization: string | undefined): TokenClaims {
    const token = bearer(authorization);
    if (!token) throw new DirectLineError(401, 'MissingToken', 'an Authorization: Bearer token is required');
    return this.check(token, 'conversation');
  }

  private check(token: string, scope: TokenScope): TokenClaims {
    const check = this.tokens.verify(token, scope);
    if (!check.ok) throw new DirectLineError(403, tokenErrorCode(check.problem), 'the token is not valid');
    return check.claims;
  }

  private authorizeFor(authorization: string | undefined, conversationId: string): TokenClaims {
    const claims = this.authorize(authorization);
    if (claims.conversationId !== conversationId) {
      throw new DirectLineError(403, 'BadArgument', 'the token is not valid for this conversation');
    }
    return claims;
  }
}
