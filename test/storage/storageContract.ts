import { ConversationState, TestAdapter, TurnContext, type Storage } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

export interface StorageUnderTest {
  storage: Storage;
  dispose(): Promise<void>;
}

const conflict = (key: string): Error => new Error(`Storage: error writing "${key}" due to eTag conflict.`);

/**
 * Behaviour every Storage in this project must share with botbuilder's MemoryStorage.
 * `create` must return an empty, isolated storage for each test.
 */
export function describeStorageContract(name: string, create: () => Promise<StorageUnderTest>): void {
  describe(`${name} (Storage contract)`, () => {
    let subject: StorageUnderTest;
    let storage: Storage;

    beforeEach(async () => {
      subject = await create();
      storage = subject.storage;
    });

    afterEach(async () => {
      await subject.dispose();
    });

    async function eTagOf(key: string): Promise<string> {
      const { [key]: item } = await storage.read([key]);
      expect(item).toBeDefined();
      expect(typeof item.eTag).toBe('string');
      return item.eTag as string;
    }

    it('reads missing keys as an empty object', async () => {
      expect(await storage.read(['missing'])).toStrictEqual({});
      expect(await storage.read(['missing', 'also/missing'])).toStrictEqual({});
    });

    it('round-trips nested JSON exactly', async () => {
      const value = {
        name: 'Zoë Vermeulen',
        note: 'café, coördinatie, 🚀 👩🏽‍💻',
        count: 0,
        ratio: -12.75,
        big: 9007199254740991,
        active: true,
        archived: false,
        nothing: null,
        tags: ['één', 'twee', ''],
        history: [
          { step: 1, done: true },
          { step: 2, done: false, extra: { deep: [[1, 2], []] } },
        ],
        empty: {},
      };
      await storage.write({ 'user/1': { ...value, eTag: '*' } });

      const read = await storage.read(['user/1']);
      expect(Object.keys(read)).toStrictEqual(['user/1']);
      const { eTag, ...rest } = read['user/1'];
      expect(rest).toStrictEqual(value);
      expect(typeof eTag).toBe('string');
      expect(eTag).not.toBe('*');
    });

    it('reads several keys at once and returns only the existing ones', async () => {
      await storage.write({ a: { v: 'a' }, c: { v: 'c' } });

      const read = await storage.read(['a', 'b', 'c', 'd']);
      expect(Object.keys(read).sort()).toStrictEqual(['a', 'c']);
      expect(read.a.v).toBe('a');
      expect(read.c.v).toBe('c');
    });

    it('sets a new eTag on every write without touching the caller’s object', async () => {
      const item = { v: 1 };
      await storage.write({ k: item });
      expect(item).toStrictEqual({ v: 1 });
      const first = await eTagOf('k');

      await storage.write({ k: { v: 2, eTag: first } });
      const second = await eTagOf('k');

      await storage.write({ k: { v: 3, eTag: '*' } });
      const third = await eTagOf('k');

      await storage.write({ k: { v: 4 } });
      const fourth = await eTagOf('k');

      expect(new Set([first, second, third, fourth]).size).toBe(4);
    });

    it('accepts a write carrying the current eTag', async () => {
      await storage.write({ k: { v: 'old' } });
      const current = await eTagOf('k');

      await storage.write({ k: { v: 'new', eTag: current } });
      expect((await storage.read(['k'])).k.v).toBe('new');
    });

    it('rejects a write with a stale eTag and keeps the stored value', async () => {
      await storage.write({ k: { v: 'first' } });
      const stale = await eTagOf('k');
      await storage.write({ k: { v: 'second', eTag: stale } });
      const current = await eTagOf('k');

      await expect(storage.write({ k: { v: 'third', eTag: stale } })).rejects.toStrictEqual(conflict('k'));

      const { k } = await storage.read(['k']);
      expect(k.v).toBe('second');
      expect(k.eTag).toBe(current);
    });

    it('writes the other keys of a batch when one key conflicts', async () => {
      await storage.write({ k: { v: 'first' } });
      const stale = await eTagOf('k');
      await storage.write({ k: { v: 'second' } });

      await expect(storage.write({ other: { v: 'written' }, k: { v: 'lost', eTag: stale } })).rejects.toStrictEqual(conflict('k'));

      const read = await storage.read(['k', 'other']);
      expect(read.k.v).toBe('second');
      expect(read.other.v).toBe('written');
    });

    it("overwrites unconditionally with eTag '*' or without an eTag", async () => {
      await storage.write({ k: { v: 'first' } });
      const stale = await eTagOf('k');
      await storage.write({ k: { v: 'second', eTag: stale } });

      await storage.write({ k: { v: 'star', eTag: '*' } });
      expect((await storage.read(['k'])).k.v).toBe('star');

      await storage.write({ k: { v: 'none' } });
      expect((await storage.read(['k'])).k.v).toBe('none');
    });

    it('deletes keys, and deleting a missing key is fine', async () => {
      await storage.write({ a: { v: 1 }, b: { v: 2 }, c: { v: 3 } });

      await storage.delete(['a', 'b', 'never-written']);
      expect(Object.keys(await storage.read(['a', 'b', 'c']))).toStrictEqual(['c']);

      await storage.delete(['a']);
      await storage.write({ a: { v: 'again' } });
      expect((await storage.read(['a'])).a.v).toBe('again');
    });

    it('lets exactly one of 10 concurrent writers with the same eTag win', async () => {
      await storage.write({ k: { v: 'start' } });
      const shared = await eTagOf('k');

      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) => storage.write({ k: { v: `writer-${i}`, eTag: shared } })),
      );

      const winners = results.flatMap((result, i) => (result.status === 'fulfilled' ? [i] : []));
      expect(winners).toHaveLength(1);
      for (const result of results) {
        if (result.status === 'rejected') {
          expect(result.reason).toStrictEqual(conflict('k'));
        }
      }
      expect((await storage.read(['k'])).k.v).toBe(`writer-${winners[0]}`);
    });

    it('saves and loads ConversationState across turns', async () => {
      const activity = {
        type: 'message',
        channelId: 'test',
        conversation: { id: 'conv-1', name: 'conv', isGroup: false, conversationType: 'personal' },
        from: { id: 'user-1', name: 'User' },
        recipient: { id: 'bot', name: 'Bot' },
      };
      const turn = () => new TurnContext(new TestAdapter(), activity);

      const firstState = new ConversationState(storage);
      const first = turn();
      await firstState.load(first);
      await firstState.createProperty<{ step: string; answers: string[] }>('progress').set(first, {
        step: 'situatie',
        answers: ['werkend', 'ja'],
      });
      await firstState.saveChanges(first);

      const key = firstState.getStorageKey(first) as string;
      expect(key).toContain('test/conversations/conv-1');
      expect((await storage.read([key]))[key]).toMatchObject({ progress: { step: 'situatie' } });

      const secondState = new ConversationState(storage);
      const second = turn();
      const progress = secondState.createProperty<{ step: string; answers: string[] }>('progress');
      expect(await progress.get(second)).toStrictEqual({ step: 'situatie', answers: ['werkend', 'ja'] });
      await progress.set(second, { step: 'afspraak', answers: ['werkend', 'ja', 'é 🚀'] });
      await secondState.saveChanges(second);

      const thirdState = new ConversationState(storage);
      const third = turn();
      expect(await thirdState.createProperty('progress').get(third)).toStrictEqual({
        step: 'afspraak',
        answers: ['werkend', 'ja', 'é 🚀'],
      });
    });
  });
}
