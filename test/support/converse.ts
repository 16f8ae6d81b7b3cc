import { expect } from 'vitest';
import { ActivityTypes, MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { composeBot, type BookingParts } from '../../src/composition.js';
import { fixedDateClock, type IsoDate } from '../../src/domain/calendar.js';
import { ChequeRules } from '../../src/domain/chequeRegimes.js';
import { loadVdabContact } from '../../src/domain/vdabContact.js';
import { MemoryHandoverStore } from '../../src/handover/memoryStore.js';
import { StaffHours } from '../../src/handover/staffHours.js';
import { MemoryTranscriptRecorder } from '../../src/handover/transcript.js';
import { createI18n } from '../../src/i18n/i18n.js';
import { toSupported, type Locale } from '../../src/i18n/locale.js';
import { keysWithText, labelOf, messageKeys } from './keys.js';
import { plainLanguageProblems, words } from './plainLanguage.js';
import { shownButtons, shownText } from './shown.js';
import { spokenText } from '../../src/channels/text.js';

/** What the user sees of one bot message. */
export interface BotMessage {
  text: string;
  buttons: string[];
  /** Files sent with the message (the booking's .ics); absent when there are none. */
  attachments?: { contentType: string; name?: string; contentUrl?: string }[];
}

/** Answer buttons a message may show; "Meer"/"Plus"/"More" comes on top. */
const MAX_ANSWER_BUTTONS = 3;
/** One bot turn: at most this many messages and words, the follow-up question included. */
export const MAX_TURN_MESSAGES = 4;
export const MAX_TURN_WORDS = 70;
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
  /** The number that writes, as the WhatsApp channel hands it on (`from.properties.waId`). */
  waId?: string;
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
    const clock = fixedDateClock(options.date ?? '2026-11-26');
    const { app } = composeBot({
      storage: options.storage ?? new MemoryStorage(),
      i18n: await i18nReady,
      rules,
      contact,
      clock,
      ...(options.booking && { booking: options.booking }),
      // The warm handover as users get it, with its stores in memory; nobody is reached proactively here.
      handover: {
        store: new MemoryHandoverStore({ clock }),
        transcripts: new MemoryTranscriptRecorder(clock),
        hours: StaffHours.load(),
        users: { fallback: async () => {} },
      },
    });
    const adapter = new TestAdapter((context) => app.run(context), {
      channelId: options.channelId ?? 'test',
      conversation: { id: options.conversationId ?? 'conversation-1', isGroup: false, conversationType: 'personal', name: '' },
      from: { id: options.userId ?? 'user-1', name: 'user', ...(options.waId && { properties: { waId: options.waId } }) },
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

  /** The language the user reads (for keyed transcripts): the client's, else Dutch. */
  get locale(): Locale {
    return toSupported(this.options.locale) ?? 'nl';
  }

  private async turn(activity: Partial<Activity>): Promise<BotMessage[]> {
    const before = this.adapter.activeQueue.length;
    await this.adapter.processActivity({ ...activity, ...(this.options.locale && { locale: this.options.locale }) });
    const replies = this.adapter.activeQueue.splice(before).filter((a) => a.type === ActivityTypes.Message);
    const messages = replies.map(checkedMessage);
    checkTurn(messages);
    this.received.push(...messages);
    return messages;
  }
}

/**
 * Plain language per turn: at most four messages and 70 words, the question included, and a way
 * forward: the last message of a turn has buttons.
 */
function checkTurn(messages: readonly BotMessage[]): void {
  if (messages.length === 0) return;
  const texts = messages.map((m) => m.text);
  expect(messages.length, `one turn: at most ${MAX_TURN_MESSAGES} messages:\n${texts.join('\n---\n')}`).toBeLessThanOrEqual(
    MAX_TURN_MESSAGES,
  );
  const count = texts.reduce((sum, text) => sum + words(text.replace(/https?:\/\/\S+/g, 'link')).length, 0);
  expect(count, `one turn: at most ${MAX_TURN_WORDS} words:\n${texts.join('\n---\n')}`).toBeLessThanOrEqual(MAX_TURN_WORDS);
  expect(messages.at(-1)?.buttons.length ?? 0, `a way forward: the turn ends with buttons:\n${texts.join('\n---\n')}`).toBeGreaterThan(0);
}

function checkedMessage(activity: Partial<Activity>): BotMessage {
  // Channels that show links get Markdown; a transcript reads the copy as the dialog wrote it.
  const text = shownText(activity);
  const buttons = shownButtons(activity);
  expect(plainLanguageProblems(text), 'plain language').toEqual([]);
  expect(buttons.filter((b) => !MORE.has(b)).length, `buttons of "${text}"`).toBeLessThanOrEqual(MAX_ANSWER_BUTTONS);
  // Where the client reads aloud, speak goes on with the answers ("Kies: Ja, Nee."); a map address is never read aloud.
  expect(activity.speak?.startsWith(spokenText(text)), 'every message can be read aloud').toBe(true);
  expect(activity.speak, 'read-aloud never reads a map address').not.toMatch(/openstreetmap/);
  const attachments = (activity.attachments ?? []).map((a) => ({
    contentType: a.contentType,
    ...(a.name !== undefined && { name: a.name }),
    ...(a.contentUrl !== undefined && { contentUrl: a.contentUrl }),
  }));
  return attachments.length > 0 ? { text, buttons, attachments } : { text, buttons };
}

/**
 * A transcript line: who speaks, what, and for the bot the buttons it shows (omitted = none).
 * `bot` lines hold the exact words (golden transcripts); `says` lines hold the translation keys
 * the message is made of and the keys of its buttons (or a button's literal title, for data such
 * as a centre or an hour), so they survive a copy edit. `tap` taps the button with that key.
 */
export type Line =
  | readonly ['user', string]
  | readonly ['tap', string]
  | readonly ['bot', string | RegExp, string[]?]
  | readonly ['says', string | readonly string[], (readonly string[])?]
  | readonly ['opens'];

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
  let last: BotMessage | undefined;
  let lastUser = '(start)';
  for (const line of lines) {
    if (line[0] === 'bot' || line[0] === 'says') {
      const actual = pending.shift();
      expect(actual, `a bot message after "${lastUser}"`).toBeDefined();
      if (line[0] === 'bot') expectWords(actual, line, lastUser);
      else expectKeys(actual, line, lastUser, chat.locale);
      last = actual;
      continue;
    }
    expect(
      pending.map((m) => m.text),
      `unexpected bot messages after "${lastUser}"`,
    ).toEqual([]);
    if (line[0] === 'opens') {
      lastUser = '(opens the chat)';
      pending = await chat.opens();
    } else {
      lastUser = line[0] === 'tap' ? tapped(last, line[1], chat.locale) : line[1];
      pending = await chat.says(lastUser);
    }
  }
  expect(
    pending.map((m) => m.text),
    `unexpected bot messages after "${lastUser}"`,
  ).toEqual([]);
}

function expectWords(
  actual: BotMessage | undefined,
  [, text, buttons = []]: readonly ['bot', string | RegExp, string[]?],
  lastUser: string,
): void {
  if (typeof text === 'string') expect(actual?.text, `bot message after "${lastUser}"`).toBe(text);
  else expect(actual?.text, `bot message after "${lastUser}"`).toMatch(text);
  expect(actual?.buttons, `buttons of "${actual?.text}"`).toEqual(buttons);
}

/** In a `says` line: a piece of data without a key of its own (an address, a name), at this place in the message. */
export const DATA = '*';

/** The message is made of exactly these keys, and its buttons are these keys (or literal titles). */
function expectKeys(
  actual: BotMessage | undefined,
  [, keys, buttons = []]: readonly ['says', string | readonly string[], (readonly string[])?],
  lastUser: string,
  locale: Locale,
): void {
  const expected = typeof keys === 'string' ? [keys] : keys;
  const found = messageKeys(actual?.text ?? '', locale);
  const same =
    found.length === expected.length && found.every((candidates, i) => expected[i] === DATA || candidates.includes(expected[i] ?? ''));
  expect(
    same ? expected : found.map((c) => (c.length === 1 ? c[0] : c.join(' | '))),
    `keys of the bot message after "${lastUser}": "${actual?.text}"`,
  ).toEqual(expected);
  const titles = actual?.buttons ?? [];
  const matched = titles.map((title, i) =>
    title === buttons[i] || keysWithText(title, locale).includes(buttons[i] ?? '') ? buttons[i] : title,
  );
  expect(matched, `buttons of "${actual?.text}"`).toEqual(buttons);
}

/** The title of the button with this key (or literal title) on the last bot message, as a tap sends it. */
function tapped(last: BotMessage | undefined, key: string, locale: Locale): string {
  const titles = last?.buttons ?? [];
  const title = titles.find((t) => t === key || keysWithText(t, locale).includes(key));
  expect(title, `a button "${key}" on "${last?.text}" (${titles.join(', ')})`).toBeDefined();
  return title ?? labelOf(key, locale);
}
