import type { TurnContext } from '../bot/sdk.js';
import { understandContact } from '../understanding/contact.js';
import { WHATSAPP_CHANNEL_ID, waIdOf } from './whatsapp/adapter.js';

/**
 * What the dialogs may know about the turn's channel, decided here and never in a dialog (see
 * render.ts: dialogs never look at the channel).
 */
export interface ChannelFacts {
  /** The channel delivers a file sent with a message (the booking's .ics). */
  showsFiles(context: TurnContext): boolean;
  /**
   * The user's own phone number (E.164), where the channel itself gives it: on WhatsApp, the
   * number that writes. Offered at "Op welk nummer?" so nobody types what we already have.
   */
  ownNumber(context: TurnContext): string | undefined;
}

export const channelFacts: ChannelFacts = {
  // WhatsApp messages here carry text and buttons only.
  showsFiles: (context) => context.activity.channelId !== WHATSAPP_CHANNEL_ID,
  ownNumber: (context) => {
    if (context.activity.channelId !== WHATSAPP_CHANNEL_ID) return undefined;
    const waId = waIdOf(context.activity.from);
    const read = waId ? understandContact(`+${waId}`) : undefined;
    return read?.ok && read.kind === 'phone' ? read.value : undefined;
  },
};
