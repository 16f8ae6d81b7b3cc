import type { Logger } from '../observability/logger.js';
import { describeError } from '../observability/errors.js';
import { toActivity } from '../conversation/activity.js';
import type { TurnContext } from './sdk.js';
import type { Translator } from '../i18n/i18n.js';
import { failureKind } from '../reliability/failures.js';

/**
 * The one place a failed turn ends up: logged with its conversation and activity ids and the kind
 * of failure (never what the user wrote), then a short apology in their language with the free
 * number.
 *
 * The apology touches no storage: when Redis is the reason the turn failed, anything that waits
 * for it first would delay or lose the one message that tells the user what to do. `translate`
 * must therefore not read state (Language.tOrDefault uses the language pinned on the turn, else
 * Dutch). State is not reset here: src/bot/app.ts resets it, under the turn lock, only when the
 * stored conversation itself is the problem.
 */
export function handleTurnError(deps: { logger: Logger; translate: (context: TurnContext) => Translator; phone: string }) {
  return async (context: TurnContext, error: unknown): Promise<void> => {
    deps.logger.error('turn failed', {
      channel: context.activity.channelId,
      conversation: context.activity.conversation?.id,
      activity: context.activity.id,
      failure: failureKind(error),
      ...describeError(error),
    });
    try {
      await context.sendActivity(toActivity({ text: deps.translate(context)('error', { phone: deps.phone }) }));
    } catch (followUp) {
      deps.logger.error('could not tell the user about the failed turn', describeError(followUp));
    }
  };
}
