import type { TurnContext } from '../../src/bot/sdk.js';
import { toActivity } from '../../src/conversation/activity.js';

/** Sends plain messages in order, one bubble each. */
export async function send(context: TurnContext, ...texts: string[]): Promise<void> {
  for (const text of texts) await context.sendActivity(toActivity({ text }));
}
