import { describe, expect, it } from 'vitest';
import type { Booking } from '../../src/booking/model.js';
import { loadCentres } from '../../src/booking/centres.js';
import { reminderSender, type ContinueConversation } from '../../src/bot/proactive.js';
import type { TurnContext } from '../../src/bot/sdk.js';

const gent = loadCentres().find((c) => c.id === 'demo-gent')!;

function recording(name: string, log: string[]): ContinueConversation {
  return async (reference, logic) => {
    const context = { sendActivity: async (a: { text: string }) => void log.push(`${name}:${reference.conversation?.id}:${a.text}`) };
    await logic(context as unknown as TurnContext);
  };
}

describe('reminderSender', () => {
  it('When a reminder goes out, then it is sent in the booking language through the adapter of its channel', async () => {
    const log: string[] = [];
    const sender = reminderSender({ fallback: recording('cloud', log), byChannel: { whatsapp: recording('whatsapp', log) } });
    const booking: Booking = {
      code: 'K7M3QX',
      centreId: 'demo-gent',
      slot: { centreId: 'demo-gent', start: '2026-12-03T09:30:00.000Z', end: '2026-12-03T10:00:00.000Z' },
      person: { firstName: 'Amira' },
      locale: 'fr',
      mode: 'in_person',
      createdAt: '2026-11-26T12:00:00.000Z',
      status: 'confirmed',
      reminderOptIn: true,
      conversationReference: { channelId: 'msteams', conversation: { id: 'teams-1' } },
    };

    await sender.sendReminder(booking, gent);
    await sender.sendReminder({ ...booking, locale: 'nl', conversationReference: { channelId: 'whatsapp', conversation: { id: 'wa-1' } } }, gent);

    expect(log).toStrictEqual([
      'cloud:teams-1:Demain, vous avez rendez-vous chez Demo Loopbaancentrum Gent, à 10:30. Votre code est K7M3QX.',
      'whatsapp:wa-1:Morgen heb je een afspraak bij Demo Loopbaancentrum Gent, om 10:30. Je code is K7M3QX.',
    ]);
  });
});
