import { describe, expect, it } from 'vitest';
import type { Actor, NewCase } from '../../src/handover/model.js';
import type { HandoverStore } from '../../src/handover/store.js';

const NOW = new Date();
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const anna: Actor = { kind: 'staff', id: 'aad-anna', name: 'Anna Peeters' };
const bart: Actor = { kind: 'staff', id: 'aad-bart', name: 'Bart Claes' };
const user: Actor = { kind: 'user', id: 'user', name: 'user' };

/** A chat case of conversation `conversation` on the test channel. */
export function chatCase(conversation: string, mode: NewCase['mode'] = 'chat'): NewCase {
  return {
    userKey: `test:${conversation}`,
    reference: { channelId: 'test', conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: '' } },
    mode,
    summary: {
      reason: 'asked',
      locale: 'nl',
      channel: 'test',
      contact: mode === 'chat' ? { mode: 'chat' } : { mode: 'callback', phone: '+32470123456', partOfDay: 'morning' },
    },
    transcript: [{ from: 'user', text: 'ik wil met ne mens spreken', at: NOW.toISOString() }],
  };
}

/**
 * What every HandoverStore must do, run by memoryHandoverStore.test.ts and redisHandoverStore.test.ts.
 * `make` returns an empty store.
 */
export function describeHandoverStoreContract(name: string, make: () => Promise<HandoverStore>): void {
  describe(`${name} (HandoverStore contract)`, () => {
    it('When a chat case is opened, Then it waits in the queue and is the open chat of its conversation', async () => {
      const store = await make();
      const { created, case: opened } = await store.open(chatCase('c1'), NOW);

      expect(created).toBe(true);
      expect(opened).toStrictEqual({ ...chatCase('c1'), id: opened.id, state: 'waiting', createdAt: NOW.toISOString() });
      expect(await store.get(opened.id)).toStrictEqual(opened);
      expect(await store.openChatOf('test:c1')).toStrictEqual(opened);
      expect(await store.queue()).toStrictEqual([opened.id]);
    });

    it('When the same conversation asks again while its case is open, Then it gets the same case back', async () => {
      const store = await make();
      const first = await store.open(chatCase('c1'), NOW);
      const second = await store.open(chatCase('c1'), later(1));

      expect(second).toStrictEqual({ created: false, case: first.case });
      expect(await store.queue()).toStrictEqual([first.case.id]);
    });

    it('When three people wait, Then the queue keeps the order they came in, and a call-back is not in it', async () => {
      const store = await make();
      const a = await store.open(chatCase('a'), NOW);
      const cb = await store.open(chatCase('cb', 'callback'), NOW);
      const b = await store.open(chatCase('b'), NOW);
      const c = await store.open(chatCase('c'), NOW);

      expect(await store.queue()).toStrictEqual([a.case.id, b.case.id, c.case.id]);
      expect((await store.listOpen()).map((x) => x.id)).toStrictEqual([a.case.id, cb.case.id, b.case.id, c.case.id]);
      expect(await store.openChatOf('test:cb')).toBeUndefined();
    });

    it('When a case is forgotten ("vergeet mij"), Then it, its messages and its place in every index are gone; the others stay', async () => {
      const store = await make();
      const a = await store.open(chatCase('forget-a'), NOW);
      const b = await store.open(chatCase('forget-b'), NOW);
      const call = await store.open(chatCase('forget-a', 'callback'), NOW);
      await store.append(a.case.id, { from: 'user', text: 'mijn nummer is 0470 12 34 56', at: NOW.toISOString() });

      await store.forget(a.case.id);
      await store.forget(call.case.id);

      expect(await store.get(a.case.id)).toBeUndefined();
      expect(await store.get(call.case.id)).toBeUndefined();
      expect(await store.messages(a.case.id)).toEqual([]);
      expect(await store.openChatOf('test:forget-a')).toBeUndefined();
      expect(await store.queue()).toEqual([b.case.id]);
      expect((await store.listOpen()).map((c) => c.id)).toEqual([b.case.id]);
      // Forgotten twice, or never there: nothing happens.
      await store.forget(a.case.id);
      await store.forget('no-such-case');
      // The conversation may ask for a person again: a new case.
      expect((await store.open(chatCase('forget-a'), later(1))).created).toBe(true);
    });

    it('When a call-back is asked for a day, Then the case read back carries that day', async () => {
      const store = await make();
      const asked = chatCase('day', 'callback');
      const contact = { mode: 'callback', phone: '+32470123456', partOfDay: 'afternoon', day: '2026-11-27' } as const;
      const opened = await store.open({ ...asked, summary: { ...asked.summary, contact } }, NOW);

      expect((await store.get(opened.case.id))?.summary.contact).toStrictEqual(contact);
      expect((await store.listOpen())[0]?.summary.contact).toStrictEqual(contact);
    });

    it('When a case is taken, Then it leaves the queue and says who took it', async () => {
      const store = await make();
      const a = await store.open(chatCase('a'), NOW);
      const b = await store.open(chatCase('b'), NOW);

      const taken = await store.take(a.case.id, anna, later(2));

      expect(taken).toStrictEqual({ ok: true, case: { ...a.case, state: 'taken', takenBy: anna, takenAt: later(2).toISOString() } });
      expect(await store.queue()).toStrictEqual([b.case.id]);
      expect((await store.openChatOf('test:a'))?.state).toBe('taken');
      expect(await store.takenSince(later(1))).toBe(1);
      expect(await store.takenSince(later(3))).toBe(0);
    });

    it('When two staff take the same case at the same moment, Then exactly one wins and the other hears who did', async () => {
      const store = await make();
      const a = await store.open(chatCase('a'), NOW);

      const results = await Promise.all([store.take(a.case.id, anna, NOW), store.take(a.case.id, bart, NOW)]);

      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const lost = results.find((r) => !r.ok);
      const winner = results.find((r) => r.ok)?.case?.takenBy;
      expect(lost).toMatchObject({ ok: false, reason: 'taken', case: { takenBy: winner } });
      expect((await store.get(a.case.id))?.takenBy).toStrictEqual(winner);
    });

    it('When a case is closed, Then it is no longer open, cannot be taken, and the conversation may open a new one', async () => {
      const store = await make();
      const a = await store.open(chatCase('a'), NOW);

      const closed = await store.close(a.case.id, user, later(1));

      expect(closed).toMatchObject({ state: 'closed', closedBy: user, closedAt: later(1).toISOString() });
      expect(await store.close(a.case.id, anna, later(2))).toBeUndefined();
      expect(await store.take(a.case.id, anna, later(2))).toMatchObject({ ok: false, reason: 'closed' });
      expect(await store.queue()).toStrictEqual([]);
      expect(await store.listOpen()).toStrictEqual([]);
      expect(await store.openChatOf('test:a')).toBeUndefined();
      const again = await store.open(chatCase('a'), later(3));
      expect(again.created).toBe(true);
      expect(again.case.id).not.toBe(a.case.id);
    });

    it('When the person leaves the chat page and comes back, Then the case leaves the queue, cannot be taken, and then waits at its old place', async () => {
      const store = await make();
      const a = await store.open(chatCase('a'), NOW);
      const b = await store.open(chatCase('b'), NOW);

      const left = await store.setLeft(a.case.id, later(1).toISOString());
      expect(left).toStrictEqual({ ...a.case, leftAt: later(1).toISOString() });
      expect(await store.setLeft(a.case.id, later(2).toISOString())).toBeUndefined();
      expect(await store.queue()).toStrictEqual([b.case.id]);
      expect((await store.listOpen()).map((c) => c.id)).toStrictEqual([a.case.id, b.case.id]);
      expect(await store.openChatOf('test:a')).toStrictEqual(left);
      expect(await store.take(a.case.id, anna, later(2))).toStrictEqual({ ok: false, reason: 'left', case: left });

      expect(await store.setLeft(a.case.id, undefined)).toStrictEqual(a.case);
      expect(await store.queue()).toStrictEqual([a.case.id, b.case.id]);
      await store.close(a.case.id, user, later(3));
      expect(await store.setLeft(a.case.id, later(4).toISOString())).toBeUndefined();
      expect(await store.setLeft('no-such-case', later(4).toISOString())).toBeUndefined();
    });

    it('When a taken chat is handed back, Then it waits again ahead of those never taken, in the order handed back', async () => {
      const store = await make();
      const a = await store.open(chatCase('a'), NOW);
      const b = await store.open(chatCase('b'), NOW);
      const c = await store.open(chatCase('c'), NOW);
      await store.take(b.case.id, anna, later(1));
      await store.take(c.case.id, bart, later(1));

      expect(await store.handBack(a.case.id, anna, later(2))).toBeUndefined();
      const back = await store.handBack(c.case.id, bart, later(2));
      expect(back).toStrictEqual({ ...c.case, handedBackBy: bart, handedBackAt: later(2).toISOString() });
      await store.handBack(b.case.id, anna, later(3));
      expect(await store.queue()).toStrictEqual([c.case.id, b.case.id, a.case.id]);
      expect(await store.openChatOf('test:c')).toStrictEqual(back);
      expect((await store.take(c.case.id, anna, later(4))).ok).toBe(true);
      expect(await store.queue()).toStrictEqual([b.case.id, a.case.id]);
      expect(await store.handBack('no-such-case', anna, later(4))).toBeUndefined();
    });

    it('When a case does not exist, Then take and close say so and change nothing', async () => {
      const store = await make();
      expect(await store.take('nope', anna, NOW)).toStrictEqual({ ok: false, reason: 'not_found' });
      expect(await store.close('nope', anna, NOW)).toBeUndefined();
      expect(await store.get('nope')).toBeUndefined();
    });

    it('When messages are relayed, Then they come back numbered in order, and a redelivered one is not added twice', async () => {
      const store = await make();
      const a = await store.open(chatCase('a'), NOW);
      const at = NOW.toISOString();

      const m1 = await store.append(a.case.id, { from: 'user', text: 'hallo?', at }, 'act-1');
      const m2 = await store.append(a.case.id, { from: 'staff', text: 'Dag, ik ben Anna.', at, name: 'Anna' }, 'act-2');
      const again = await store.append(a.case.id, { from: 'user', text: 'hallo?', at }, 'act-1');
      const m3 = await store.append(a.case.id, { from: 'user', text: 'dank je', at });

      expect([m1?.seq, m2?.seq, again, m3?.seq]).toStrictEqual([1, 2, undefined, 3]);
      expect((await store.messages(a.case.id)).map((m) => [m.seq, m.from, m.text])).toStrictEqual([
        [1, 'user', 'hallo?'],
        [2, 'staff', 'Dag, ik ben Anna.'],
        [3, 'user', 'dank je'],
      ]);
      expect((await store.messages(a.case.id, 2)).map((m) => m.seq)).toStrictEqual([3]);
      expect(await store.append('nope', { from: 'user', text: 'x', at })).toBeUndefined();
    });

    it('When a case gets its Teams thread, Then the thread leads back to the case', async () => {
      const store = await make();
      const a = await store.open(chatCase('a'), NOW);
      const thread = {
        reference: { conversation: { id: '19:staff@thread.tacv2;messageid=111', isGroup: true, conversationType: 'channel', name: '' } },
        activityId: '111',
      };

      await store.setStaffThread(a.case.id, thread);
      await store.markOfferedToHub(a.case.id);

      expect(await store.caseOfThread('111')).toBe(a.case.id);
      expect(await store.caseOfThread('222')).toBeUndefined();
      expect(await store.get(a.case.id)).toMatchObject({ staffThread: thread, offeredToHub: true, state: 'waiting' });
    });

    it('When the staff channel is seen, Then it is remembered', async () => {
      const store = await make();
      expect(await store.staffChannel()).toBeUndefined();
      const reference = {
        channelId: 'msteams',
        serviceUrl: 'https://smba.example/emea/',
        conversation: { id: '19:staff@thread.tacv2', isGroup: true, conversationType: 'channel', name: '' },
      };
      await store.setStaffChannel(reference);
      expect(await store.staffChannel()).toStrictEqual(reference);
    });
  });
}
