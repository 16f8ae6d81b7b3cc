import { Application, type TurnState } from '@microsoft/teams-ai';
import type { LoopbaanBot } from './loopbaanBot.js';
import { ActivityTypes, type TurnContext } from './sdk.js';
import { renderOnSend } from '../channels/render.js';

/**
 * The teams-ai router in front of the bot. It strips Teams @mentions from the text before the
 * dialogs see it; state stays with the bot's own ConversationState/UserState, so the Application
 * gets no storage of its own.
 *
 * Every outgoing activity is shaped for the turn's channel at send time (src/channels/render.ts).
 *
 * Note: `Application.handoff()` is the copilot-to-copilot `handoff/action` invoke, not the human
 * handover (`handoff.initiate` / `handoff.status`).
 */
export function createApp(bot: LoopbaanBot): { run(context: TurnContext): Promise<void> } {
  const app = new Application<TurnState>({ removeRecipientMention: true, startTypingTimer: false });
  app.activity(ActivityTypes.Message, (context) => bot.onTurn(context));
  app.conversationUpdate('membersAdded', (context) => bot.onTurn(context));
  return {
    async run(context) {
      context.onSendActivities(renderOnSend);
      await app.run(context);
    },
  };
}
