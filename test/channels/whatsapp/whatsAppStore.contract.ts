import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WhatsAppStore } from '../../../src/channels/whatsapp/store.js';

export interface StoreUnderTest {
  store: WhatsAppStore;
  dispose(): Promise<void>;
}

/** Behaviour every WhatsAppStore shares. `create` must return an empty, isolated store. */
export function describeWhatsAppStoreContract(name: string, create: () => Promise<StoreUnderTest>): void {
  describe(`${name} (WhatsAppStore contract)`, () => {
    let subject: StoreUnderTest;
    let store: WhatsAppStore;

    beforeEach(async () => {
      subject = await create();
      store = subject.store;
    });
    afterEach(() => subject.dispose());

    it('When a message is begun twice, Then the second one hears it is in progress; once finished, that it was handled', async () => {
      expect(await store.beginMessage('wamid.A')).toBe('new');
      expect(await store.beginMessage('wamid.A')).toBe('in-progress');
      expect(await store.beginMessage('wamid.B')).toBe('new');
      await store.finishMessage('wamid.A');
      expect(await store.beginMessage('wamid.A')).toBe('handled');
    });

    it('When a message is abandoned, Then the next delivery may take it again', async () => {
      expect(await store.beginMessage('wamid.C')).toBe('new');
      await store.abandonMessage('wamid.C');
      expect(await store.beginMessage('wamid.C')).toBe('new');
    });

    it('When the same id is begun five times at once, Then exactly one gets it', async () => {
      const results = await Promise.all(Array.from({ length: 5 }, () => store.beginMessage('wamid.race')));
      expect(results.filter((r) => r === 'new')).toHaveLength(1);
    });

    it('When a user is forgotten, Then their last message time is gone', async () => {
      await store.recordInbound('wa-u-1', new Date('2026-11-26T10:00:00.000Z'));
      await store.forgetUser('wa-u-1');
      expect(await store.lastInbound('wa-u-1')).toBeUndefined();
    });

    it('When a user never wrote, Then their last message time is unknown', async () => {
      expect(await store.lastInbound('32470000009')).toBeUndefined();
    });

    it('When users write, Then each one’s latest time is kept apart, to the millisecond', async () => {
      await store.recordInbound('32470000001', new Date('2026-11-26T10:00:00.123Z'));
      await store.recordInbound('32470000002', new Date('2026-11-26T09:00:00.000Z'));
      await store.recordInbound('32470000001', new Date('2026-11-26T10:59:50.000Z'));
      expect(await store.lastInbound('32470000001')).toStrictEqual(new Date('2026-11-26T10:59:50.000Z'));
      expect(await store.lastInbound('32470000002')).toStrictEqual(new Date('2026-11-26T09:00:00.000Z'));
    });
  });
}
