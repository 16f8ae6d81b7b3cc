import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConversationGone,
  type DirectLineStore,
  type LogEntry,
  type StoreLimits,
} from '../../../src/channels/directline/conversationStore.js';

export interface StoresUnderTest {
  /** Two handles on the same data, as two instances of the bot would have (the same object for memory). */
  a: DirectLineStore;
  b: DirectLineStore;
  dispose(): Promise<void>;
}

/** Small limits, so trimming shows after a few appends. */
export const CONTRACT_LIMITS: StoreLimits = { maxConversations: 100, maxActivitiesPerConversation: 3, idleTtlMs: 60 * 60 * 1000 };

const user = { id: 'local-c1', userId: 'user_1', locale: 'nl-BE' };

/** Resolves with the first `count` entries `listener` sees, or fails after 5 s. */
function collect(
  store: DirectLineStore,
  conversationId: string,
  count: number,
): Promise<{ entries: Promise<LogEntry[]>; stop: () => Promise<void> }> {
  const seen: LogEntry[] = [];
  let done: (entries: LogEntry[]) => void = () => {};
  const entries = new Promise<LogEntry[]>((resolve, reject) => {
    done = resolve;
    setTimeout(() => reject(new Error(`only ${seen.length} of ${count} appends arrived`)), 5_000).unref();
  });
  return store
    .subscribe(conversationId, (entry) => {
      seen.push(entry);
      if (seen.length === count) done(seen);
    })
    .then((stop) => ({ entries, stop }));
}

/**
 * Behaviour every DirectLineStore shares: the memory one and the Redis one. `create` must return
 * empty stores with CONTRACT_LIMITS, isolated from other tests.
 */
export function describeDirectLineStoreContract(name: string, create: () => Promise<StoresUnderTest>): void {
  describe(`${name} (DirectLineStore contract)`, () => {
    let subject: StoresUnderTest;
    let a: DirectLineStore;
    let b: DirectLineStore;

    beforeEach(async () => {
      subject = await create();
      ({ a, b } = subject);
    });
    afterEach(() => subject.dispose());

    it('When a conversation is created, Then every instance finds it, and a second create leaves it unchanged', async () => {
      expect(await a.create(user)).toBe(true);
      expect(await b.get(user.id)).toStrictEqual(user);
      expect(await b.create({ ...user, userId: 'user_intruder', locale: undefined })).toBe(false);
      expect(await a.get(user.id)).toStrictEqual(user);
      await a.create({ id: 'local-c2', userId: 'user_2', locale: undefined });
      expect(await b.get('local-c2')).toStrictEqual({ id: 'local-c2', userId: 'user_2', locale: undefined });
    });

    it('When a conversation does not exist, Then get finds nothing and append and since say it is gone', async () => {
      expect(await a.get('local-nobody')).toBeUndefined();
      await expect(a.append('local-nobody', { type: 'message', text: 'x' })).rejects.toBeInstanceOf(ConversationGone);
      await expect(b.since('local-nobody', undefined)).rejects.toBeInstanceOf(ConversationGone);
    });

    it('When activities are appended on two instances, Then they get consecutive Direct Line ids and keep their content', async () => {
      await a.create(user);
      const first = await a.append(user.id, {
        type: 'message',
        text: 'Waar kan ik je mee helpen?',
        suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Ja', value: 'Ja' }] },
        channelData: { clientActivityID: 'c-1' },
      });
      const second = await b.append(user.id, { type: 'message', text: 'Ja' });
      expect(first.seq).toBe(1);
      expect(first.activity.id).toBe('local-c1|0000001');
      expect(second.activity.id).toBe('local-c1|0000002');
      expect(first.activity.timestamp).toBeInstanceOf(Date);
      const all = await b.since(user.id, undefined);
      expect(all.watermark).toBe('2');
      expect(all.activities).toStrictEqual([first.activity, second.activity]);
      expect(all.activities[0]?.suggestedActions).toStrictEqual({ to: [], actions: [{ type: 'imBack', title: 'Ja', value: 'Ja' }] });
      expect(await a.since(user.id, 1)).toStrictEqual({ activities: [second.activity], watermark: '2' });
      expect(await a.since(user.id, 2)).toStrictEqual({ activities: [], watermark: '2' });
    });

    it('When more activities come than the cap, Then only the newest stay and the watermark keeps counting', async () => {
      await a.create(user);
      for (const text of ['1', '2', '3', '4', '5']) await (text === '3' ? b : a).append(user.id, { type: 'message', text });
      const log = await b.since(user.id, undefined);
      expect(log.watermark).toBe('5');
      expect(log.activities.map((x) => x.text)).toStrictEqual(['3', '4', '5']);
    });

    it('When the log is forgotten ("vergeet mij"), Then nothing said before is kept, and what comes next keeps counting', async () => {
      await a.create(user);
      await a.append(user.id, { type: 'message', text: 'Mohamed, 0470 12 34 56' });
      await b.append(user.id, { type: 'message', text: 'Voor: Mohamed' });
      await b.forgetLog(user.id);
      expect(await a.since(user.id, undefined)).toStrictEqual({ activities: [], watermark: '2' });
      const next = await a.append(user.id, { type: 'message', text: 'Klaar. Ik heb alles over jou gewist.' });
      expect(next.activity.id).toBe('local-c1|0000003');
      expect((await b.since(user.id, undefined)).activities.map((x) => x.text)).toStrictEqual(['Klaar. Ik heb alles over jou gewist.']);
      expect(await b.get(user.id)).toStrictEqual(user);
    });

    it('When ten appends race, Then each gets its own number and the log holds them in that order', async () => {
      await a.create({ ...user, id: 'local-race' });
      const entries = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).append('local-race', { type: 'message', text: String(i) })),
      );
      expect(entries.map((e) => e.seq).sort((x, y) => x - y)).toStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      const log = await a.since('local-race', 7);
      expect(log.activities.map((x) => x.id)).toStrictEqual(['local-race|0000008', 'local-race|0000009', 'local-race|0000010']);
    });

    it('When a message is taken in again with the same clientActivityID (a resend of a late one), Then the first id comes back and nothing is appended', async () => {
      await a.create(user);
      await a.create({ ...user, id: 'local-other' });
      const message = { type: 'message', text: 'wat kost het', channelData: { clientActivityID: 'c-late' } } as const;
      const first = await a.appendOnce(user.id, 'c-late', message);
      expect(first.entry?.activity.id).toBe('local-c1|0000001');
      expect(first.entry?.activity.channelData).toStrictEqual({ clientActivityID: 'c-late' });
      // On the other instance too.
      expect(await b.appendOnce(user.id, 'c-late', message)).toStrictEqual({ duplicateOf: 'local-c1|0000001' });
      expect(await a.appendOnce(user.id, 'c-late', { ...message, text: 'iets anders' })).toStrictEqual({ duplicateOf: 'local-c1|0000001' });
      expect(await a.since(user.id, undefined)).toStrictEqual({ activities: [first.entry?.activity], watermark: '1' });
      // Another id, or the same id in another conversation, is a message of its own.
      expect((await b.appendOnce(user.id, 'c-next', message)).entry?.activity.id).toBe('local-c1|0000002');
      expect((await b.appendOnce('local-other', 'c-late', message)).entry?.activity.id).toBe('local-other|0000001');
      await expect(a.appendOnce('local-nobody', 'c-late', message)).rejects.toBeInstanceOf(ConversationGone);
    });

    it('When ten posts of one message race on two instances, Then exactly one is appended and all get its id', async () => {
      await a.create({ ...user, id: 'local-race' });
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).appendOnce('local-race', 'c-1', { type: 'message', text: 'ja' })),
      );
      const appended = results.filter((r) => r.entry);
      expect(appended).toHaveLength(1);
      const id = appended[0]?.entry?.activity.id;
      expect(results.filter((r) => r.duplicateOf === id)).toHaveLength(9);
      expect((await a.since('local-race', undefined)).watermark).toBe('1');
    });

    it('When the log is forgotten or trimmed, Then a resend is still known; only the ids of the newest messages (the cap) are kept', async () => {
      await a.create(user);
      const first = await a.appendOnce(user.id, 'c-1', { type: 'message', text: 'Mohamed' });
      for (const text of ['x', 'y', 'z']) await b.append(user.id, { type: 'message', text });
      await b.forgetLog(user.id);
      expect(await a.appendOnce(user.id, 'c-1', { type: 'message', text: 'Mohamed' })).toStrictEqual({
        duplicateOf: first.entry?.activity.id,
      });
      // CONTRACT_LIMITS keeps 3: three more messages push c-1 out.
      for (const id of ['c-2', 'c-3', 'c-4']) await b.appendOnce(user.id, id, { type: 'message', text: id });
      expect((await a.appendOnce(user.id, 'c-1', { type: 'message', text: 'Mohamed' })).entry?.activity.id).toBe('local-c1|0000008');
      expect((await a.appendOnce(user.id, 'c-4', { type: 'message', text: 'c-4' })).duplicateOf).toBe('local-c1|0000007');
    });

    it('When an instance subscribes, Then it hears every append of every instance in order, and nothing after it stops', async () => {
      await a.create(user);
      await a.create({ ...user, id: 'local-other' });
      const listening = await collect(b, user.id, 3);
      await a.append(user.id, { type: 'message', text: 'een' });
      await a.append('local-other', { type: 'message', text: 'niet voor jou' });
      await b.append(user.id, { type: 'message', text: 'twee' });
      await a.append(user.id, { type: 'message', text: 'drie' });
      const heard = await listening.entries;
      expect(heard.map((e) => [e.seq, e.activity.text])).toStrictEqual([
        [1, 'een'],
        [2, 'twee'],
        [3, 'drie'],
      ]);
      expect(heard[0]?.activity).toStrictEqual((await a.since(user.id, undefined)).activities[0]);
      await listening.stop();
      const late: LogEntry[] = [];
      const stopLate = await b.subscribe('local-other', (entry) => late.push(entry));
      await stopLate();
      await a.append('local-other', { type: 'message', text: 'na het stoppen' });
      await a.append(user.id, { type: 'message', text: 'vier' });
      expect(late).toStrictEqual([]);
    });
  });
}
