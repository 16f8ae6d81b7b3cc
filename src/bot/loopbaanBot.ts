import type { DialogType as Dialog } from './sdk.js';
import type { RootOptions } from '../../dialogs/rootDialog.js';
import { profileFor } from '../channels/render.js';
import type { Language } from './language.js';
import { toActivity } from './render.js';
import {
  ActivityTypes,
  DialogSet,
  DialogTurnStatus,
  type ConversationState,
  type DialogState,
  type StatePropertyAccessor,
  type TurnContext,
  type UserState,
} from './sdk.js';
import { CONVERSATION_STATE_VERSION, type ConversationMeta } from './stateShapes.js';

export interface LoopbaanBotDeps {
  conversationState: ConversationState;
  userState: UserState;
  language: Language;
  /** The dialog every conversation starts with (RootDialog). */
  root: Dialog<RootOptions>;
}

/**
 * One turn: pick the language, run the dialogs, save state. A new conversation is greeted when
 * the user joins (Web Chat, Teams) or with their first message (WhatsApp, plain HTTP).
 */
export class LoopbaanBot {
  private readonly dialogs: DialogSet;
  private readonly meta: StatePropertyAccessor<ConversationMeta>;
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(private readonly deps: LoopbaanBotDeps) {
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.meta = deps.conversationState.createProperty<ConversationMeta>('meta');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(deps.root);
  }

  async onTurn(context: TurnContext): Promise<void> {
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
    if (activity.type === ActivityTypes.Message) {
      await this.continueOrStart(context, { greet: true, firstReply: activity.text ?? '' });
    } else if (activity.type === ActivityTypes.ConversationUpdate && this.userJoined(context)) {
      await this.startIfIdle(context);
    }
    await Promise.all([this.deps.conversationState.saveChanges(context), this.deps.userState.saveChanges(context)]);
  }

  private async continueOrStart(context: TurnContext, options: RootOptions): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.deps.root.id, options);
  }

  private async startIfIdle(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    if (!dc.activeDialog) await dc.beginDialog(this.deps.root.id, { greet: true } satisfies RootOptions);
  }

  /**
   * A group chat or team channel on a channel where the conversation belongs in a one-to-one
   * chat: people there would read each other's answers, so the bot keeps no state there and
   * only says where to talk.
   */
  private inSharedConversation(context: TurnContext): boolean {
    const type = context.activity.conversation?.conversationType;
    return profileFor(context.activity.channelId).oneToOneOnly === true && type !== undefined && type !== 'personal';
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
