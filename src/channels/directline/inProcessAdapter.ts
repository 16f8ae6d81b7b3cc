import { BotAdapter, DeliveryModes, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';

/**
 * Runs one turn of the bot inside this process and hands back what it said. The activity is marked
 * `deliveryMode: expectReplies`, so TurnContext buffers every reply instead of sending it: this
 * adapter never makes an HTTP call, never talks to a Bot Framework service URL and never uses the
 * bot's Azure credentials. That is what keeps the built-in Direct Line endpoint from being a way
 * around channel authentication: it can only answer the conversation that asked.
 */
export class InProcessAdapter extends BotAdapter {
  async runTurn(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<Partial<Activity>[]> {
    const context = new TurnContext(this, { ...activity, deliveryMode: DeliveryModes.ExpectReplies });
    await this.runMiddleware(context, logic);
    return context.bufferedReplyActivities;
  }

  override sendActivities(_context: TurnContext, _activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return Promise.reject(new Error('InProcessAdapter.sendActivities(): replies are buffered (expectReplies), nothing is sent.'));
  }

  override updateActivity(_context: TurnContext, _activity: Partial<Activity>): Promise<void> {
    return Promise.reject(new Error('InProcessAdapter.updateActivity(): not supported by the built-in Direct Line endpoint.'));
  }

  override deleteActivity(_context: TurnContext, _reference: Partial<ConversationReference>): Promise<void> {
    return Promise.reject(new Error('InProcessAdapter.deleteActivity(): not supported by the built-in Direct Line endpoint.'));
  }

  override continueConversation(
    _reference: Partial<ConversationReference>,
    _logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    return Promise.reject(new Error('InProcessAdapter.continueConversation(): proactive messages are not supported yet.'));
  }
}
