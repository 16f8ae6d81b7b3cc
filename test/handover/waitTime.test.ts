import { describe, expect, it } from 'vitest';
import { estimateWait } from '../../src/handover/waitTime.js';

describe('estimateWait', () => {
  it('When staff took fewer than two chats in the last hour, Then the wait is unknown', () => {
    expect(estimateWait(1, 0)).toEqual({ kind: 'unknown' });
    expect(estimateWait(3, 1)).toEqual({ kind: 'unknown' });
  });

  it('When staff take 6 chats an hour, Then place 2 waits about 20 minutes and place 1 at least 5', () => {
    expect(estimateWait(2, 6)).toEqual({ kind: 'minutes', minutes: 20 });
    expect(estimateWait(1, 60)).toEqual({ kind: 'minutes', minutes: 5 });
  });

  it('When the wait passes an hour, Then it says "more than an hour"', () => {
    expect(estimateWait(5, 2)).toEqual({ kind: 'long' });
  });
});
