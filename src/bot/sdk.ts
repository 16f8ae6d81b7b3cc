/**
 * The one place that names the Bot Framework SDK packages for conversation code.
 *
 * The SDK reached end of support on 2025-12-31; its successor (Microsoft 365 Agents SDK) ships the
 * same concepts under other package names (`@microsoft/agents-hosting`, `…-dialogs`). Dialogs and
 * bot code import from here, so a move rewires this file rather than every dialog.
 */
export { ActionTypes, ActivityTypes, InputHints, MemoryStorage, TurnContext } from 'botbuilder';
/** botbuilder's own classes with a cheaper change check per turn (see state.ts). */
export { ConversationState, UserState } from './state.js';
export type { Activity, CardAction, StatePropertyAccessor, Storage } from 'botbuilder';
export {
  ComponentDialog,
  Dialog,
  DialogReason,
  DialogSet,
  DialogTurnStatus,
  Prompt,
  WaterfallDialog,
} from 'botbuilder-dialogs';
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
