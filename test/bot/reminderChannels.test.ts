import { TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { channelCanRemind } from '../../src/bot/reminderChannels.js';
import { TurnContext } from '../../src/bot/sdk.js';

const on = (channelId: string) => new TurnContext(new TestAdapter(), { type: 'message', channelId });

describe('channelCanRemind', () => {
  it.each([
    ['msteams', true],
    ['whatsapp', true],
    ['webchat', false],
    ['directline', false],
    ['test', false],
  ])('When the turn comes from channel %s, Then a reminder may be offered: %s', (channelId, expected) => {
    expect(channelCanRemind(on(channelId))).toBe(expected);
  });
});
