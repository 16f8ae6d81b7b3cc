/**
 * The one place that names the Bot Framework SDK packages for conversation code.
 *
 * The SDK reached end of support on 2025-12-31; its successor (Microsoft 365 Agents SDK) ships the
 * same concepts under other package names (`@microsoft/agents-hosting`, `…-dialogs`). Dialogs and
 * bot code import from here, so a move rewires this file rather than every dialog.
 */
import { TurnContext, type ConversationReference } from 'botbuilder';

export { ActionTypes, ActivityTypes, EventFactory, InputHints, MemoryStorage, TurnContext } from 'botbuilder';
/** botbuilder's own classes with a cheaper change check per turn (see state.ts). */
export { ConversationState, UserState } from './state.js';
export type { Activity, CardAction, CloudAdapter, ConversationReference, StatePropertyAccessor, Storage } from 'botbuilder';

/** What to keep to reach this conversation later (plain JSON), e.g. for a reminder. */
export function conversationReference(context: TurnContext): Partial<ConversationReference> {
  return TurnContext.getConversationReference(context.activity);
}
export { ComponentDialog, Dialog, DialogReason, DialogSet, DialogTurnStatus, Prompt, WaterfallDialog } from 'botbuilder-dialogs';
export type {
  Dialog as DialogType,
  DialogContext,
  DialogInstance,
  DialogState,
  DialogTurnResult,
  PromptOptions,
  PromptRecognizerResult,
  WaterfallStep,
  WaterfallStepContext,
} from 'botbuilder-dialogs';
