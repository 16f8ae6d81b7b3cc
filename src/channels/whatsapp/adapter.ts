import { createHash } from 'node:crypto';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { Clock } from '../../domain/calendar.js';
import { describeError } from '../../observability/errors.js';
import type { Logger } from '../../observability/logger.js';
import { messageOf, renderWhatsApp, replyText, type WhatsAppLabels } from '../render.js';
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

/**
 * A Bot Framework adapter for the Meta WhatsApp Cloud API (Azure Bot Service has no WhatsApp
 * channel). Inbound: a verified webhook delivery becomes one turn per message, through the same
 * bot logic as every other channel. Outbound: messages are rendered by `renderWhatsApp` and
 * posted to the Graph API, or replaced by the approved template once the 24-hour window closed.
 *
 * Activities carry all four ids turn state needs: `from.id` = the user's wa_id (replies go there),
 * `recipient.id` = the business phone number id, `conversation.id` = a hash of both (so logs that
 * name the conversation never show a phone number), `channelId` = 'whatsapp'.
 */
export class WhatsAppAdapter extends BotAdapter {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly perUser = new Map<string, Promise<void>>();

  constructor(private readonly deps: WhatsAppAdapterDeps) {
    super();
  }

  /**
   * Handles a verified, validated delivery in the background: the webhook has answered 200
   * already, because Meta retries deliveries that are not acknowledged quickly.
   */
  accept(envelope: WebhookEnvelope, logic: (context: TurnContext) => Promise<void>): void {
    const work = this.handle(envelope, logic)
      .catch((error: unknown) => this.deps.logger.error('whatsapp delivery failed', describeError(error)))
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
  }

  /** Resolves once every accepted delivery has been handled (tests, graceful stop). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Handles one delivery: each new message is one turn; statuses (sent, delivered, read, failed) are ignored. */
  async handle(envelope: WebhookEnvelope, logic: (context: TurnContext) => Promise<void>): Promise<void> {
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
          await this.oneAtATimePerUser(message.from, () => this.handleMessage(metadata.phone_number_id, message, logic));
        }
      }
    }
  }

  private async handleMessage(
    phoneNumberId: string,
    message: InboundMessage,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    if (!(await this.deps.store.claimMessage(message.id))) {
      this.deps.logger.info('whatsapp message already handled', { message: message.id });
      return;
    }
    const now = this.deps.clock.now().getTime();
    // Meta's timestamp is when the user sent it; a late delivery must not stretch the window.
    const sentAt = new Date(Math.min(Number(message.timestamp) * 1_000, now));
    await this.deps.store.recordInbound(message.from, sentAt);

    const text = readableText(message);
    const activity = inboundActivity(phoneNumberId, message, sentAt, text);
    const context = new TurnContext(this, activity);
    this.deps.logger.info('whatsapp message', { message: message.id, type: message.type, conversation: activity.conversation.id });
    if (text === undefined) {
      const kind: UnreadableKind = message.type === 'audio' ? 'voice' : 'other';
      await this.runMiddleware(context, (c) => this.deps.answerUnreadable(c, kind));
    } else {
      await this.runMiddleware(context, logic);
    }
  }

  /** Messages of one user are handled in order, so two quick taps cannot race on their state. */
  private oneAtATimePerUser(waId: string, task: () => Promise<void>): Promise<void> {
    const run = (this.perUser.get(waId) ?? Promise.resolve()).then(task);
    const settled = run.catch(() => {});
    this.perUser.set(waId, settled);
    void settled.then(() => {
      if (this.perUser.get(waId) === settled) this.perUser.delete(waId);
    });
    return run;
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
      const to = activity.recipient?.id;
      if (!message || !to) {
        responses.push({ id: '' });
        continue;
      }
      windowOpen ??= await this.insideWindow(to);
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

  /**
   * Runs `logic` in an existing conversation without a new user message (a reminder, a staff
   * reply). What it sends follows the 24-hour rule like every other send.
   */
  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'continueConversation' },
      reference,
      true,
    );
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  private async insideWindow(waId: string): Promise<boolean> {
    const last = await this.deps.store.lastInbound(waId);
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

/** The conversation id for a user of one business number: stable, and no phone number in it. */
export function conversationIdFor(phoneNumberId: string, waId: string): string {
  return `wa-${createHash('sha256').update(`${phoneNumberId}:${waId}`).digest('hex').slice(0, 32)}`;
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

function inboundActivity(phoneNumberId: string, message: InboundMessage, sentAt: Date, text: string | undefined): Activity {
  return {
    type: ActivityTypes.Message,
    id: message.id,
    timestamp: sentAt,
    channelId: WHATSAPP_CHANNEL_ID,
    serviceUrl: 'urn:whatsapp',
    from: { id: message.from, name: '', role: 'user' },
    recipient: { id: phoneNumberId, name: '', role: 'bot' },
    conversation: { id: conversationIdFor(phoneNumberId, message.from), isGroup: false, conversationType: 'personal', name: '' },
    text: text ?? '',
    channelData: { whatsapp: { type: message.type } },
  } as Activity;
}
