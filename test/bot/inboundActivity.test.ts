import { describe, expect, it } from 'vitest';
import { cutInboundText, inboundActivity, MAX_INBOUND_TEXT } from '../../src/bot/inboundActivity.js';

const valid = {
  type: 'message',
  channelId: 'directline',
  from: { id: 'u' },
  recipient: { id: 'b' },
  conversation: { id: 'c' },
  text: 'hallo',
};

describe('inboundActivity', () => {
  it('When the text is longer than 2,000 characters, Then the activity goes on with the first 2,000', () => {
    const result = inboundActivity({ ...valid, text: 'x'.repeat(250_000) });
    expect(result.ok && result.activity.text).toBe('x'.repeat(MAX_INBOUND_TEXT));
  });

  it('When the cut would split an emoji, Then the half is left out too', () => {
    const text = `${'a'.repeat(MAX_INBOUND_TEXT - 1)}😀 and more`;
    expect(cutInboundText(text)).toBe('a'.repeat(MAX_INBOUND_TEXT - 1));
  });

  it.each([
    ['entities is a string', { entities: 'x' }, 'entities: Invalid input: expected array, received string'],
    [
      'membersAdded holds null',
      { type: 'conversationUpdate', membersAdded: [null] },
      'membersAdded.0: Invalid input: expected object, received null',
    ],
    ['a mention has no mentioned account', { entities: [{ type: 'mention', text: '<at>bot</at>' }] }, 'entities.0: incomplete mention'],
    ['text is a number', { text: 42 }, 'text: Invalid input: expected string, received number'],
    ['channelData is a string', { channelData: 'x' }, 'channelData: Invalid input: expected object, received string'],
    ['timestamp is no date', { timestamp: 'yesterday' }, 'timestamp: not a date'],
    [
      'deliveryMode is unknown',
      { deliveryMode: 'carrier pigeon' },
      'deliveryMode: Invalid option: expected one of "normal"|"notification"|"expectReplies"|"ephemeral"',
    ],
  ])('When %s, Then it is refused naming the field', (_case, change, problem) => {
    const result = inboundActivity({ ...valid, ...change });
    expect(result).toStrictEqual({ ok: false, problems: [problem] });
  });

  it('When optional fields are null, Then they count as absent', () => {
    const result = inboundActivity({ ...valid, text: null, locale: null, entities: null });
    expect(result.ok).toBe(true);
    expect(result.ok && 'text' in result.activity).toBe(false);
  });
});
