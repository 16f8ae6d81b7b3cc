import type { Language } from '../../bot/language.js';
import type { TurnContext } from '../../bot/sdk.js';
import { toActivity } from '../../conversation/activity.js';
import type { WhatsAppLabels } from '../render.js';
import type { UnreadableKind } from './adapter.js';

/** WhatsApp's own words, from the `channels` locale namespace, in the turn's language. */
export function whatsAppTexts(language: Language, phone: string) {
  return {
    /** Rendering labels; outside a user turn (a reminder) the default language. */
    labels(context: TurnContext): WhatsAppLabels {
      const t = language.tOrDefault(context);
      return { listButton: t('channels:whatsapp.listButton'), numberedChoices: t('channels:whatsapp.numberedChoices') };
    },

    /** A kind answer to a voice note, photo, file, location or sticker: what the bot can read, and the number. */
    async answerUnreadable(context: TurnContext, kind: UnreadableKind): Promise<void> {
      await language.beginTurn(context);
      const t = language.t(context);
      const first = t(kind === 'voice' ? 'channels:whatsapp.voiceNotYet' : 'channels:whatsapp.otherNotYet');
      await context.sendActivity(toActivity({ text: `${first} ${t('channels:whatsapp.whatICanRead', { phone })}` }));
    },
  };
}
