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

    it('When a message id is claimed twice, Then only the first claim wins', async () => {
      expect(await store.claimMessage('wamid.A')).toBe(true);
      expect(await store.claimMessage('wamid.A')).toBe(false);
      expect(await store.claimMessage('wamid.B')).toBe(true);
    });

    it('When the same id is claimed five times at once, Then exactly one claim wins', async () => {
      const results = await Promise.all(Array.from({ length: 5 }, () => store.claimMessage('wamid.race')));
      expect(results.filter(Boolean)).toHaveLength(1);
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
