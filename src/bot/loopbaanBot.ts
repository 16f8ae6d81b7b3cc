import { toActivity } from '../conversation/activity.js';
import type { Language } from './language.js';
import type { DialogType as Dialog } from './sdk.js';
import {
  ActivityTypes,
  DialogSet,
  DialogTurnStatus,
  type ConversationState,
  type DialogContext,
  type DialogState,
  type StatePropertyAccessor,
  type TurnContext,
  type UserState,
} from './sdk.js';
import { shareDialogMemorySetup } from './dialogMemory.js';
import { CONVERSATION_STATE_VERSION, type ConversationMeta } from './stateShapes.js';
import type { HandoverGate } from '../handover/gate.js';
import { isHandoffStatus } from '../handover/hub.js';
import type { Locale } from '../i18n/locale.js';
import { wasErased } from '../privacy/eraser.js';
import type { ReachCounter } from '../staff/reach.js';

export interface LoopbaanBotDeps {
  conversationState: ConversationState;
  userState: UserState;
  language: Language;
  /** The dialog every conversation starts with (RootDialog). */
  root: Dialog<ConversationStart>;
  /** Channels whose group chats and team channels are pointed to the one-to-one chat (Teams). */
  oneToOneOnly(channelId: string | undefined): boolean;
  /** While a handover case is open, it answers instead of the dialogs; absent = no handover. */
  handover?: HandoverGate;
  /** Anonymous weekly counts for the reach page: a conversation is counted once, when it starts. */
  reach?: ReachCounter;
}

/** How the root dialog is started: with a greeting, and the message that opened the conversation. */
export interface ConversationStart {
  greet?: boolean;
  firstReply?: string;
  /** The user was helped already (back from a person): "Kan ik je nog ergens mee helpen?". */
  again?: boolean;
  /** The conversation ended before this message ("stop", a goodbye): a "doei" after it is no new start. */
  ended?: boolean;
}

/**
 * Where botbuilder-dialogs keeps, per turn, the memory configuration (scopes and path resolvers)
 * that every DialogStateManager of the turn shares. The SDK builds it anew for every turn, through
 * a service collection and zod checks (about 1% of a turn); it holds only stateless scope and
 * resolver objects, so one built in the first turn serves all later ones.
 */
const MEMORY_CONFIGURATION = 'DialogStateManagerConfiguration';

/** Conversation state `reach`: whether this conversation was counted on the reach page. */
interface ReachState {
  counted?: boolean;
}

/**
 * One turn: pick the language, run the dialogs, save state. A new conversation is greeted when
 * the user joins (Web Chat, Teams) or with their first message (WhatsApp, plain HTTP).
 */
export class LoopbaanBot {
  private readonly dialogs: DialogSet;
  private readonly meta: StatePropertyAccessor<ConversationMeta>;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly reachState: StatePropertyAccessor<ReachState>;
  private memoryConfiguration: unknown;

  constructor(private readonly deps: LoopbaanBotDeps) {
    shareDialogMemorySetup();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.reachState = deps.conversationState.createProperty<ReachState>('reach');
    this.meta = deps.conversationState.createProperty<ConversationMeta>('meta');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(deps.root);
  }

  async onTurn(context: TurnContext): Promise<void> {
    // A hub's status event may come without a user (no `from`), so it is handled before user state.
    if (isHandoffStatus(context.activity)) {
      await this.deps.handover?.handoffStatus(context);
      return;
    }
    // Both reads leave in one round trip to Redis instead of one after the other.
    await Promise.all([this.deps.conversationState.load(context), this.deps.userState.load(context)]);
    await this.deps.language.beginTurn(context);
    await this.discardOutdatedState(context);
    const { activity } = context;
    if (this.inSharedConversation(context)) {
      if (activity.type === ActivityTypes.Message) {
        await context.sendActivity(toActivity({ text: this.deps.language.t(context)('channels:oneToOneOnly') }));
      }
      return;
    }
    const transcript = await this.deps.handover?.record(context);
    try {
      await this.answer(context);
    } catch (error) {
      // The lines of the failed turn still reach the transcript; the turn's own failure is what
      // gets reported, not a transcript write that failed after it.
      await transcript?.end().catch(() => {});
      throw error;
    }
    // The turn's transcript lines leave with the state (one round trip to Redis).
    await Promise.all([this.saveState(context), transcript?.end()]);
  }

  /** The open handover case answers (src/handover/gate.ts), else the dialogs. */
  private async answer(context: TurnContext): Promise<void> {
    const { activity } = context;
    if (await this.deps.handover?.intercept(context)) return;
    if (activity.type === ActivityTypes.Message) {
      await this.continueOrStart(context, { greet: true, firstReply: activity.text ?? '' });
    } else if (activity.type === ActivityTypes.ConversationUpdate && this.userJoined(context)) {
      await this.startIfIdle(context);
    }
  }

  /**
   * The bot takes the conversation back after a handover ("Kan ik je nog ergens mee helpen?"):
   * in the user's own turn ("stop") or in a proactive one when staff close the case.
   */
  async welcomeBack(context: TurnContext, locale: Locale): Promise<void> {
    context.activity.locale = locale;
    await this.deps.language.beginTurn(context);
    const dc = await this.dialogContext(context);
    await dc.cancelAllDialogs();
    await dc.beginDialog(this.deps.root.id, { again: true } satisfies ConversationStart);
    await this.saveState(context);
  }

  private async saveState(context: TurnContext): Promise<void> {
    // "Vergeet mij" deleted the state in this turn; writing it back would undo that.
    if (wasErased(context)) return;
    await Promise.all([this.deps.conversationState.saveChanges(context), this.deps.userState.saveChanges(context)]);
  }

  /** `dialogs.createContext` with the dialog memory configuration of an earlier turn (see MEMORY_CONFIGURATION). */
  private async dialogContext(context: TurnContext): Promise<DialogContext> {
    if (this.memoryConfiguration !== undefined && !context.turnState.has(MEMORY_CONFIGURATION)) {
      context.turnState.set(MEMORY_CONFIGURATION, this.memoryConfiguration);
    }
    const dc = await this.dialogs.createContext(context);
    this.memoryConfiguration ??= context.turnState.get(MEMORY_CONFIGURATION) as unknown;
    return dc;
  }

  private async continueOrStart(context: TurnContext, options: ConversationStart): Promise<void> {
    const dc = await this.dialogContext(context);
    const meta = await this.meta.get(context, {});
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      await this.countOnce(context);
      const ended = meta.ended === true;
      delete meta.ended;
      const started = await dc.beginDialog(this.deps.root.id, { ...options, ...(ended && { ended }) });
      if (started.status === DialogTurnStatus.complete) meta.ended = true;
    } else if (result.status === DialogTurnStatus.complete) {
      meta.ended = true;
    }
  }

  private async startIfIdle(context: TurnContext): Promise<void> {
    const dc = await this.dialogContext(context);
    if (!dc.activeDialog) {
      await this.countOnce(context);
      await dc.beginDialog(this.deps.root.id, { greet: true } satisfies ConversationStart);
    }
  }

  /** Counts the conversation for the reach page the first time the bot starts talking in it. */
  private async countOnce(context: TurnContext): Promise<void> {
    if (!this.deps.reach || (await this.reachState.get(context, {})).counted) return;
    await this.reachState.set(context, { counted: true });
    await this.deps.reach.record('conversation', { channel: context.activity.channelId, locale: this.deps.language.locale(context) });
  }

  /**
   * A group chat or team channel on a channel where the conversation belongs in a one-to-one
   * chat: people there would read each other's answers, so the bot keeps no state there and
   * only says where to talk.
   */
  private inSharedConversation(context: TurnContext): boolean {
    const type = context.activity.conversation?.conversationType;
    return this.deps.oneToOneOnly(context.activity.channelId) && type !== undefined && type !== 'personal';
  }

  private userJoined(context: TurnContext): boolean {
    const botId = context.activity.recipient?.id;
    return (context.activity.membersAdded ?? []).some((member) => member.id !== botId);
  }

  /** Drops dialog state written by an older version of the dialogs (see CONVERSATION_STATE_VERSION). */
  private async discardOutdatedState(context: TurnContext): Promise<void> {
    const meta = await this.meta.get(context, {});
    if (meta.version === CONVERSATION_STATE_VERSION) return;
    await this.dialogState.delete(context);
    await this.meta.set(context, { version: CONVERSATION_STATE_VERSION });
  }
}
