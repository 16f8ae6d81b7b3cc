import { CardFactory, MessageFactory, type ConversationParameters, type ConversationReference } from 'botbuilder';
import type { i18n } from 'i18next';
import { TurnContext, type Activity } from '../../bot/sdk.js';
import { translatorFor } from '../../i18n/i18n.js';
import type { HandoverCase, StaffThread } from '../model.js';
import type { StaffNotifier } from '../service.js';
import type { HandoverStore } from '../store.js';
import { caseCard } from './card.js';

/** Teams' public service URL for proactive messages, used until an activity from the channel shows the real one. */
export const TEAMS_PUBLIC_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';

/** The two proactive calls of botbuilder's CloudAdapter the staff channel needs (a test adapter has them too). */
export interface TeamsProactiveAdapter {
  continueConversationAsync(
    appId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
  createConversationAsync(
    appId: string,
    channelId: string,
    serviceUrl: string,
    audience: string | undefined,
    parameters: ConversationParameters,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

export interface TeamsStaffChannelDeps {
  /** The CloudAdapter that serves /api/messages. */
  adapter: TeamsProactiveAdapter;
  /** MicrosoftAppId: proactive Teams messages need it. */
  appId: string;
  /** TEAMS_STAFF_CHANNEL_ID: `19:…@thread.tacv2`. */
  channelId: string;
  /** TEAMS_SERVICE_URL; a serviceUrl seen in the channel wins. */
  serviceUrl: string;
  tenantId: string | undefined;
  store: HandoverStore;
  i18n: i18n;
}

/** The root message id of a Teams channel thread: `19:…@thread.tacv2;messageid=1700000000000` → `1700000000000`. */
export function threadRootOf(conversationId: string | undefined): string | undefined {
  return /;messageid=([^;]+)/.exec(conversationId ?? '')?.[1];
}

/**
 * The Teams staff channel as the handover service sees it: every new case becomes a card that
 * starts its own thread; the card is updated as the case changes; the user's messages are posted
 * in the thread. Staff copy is Dutch.
 */
export class TeamsStaffChannel implements StaffNotifier {
  constructor(private readonly deps: TeamsStaffChannelDeps) {}

  async caseOpened(c: HandoverCase): Promise<StaffThread | undefined> {
    const learned = await this.deps.store.staffChannel();
    const serviceUrl = learned?.serviceUrl ?? this.deps.serviceUrl;
    const tenantId = learned?.conversation?.tenantId ?? this.deps.tenantId;
    const activity = MessageFactory.attachment(CardFactory.adaptiveCard(caseCard(c, this.t()))) as Activity;
    let thread: StaffThread | undefined;
    // TeamsInfo.sendMessageToTeamsChannel does the same, but needs a turn in the team first.
    await this.deps.adapter.createConversationAsync(
      this.deps.appId,
      'msteams',
      serviceUrl,
      // No audience: the adapter uses the bot's own (TeamsInfo passes none either).
      undefined,
      {
        isGroup: true,
        bot: { id: this.deps.appId, name: 'Loopbaanbot' },
        channelData: { channel: { id: this.deps.channelId } },
        activity,
        ...(tenantId && { tenantId }),
      },
      async (context) => {
        const reference = TurnContext.getConversationReference(context.activity);
        const activityId = threadRootOf(reference.conversation?.id) ?? context.activity.id ?? '';
        thread = { reference, activityId };
      },
    );
    return thread;
  }

  async caseChanged(c: HandoverCase): Promise<void> {
    const thread = c.staffThread;
    if (!thread) return;
    const card = CardFactory.adaptiveCard(caseCard(c, this.t()));
    await this.inThread(thread, (context) => context.updateActivity({ type: 'message', id: thread.activityId, attachments: [card] }));
  }

  async toStaff(c: HandoverCase, message: { userText: string } | { notice: string; values?: Record<string, string> }): Promise<void> {
    const thread = c.staffThread;
    if (!thread) return;
    const t = this.t();
    const text =
      'userText' in message
        ? t('staff:relay.user', { text: message.userText })
        : (t(message.notice as never, message.values as never) as unknown as string);
    // Plain: what a person typed is shown as typed, never as Markdown (a link with other words on it, bold "VDAB").
    await this.inThread(thread, async (context) => void (await context.sendActivity({ type: 'message', text, textFormat: 'plain' })));
  }

  private inThread(thread: StaffThread, logic: (context: TurnContext) => Promise<unknown>): Promise<void> {
    return this.deps.adapter.continueConversationAsync(this.deps.appId, thread.reference, async (context) => {
      await logic(context);
    });
  }

  private t() {
    return translatorFor(this.deps.i18n, 'nl');
  }
}
