import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { RedisHandoverStore } from '../../src/handover/redisStore.js';
import { TAKE_VERB, CLOSE_VERB } from '../../src/handover/teams/card.js';
import { RedisTranscriptRecorder } from '../../src/handover/transcript.js';
import { RedisStorage } from '../../src/storage/redisStorage.js';
import { redisTest } from '../support/redis.js';
import { ChannelTestAdapter, handoverWorld } from './world.js';

const redis = redisTest();
const MENU = ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer'];

describe.skipIf(!redis.available)('handover on Redis', () => {
  const clients: Redis[] = [];
  let runs = 0;
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await redis.cleanup();
  });

  /**
   * One bot instance on its own Redis connection. Instances given the same prefix share state;
   * `users` and `teams` stand for the channels, which reach whichever instance is up.
   */
  const instance = (prefix: string, users: ChannelTestAdapter, teams: ChannelTestAdapter) => {
    const client = new Redis(inject('redisUrl') ?? '');
    clients.push(client);
    return handoverWorld({
      storage: new RedisStorage(client, { prefix, ttlSeconds: 3_600 }),
      store: new RedisHandoverStore(client, { prefix: `${prefix}handover:` }),
      transcripts: new RedisTranscriptRecorder(client, prefix),
      users,
      teams,
    });
  };
  const channels = () => ({
    users: new ChannelTestAdapter('test'),
    teams: new ChannelTestAdapter('msteams'),
    prefix: `${redis.prefix}r${++runs}:`,
  });

  it('When the bot restarts in the middle of a case, Then the case, its thread and the relay carry on', async () => {
    const { users, teams, prefix } = channels();
    const before = await instance(prefix, users, teams);
    const user = before.user('c1');
    await user.says('hallo');
    await user.says('Met iemand praten');
    await user.says('Nu chatten');
    const [opened] = await before.store.listOpen();
    const rootId = opened?.staffThread?.activityId ?? '';
    await before.staff('Anna Peeters', 'aad-anna').clicks(TAKE_VERB, opened?.id ?? '', rootId);
    clients.at(-1)?.disconnect();

    const after = await instance(prefix, users, teams);
    const again = after.user('c1');
    const anna = after.staff('Anna Peeters', 'aad-anna');
    const seenBefore = again.inbox().length;
    await anna.replies(rootId, 'Ben je er nog?', 'teams-9');
    expect(await again.says('ja hoor')).toEqual([]);
    await anna.clicks(CLOSE_VERB, opened?.id ?? '', rootId);

    expect(again.inbox().slice(seenBefore)).toEqual([
      { text: 'Anna: Ben je er nog?', buttons: [] },
      { text: 'De medewerker heeft het gesprek afgesloten.', buttons: [] },
      { text: 'Kan ik je nog ergens mee helpen?', buttons: MENU },
    ]);
    expect(after.channel.texts()).toContain('Persoon: ja hoor');
    expect((await again.says('Kan ik er een krijgen?')).at(-1)?.buttons).toEqual(['Voor mezelf', 'Voor iemand anders']);
  });

  it('When two bot instances share one Redis, Then a case opened on one is taken once, relayed and closed from either', async () => {
    const { users, teams, prefix } = channels();
    const one = await instance(prefix, users, teams);
    const two = await instance(prefix, users, teams);
    const user = one.user('c1');
    await user.says('hallo');
    await user.says('Met iemand praten');
    await user.says('Nu chatten');
    const [opened] = await two.store.listOpen();
    const caseId = opened?.id ?? '';
    const rootId = opened?.staffThread?.activityId ?? '';

    const results = await Promise.all([
      one.service.take(caseId, { kind: 'staff', id: 'aad-anna', name: 'Anna Peeters' }),
      two.service.take(caseId, { kind: 'staff', id: 'aad-bart', name: 'Bart Claes' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const winner = results.find((r) => r.ok)?.case?.takenBy;
    const seenBefore = user.inbox().length;

    await (winner?.id === 'aad-anna' ? two : one).staff(winner?.name ?? '', winner?.id ?? '').replies(rootId, 'Hallo!', 'teams-1');
    await two.user('c1').says('dag', 'user-1');
    await one.staff(winner?.name ?? '', winner?.id ?? '').clicks(CLOSE_VERB, caseId, rootId);

    expect(
      user
        .inbox()
        .slice(seenBefore)
        .map((m) => m.text),
    ).toEqual([`${winner?.name.split(' ')[0]}: Hallo!`, 'De medewerker heeft het gesprek afgesloten.', 'Kan ik je nog ergens mee helpen?']);
    expect(one.channel.texts().filter((t) => t === 'Persoon: dag')).toHaveLength(1);
    expect(await two.store.listOpen()).toEqual([]);
  });
});
