import { ActivityTypes, MemoryStorage, TestAdapter, type Activity, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { handleTurnError } from '../../src/bot/turnErrors.js';
import { loadVdabContact } from '../../src/domain/vdabContact.js';
import { silentLogger } from '../../src/observability/logger.js';
import { composeTestBot } from '../support/bot.js';
import { shownText } from '../support/shown.js';

const APOLOGY = 'Sorry, er ging bij mij iets mis. Probeer het nog eens. Of bel gratis 0800 30 700.';
const STATE_KEY = 'test/conversations/conversation-1/';

/** MemoryStorage that can be told to fail like Redis does when it is away. */
class FlakyStorage extends MemoryStorage {
  away = false;
  override async read(keys: string[]): Promise<StoreItems> {
    if (this.away) throw new Error('Command timed out');
    return super.read(keys);
  }
  override async write(changes: StoreItems): Promise<void> {
    if (this.away) throw new Error('Command timed out');
    return super.write(changes);
  }
  override async delete(keys: string[]): Promise<void> {
    if (this.away) throw new Error('Command timed out');
    return super.delete(keys);
  }
}

/** The whole bot on a test adapter for `channelId`, one user in a 1:1 conversation. */
async function botOn(storage: MemoryStorage, channelId: string, conversationId = 'conversation-1') {
  const composed = await composeTestBot({ storage });
  const adapter = new TestAdapter((context) => composed.app.run(context), {
    channelId,
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'user-1', name: 'user' },
    recipient: { id: 'bot', name: 'Loopbaanbot' },
  });
  return { ...composed, adapter };
}

async function bot(storage: MemoryStorage, channelId = 'test') {
  const contact = loadVdabContact();
  const { adapter, language } = await botOn(storage, channelId);
  adapter.onTurnError = handleTurnError({ logger: silentLogger, translate: (c) => language.tOrDefault(c), phone: contact.phone });
  return async (text: string, more: Partial<Activity> = {}): Promise<string[]> => {
    const before = adapter.activeQueue.length;
    await adapter.processActivity({ type: ActivityTypes.Message, text, locale: 'nl-BE', ...more } as Partial<Activity>);
    return adapter.activeQueue.splice(before).map(shownText);
  };
}

/** A message that @mentions the bot first, as Teams (and Web Chat in a group) sends it. */
const mentioning = (text: string): [string, Partial<Activity>] => [
  `<at>Loopbaanbot</at> ${text}`,
  { entities: [{ type: 'mention', mentioned: { id: 'bot', name: 'Loopbaanbot' }, text: '<at>Loopbaanbot</at>' }] },
];

describe('createApp run: the teams-ai router on Teams, the bot straight away elsewhere', () => {
  it.each(['test', 'webchat', 'directline', 'whatsapp', 'emulator', 'msteams', 'slack'])(
    'When a message on %s @mentions the bot, Then the mention is removed before the dialogs read it',
    async (channelId) => {
      const plain = await bot(new MemoryStorage(), channelId);
      const mentioned = await bot(new MemoryStorage(), channelId);
      expect(await mentioned('hallo')).toStrictEqual(await plain('hallo'));
      // The menu's first button by its number: only a bare "1" is one.
      const answer = await plain('1');
      expect(await mentioned(...mentioning('1'))).toStrictEqual(answer);
      expect(answer.at(-1)).toBe('Was dit duidelijk?');
    },
  );

  it.each(['webchat', 'msteams'])(
    'When members are added on %s, Then the bot greets once, and not when nobody is added',
    async (channelId) => {
      const { adapter } = await botOn(new MemoryStorage(), channelId, 'conversation-2');
      const update = (membersAdded: { id: string }[]) =>
        adapter.processActivity({ type: ActivityTypes.ConversationUpdate, membersAdded, locale: 'nl-BE' } as Partial<Activity>);
      await update([]);
      expect(adapter.activeQueue).toHaveLength(0);
      await update([{ id: 'user-1' }]);
      expect(adapter.activeQueue.map(shownText)[0]).toMatch(/^Hallo!/);
    },
  );
});

describe('createApp run: what happens to state when a turn fails', () => {
  it('When Redis is away for one message, Then the user gets the apology and the conversation goes on where it was afterwards', async () => {
    const storage = new FlakyStorage();
    const say = await bot(storage);
    await say('hallo');
    const stored = await storage.read([STATE_KEY]);
    expect(Object.keys(stored)).toStrictEqual([STATE_KEY]);

    storage.away = true;
    expect(await say('1')).toStrictEqual([APOLOGY]);
    storage.away = false;

    expect(await storage.read([STATE_KEY])).toStrictEqual(stored);
    expect((await say('1')).at(-1)).toBe('Was dit duidelijk?');
  });

  it('When the stored dialog stack names a dialog that no longer exists, Then that turn apologises and the next one starts fresh', async () => {
    const storage = new MemoryStorage();
    const say = await bot(storage);
    await say('hallo');
    const [state] = Object.values(await storage.read([STATE_KEY])) as { dialogState: { dialogStack: { id: string }[] } }[];
    if (!state) throw new Error('no state');
    state.dialogState.dialogStack = [{ id: 'aDialogThatWasRemoved' }];
    await storage.write({ [STATE_KEY]: { ...state, eTag: '*' } });

    expect(await say('1')).toStrictEqual([APOLOGY]);
    expect(await storage.read([STATE_KEY])).toStrictEqual({});
    expect((await say('hallo'))[0]).toMatch(/^Hallo!/);
  });

  it('When the stored state has the wrong shape, Then it is reset before the turn and the user just gets an answer', async () => {
    const storage = new MemoryStorage();
    await storage.write({ [STATE_KEY]: { dialogState: { dialogStack: 'broken' }, eTag: '*' } });
    const say = await bot(storage);
    expect((await say('hallo'))[0]).toMatch(/^Hallo!/);
  });
});
