import { ComponentRegistration, ConversationState, MemoryStorage, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { DialogSet, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { shareDialogMemorySetup } from '../../src/bot/dialogMemory.js';

shareDialogMemorySetup();

/** A DialogContext of a fresh turn, as LoopbaanBot builds one per turn (and a dialog per component). */
async function dialogContext(): Promise<DialogContext> {
  const adapter = new TestAdapter(async () => {});
  const activity: Partial<Activity> = {
    type: 'message',
    text: 'hallo',
    channelId: 'test',
    conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'u1', name: 'user' },
    recipient: { id: 'bot', name: 'bot' },
  };
  const context = new TurnContext(adapter, activity);
  const state = new ConversationState(new MemoryStorage());
  await state.load(context);
  return new DialogSet(state.createProperty<DialogState>('dialogState')).createContext(context);
}

const dialogsRegistration = () => ComponentRegistration.components.find((c) => c.constructor.name === 'DialogsComponentRegistration');

describe('dialog memory set up once per process', () => {
  it('When turns build their dialog contexts, Then one dialogs component registration serves them all (the SDK built one per context)', async () => {
    await dialogContext();
    const first = dialogsRegistration();
    expect(first, 'the SDK still registers its dialogs component').toBeDefined();
    await dialogContext();
    await dialogContext();
    expect(dialogsRegistration()).toBe(first);
    // Still the SDK's class, with the memory scopes every DialogStateManager reads.
    expect(first?.constructor.name).toBe('DialogsComponentRegistration');
  });

  it('When a path is read twice, Then it gives the SDK answer each time, and a caller that takes segments off its copy changes nothing', async () => {
    const { state } = await dialogContext();
    const first = state.parsePath('profile.address[0]');
    expect(first).toEqual(['profile', 'address', 0]);
    expect(state.parsePath('turn.activity')).toEqual(['turn', 'activity']);
    // deleteValue pops the last segment off what it got.
    state.parsePath('turn.activity').pop();
    expect(state.parsePath('turn.activity')).toEqual(['turn', 'activity']);
    expect(state.parsePath("user['first name']")).toEqual(['user', 'first name']);
  });

  it('When a path holds a nested path, Then it is read from memory every time (never a remembered answer)', async () => {
    const { state } = await dialogContext();
    state.setValue('turn.index', 'a');
    expect(state.parsePath('turn.list[turn.index]')).toEqual(['turn', 'list', 'a']);
    state.setValue('turn.index', 'b');
    expect(state.parsePath('turn.list[turn.index]')).toEqual(['turn', 'list', 'b']);
  });

  it('When memory is written, read and deleted through the same paths again and again, Then every turn sees its own values', async () => {
    for (const value of ['één', 'twee']) {
      const { state } = await dialogContext();
      state.setValue('turn.answer.text', value);
      expect(state.getValue('turn.answer.text')).toBe(value);
      state.deleteValue('turn.answer.text');
      expect(state.getValue('turn.answer.text')).toBeUndefined();
      expect(state.getValue('turn.activity.text')).toBe('hallo');
    }
  });
});
