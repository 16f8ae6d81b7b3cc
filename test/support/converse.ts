import { expect } from 'vitest';
import { ActivityTypes, MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { plainTextOf } from '../../src/channels/render.js';
import { composeBot, type BookingParts } from '../../src/composition.js';
import { fixedDateClock, type IsoDate } from '../../src/domain/calendar.js';
import { ChequeRules } from '../../src/domain/chequeRegimes.js';
import { loadVdabContact } from '../../src/domain/vdabContact.js';
import { createI18n } from '../../src/i18n/i18n.js';
import { plainLanguageProblems } from './plainLanguage.js';

/** What the user sees of one bot message. */
export interface BotMessage {
  text: string;
  buttons: string[];
  /** Files sent with the message (the booking's .ics); absent when there are none. */
  attachments?: { contentType: string; name?: string; contentUrl?: string }[];
}

/** Answer buttons a message may show; "Meer"/"Plus"/"More" comes on top. */
const MAX_ANSWER_BUTTONS = 3;
const MORE = new Set(['Meer', 'Plus', 'More']);

export interface ChatOptions {
  /** What the client reports (activity.locale); undefined = none. */
  locale?: string;
  /** The day the conversation happens on (rules depend on it). */
  date?: IsoDate;
  storage?: Storage;
  conversationId?: string;
  userId?: string;
  /** The booking backend; default: composeBot's local one (demo centres, bookings in memory). */
  booking?: BookingParts;
  /** The channel the user talks on; default 'test'. */
  channelId?: string;
}

const i18nReady = createI18n();
const rules = ChequeRules.load();
const contact = loadVdabContact();

/**
 * A user talking to the whole bot (teams-ai router, dialogs, state) through botbuilder's
 * TestAdapter. State goes through the storage as JSON between turns, as it does in production.
 * Every bot message is checked against the plain-language rules on the way.
 */
export class Chat {
  /** Every bot message of this chat so far, in order. */
  readonly received: BotMessage[] = [];

  private constructor(
    private readonly adapter: TestAdapter,
    private readonly options: ChatOptions,
  ) {}

  static async start(options: ChatOptions = {}): Promise<Chat> {
    const { app } = composeBot({
      storage: options.storage ?? new MemoryStorage(),
      i18n: await i18nReady,
      rules,
      contact,
      clock: fixedDateClock(options.date ?? '2026-11-26'),
      ...(options.booking && { booking: options.booking }),
    });
    const adapter = new TestAdapter((context) => app.run(context), {
      channelId: options.channelId ?? 'test',
      conversation: { id: options.conversationId ?? 'conversation-1', isGroup: false, conversationType: 'personal', name: '' },
      from: { id: options.userId ?? 'user-1', name: 'user' },
      recipient: { id: 'bot', name: 'Loopbaanbot' },
    });
    adapter.onTurnError = async (_context, error) => {
      throw error;
    };
    return new Chat(adapter, options);
  }

  /** The user opens the chat (Web Chat and Teams send a conversationUpdate). */
  opens(): Promise<BotMessage[]> {
    return this.turn({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: this.options.userId ?? 'user-1', name: 'user' }] });
  }

  /** The user types or taps `text`. */
  says(text: string): Promise<BotMessage[]> {
    return this.turn({ type: ActivityTypes.Message, text });
  }

  private async turn(activity: Partial<Activity>): Promise<BotMessage[]> {
    const before = this.adapter.activeQueue.length;
    await this.adapter.processActivity({ ...activity, ...(this.options.locale && { locale: this.options.locale }) });
    const replies = this.adapter.activeQueue.splice(before).filter((a) => a.type === ActivityTypes.Message);
    const messages = replies.map(checkedMessage);
    this.received.push(...messages);
    return messages;
  }
}

function checkedMessage(activity: Partial<Activity>): BotMessage {
  // Channels that show links get Markdown; a transcript reads the copy as the dialog wrote it.
  const text = plainTextOf(activity);
  const buttons = (activity.suggestedActions?.actions ?? []).map((a) => String(a.title));
  expect(plainLanguageProblems(text), 'plain language').toEqual([]);
  expect(buttons.filter((b) => !MORE.has(b)).length, `buttons of "${text}"`).toBeLessThanOrEqual(MAX_ANSWER_BUTTONS);
  // Where the client reads aloud, speak goes on with the answers ("Kies: Ja, Nee.").
  expect(activity.speak?.startsWith(text), 'every message can be read aloud').toBe(true);
  const attachments = (activity.attachments ?? []).map((a) => ({
    contentType: a.contentType,
    ...(a.name !== undefined && { name: a.name }),
    ...(a.contentUrl !== undefined && { contentUrl: a.contentUrl }),
  }));
  return attachments.length > 0 ? { text, buttons, attachments } : { text, buttons };
}

/** A transcript line: who speaks, what, and for the bot the buttons it shows (omitted = none). */
export type Line = readonly ['user', string] | readonly ['bot', string | RegExp, string[]?] | readonly ['opens'];

/**
 * Plays a whole conversation and checks every bot message in order, nothing more and nothing
 * less: a transcript reads like the conversation it tests.
 */
export async function converse(lines: readonly Line[], options: ChatOptions = {}): Promise<Chat> {
  const chat = await Chat.start(options);
  await play(chat, lines);
  return chat;
}

/** Continues an existing chat with more lines. */
export async function play(chat: Chat, lines: readonly Line[]): Promise<void> {
  let pending: BotMessage[] = [];
  let lastUser = '(start)';
  for (const line of lines) {
    if (line[0] === 'bot') {
      const [, text, buttons = []] = line;
      const actual = pending.shift();
      expect(actual, `a bot message after "${lastUser}"`).toBeDefined();
      if (typeof text === 'string') expect(actual?.text, `bot message after "${lastUser}"`).toBe(text);
      else expect(actual?.text, `bot message after "${lastUser}"`).toMatch(text);
      expect(actual?.buttons, `buttons of "${actual?.text}"`).toEqual(buttons);
      continue;
    }
    expect(pending.map((m) => m.text), `unexpected bot messages after "${lastUser}"`).toEqual([]);
    if (line[0] === 'opens') {
      lastUser = '(opens the chat)';
      pending = await chat.opens();
    } else {
      lastUser = line[1];
      pending = await chat.says(line[1]);
    }
  }
  expect(pending.map((m) => m.text), `unexpected bot messages after "${lastUser}"`).toEqual([]);
}
