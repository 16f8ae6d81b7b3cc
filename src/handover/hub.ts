import { EventFactory, type Activity } from '../bot/sdk.js';
import { z } from 'zod/v4';
import type { TurnContext } from '../bot/sdk.js';
import type { HandoverCase } from './model.js';

/*
 * The Bot Framework human-handoff protocol, for an external contact-centre hub that sits in the
 * user's conversation ("bot as a proxy", channels.md §1): `handoff.initiate` out, `handoff.status`
 * in. Not teams-ai's `app.handoff()`, which is the copilot-to-copilot `handoff/action` invoke.
 */

export const HANDOFF_INITIATE = 'handoff.initiate';
export const HANDOFF_STATUS = 'handoff.status';

/** What the hub gets as `value`: enough to route the case; the summary codes, no free text. */
export interface HubContext {
  caseId: string;
  reason: HandoverCase['summary']['reason'];
  locale: HandoverCase['summary']['locale'];
  channel: string;
  eligibility?: HandoverCase['summary']['eligibility'];
}

/**
 * Sends `handoff.initiate` into the user's conversation, with the recent transcript attached inline
 * as the protocol's "Transcript" attachment (Bot Framework activities, oldest first).
 */
export async function offerToHub(context: TurnContext, c: HandoverCase): Promise<void> {
  const value: HubContext = {
    caseId: c.id,
    reason: c.summary.reason,
    locale: c.summary.locale,
    channel: c.summary.channel,
    ...(c.summary.eligibility && { eligibility: c.summary.eligibility }),
  };
  const activities = c.transcript.map((line): Partial<Activity> => ({
    type: 'message',
    text: line.text,
    timestamp: new Date(line.at),
    from:
      line.from === 'user'
        ? { id: context.activity.from?.id ?? 'user', name: 'user', role: 'user' }
        : { id: 'bot', name: 'bot', role: 'bot' },
  }));
  await context.sendActivity(EventFactory.createHandoffInitiation(context, value, { activities: activities as Activity[] }));
}

const HandoffStatus = z.object({
  type: z.literal('event'),
  name: z.literal(HANDOFF_STATUS),
  value: z.object({ state: z.enum(['accepted', 'failed', 'completed']), message: z.string().max(2_000).optional() }),
});

/** A `handoff.status` event from the hub; anything else (or a malformed one) is undefined. */
export function handoffStatusOf(activity: Partial<Activity>): z.infer<typeof HandoffStatus>['value'] | undefined {
  if (activity.type !== 'event' || activity.name !== HANDOFF_STATUS) return undefined;
  const parsed = HandoffStatus.safeParse(activity);
  return parsed.success ? parsed.data.value : undefined;
}

/** True for an event named `handoff.status`, valid or not: the protocol says bots must not reject it. */
export function isHandoffStatus(activity: Partial<Activity>): boolean {
  return activity.type === 'event' && activity.name === HANDOFF_STATUS;
}
