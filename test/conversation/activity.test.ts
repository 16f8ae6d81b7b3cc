import { describe, expect, it } from 'vitest';
import { toActivity } from '../../src/conversation/activity.js';

describe('toActivity', () => {
  it('When a message has buttons, Then they become suggested actions that send their title back', () => {
    const activity = toActivity({
      text: 'Was dit duidelijk?',
      buttons: [
        { value: 'yes', title: 'Ja' },
        { value: 'no', title: 'Nee' },
      ],
    });
    expect(activity).toMatchObject({
      type: 'message',
      text: 'Was dit duidelijk?',
      speak: 'Was dit duidelijk?',
      inputHint: 'expectingInput',
      suggestedActions: {
        actions: [
          { type: 'imBack', title: 'Ja', value: 'Ja' },
          { type: 'imBack', title: 'Nee', value: 'Nee' },
        ],
      },
    });
  });

  it('When a message has no buttons, Then it has no suggested actions and accepts any input', () => {
    const activity = toActivity({ text: 'Fijn!' });
    expect(activity.suggestedActions).toBeUndefined();
    expect(activity.inputHint).toBe('acceptingInput');
    expect(activity.speak).toBe('Fijn!');
    expect(activity.channelData).toBeUndefined();
  });

  it('When a message is a whole reply by itself (a staff message), Then its channelData says so, beside unnumbered buttons', () => {
    expect(toActivity({ text: 'Anna: Dag!', standalone: true }).channelData).toEqual({ standalone: true });
    expect(
      toActivity({ text: 'Hoeveel jaar?', buttons: [{ value: '5', title: '5' }], unnumbered: true, standalone: true }).channelData,
    ).toEqual({
      unnumberedButtons: true,
      standalone: true,
    });
  });
});
