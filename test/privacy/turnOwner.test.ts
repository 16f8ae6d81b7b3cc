import { describe, expect, it } from 'vitest';
import { PersonKeys } from '../../src/privacy/personKeys.js';
import { keepTurnOwners, ownersOf, turnOwners } from '../../src/privacy/turnOwner.js';

describe('turn owners', () => {
  const keys = PersonKeys.random();
  const activity = { channelId: 'webchat', from: { id: 'user-1' }, conversation: { id: 'conv-1' } };

  it('When a turn keeps its owners, Then they are the salted keys of its user and conversation, never the raw ids', () => {
    const turn = { turnState: new Map<unknown, unknown>() };
    keepTurnOwners(turn, () => ownersOf(keys, activity));

    const owners = turnOwners(turn);
    expect(owners).toStrictEqual(ownersOf(keys, activity));
    expect(owners).toHaveLength(2);
    expect(owners.join(' ')).not.toMatch(/user-1|conv-1/);
  });

  it('When nobody asks for them, Then they are not computed; when asked twice, once', () => {
    const turn = { turnState: new Map<unknown, unknown>() };
    let computed = 0;
    keepTurnOwners(turn, () => {
      computed++;
      return ownersOf(keys, activity);
    });
    expect(computed).toBe(0);

    turnOwners(turn).push('changed by a caller');
    expect(turnOwners(turn)).toStrictEqual(ownersOf(keys, activity));
    expect(computed).toBe(1);
  });

  it('When a turn kept none (a reminder, a staff action), Then it has no owners', () => {
    expect(turnOwners({ turnState: new Map() })).toStrictEqual([]);
  });
});
