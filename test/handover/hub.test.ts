import { ActivityTypes, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { HANDOFF_INITIATE, HANDOFF_STATUS } from '../../src/handover/hub.js';
import { handoverWorld } from './world.js';

/** A user queued with HANDOVER_HUB=on, and a way to send the hub's `handoff.status` into their conversation. */
async function offeredToHub() {
  const world = await handoverWorld({ hub: true });
  const user = world.user('c1');
  await user.says('hallo');
  await user.says('Met iemand praten');
  await user.says('Nu chatten');
  const [opened] = await world.store.listOpen();
  // Like the protocol's own example: no `from`, no `recipient`.
  const status = (state: string) =>
    world.users.processActivity(
      {
        type: ActivityTypes.Event,
        name: HANDOFF_STATUS,
        value: { state },
        channelId: 'test',
        conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: '' },
        from: { id: 'unknown', name: '' },
      } as Activity,
      (context) => world.app.run(context),
    );
  return { world, user, status, caseId: opened?.id ?? '' };
}

describe('Bot Framework handoff protocol (HANDOVER_HUB=on)', () => {
  it('When a chat case opens, Then the bot sends handoff.initiate with the case and the transcript', async () => {
    const { user, caseId } = await offeredToHub();

    const initiate = user.activities().find((a) => a.type === 'event' && a.name === HANDOFF_INITIATE);
    expect(initiate?.value).toEqual({ caseId, reason: 'asked', locale: 'nl', channel: 'other' });
    const transcript = initiate?.attachments?.[0];
    expect(transcript?.name).toBe('Transcript');
    const lines = (transcript?.content as { activities: Activity[] }).activities.map((a) => `${a.from.role}: ${a.text}`);
    expect(lines[0]).toBe('user: hallo');
    expect(lines.at(-1)).toBe('user: Nu chatten');
  });

  it('When the hub accepts, Then the case is taken by the hub and user messages are not sent to Teams', async () => {
    const { world, user, status, caseId } = await offeredToHub();

    await status('accepted');
    expect(await user.says('hallo hub')).toEqual([]);

    expect((await world.store.get(caseId))?.takenBy).toEqual({ kind: 'hub', id: 'hub', name: 'hub' });
    expect(world.channel.texts()).not.toContain('Persoon: hallo hub');
  });

  it('When the hub completes the case, Then it is closed and the bot is back', async () => {
    const { world, user, status, caseId } = await offeredToHub();
    await status('accepted');
    const before = user.inbox().length;

    await status('completed');

    expect((await world.store.get(caseId))?.state).toBe('closed');
    expect(
      user
        .inbox()
        .slice(before)
        .map((m) => m.text),
    ).toEqual(['De medewerker heeft het gesprek afgesloten.', 'Kan ik je nog ergens mee helpen?']);
  });

  it('When the hub fails, Then the user hears it and stays in the built-in queue', async () => {
    const { world, user, status, caseId } = await offeredToHub();
    const before = user.inbox().length;

    await status('failed');

    expect(user.inbox().slice(before)).toEqual([
      { text: 'Het lukt nu niet via het contactcenter. Je blijft in de rij.', buttons: ['Stoppen met wachten'] },
    ]);
    expect(await world.store.queue()).toEqual([caseId]);
  });

  it('When a handoff.status comes with the hub off or malformed, Then it is accepted and ignored', async () => {
    const world = await handoverWorld({ hub: false });
    const user = world.user('c1');
    await user.says('hallo');
    await user.says('Met iemand praten');
    await user.says('Nu chatten');
    expect(user.activities().some((a) => a.name === HANDOFF_INITIATE)).toBe(false);

    await world.users.processActivity(
      {
        type: ActivityTypes.Event,
        name: HANDOFF_STATUS,
        value: { state: 'completed' },
        channelId: 'test',
        conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: '' },
      } as Activity,
      (context) => world.app.run(context),
    );

    expect(await world.store.queue()).toHaveLength(1);
  });
});
