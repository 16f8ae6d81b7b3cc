import { bookingText, formatTime } from '../booking/texts.js';
import { renderOnSend } from '../channels/render.js';
import type { Booking, Centre } from '../booking/model.js';
import type { ProactiveSender } from '../booking/reminders.js';
import type { CloudAdapter, ConversationReference, TurnContext } from './sdk.js';
import { TurnContext as TurnContextClass } from './sdk.js';

/** What to keep to reach this conversation later (plain JSON, stored with the booking). */
export function conversationReferenceOf(context: TurnContext): Partial<ConversationReference> {
  return TurnContextClass.getConversationReference(context.activity);
}

/** Runs `logic` in a stored conversation: CloudAdapter.continueConversationAsync, WhatsAppAdapter.continueConversation. */
export type ContinueConversation = (
  reference: Partial<ConversationReference>,
  logic: (context: TurnContext) => Promise<void>,
) => Promise<void>;

/** The Bot Framework adapter's way in (Teams and other Azure Bot channels). */
export function viaCloudAdapter(adapter: Pick<CloudAdapter, 'continueConversationAsync'>, appId: string | undefined): ContinueConversation {
  return (reference, logic) => adapter.continueConversationAsync(appId ?? '', reference, logic);
}

/**
 * Sends the day-before reminder, in the booking's language, into the conversation the booking
 * was made in, through the adapter of that conversation's channel.
 */
export function reminderSender(routes: {
  fallback: ContinueConversation;
  byChannel?: Record<string, ContinueConversation>;
}): ProactiveSender {
  return {
    async sendReminder(booking: Booking, centre: Centre) {
      const reference = booking.conversationReference as Partial<ConversationReference>;
      const text = bookingText(booking.locale, 'reminder', {
        centre: centre.name,
        time: formatTime(booking.slot.start, booking.locale),
        code: booking.code,
      });
      const continueIn = routes.byChannel?.[reference.channelId ?? ''] ?? routes.fallback;
      await continueIn(reference, async (context) => {
        context.onSendActivities(renderOnSend);
        await context.sendActivity({ type: 'message', text, speak: text });
      });
    },
  };
}
