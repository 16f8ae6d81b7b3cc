import { AdaptiveCardActionExecuteResponseType, type AdaptiveCard } from '@microsoft/teams-ai/lib/AdaptiveCards.js';
import { Application } from '@microsoft/teams-ai/lib/Application.js';
import type { TurnState } from '@microsoft/teams-ai/lib/TurnState.js';
import type { i18n } from 'i18next';
import { z } from 'zod/v4';
import type { StaffChannelApp } from '../../bot/app.js';
import { ActivityTypes, TurnContext } from '../../bot/sdk.js';
import { translatorFor, type Translator } from '../../i18n/i18n.js';
import type { Logger } from '../../observability/logger.js';
import type { Actor } from '../model.js';
import type { HandoverService } from '../service.js';
import { actorName, caseCard, CLOSE_VERB, HAND_BACK_VERB, TAKE_VERB } from './card.js';
import { threadRootOf } from './staffChannel.js';

export interface StaffAppDeps {
  service: HandoverService;
  /** TEAMS_STAFF_CHANNEL_ID. */
  channelId: string;
  i18n: i18n;
  logger: Logger;
}

const ActionData = z.object({ caseId: z.string().min(1).max(100) });

/**
 * The staff side in Microsoft Teams, built with @microsoft/teams-ai on the bot's own registration:
 * activities from the staff channel come here instead of to the citizen bot (src/bot/app.ts).
 *
 * - "Neem over" / "Sluit af" are `Action.Execute` on the case card; with REPLACE_FOR_ALL the card
 *   is updated for every staff member. Two clicks at once: the store lets one win; the other
 *   clicker is told who has it.
 * - A reply in a case's thread goes to the user on their own channel, once the case is taken.
 *
 * Not human handover in the protocol sense: teams-ai's `app.handoff()` (copilot `handoff/action`)
 * is not used; see src/handover/hub.ts for `handoff.initiate` / `handoff.status`.
 */
export function createStaffApp(deps: StaffAppDeps): StaffChannelApp {
  const app = new Application<TurnState>({
    removeRecipientMention: true,
    startTypingTimer: false,
    adaptiveCards: { actionExecuteResponseType: AdaptiveCardActionExecuteResponseType.REPLACE_FOR_ALL },
  });
  const t = translatorFor(deps.i18n, 'nl');
  let knownChannel = '';

  app.adaptiveCards.actionExecute(TAKE_VERB, async (context, _state, data): Promise<AdaptiveCard | string> => {
    const parsed = ActionData.safeParse(data);
    if (!parsed.success) return t('staff:card.notFound');
    const result = await deps.service.take(parsed.data.caseId, staffOf(context), { cardUpdated: true });
    if (result.ok) return caseCard(result.case, t);
    return refusal(result.reason, result.case?.takenBy, t);
  });

  app.adaptiveCards.actionExecute(CLOSE_VERB, async (context, _state, data): Promise<AdaptiveCard | string> => {
    const parsed = ActionData.safeParse(data);
    if (!parsed.success) return t('staff:card.notFound');
    const closed = await deps.service.close(parsed.data.caseId, staffOf(context), undefined, { cardUpdated: true });
    if (closed) return caseCard(closed, t);
    const current = await deps.service.deps.store.get(parsed.data.caseId);
    return current ? t('staff:card.alreadyClosed') : t('staff:card.notFound');
  });

  app.adaptiveCards.actionExecute(HAND_BACK_VERB, async (context, _state, data): Promise<AdaptiveCard | string> => {
    const parsed = ActionData.safeParse(data);
    if (!parsed.success) return t('staff:card.notFound');
    const back = await deps.service.handBack(parsed.data.caseId, staffOf(context), { cardUpdated: true });
    if (back) return caseCard(back, t);
    const current = await deps.service.deps.store.get(parsed.data.caseId);
    if (!current) return t('staff:card.notFound');
    return current.state === 'closed' ? t('staff:card.alreadyClosed') : caseCard(current, t);
  });

  app.activity(ActivityTypes.Message, async (context) => {
    const text = context.activity.text?.trim() ?? '';
    const root = threadRootOf(context.activity.conversation?.id);
    if (!text || !root) return;
    const caseId = await deps.service.deps.store.caseOfThread(root);
    if (!caseId) return;
    const outcome = await deps.service.staffMessage(caseId, staffOf(context), text, context.activity.id);
    if (outcome === 'not_taken') await context.sendActivity(t('staff:relay.takeFirst'));
    if (outcome === 'closed') await context.sendActivity(t('staff:relay.closed'));
  });

  return {
    handles(context) {
      const { activity } = context;
      if (activity.channelId !== 'msteams') return false;
      const channel = (activity.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
      return channel === deps.channelId || (activity.conversation?.id ?? '').split(';')[0] === deps.channelId;
    },
    async run(context) {
      // The channel's real serviceUrl and tenant, for posting the next case (written when it changes).
      const reference = TurnContext.getConversationReference(context.activity);
      const channelReference = { ...reference, conversation: { ...reference.conversation, id: deps.channelId } } as typeof reference;
      const fingerprint = `${reference.serviceUrl}|${reference.conversation?.tenantId ?? ''}`;
      if (fingerprint !== knownChannel) {
        await deps.service.deps.store.setStaffChannel(channelReference);
        knownChannel = fingerprint;
      }
      await app.run(context);
    },
  };
}

/** The staff member who clicked or wrote: Teams' AAD object id when there is one, and their display name. */
function staffOf(context: TurnContext): Actor {
  const from = context.activity.from;
  return { kind: 'staff', id: from.aadObjectId ?? from.id, name: from.name ?? from.id };
}

function refusal(reason: 'not_found' | 'closed' | 'taken' | 'left', takenBy: Actor | undefined, t: Translator): string {
  if (reason === 'taken' && takenBy) return t('staff:card.alreadyTaken', { name: actorName(takenBy, t) });
  if (reason === 'left') return t('staff:card.personLeft');
  return t(reason === 'closed' ? 'staff:card.alreadyClosed' : 'staff:card.notFound');
}
