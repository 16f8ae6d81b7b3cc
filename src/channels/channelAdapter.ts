import { ActivityTypes, BotAdapter, TurnContext, type ConversationReference } from 'botbuilder';

/**
 * A Bot Framework adapter for a channel this process speaks itself (the built-in Direct Line,
 * WhatsApp): there is no Bot Framework service to continue a conversation through, so a proactive
 * turn (a reminder, a staff member's reply) runs here, and what it sends goes through the
 * adapter's own sendActivities like every other send.
 */
export abstract class ChannelAdapter extends BotAdapter {
  /** Runs `logic` in the referenced conversation without a new user message. */
  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
