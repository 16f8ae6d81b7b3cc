import { ActivityTypes, TurnContext, type Activity, type ResourceResponse } from 'botbuilder';
import { failureKind } from '../../reliability/failures.js';
import { ChannelAdapter } from '../channelAdapter.js';
import { cutInboundText } from '../../bot/inboundActivity.js';
import type { Clock } from '../../domain/calendar.js';
import type { PersonKeys } from '../../privacy/personKeys.js';
import { describeError } from '../../observability/errors.js';
import type { Logger } from '../../observability/logger.js';
import { messageOf } from '../../conversation/activity.js';
import { renderWhatsApp, replyText, type WhatsAppLabels } from '../render.js';
import type { GraphClient } from './graphClient.js';
import { MessagesChange, type InboundMessage, type OutboundPayload, type WebhookEnvelope } from './payloads.js';
import type { WhatsAppStore } from './store.js';

/** The channel id WhatsApp activities carry; state keys and rendering go by it. */
export const WHATSAPP_CHANNEL_ID = 'whatsapp';

/** Free-form messages are allowed this long after the user's last message (Meta's rule). */
export const CUSTOMER_WINDOW_MS = 24 * 3_600 * 1_000;

/** What the bot cannot read yet: a voice note or other audio, or anything else that is not text. */
export type UnreadableKind = 'voice' | 'other';

export interface WhatsAppAdapterDeps {
  graph: GraphClient;
  store: WhatsAppStore;
  /** Salted pseudonyms (DATA_HASH_SALT): phone numbers never appear in ids or keys. */
  keys: PersonKeys;
  clock: Clock;
  logger: Logger;
  /** Approved template sent instead of free-form messages outside the 24-hour window. */
  template?: { name: string; language: string };
  /** Rendering words in the turn's language. */
  labels(context: TurnContext): WhatsAppLabels;
  /** Tells the user, in their language, that this kind of message cannot be read and what can. */
  answerUnreadable(context: TurnContext, kind: UnreadableKind): Promise<void>;
}

/** Thrown when a free-form message is due outside the 24-hour window and no template is configured. */
export class OutsideCustomerWindowError extends Error {
  constructor() {
    super('WhatsApp: the 24-hour window is closed and WHATSAPP_REMINDER_TEMPLATE is not set; the message was not sent');
    this.name = 'OutsideCustomerWindowError';
  }
}

/** How a delivery went: `retry` asks Meta to deliver it again (the webhook answers 503). */
export interface DeliveryOutcome {
  retry: boolean;
}

/** Set on a turn started by the user's own message: the 24-hour window is open, no lookup needed. */
const WINDOW_OPEN = Symbol('loopbaanbot.whatsappWindowOpen');

/** How long the process remembers that it apologised for a message, so Meta's retries do not repeat it. */
const APOLOGY_MEMORY_MS = 3_600_000;

/**
 * A Bot Framework adapter for the Meta WhatsApp Cloud API (Azure Bot Service has no WhatsApp
 * channel). Inbound: a verified webhook delivery becomes one turn per message, through the same
 * bot logic as every other channel. Outbound: messages are rendered by `renderWhatsApp` and
 * posted to the Graph API, or replaced by the approved template once the 24-hour window closed.
 *
 * A delivery is handled before the webhook answers. If a message cannot be taken in or answered
 * because a dependency is away (Redis, Graph), the user gets the apology with the free number
 * once, the message is released, and the webhook answers 503 so Meta delivers it again: a message
 * is never acknowledged and then lost.
 *
 * Activities carry all four ids turn state needs, none of them a phone number: `from.id` = a
 * salted pseudonym of the user's wa_id (the number itself rides along in `from.properties.waId`,
 * which only this adapter reads, to address replies), `recipient.id` = the business phone number
 * id, `conversation.id` = a pseudonym of both, `channelId` = 'whatsapp'.
 *
 * A proactive turn (`continueConversation`: a reminder, a staff reply) follows the 24-hour rule
 * like every other send.
 */
export class WhatsAppAdapter extends ChannelAdapter {
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly perUser = new Map<string, Promise<void>>();
  private readonly apologised = new Map<string, number>();

  constructor(private readonly deps: WhatsAppAdapterDeps) {
    super();
  }

  /** Resolves once every delivery being handled is done (graceful stop). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** The salted pseudonym the store and state know a WhatsApp user by. */
  userKey(waId: string): string {
    return `wa-u-${this.deps.keys.of('whatsapp-user', waId)}`;
  }

  /** The conversation id for a user of one business number: stable, and no phone number in it. */
  conversationIdFor(phoneNumberId: string, waId: string): string {
    return `wa-${this.deps.keys.of('whatsapp-conversation', `${phoneNumberId}:${waId}`)}`;
  }

  /**
   * Handles one delivery: each new message is one turn; statuses (sent, delivered, read, failed)
   * are ignored. Stops at the first message that must be retried: the rest come again with it.
   */
  handle(envelope: WebhookEnvelope, logic: (context: TurnContext) => Promise<void>): Promise<DeliveryOutcome> {
    const work = this.handleAll(envelope, logic);
    this.inFlight.add(work);
    return work.finally(() => this.inFlight.delete(work));
  }

  private async handleAll(envelope: WebhookEnvelope, logic: (context: TurnContext) => Promise<void>): Promise<DeliveryOutcome> {
    for (const entry of envelope.entry) {
      for (const change of entry.changes) {
        if (change.field !== 'messages') continue;
        const parsed = MessagesChange.safeParse(change.value);
        if (!parsed.success) {
          this.deps.logger.warn('whatsapp change ignored: unexpected shape', { issues: parsed.error.issues.length });
          continue;
        }
        const { metadata, messages = [], statuses = [] } = parsed.data;
        if (statuses.length > 0) this.deps.logger.debug('whatsapp statuses ignored', { count: statuses.length });
        for (const message of messages) {
          const outcome = await this.oneAtATimePerUser(message.from, () => this.handleMessage(metadata.phone_number_id, message, logic));
          if (outcome === 'retry') return { retry: true };
        }
      }
    }
    return { retry: false };
  }

  private async handleMessage(
    phoneNumberId: string,
    message: InboundMessage,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<'done' | 'retry'> {
    // A reaction (👍 on one of our messages) is a nod, not a message: answering it would be noise.
    if (message.type === 'reaction') {
      this.deps.logger.info('whatsapp reaction, no reply', { message: message.id });
      return 'done';
    }
    const now = this.deps.clock.now().getTime();
    // Meta's timestamp is when the user sent it; a late delivery must not stretch the window.
    const sentAt = new Date(Math.min(Number(message.timestamp) * 1_000, now));
    const text = readableText(message);
    const activity = this.inboundActivity(phoneNumberId, message, sentAt, text);
    const context = new TurnContext(this, activity);
    context.turnState.set(WINDOW_OPEN, now - sentAt.getTime() < CUSTOMER_WINDOW_MS);
    let failure: unknown;
    try {
      const claim = await this.deps.store.beginMessage(message.id);
      if (claim !== 'new') {
        this.deps.logger.info('whatsapp message already taken in', { message: message.id, claim });
        return claim === 'handled' ? 'done' : 'retry';
      }
      await this.deps.store.recordInbound(activity.from.id, sentAt);
      this.deps.logger.info('whatsapp message', { message: message.id, type: message.type, conversation: activity.conversation.id });
      const handler =
        text === undefined ? (c: TurnContext) => this.deps.answerUnreadable(c, message.type === 'audio' ? 'voice' : 'other') : logic;
      // Failures are caught inside the pipeline, so they end here rather than in runMiddleware's onTurnError.
      await this.runMiddleware(context, async (c) => {
        try {
          await handler(c);
        } catch (error) {
          failure = error;
        }
      });
    } catch (error) {
      failure = error;
    }
    if (failure === undefined) {
      await this.deps.store
        .finishMessage(message.id)
        .catch((error: unknown) => this.deps.logger.warn('whatsapp message not marked handled', describeError(error)));
      return 'done';
    }
    const retry = failureKind(failure) === 'dependency';
    if (!retry || this.firstApology(message.id))
      await this.onTurnError?.(context, failure instanceof Error ? failure : new Error(String(failure)));
    if (!retry) {
      await this.deps.store.finishMessage(message.id).catch(() => {});
      return 'done';
    }
    await this.deps.store.abandonMessage(message.id).catch(() => {});
    this.deps.logger.warn('whatsapp message not taken in: Meta is asked to deliver it again', {
      message: message.id,
      ...describeError(failure),
    });
    return 'retry';
  }

  /** True the first time within APOLOGY_MEMORY_MS that a message is apologised for. */
  private firstApology(messageId: string): boolean {
    const now = Date.now();
    if (this.apologised.size >= 10_000) {
      for (const [id, at] of this.apologised)
        if (now - at > APOLOGY_MEMORY_MS || this.apologised.size >= 10_000) this.apologised.delete(id);
    }
    const at = this.apologised.get(messageId);
    if (at !== undefined && now - at < APOLOGY_MEMORY_MS) return false;
    this.apologised.set(messageId, now);
    return true;
  }

  /** Messages of one user are handled in order, so two quick taps cannot race on their state. */
  private oneAtATimePerUser<T>(waId: string, task: () => Promise<T>): Promise<T> {
    const run = (this.perUser.get(waId) ?? Promise.resolve()).then(task);
    const settled = run.then(
      () => {},
      () => {},
    );
    this.perUser.set(waId, settled);
    void settled.then(() => {
      if (this.perUser.get(waId) === settled) this.perUser.delete(waId);
    });
    return run;
  }

  /** Forgets what the store keeps about the user of this turn ("forget me"). */
  async forget(context: TurnContext): Promise<void> {
    if (context.activity.channelId !== WHATSAPP_CHANNEL_ID || !context.activity.from?.id) return;
    await this.deps.store.forgetUser(context.activity.from.id);
  }

  private inboundActivity(phoneNumberId: string, message: InboundMessage, sentAt: Date, text: string | undefined): Activity {
    return {
      type: ActivityTypes.Message,
      id: message.id,
      timestamp: sentAt,
      channelId: WHATSAPP_CHANNEL_ID,
      serviceUrl: 'urn:whatsapp',
      from: { id: this.userKey(message.from), name: '', role: 'user', properties: { waId: message.from } },
      recipient: { id: phoneNumberId, name: '', role: 'bot' },
      conversation: { id: this.conversationIdFor(phoneNumberId, message.from), isGroup: false, conversationType: 'personal', name: '' },
      text: cutInboundText(text ?? ''),
      channelData: { whatsapp: { type: message.type } },
    } as Activity;
  }

  /**
   * Posts the turn's messages. Typing indicators and events are dropped (WhatsApp has no such
   * thing). Outside the 24-hour window the approved template is sent once instead of the batch;
   * when the user taps it, the window opens again and the conversation goes on from its state.
   */
  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    let windowOpen: boolean | undefined;
    let templateSent = false;
    for (const activity of activities) {
      const message = messageOf(activity);
      const to = waIdOf(activity.recipient);
      if (!message || !to) {
        responses.push({ id: '' });
        continue;
      }
      windowOpen ??= context.turnState.get(WINDOW_OPEN) === true || (await this.insideWindow(to));
      if (!windowOpen) {
        if (!this.deps.template) throw new OutsideCustomerWindowError();
        const id = templateSent ? undefined : await this.post(this.templatePayload(to));
        if (!templateSent) this.deps.logger.info('whatsapp window closed: template sent', { conversation: activity.conversation?.id });
        templateSent = true;
        responses.push({ id: id ?? '' });
        continue;
      }
      let id: string | undefined;
      for (const payload of renderWhatsApp(message, to, this.deps.labels(context))) id = await this.post(payload);
      responses.push({ id: id ?? '' });
    }
    return responses;
  }

  override async updateActivity(): Promise<void> {
    throw new Error('WhatsAppAdapter: WhatsApp cannot change a sent message');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('WhatsAppAdapter: WhatsApp cannot delete a sent message');
  }

  private async insideWindow(waId: string): Promise<boolean> {
    const last = await this.deps.store.lastInbound(this.userKey(waId));
    return last !== undefined && this.deps.clock.now().getTime() - last.getTime() < CUSTOMER_WINDOW_MS;
  }

  private templatePayload(to: string): OutboundPayload {
    const template = this.deps.template as { name: string; language: string };
    return {
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to,
      type: 'template',
      template: { name: template.name, language: { code: template.language } },
    };
  }

  private post(payload: OutboundPayload): Promise<string | undefined> {
    return this.deps.graph.send(payload);
  }
}

/**
 * The number to send to: `properties.waId` (set by this adapter on every inbound activity and so
 * on every reply and stored conversation reference), or a plain numeric id from a reference
 * stored before user ids were pseudonymised.
 */
export function waIdOf(account: Partial<Activity>['recipient']): string | undefined {
  const fromProperties: unknown = (account?.properties as { waId?: unknown } | undefined)?.waId;
  if (typeof fromProperties === 'string' && /^\d{1,32}$/.test(fromProperties)) return fromProperties;
  return account?.id && /^\d{1,32}$/.test(account.id) ? account.id : undefined;
}

/** What the user said in words, or undefined for what the bot cannot read. */
function readableText(message: InboundMessage): string | undefined {
  switch (message.type) {
    case 'text':
      return message.text?.body;
    case 'interactive': {
      const reply = message.interactive?.button_reply ?? message.interactive?.list_reply;
      return reply ? replyText(reply.id, reply.title) : undefined;
    }
    case 'button':
      return message.button?.text;
    default:
      return undefined;
  }
}
