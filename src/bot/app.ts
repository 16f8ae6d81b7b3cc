import { Application, type TurnState } from '@microsoft/teams-ai';
import type { LoopbaanBot } from './loopbaanBot.js';
import { ActivityTypes, type TurnContext } from './sdk.js';
import { renderOnSend } from '../channels/render.js';
import { isHandoffStatus } from '../handover/hub.js';

/** The Teams staff channel's own app (src/handover/teams/staffApp.ts), the same bot registration. */
export interface StaffChannelApp {
  /** True for activities from the configured staff channel (its threads and card actions included). */
  handles(context: TurnContext): boolean;
  run(context: TurnContext): Promise<void>;
}

/**
 * The teams-ai router in front of the bot. It strips Teams @mentions from the text before the
 * dialogs see it; state stays with the bot's own ConversationState/UserState, so the Application
 * gets no storage of its own.
 *
 * Every outgoing activity is shaped for the turn's channel at send time (src/channels/render.ts).
 *
 * Activities from the Teams staff channel go to the staff app instead; a hub's `handoff.status`
 * event goes straight to the bot (it may come without a user, which teams-ai's turn state needs).
 *
 * Note: `Application.handoff()` is the copilot-to-copilot `handoff/action` invoke, not the human
 * handover (`handoff.initiate` / `handoff.status`).
 */
export function createApp(bot: LoopbaanBot, staff?: StaffChannelApp): { run(context: TurnContext): Promise<void> } {
  const app = new Application<TurnState>({ removeRecipientMention: true, startTypingTimer: false });
  app.activity(ActivityTypes.Message, (context) => bot.onTurn(context));
  app.conversationUpdate('membersAdded', (context) => bot.onTurn(context));
  return {
    async run(context) {
      if (staff?.handles(context)) return staff.run(context);
      context.onSendActivities(renderOnSend);
      if (isHandoffStatus(context.activity)) return bot.onTurn(context);
      await app.run(context);
    },
  };
}
