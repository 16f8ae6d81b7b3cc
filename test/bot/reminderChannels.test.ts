import { describe, expect, it } from 'vitest';
import { channelCanRemind } from '../../src/bot/reminderChannels.js';
import type { TurnContext } from '../../src/bot/sdk.js';

const on = (channelId: string | undefined) => ({ activity: { channelId } }) as TurnContext;

describe('channelCanRemind', () => {
  it.each([
    ['msteams', true],
    ['whatsapp', true],
    ['webchat', false],
    ['directline', false],
    ['test', false],
    [undefined, false],
  ])('When the turn comes from channel %s, Then a reminder may be offered: %s', (channelId, expected) => {
    expect(channelCanRemind(on(channelId))).toBe(expected);
  });
});
