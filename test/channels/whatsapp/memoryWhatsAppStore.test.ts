import { describe, expect, it } from 'vitest';
import { IN_PROGRESS_TTL_SECONDS, MemoryWhatsAppStore, SEEN_MESSAGE_TTL_SECONDS } from '../../../src/channels/whatsapp/store.js';
import { describeWhatsAppStoreContract } from './whatsAppStore.contract.js';

const clock = (start: string) => {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (seconds: number) => void (now += seconds * 1_000) };
};

describeWhatsAppStoreContract('MemoryWhatsAppStore', async () => ({
  store: new MemoryWhatsAppStore(clock('2026-11-26T11:00:00Z')),
  dispose: async () => {},
}));

describe('MemoryWhatsAppStore expiry', () => {
  it('When a handled id is older than its TTL, Then it can be taken again; a second earlier, it cannot', async () => {
    const time = clock('2026-11-26T11:00:00Z');
    const store = new MemoryWhatsAppStore(time);
    await store.beginMessage('wamid.old');
    await store.finishMessage('wamid.old');
    time.advance(SEEN_MESSAGE_TTL_SECONDS - 1);
    expect(await store.beginMessage('wamid.old')).toBe('handled');
    time.advance(1);
    expect(await store.beginMessage('wamid.old')).toBe('new');
  });

  it('When the handler of a message died, Then the message can be taken again after IN_PROGRESS_TTL_SECONDS', async () => {
    const time = clock('2026-11-26T11:00:00Z');
    const store = new MemoryWhatsAppStore(time);
    await store.beginMessage('wamid.dead');
    time.advance(IN_PROGRESS_TTL_SECONDS - 1);
    expect(await store.beginMessage('wamid.dead')).toBe('in-progress');
    time.advance(1);
    expect(await store.beginMessage('wamid.dead')).toBe('new');
  });

  it('When a user wrote more than 25 hours ago, Then their time is forgotten', async () => {
    const time = clock('2026-11-26T11:00:00Z');
    const store = new MemoryWhatsAppStore(time);
    await store.recordInbound('32470000001', time.now());
    time.advance(25 * 3_600 - 1);
    expect(await store.lastInbound('32470000001')).toStrictEqual(new Date('2026-11-26T11:00:00Z'));
    time.advance(1);
    expect(await store.lastInbound('32470000001')).toBeUndefined();
  });
});
