import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { plainTextOf } from '../../src/channels/render.js';
import { composeBot } from '../../src/composition.js';
import { fixedDateClock } from '../../src/domain/calendar.js';
import { ChequeRules } from '../../src/domain/chequeRegimes.js';
import { loadVdabContact } from '../../src/domain/vdabContact.js';
import { createI18n } from '../../src/i18n/i18n.js';

/**
 * The whole bot (teams-ai router, dialogs, per-channel renderer) as Teams talks to it: a 1:1 chat
 * on channel `msteams`. Checks the Teams rules of issue 5: @mentions removed before the dialogs
 * read the text, at most 3 suggested actions, no Adaptive Card above version 1.5.
 */
const BOT = { id: '28:loopbaanbot', name: 'Loopbaanbot' };

async function teamsChat(conversationType: 'personal' | 'channel' | 'groupChat' = 'personal', storage = new MemoryStorage()) {
  const { app } = composeBot({
    storage,
    i18n: await createI18n(),
    rules: ChequeRules.load(),
    contact: loadVdabContact(),
    clock: fixedDateClock('2026-11-26'),
  });
  const adapter = new TestAdapter((context) => app.run(context), {
    channelId: 'msteams',
    conversation: { id: `a:1-${conversationType}`, isGroup: conversationType !== 'personal', conversationType, name: '' },
    from: { id: '29:user-1', name: 'Ana' },
    recipient: BOT,
  });
  adapter.onTurnError = async (_context, error) => {
    throw error;
  };
  const send = async (activity: Partial<Activity>): Promise<Partial<Activity>[]> => {
    const before = adapter.activeQueue.length;
    await adapter.processActivity({ type: 'message', locale: 'nl-BE', ...activity });
    return adapter.activeQueue.splice(before);
  };
  return { send };
}

const mention = (text: string): Partial<Activity> => ({
  text: `<at>Loopbaanbot</at> ${text}`,
  entities: [{ type: 'mention', mentioned: BOT, text: '<at>Loopbaanbot</at>' }],
});

/** Every limit Teams has on what the bot sends, checked on each activity. */
function teamsProblems(activities: Partial<Activity>[]): string[] {
  return activities.flatMap((a) => [
    ...((a.suggestedActions?.actions.length ?? 0) > 3 ? [`${a.suggestedActions?.actions.length} suggested actions on "${a.text}"`] : []),
    ...(a.attachments ?? [])
      .filter((att) => att.contentType === 'application/vnd.microsoft.card.adaptive')
      .map((att) => String((att.content as { version?: string }).version))
      .filter((version) => Number(version) > 1.5)
      .map((version) => `Adaptive Card ${version} on "${a.text}"`),
    ...(a.type === 'message' && a.text && !a.speak?.startsWith(plainTextOf(a)) ? [`no speak text on "${a.text}"`] : []),
  ]);
}

describe('Teams 1:1 chat through the whole bot', () => {
  it('When a Teams user @mentions the bot, Then the dialogs see the plain text and answer as without the mention', async () => {
    const withMention = await (await teamsChat()).send(mention('wat is een loopbaancheque'));
    const plain = await (await teamsChat()).send({ text: 'wat is een loopbaancheque' });
    expect(withMention.map((a) => a.text)).toEqual(plain.map((a) => a.text));
    expect(withMention.at(-1)?.text).toBe('Was dit duidelijk?');
  });

  it('When the menu has more than 3 answers in Teams, Then at most 3 are suggested actions and the rest go into a card', async () => {
    const replies = await (await teamsChat()).send(mention('hallo'));
    expect(teamsProblems(replies)).toEqual([]);
    const menu = replies.at(-1);
    expect(menu?.text).toBe('Waar kan ik je mee helpen?');
    const buttons = (menu?.attachments ?? []).flatMap(
      (att) => (att.content as { buttons?: { title: string; value: string }[] }).buttons ?? [],
    );
    expect([...(menu?.suggestedActions?.actions ?? []), ...buttons].map((b) => [b.title, b.value])).toEqual([
      ['1. Wat is een loopbaancheque?', 'Wat is een loopbaancheque?'],
      ['2. Kan ik er een krijgen?', 'Kan ik er een krijgen?'],
      ['3. Afspraak maken', 'Afspraak maken'],
      ['4. Meer', 'Meer'],
    ]);
  });

  it('When a Teams conversation goes through several flows, Then no message breaks a Teams limit', async () => {
    const chat = await teamsChat();
    const all = [
      ...(await chat.send(mention('hallo'))),
      ...(await chat.send({ text: 'Meer' })),
      ...(await chat.send({ text: 'Met iemand praten' })),
      ...(await chat.send({ text: 'Kan ik er een krijgen?' })),
      ...(await chat.send({ text: 'help' })),
      ...(await chat.send({ text: 'stop' })),
    ];
    expect(all.length).toBeGreaterThan(8);
    expect(teamsProblems(all)).toEqual([]);
  });
});

describe('Teams: the conversation belongs in the 1:1 chat', () => {
  it.each(['channel', 'groupChat'] as const)(
    'When someone @mentions the bot in a %s, Then it only points to the personal chat and keeps nothing',
    async (conversationType) => {
      const storage = new MemoryStorage();
      const replies = await (await teamsChat(conversationType, storage)).send(mention('kan ik er een krijgen'));
      expect(replies.map((a) => a.text)).toEqual(['Ik praat graag met je in een persoonlijke chat. Open de chat met Loopbaanbot.']);
      expect(replies[0]?.suggestedActions).toBeUndefined();
      // The keys botbuilder's ConversationState and UserState write for this chat.
      expect(await storage.read([`msteams/conversations/a:1-${conversationType}/`, 'msteams/users/29:user-1/'])).toEqual({});
    },
  );
});
