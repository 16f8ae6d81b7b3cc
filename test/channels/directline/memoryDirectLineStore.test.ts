import { describe, expect, it } from 'vitest';
import { MemoryDirectLineStore } from '../../../src/channels/directline/conversationStore.js';
import { CONTRACT_LIMITS, describeDirectLineStoreContract } from './directLineStore.contract.js';

describeDirectLineStoreContract('MemoryDirectLineStore', async () => {
  const store = new MemoryDirectLineStore(CONTRACT_LIMITS);
  return { a: store, b: store, dispose: () => store.close() };
});

describe('MemoryDirectLineStore limits', () => {
  it('When a conversation is idle longer than its lifetime, Then it is gone; using it earlier keeps it alive', async () => {
    let now = 0;
    const store = new MemoryDirectLineStore({ ...CONTRACT_LIMITS, idleTtlMs: 1_000 }, () => now);
    await store.create({ id: 'local-kept', userId: 'u1', locale: undefined });
    await store.create({ id: 'local-idle', userId: 'u2', locale: undefined });
    now = 900;
    await store.get('local-kept');
    now = 1_500;
    expect(await store.get('local-kept')).toBeDefined();
    expect(await store.get('local-idle')).toBeUndefined();
  });

  it('When more conversations start than the cap, Then the least recently used one is forgotten', async () => {
    const store = new MemoryDirectLineStore({ ...CONTRACT_LIMITS, maxConversations: 2 });
    await store.create({ id: 'local-1', userId: 'u1', locale: undefined });
    await store.create({ id: 'local-2', userId: 'u2', locale: undefined });
    await store.get('local-1');
    await store.create({ id: 'local-3', userId: 'u3', locale: undefined });
    expect(await store.get('local-2')).toBeUndefined();
    expect(await store.get('local-1')).toBeDefined();
    expect(store.size).toBe(2);
  });
});
