import type { TurnContext } from './sdk.js';

/**
 * Channels where the bot may write first, a day later: Teams and WhatsApp (within Meta's rules,
 * which the WhatsApp channel enforces with an approved template). Web Chat and Direct Line have no
 * way to reach a user who closed the page, so no reminder is offered there. Tests that want the
 * reminder question pass their own `canRemind` with the booking parts.
 */
export const REMINDER_CHANNELS: ReadonlySet<string> = new Set(['msteams', 'whatsapp']);

/** The default `canRemind` for the booking dialog: decided by the turn's channel, never in a dialog. */
export function channelCanRemind(context: TurnContext): boolean {
  return REMINDER_CHANNELS.has(context.activity.channelId ?? '');
}
