import { describe, expect, it } from 'vitest';
import { MemoryHandoverStore } from '../../src/handover/memoryStore.js';
import { chatCase, describeHandoverStoreContract } from './handoverStoreContract.js';

describeHandoverStoreContract('MemoryHandoverStore', async () => new MemoryHandoverStore());

describe('MemoryHandoverStore', () => {
  it('When a case is older than its TTL, Then it is gone with its messages', async () => {
    let now = new Date('2026-11-26T10:00:00Z');
    const store = new MemoryHandoverStore({ clock: { now: () => now }, ttlDays: 7 });
    const { case: opened } = await store.open(chatCase('a'), now);
    await store.append(opened.id, { from: 'user', text: 'hallo', at: now.toISOString() });

    now = new Date('2026-12-03T10:00:01Z');

    expect(await store.get(opened.id)).toBeUndefined();
    expect(await store.messages(opened.id)).toStrictEqual([]);
    expect(await store.queue()).toStrictEqual([]);
  });
});
