import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { channelFacts } from '../../src/channels/channelFacts.js';

function turnOn(channelId: string, from: Activity['from']): TurnContext {
  return new TurnContext(new TestAdapter(), { type: 'message', channelId, from } as Activity);
}

describe('channelFacts: what dialogs may know of the channel', () => {
  it('When a message comes from WhatsApp, Then the number that writes is the own number, in E.164; a malformed one is none', () => {
    expect(channelFacts.ownNumber(turnOn('whatsapp', { id: 'wa-u-x', name: '', properties: { waId: '32485123456' } }))).toBe(
      '+32485123456',
    );
    expect(channelFacts.ownNumber(turnOn('whatsapp', { id: 'wa-u-x', name: '', properties: { waId: '31612345678' } }))).toBe(
      '+31612345678',
    );
    expect(channelFacts.ownNumber(turnOn('whatsapp', { id: 'wa-u-x', name: '', properties: { waId: '12' } }))).toBeUndefined();
    expect(channelFacts.ownNumber(turnOn('whatsapp', { id: 'wa-u-x', name: '', properties: { waId: '+32 485' } }))).toBeUndefined();
    expect(channelFacts.ownNumber(turnOn('whatsapp', { id: 'wa-u-x', name: '' }))).toBeUndefined();
  });

  it('When a message comes from another channel, Then there is no own number, even with a waId someone put in', () => {
    for (const channelId of ['webchat', 'directline', 'msteams', 'test'])
      expect(
        channelFacts.ownNumber(turnOn(channelId, { id: '32485123456', name: '', properties: { waId: '32485123456' } })),
      ).toBeUndefined();
  });

  it('When a booking is confirmed, Then files (the calendar) go everywhere but WhatsApp, whose messages carry text and buttons', () => {
    expect(channelFacts.showsFiles(turnOn('whatsapp', { id: 'u', name: '' }))).toBe(false);
    for (const channelId of ['webchat', 'directline', 'msteams'])
      expect(channelFacts.showsFiles(turnOn(channelId, { id: 'u', name: '' }))).toBe(true);
  });
});
