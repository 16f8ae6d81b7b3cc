import { expect } from 'vitest';
import {
  ActivityTypes,
  MemoryStorage,
  TestAdapter,
  TurnContext,
  type Activity,
  type ConversationParameters,
  type ConversationReference,
  type Storage,
} from 'botbuilder';
import { composeBot } from '../../src/composition.js';
import type { Clock } from '../../src/domain/calendar.js';
import { ChequeRules } from '../../src/domain/chequeRegimes.js';
import { loadVdabContact } from '../../src/domain/vdabContact.js';
import { MemoryHandoverStore } from '../../src/handover/memoryStore.js';
import { PAGE_EVENTS } from '../../src/handover/model.js';
import { StaffHours } from '../../src/handover/staffHours.js';
import type { TeamsProactiveAdapter } from '../../src/handover/teams/staffChannel.js';
import type { HandoverStore } from '../../src/handover/store.js';
import { MemoryTranscriptRecorder, type TranscriptRecorder } from '../../src/handover/transcript.js';
import { createI18n } from '../../src/i18n/i18n.js';
import type { ReachCounter } from '../../src/staff/reach.js';
import { plainLanguageProblems } from '../support/plainLanguage.js';
import { shownButtons, shownText } from '../support/shown.js';

/** Thursday 26 November 2026, 10:00 in Brussels: staff are in. */
export const IN_HOURS: Clock = { now: () => new Date('2026-11-26T10:00:00+01:00') };
/** Saturday 28 November 2026, 11:00 in Brussels: nobody is in. */
export const OUT_OF_HOURS: Clock = { now: () => new Date('2026-11-28T11:00:00+01:00') };

export const STAFF_CHANNEL = '19:staffdesk@thread.tacv2';
export const SERVICE_URL = 'https://smba.example.test/emea/';

const i18nReady = createI18n();

/**
 * A channel as the bot's adapter sees it, for many conversations at once: every activity says
 * which conversation it belongs to, and proactive turns (`continueConversationAsync`,
 * `createConversationAsync`, as CloudAdapter has them) run through the same middleware. What the
 * bot sends lands in `activeQueue`, with its conversation.
 */
export class ChannelTestAdapter extends TestAdapter {
  private threads = 0;

  constructor(readonly channel: string) {
    super(undefined, undefined);
  }

  /** A proactive turn in a stored conversation, like CloudAdapter.continueConversationAsync. */
  async continueIn(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'ContinueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity as Activity), logic);
  }

  /** Like CloudAdapter with Teams: posts `parameters.activity` as the root of a new thread in the channel. */
  async createThread(
    _appId: string,
    channelId: string,
    serviceUrl: string,
    _audience: string | undefined,
    parameters: ConversationParameters,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const channel = (parameters.channelData as { channel: { id: string } }).channel.id;
    const rootId = String(1_700_000_000_000 + ++this.threads);
    const conversation = {
      id: `${channel};messageid=${rootId}`,
      isGroup: true,
      conversationType: 'channel',
      name: '',
      tenantId: parameters.tenantId ?? '',
    };
    this.activeQueue.push({ ...parameters.activity, id: rootId, conversation, channelId } as Activity);
    const created = {
      type: ActivityTypes.Event,
      name: 'CreateConversation',
      id: conversation.id,
      channelId,
      serviceUrl,
      conversation,
      recipient: parameters.bot,
    };
    await this.runMiddleware(new TurnContext(this, created as Activity), logic);
  }

  /** The two CloudAdapter calls the Teams staff channel makes, served by this adapter. */
  proactive(): TeamsProactiveAdapter {
    return {
      continueConversationAsync: (_appId, reference, logic) => this.continueIn(reference, logic),
      createConversationAsync: (...args) => this.createThread(...args),
    };
  }

  /** Everything sent so far into conversation `id` (or a thread of channel `id`). */
  sentTo(id: string): Partial<Activity>[] {
    return this.activeQueue.filter((a) => (a.conversation?.id ?? '') === id || (a.conversation?.id ?? '').startsWith(`${id};`));
  }
}

/** What a person sees of one bot message. */
export interface Seen {
  text: string;
  buttons: string[];
}

export function seen(activity: Partial<Activity>): Seen {
  const text = shownText(activity);
  expect(plainLanguageProblems(text), `plain language: ${text}`).toEqual([]);
  return { text, buttons: shownButtons(activity) };
}

export interface WorldOptions {
  clock?: Clock;
  storage?: Storage;
  store?: HandoverStore;
  transcripts?: TranscriptRecorder;
  reach?: ReachCounter;
  hub?: boolean;
  /** The shared user channel (the "Bot Framework" side); a new one by default. */
  users?: ChannelTestAdapter;
  /** The Teams side; a new one by default. */
  teams?: ChannelTestAdapter;
}

export type World = Awaited<ReturnType<typeof handoverWorld>>;

/**
 * One bot instance with the handover on: users on channel `test`, staff in a Teams channel, both
 * through test adapters that can run proactive turns. Two worlds given the same Redis-backed
 * store, storage and adapters are two bot instances behind one Redis.
 */
export async function handoverWorld(options: WorldOptions = {}) {
  const clock = options.clock ?? IN_HOURS;
  const users = options.users ?? new ChannelTestAdapter('test');
  const teams = options.teams ?? new ChannelTestAdapter('msteams');
  const store = options.store ?? new MemoryHandoverStore({ clock });
  const composed = composeBot({
    storage: options.storage ?? new MemoryStorage(),
    i18n: await i18nReady,
    rules: ChequeRules.load(),
    contact: loadVdabContact(),
    clock,
    ...(options.reach && { reach: options.reach }),
    handover: {
      store,
      transcripts: options.transcripts ?? new MemoryTranscriptRecorder(clock),
      hours: StaffHours.load(),
      users: { fallback: (reference, logic) => users.continueIn(reference, logic) },
      hub: options.hub ?? false,
      teams: { adapter: teams.proactive(), appId: 'bot-app-id', channelId: STAFF_CHANNEL, serviceUrl: SERVICE_URL, tenantId: 'tenant-1' },
    },
  });
  const service = composed.handover;
  if (!service) throw new Error('handoverWorld: the handover was not composed');
  users.onTurnError = async (_context, error) => {
    throw error;
  };
  teams.onTurnError = users.onTurnError;

  /** One person in their own conversation, on channel `test` unless told (WhatsApp hands on the number that writes). */
  const user = (conversationId: string, locale = 'nl-BE', channel: { channelId?: string; waId?: string } = {}) => {
    const inbox = () =>
      users
        .sentTo(conversationId)
        .filter((a) => a.type === ActivityTypes.Message)
        .map(seen);
    return {
      conversationId,
      userKey: `test:${conversationId}`,
      /** Messages this person got so far (their own turns and proactive ones), in order. */
      inbox,
      /** The user sends `text`; returns what the bot answered in that turn. */
      async says(text: string, id?: string): Promise<Seen[]> {
        const before = inbox().length;
        await users.processActivity(
          {
            type: ActivityTypes.Message,
            text,
            locale,
            channelId: channel.channelId ?? 'test',
            ...(id && { id }),
            from: { id: `user-${conversationId}`, name: 'user', ...(channel.waId && { properties: { waId: channel.waId } }) },
            recipient: { id: 'bot', name: 'Loopbaanbot' },
            conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
            serviceUrl: 'https://test.example/',
          },
          (context) => composed.app.run(context),
        );
        return inbox().slice(before);
      },
      /** The web chat page tells the bot it was closed ('left') or is back ('back'): a Direct Line event. */
      async page(what: keyof typeof PAGE_EVENTS): Promise<Seen[]> {
        const before = inbox().length;
        await users.processActivity(
          {
            type: ActivityTypes.Event,
            name: PAGE_EVENTS[what],
            locale,
            channelId: channel.channelId ?? 'test',
            from: { id: `user-${conversationId}`, name: 'user' },
            recipient: { id: 'bot', name: 'Loopbaanbot' },
            conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
            serviceUrl: 'https://test.example/',
          },
          (context) => composed.app.run(context),
        );
        return inbox().slice(before);
      },
      /** Every activity (events included) sent into this conversation. */
      activities: () => users.sentTo(conversationId),
    };
  };

  /** A staff member in the Teams staff channel. */
  const staff = (name: string, aadObjectId: string) => {
    const from = { id: `29:${aadObjectId}`, name, aadObjectId };
    const base = {
      channelId: 'msteams',
      from,
      recipient: { id: '28:bot', name: 'Loopbaanbot' },
      serviceUrl: SERVICE_URL,
      channelData: { channel: { id: STAFF_CHANNEL }, tenant: { id: 'tenant-1' } },
    };
    const run = async (activity: Partial<Activity>) => {
      const before = teams.activeQueue.length;
      await teams.processActivity(activity as Activity, (context) => composed.app.run(context));
      return teams.activeQueue.slice(before);
    };
    return {
      /** Clicks a button of the card that started thread `rootId`; returns the invoke response body. */
      async clicks(verb: string, caseId: string, rootId: string) {
        const sent = await run({
          ...base,
          type: 'invoke',
          name: 'adaptiveCard/action',
          replyToId: rootId,
          conversation: { id: `${STAFF_CHANNEL};messageid=${rootId}`, isGroup: true, conversationType: 'channel', name: '' },
          value: { action: { type: 'Action.Execute', verb, data: { caseId } }, trigger: 'manual' },
        });
        const response = sent.find((a) => a.type === 'invokeResponse');
        return (response?.value as { body: { type: string; value: unknown } } | undefined)?.body;
      },
      /** Writes in the thread of the card `rootId`; returns what the bot posted back in the channel. */
      async replies(rootId: string, text: string, id?: string) {
        return run({
          ...base,
          type: 'message',
          text,
          ...(id && { id }),
          conversation: { id: `${STAFF_CHANNEL};messageid=${rootId}`, isGroup: true, conversationType: 'channel', name: '' },
        });
      },
    };
  };

  /** The case cards and thread messages posted in the staff channel, as they stand now. */
  const channel = {
    cards: () =>
      teams
        .sentTo(STAFF_CHANNEL)
        .filter((a) => (a.attachments ?? []).some((x) => x.contentType === 'application/vnd.microsoft.card.adaptive')),
    texts: () =>
      teams
        .sentTo(STAFF_CHANNEL)
        .filter((a) => a.type === 'message' && a.text)
        .map((a) => a.text ?? ''),
  };

  return { ...composed, service, store, users, teams, user, staff, channel, clock };
}

/** The text blocks and button titles of an Adaptive Card activity (or the card itself). */
export function cardText(cardOrActivity: Partial<Activity> | Record<string, unknown>): { lines: string[]; actions: string[] } {
  const card = (
    'attachments' in cardOrActivity && Array.isArray(cardOrActivity.attachments)
      ? (cardOrActivity.attachments[0] as { content: unknown }).content
      : cardOrActivity
  ) as { body: { text?: string; inlines?: { text: string }[] }[]; actions: { title: string }[] };
  // A RichTextBlock reads as its runs one after the other.
  const lineOf = (b: { text?: string; inlines?: { text: string }[] }) => b.text ?? (b.inlines ?? []).map((r) => r.text).join('');
  return { lines: card.body.map(lineOf), actions: card.actions.map((a) => a.title) };
}
