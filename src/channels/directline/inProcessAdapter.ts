import { DeliveryModes, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import { ChannelAdapter } from '../channelAdapter.js';

/** Where proactive sends go: appended to the conversation's log (and so to its open streams). */
export type DeliverActivities = (conversationId: string, activities: Partial<Activity>[]) => Promise<ResourceResponse[]>;

/**
 * Runs the bot inside this process. A user's turn is marked `deliveryMode: expectReplies`, so
 * TurnContext buffers every reply and `runTurn` hands them back: this adapter never makes an HTTP
 * call, never talks to a Bot Framework service URL and never uses the bot's Azure credentials.
 * That is what keeps the built-in Direct Line endpoint from being a way around channel
 * authentication: a turn can only answer the conversation that asked.
 *
 * A proactive turn (`continueConversation`: a reminder, a staff member's reply) has no one
 * waiting for replies, so its sends go to `deliver`, which writes them into that conversation.
 */
export class InProcessAdapter extends ChannelAdapter {
  constructor(private readonly deliver: DeliverActivities) {
    super();
  }

  async runTurn(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<Partial<Activity>[]> {
    const context = new TurnContext(this, { ...activity, deliveryMode: DeliveryModes.ExpectReplies });
    await this.runMiddleware(context, logic);
    return context.bufferedReplyActivities;
  }

  override sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const conversationId = context.activity.conversation?.id;
    if (!conversationId) return Promise.reject(new Error('InProcessAdapter.sendActivities(): the turn has no conversation id.'));
    return this.deliver(conversationId, activities);
  }

  override updateActivity(_context: TurnContext, _activity: Partial<Activity>): Promise<void> {
    return Promise.reject(new Error('InProcessAdapter.updateActivity(): not supported by the built-in Direct Line endpoint.'));
  }

  override deleteActivity(_context: TurnContext, _reference: Partial<ConversationReference>): Promise<void> {
    return Promise.reject(new Error('InProcessAdapter.deleteActivity(): not supported by the built-in Direct Line endpoint.'));
  }
}
