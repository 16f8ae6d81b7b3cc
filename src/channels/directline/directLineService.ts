import { randomBytes } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';
import { z } from 'zod/v4';
import type { Logger } from '../../observability/logger.js';
import { ConversationStore, type DirectLineConversation, type LoggedActivity, type StoreLimits } from './conversationStore.js';
import { InProcessAdapter } from './inProcessAdapter.js';
import { RateLimiter } from './rateLimit.js';
import { TokenIssuer, type TokenClaims, type TokenProblem } from './tokens.js';

/**
 * The channel id of the built-in endpoint: the same one Azure's Direct Line gives Web Chat, so the
 * per-channel renderer treats both alike. Conversation ids start with `local-`, so state keys never
 * meet those of Azure's Direct Line conversations.
 */
export const DIRECT_LINE_CHANNEL_ID = 'directline';
/** Never called: replies are buffered in-process (see InProcessAdapter). */
const SERVICE_URL = 'https://directline.invalid/';

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

export interface DirectLineBot {
  run(context: TurnContext): Promise<void>;
}

/** Direct Line's answer to token generate/refresh and conversation start. */
export interface ConversationTicket {
  conversationId: string;
  token: string;
  expires_in: number;
}

/** A failed call: HTTP status and Direct Line error code. */
export class DirectLineError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DirectLineError';
  }
}

/** What a client may post. Identity, channel and conversation come from the token, never from here. */
const PostedActivity = z
  .object({
    type: z.enum(['message', 'typing']),
    text: z.string().max(2_000).optional(),
    locale: z.string().max(35).optional(),
    value: z.unknown().optional(),
    attachments: z.array(z.unknown()).max(0, 'attachments are not supported').optional(),
    channelData: z.looseObject({ clientActivityID: z.string().max(100).optional() }).optional(),
  })
  .refine((a) => a.type !== 'message' || a.text !== undefined || a.value !== undefined, 'a message needs text or value')
  .refine((a) => a.value === undefined || JSON.stringify(a.value).length <= 8_000, 'value is too large');

const StartBody = z.object({ locale: z.string().max(35).optional() }).optional();

/** Absent or empty (`?watermark=`, as directlinejs sends before the first poll) = from the start. */
const Watermark = z.union([z.undefined(), z.literal(''), z.string().regex(/^\d{1,9}$/, 'watermark must be a number')]);

/**
 * The Direct Line v3 subset the bot serves itself, so Web Chat works without Azure. Tokens are
 * conversation-scoped and short-lived (TokenIssuer); every call checks the token and that it
 * belongs to the conversation in the URL. Each posted message runs the bot in-process and its
 * replies are appended to the conversation's log, where the client polls them with a watermark.
 */
export class DirectLineService {
  readonly tokens: TokenIssuer;
  private readonly store: ConversationStore;
  private readonly adapter = new InProcessAdapter();
  private readonly newConversationLimit: RateLimiter;
  private readonly messageLimit: RateLimiter;
  private readonly now: () => number;

  constructor(
    private readonly bot: DirectLineBot,
    private readonly options: DirectLineOptions,
    private readonly logger: Logger,
    onTurnError: (context: TurnContext, error: unknown) => Promise<void>,
    now: () => number = Date.now,
  ) {
    this.now = now;
    this.tokens = new TokenIssuer(options.tokenSecret, options.tokenLifetimeSeconds, now);
    this.store = new ConversationStore(options, now);
    this.newConversationLimit = new RateLimiter(options.newConversations, now);
    this.messageLimit = new RateLimiter({ ...options.messages, maxClients: options.maxConversations }, now);
    this.adapter.onTurnError = onTurnError;
  }

  /** A token for a new conversation (tokens/generate, the page's token endpoint); rate-limited per client. */
  generate(client: string): ConversationTicket & { userId: string } {
    const limit = this.newConversationLimit.hit(client);
    if (!limit.allowed) {
      throw new DirectLineError(429, 'TooManyRequests', 'too many new conversations from this address', limit.retryAfterSeconds);
    }
    const conversationId = `local-${randomBytes(12).toString('base64url')}`;
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
  async start(authorization: string | undefined, body: unknown): Promise<{ created: boolean; ticket: ConversationTicket }> {
    const claims = this.authorize(authorization);
    const token = bearer(authorization) ?? '';
    const ticket = { conversationId: claims.conversationId, token, expires_in: this.secondsLeft(claims) };
    if (this.store.get(claims.conversationId)) return { created: false, ticket };
    const parsed = StartBody.safeParse(body);
    const conversation = this.store.create(claims.conversationId, claims.userId, parsed.success ? parsed.data?.locale : undefined);
    this.logger.info('directline conversation started', { conversation: conversation.id, open: this.store.size });
    await this.runTurn(conversation, {
      type: 'conversationUpdate',
      membersAdded: [{ id: conversation.userId, name: '' }],
    });
    return { created: true, ticket };
  }

  /** Reconnect (GET /conversations/:id): the same conversation and token. */
  reconnect(authorization: string | undefined, conversationId: string): ConversationTicket {
    const claims = this.authorizeFor(authorization, conversationId);
    this.existing(conversationId);
    return { conversationId, token: bearer(authorization) ?? '', expires_in: this.secondsLeft(claims) };
  }

  /** Activities after the watermark. */
  activities(authorization: string | undefined, conversationId: string, watermark: unknown): { activities: LoggedActivity[]; watermark: string } {
    this.authorizeFor(authorization, conversationId);
    const parsed = Watermark.safeParse(watermark);
    if (!parsed.success) throw new DirectLineError(400, 'BadArgument', 'watermark must be a number');
    return this.store.since(this.existing(conversationId), parsed.data ? Number(parsed.data) : undefined);
  }

  /**
   * Logs the user's activity (with its clientActivityID, so Web Chat marks it sent), runs the bot
   * and logs its replies. Answers once the replies are in the log.
   */
  async post(authorization: string | undefined, conversationId: string, body: unknown): Promise<{ id: string }> {
    const claims = this.authorizeFor(authorization, conversationId);
    const conversation = this.existing(conversationId);
    const parsed = PostedActivity.safeParse(body);
    if (!parsed.success) {
      throw new DirectLineError(400, 'BadArgument', parsed.error.issues.map((i) => `${i.path.join('.') || 'activity'}: ${i.message}`).join('; '));
    }
    const limit = this.messageLimit.hit(conversationId);
    if (!limit.allowed) throw new DirectLineError(429, 'TooManyRequests', 'too many messages in this conversation', limit.retryAfterSeconds);
    const posted = parsed.data;
    const clientActivityID = posted.channelData?.clientActivityID;
    const fromUser: Partial<Activity> = {
      type: posted.type,
      ...(posted.text !== undefined && { text: posted.text }),
      ...(posted.value !== undefined && { value: posted.value }),
      locale: posted.locale ?? conversation.locale,
      ...(clientActivityID !== undefined && { channelData: { clientActivityID } }),
      channelId: DIRECT_LINE_CHANNEL_ID,
      conversation: { id: conversation.id, isGroup: false, name: '', conversationType: 'personal' },
      from: { id: claims.userId, name: '', role: 'user' },
      recipient: { id: this.options.botId, name: this.options.botName, role: 'bot' },
    };
    if (posted.type === 'typing') return { id: `${conversation.id}|typing` };
    const logged = this.store.append(conversation, fromUser);
    await this.runTurn(conversation, { ...fromUser, id: logged.id, timestamp: logged.timestamp });
    return { id: logged.id };
  }

  private async runTurn(conversation: DirectLineConversation, activity: Partial<Activity>): Promise<void> {
    const turn = conversation.queue.then(async () => {
      const replies = await this.adapter.runTurn(
        {
          channelId: DIRECT_LINE_CHANNEL_ID,
          serviceUrl: SERVICE_URL,
          conversation: { id: conversation.id, isGroup: false, name: '', conversationType: 'personal' },
          from: { id: conversation.userId, name: '', role: 'user' },
          recipient: { id: this.options.botId, name: this.options.botName, role: 'bot' },
          ...(conversation.locale && { locale: conversation.locale }),
          ...activity,
        },
        (context) => this.bot.run(context),
      );
      for (const reply of replies) {
        if (reply.type === 'trace' || reply.type === 'invokeResponse') continue;
        const { deliveryMode: _ignored, serviceUrl: _internal, ...rest } = reply;
        this.store.append(conversation, {
          ...rest,
          channelId: DIRECT_LINE_CHANNEL_ID,
          conversation: { id: conversation.id, isGroup: false, name: '', conversationType: 'personal' },
          from: { id: this.options.botId, name: this.options.botName, role: 'bot' },
          recipient: { id: conversation.userId, name: '', role: 'user' },
        });
      }
    });
    conversation.queue = turn.catch(() => undefined);
    await turn;
  }

  private ticket(conversationId: string, userId: string): ConversationTicket {
    const { token } = this.tokens.issue(conversationId, userId);
    return { conversationId, token, expires_in: this.tokens.expiresIn };
  }

  private secondsLeft(claims: TokenClaims): number {
    return Math.max(0, claims.expiresAt - Math.floor(this.now() / 1000));
  }

  private existing(conversationId: string): DirectLineConversation {
    const conversation = this.store.get(conversationId);
    if (!conversation) throw new DirectLineError(404, 'BadArgument', 'conversation not found or ended');
    return conversation;
  }

  private authorize(authorization: string | undefined): TokenClaims {
    const token = bearer(authorization);
    if (!token) throw new DirectLineError(401, 'MissingToken', 'an Authorization: Bearer token is required');
    const check = this.tokens.verify(token);
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

function tokenErrorCode(problem: TokenProblem): string {
  return problem === 'expired' ? 'TokenExpired' : 'BadArgument';
}

function bearer(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1];
}
