import type { Logger } from '../observability/logger.js';
import { describeError } from '../observability/errors.js';
import { toActivity } from './render.js';
import type { ConversationState, TurnContext } from './sdk.js';
import type { Translator } from '../i18n/i18n.js';

/**
 * The one place a failed turn ends up: logged with its conversation and activity ids (never what
 * the user wrote), the conversation reset so the user is not stuck in a broken step, and a short
 * apology in their language with the free number.
 */
export function handleTurnError(deps: {
  logger: Logger;
  conversationState: ConversationState;
  translate: (context: TurnContext) => Translator;
  phone: string;
}) {
  return async (context: TurnContext, error: unknown): Promise<void> => {
    deps.logger.error('turn failed', {
      channel: context.activity.channelId,
      conversation: context.activity.conversation?.id,
      activity: context.activity.id,
      ...describeError(error),
    });
    try {
      await deps.conversationState.delete(context);
      await context.sendActivity(toActivity({ text: deps.translate(context)('error', { phone: deps.phone }) }));
    } catch (followUp) {
      deps.logger.error('could not tell the user about the failed turn', describeError(followUp));
    }
  };
}
