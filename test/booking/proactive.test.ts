import { describe, expect, it } from 'vitest';
import { reminderSender, type ContinueConversation } from '../../src/bot/proactive.js';
import { TestAdapter } from 'botbuilder';
import { TurnContext } from '../../src/bot/sdk.js';
import { gentCentre, sampleBooking } from '../support/booking.js';

const gent = gentCentre;

/** A channel adapter's way in, on a real TurnContext so send hooks (the renderer) run as in production. */
function recording(name: string, log: string[]): ContinueConversation {
  return async (reference, logic) => {
    const adapter = new TestAdapter();
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'ContinueConversation' }, reference, true);
    await logic(new TurnContext(adapter, activity));
    for (const sent of adapter.activeQueue) log.push(`${name}:${reference.conversation?.id}:${sent.text}`);
  };
}

describe('reminderSender', () => {
  it('When a reminder goes out, then it is sent in the booking language through the adapter of its channel', async () => {
    const log: string[] = [];
    const sender = reminderSender({ fallback: recording('cloud', log), byChannel: { whatsapp: recording('whatsapp', log) } });
    const booking = sampleBooking({
      person: { firstName: 'Amira' },
      locale: 'fr',
      reminderOptIn: true,
      conversationReference: { channelId: 'msteams', conversation: { id: 'teams-1' } },
    });

    await sender.sendReminder(booking, gent);
    await sender.sendReminder(
      { ...booking, locale: 'nl', conversationReference: { channelId: 'whatsapp', conversation: { id: 'wa-1' } } },
      gent,
    );

    expect(log).toStrictEqual([
      'cloud:teams-1:Demain, vous avez rendez-vous chez Demo Loopbaancentrum Gent, à 10 h 30. Votre code est K7M3QX.',
      'whatsapp:wa-1:Morgen heb je een afspraak bij Demo Loopbaancentrum Gent, om 10.30 uur. Je code is K7M3QX.',
    ]);
  });
});
