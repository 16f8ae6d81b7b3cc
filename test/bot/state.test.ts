import {
  ConversationState as SdkConversationState,
  MemoryStorage,
  TestAdapter,
  TurnContext,
  UserState as SdkUserState,
  type BotState,
  type StoreItems,
} from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ConversationState, readStates, UserState } from '../../src/bot/state.js';

/** MemoryStorage that counts what reaches it. */
class CountingStorage extends MemoryStorage {
  readonly writes: StoreItems[] = [];
  reads = 0;
  override async read(keys: string[]) {
    this.reads++;
    return super.read(keys);
  }
  override async write(changes: StoreItems) {
    this.writes.push(JSON.parse(JSON.stringify(changes)) as StoreItems);
    return super.write(changes);
  }
}

const newContext = (conversation = 'conv-1', user = 'user-1') =>
  new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'test',
    conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: user, name: '' },
    recipient: { id: 'bot', name: '' },
    text: 'hallo',
  });

/** One turn: load, let `change` touch the state, save. */
async function turn(state: BotState, storageContext: TurnContext, change: (s: Record<string, unknown>) => void) {
  const loaded = (await state.load(storageContext)) as Record<string, unknown>;
  change(loaded);
  await state.saveChanges(storageContext);
}

const withoutETags = (items: StoreItems) =>
  JSON.parse(JSON.stringify(items, (key, value: unknown) => (key === 'eTag' ? undefined : value))) as StoreItems;

describe('ConversationState and UserState (cheaper change check)', () => {
  it('When a turn reads state but changes nothing, Then nothing is written', async () => {
    const storage = new CountingStorage();
    const state = new ConversationState(storage);
    await turn(state, newContext(), (s) => void (s.count = 1));
    await turn(state, newContext(), (s) => void s.count);
    expect(storage.writes).toHaveLength(1);
  });

  it('When a turn changes a nested value, Then the state is written once, last write wins', async () => {
    const storage = new CountingStorage();
    const state = new ConversationState(storage);
    await turn(state, newContext(), (s) => void (s.dialog = { stack: [{ id: 'root', step: 0 }] }));
    await turn(state, newContext(), (s) => void ((s.dialog as { stack: { step: number }[] }).stack[0].step = 1));
    expect(storage.writes).toHaveLength(2);
    expect(storage.writes[1]['test/conversations/conv-1/']).toMatchObject({ eTag: '*', dialog: { stack: [{ id: 'root', step: 1 }] } });
  });

  it('When the same turn saves twice without a change in between, Then the second save writes nothing', async () => {
    const storage = new CountingStorage();
    const state = new UserState(storage);
    const context = newContext();
    await turn(state, context, (s) => void (s.locale = 'fr'));
    await state.saveChanges(context);
    expect(storage.writes).toHaveLength(1);
  });

  it('When state is loaded twice in a turn, Then storage is read once unless forced', async () => {
    const storage = new CountingStorage();
    const state = new ConversationState(storage);
    const context = newContext();
    await state.load(context);
    await state.load(context);
    expect(storage.reads).toBe(1);
    await state.load(context, true);
    expect(storage.reads).toBe(2);
  });

  it('When a turn clears the state, Then the empty state is written even though nothing else changed', async () => {
    const storage = new CountingStorage();
    const state = new ConversationState(storage);
    await turn(state, newContext(), (s) => void (s.count = 1));
    const context = newContext();
    await state.load(context);
    await state.clear(context);
    await state.saveChanges(context);
    expect(withoutETags(await storage.read(['test/conversations/conv-1/']))).toEqual({ 'test/conversations/conv-1/': {} });
  });

  it('When the state is deleted, Then storage forgets it and the next load starts empty', async () => {
    const storage = new CountingStorage();
    const state = new ConversationState(storage);
    await turn(state, newContext(), (s) => void (s.count = 1));
    const context = newContext();
    await state.load(context);
    await state.delete(context);
    expect(state.get(context)).toBeUndefined();
    expect(await state.load(context)).toEqual({});
  });

  it('When the same turns run through the SDK classes and these, Then storage ends up with the same keys and values', async () => {
    const script: [string, string, (s: Record<string, unknown>) => void][] = [
      ['conv-1', 'user-1', (s) => void (s.a = { b: [1, 2] })],
      ['conv-1', 'user-1', () => {}],
      ['conv-2', 'user-1', (s) => void (s.a = 'x')],
      ['conv-1', 'user-2', (s) => void delete s.a],
    ];
    const run = async (conversation: BotState, user: BotState, storage: MemoryStorage) => {
      for (const [c, u, change] of script) {
        const context = newContext(c, u);
        await turn(conversation, context, change);
        await turn(user, context, change);
      }
      const keys = ['test/conversations/conv-1/', 'test/conversations/conv-2/', 'test/users/user-1/', 'test/users/user-2/'];
      return withoutETags(await storage.read(keys));
    };
    const sdkStorage = new MemoryStorage();
    const ownStorage = new MemoryStorage();
    const expected = await run(new SdkConversationState(sdkStorage), new SdkUserState(sdkStorage), sdkStorage);
    const actual = await run(new ConversationState(ownStorage), new UserState(ownStorage), ownStorage);
    expect(actual).toEqual(expected);
    // user-2 only deleted what it never had: no change, so neither version wrote it.
    expect(Object.keys(actual).sort()).toEqual(['test/conversations/conv-1/', 'test/conversations/conv-2/', 'test/users/user-1/']);
  });

  it('When the activity has no conversation id, Then loading fails as the SDK fails', async () => {
    const context = newContext();
    context.activity.conversation.id = '';
    await expect(new ConversationState(new MemoryStorage()).load(context)).rejects.toThrow('missing activity.conversation.id');
  });
});

describe('readStates: conversation and user state read ahead in one storage call', () => {
  it('When both are read together and kept, Then the turn sees what load() gives, with no further reads, and saves only what changed', async () => {
    const storage = new CountingStorage();
    const conversation = new ConversationState(storage);
    const user = new UserState(storage);
    const earlier = newContext();
    (await conversation.load(earlier)).step = 2;
    await conversation.saveChanges(earlier);
    storage.reads = 0;

    const context = newContext();
    const read = await readStates(context, [conversation, user]);
    expect(storage.reads).toBe(1);
    read?.keep(context);
    const loaded = await conversation.load(context);
    expect(loaded.step).toBe(2);
    expect(await user.load(context)).toStrictEqual({});
    expect(storage.reads).toBe(1);

    const writes = storage.writes.length;
    await Promise.all([conversation.saveChanges(context), user.saveChanges(context)]);
    expect(storage.writes.length).toBe(writes);
    (await user.load(context)).locale = 'fr';
    await Promise.all([conversation.saveChanges(context), user.saveChanges(context)]);
    expect(Object.keys(storage.writes.at(-1) ?? {})).toStrictEqual(['test/users/user-1/']);
  });

  it('When the activity lacks an id a key needs, or the states use two storages, Then nothing is read ahead', async () => {
    const storage = new CountingStorage();
    const noUser = new TurnContext(new TestAdapter(), { type: 'message', channelId: 'test', conversation: { id: 'c' } } as never);
    expect(await readStates(noUser, [new ConversationState(storage), new UserState(storage)])).toBeUndefined();
    expect(await readStates(newContext(), [new ConversationState(storage), new UserState(new MemoryStorage())])).toBeUndefined();
    expect(storage.reads).toBe(0);
  });
});
