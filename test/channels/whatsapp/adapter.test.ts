import { readFileSync } from 'node:fs';
import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toActivity } from '../../../src/conversation/activity.js';
import { OutsideCustomerWindowError, WhatsAppAdapter, type WhatsAppAdapterDeps } from '../../../src/channels/whatsapp/adapter.js';
import { createGraphClient, GraphSendError } from '../../../src/channels/whatsapp/graphClient.js';
import { WebhookEnvelope } from '../../../src/channels/whatsapp/payloads.js';
import { MemoryWhatsAppStore } from '../../../src/channels/whatsapp/store.js';
import { silentLogger } from '../../../src/observability/logger.js';
import { PersonKeys } from '../../../src/privacy/personKeys.js';
import { FakeGraph } from './fakeGraph.js';

const PHONE_NUMBER_ID = '106540352242922';
const USER = '32470000001';
const SENT_AT = new Date(1795690790 * 1_000); // the fixtures' timestamp
const HOUR = 3_600_000;
const keys = PersonKeys.random();

const envelope = (name: string) =>
  WebhookEnvelope.parse(JSON.parse(readFileSync(new URL(`../fixtures/whatsapp/${name}`, import.meta.url), 'utf8')));

let graph: FakeGraph;
let now: number;
const clock = { now: () => new Date(now) };

beforeEach(async () => {
  graph = await FakeGraph.start();
  now = SENT_AT.getTime() + 10_000;
});
afterEach(() => graph.stop());

function adapter(overrides: Partial<WhatsAppAdapterDeps> = {}): WhatsAppAdapter {
  return new WhatsAppAdapter({
    graph: createGraphClient({ apiUrl: `${graph.url}/v21.0/`, phoneNumberId: PHONE_NUMBER_ID, token: 'tkn' }),
    store: new MemoryWhatsAppStore(clock),
    keys,
    clock,
    logger: silentLogger,
    template: { name: 'loopbaanbot_reminder', language: 'nl' },
    labels: () => ({ listButton: 'Kies hier', numberedChoices: 'Typ het nummer.' }),
    answerUnreadable: async (context, kind) => void (await context.sendActivity(`unreadable:${kind}`)),
    ...overrides,
  });
}

/** Runs a fixture through the adapter and returns the activities the bot logic received. */
async function turnsOf(subject: WhatsAppAdapter, fixture: string): Promise<Partial<Activity>[]> {
  const seen: Partial<Activity>[] = [];
  await subject.handle(envelope(fixture), async (context) => void seen.push(context.activity));
  return seen;
}

/** A stored reference as src/bot/proactive.ts keeps it: pseudonymous ids, the number in `properties`. */
const referenceFor = (subject: WhatsAppAdapter): Partial<ConversationReference> => ({
  channelId: 'whatsapp',
  serviceUrl: 'urn:whatsapp',
  user: { id: subject.userKey(USER), name: '', properties: { waId: USER } },
  bot: { id: PHONE_NUMBER_ID, name: '' },
  conversation: { id: subject.conversationIdFor(PHONE_NUMBER_ID, USER), isGroup: false, conversationType: 'personal', name: '' },
});
const remind = (subject: WhatsAppAdapter, texts: string[]) =>
  subject.continueConversation(referenceFor(subject), async (context: TurnContext) => {
    await context.sendActivities(texts.map((text) => toActivity({ text })));
  });

describe('WhatsAppAdapter: inbound messages become activities', () => {
  it('When a text arrives, Then the bot gets a message with all four ids state needs, and no phone number in any id', async () => {
    const subject = adapter();
    const [activity] = await turnsOf(subject, 'text-hallo.json');
    expect(activity).toMatchObject({
      type: 'message',
      id: 'wamid.TEXT1',
      channelId: 'whatsapp',
      text: 'hallo',
      from: { id: subject.userKey(USER), properties: { waId: USER } },
      recipient: { id: PHONE_NUMBER_ID },
      conversation: { id: subject.conversationIdFor(PHONE_NUMBER_ID, USER) },
      timestamp: SENT_AT,
    });
    expect(activity?.conversation?.id).toMatch(/^wa-[0-9a-f]{32}$/);
    expect(activity?.from?.id).toMatch(/^wa-u-[0-9a-f]{32}$/);
    expect(`${activity?.conversation?.id} ${activity?.from?.id}`).not.toContain(USER);
  });

  it('When two processes use different salts, Then the same number gets unrelated ids: the pseudonym is salted, not a plain hash', () => {
    const other = adapter({ keys: PersonKeys.random() });
    expect(other.userKey(USER)).not.toBe(adapter().userKey(USER));
  });

  it('When a text is longer than 2,000 characters, Then the bot reads only the first 2,000', async () => {
    const long = envelope('text-hallo.json');
    const value = long.entry[0]?.changes[0]?.value as { messages: { text: { body: string } }[] };
    value.messages[0] = { ...value.messages[0], text: { body: 'a'.repeat(60_000) } };
    const seen: Partial<Activity>[] = [];
    await adapter().handle(long, async (context) => void seen.push(context.activity));
    expect(seen[0]?.text).toHaveLength(2_000);
  });

  it('When a reply button or a list row is tapped, Then the text is the full title from its id, not the shortened one shown', async () => {
    expect((await turnsOf(adapter(), 'button-reply.json'))[0]?.text).toBe('Ja');
    expect((await turnsOf(adapter(), 'list-reply.json'))[0]?.text).toBe('Wat is een loopbaancheque?');
  });

  it('When a voice note or a photo arrives, Then the bot logic is skipped and the kind answer names what it was', async () => {
    const subject = adapter();
    expect(await turnsOf(subject, 'audio-voice.json')).toEqual([]);
    expect(await turnsOf(subject, 'image.json')).toEqual([]);
    expect(graph.bodies().map((b) => (b as { text: { body: string } }).text.body)).toEqual(['unreadable:voice', 'unreadable:other']);
  });

  it('When a status arrives, Then no turn runs', async () => {
    expect(await turnsOf(adapter(), 'status-delivered.json')).toEqual([]);
    expect(graph.requests).toEqual([]);
  });
});

describe('WhatsAppAdapter: the 24-hour customer-service window', () => {
  it('When the user wrote 23 hours ago, Then a message goes out free-form, with the bearer token to the configured URL', async () => {
    const subject = adapter();
    await turnsOf(subject, 'text-hallo.json');
    now = SENT_AT.getTime() + 23 * HOUR;
    await remind(subject, ['Je afspraak is morgen.']);
    expect(graph.requests).toEqual([
      {
        method: 'POST',
        path: `/v21.0/${PHONE_NUMBER_ID}/messages`,
        authorization: 'Bearer tkn',
        contentType: 'application/json',
        body: {
          messaging_product: 'whatsapp',
          recipient_type: 'individual',
          to: USER,
          type: 'text',
          text: { body: 'Je afspraak is morgen.', preview_url: false },
        },
      },
    ]);
  });

  it('When 24 hours have passed since the user wrote, Then the approved template goes out once instead of the messages', async () => {
    const subject = adapter();
    await turnsOf(subject, 'text-hallo.json');
    now = SENT_AT.getTime() + 24 * HOUR;
    await remind(subject, ['Je afspraak is morgen.', 'Tot dan!']);
    expect(graph.bodies()).toStrictEqual([
      {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: USER,
        type: 'template',
        template: { name: 'loopbaanbot_reminder', language: { code: 'nl' } },
      },
    ]);
  });

  it('When the user never wrote, Then only the template may go out', async () => {
    await remind(adapter(), ['Hallo']);
    expect(graph.bodies().map((b) => (b as { type: string }).type)).toEqual(['template']);
  });

  it('When the window is closed and no template is configured, Then nothing is sent and the caller hears why', async () => {
    const subject = adapter({ template: undefined });
    subject.onTurnError = async (_context, error) => {
      throw error;
    };
    await expect(remind(subject, ['Hallo'])).rejects.toThrow(OutsideCustomerWindowError);
    expect(graph.requests).toEqual([]);
  });

  it('When the user writes again, Then the window opens again from that message', async () => {
    const subject = adapter();
    await turnsOf(subject, 'text-hallo.json');
    now = SENT_AT.getTime() + 30 * HOUR;
    const again = envelope('button-reply.json');
    const value = again.entry[0]?.changes[0]?.value as { messages: { timestamp: string }[] };
    value.messages[0] = { ...value.messages[0], timestamp: String(now / 1_000 - 5) } as { timestamp: string };
    await subject.handle(again, async () => {});
    await remind(subject, ['Hallo']);
    expect(graph.bodies().map((b) => (b as { type: string }).type)).toEqual(['text']);
  });

  it('When a message written 30 hours ago is delivered only now, Then it does not open the window', async () => {
    const subject = adapter();
    now = SENT_AT.getTime() + 30 * HOUR;
    await turnsOf(subject, 'text-hallo.json');
    await remind(subject, ['Hallo']);
    expect(graph.bodies().map((b) => (b as { type: string }).type)).toEqual(['template']);
  });
});

describe('Graph client', () => {
  it('When Graph refuses a send, Then the error carries status and Meta code, but none of Meta’s text', async () => {
    graph.failWith = { status: 400, body: { error: { message: `Recipient ${USER} not valid`, code: 131026 } } };
    const client = createGraphClient({ apiUrl: graph.url, phoneNumberId: PHONE_NUMBER_ID, token: 'tkn' });
    const failure = await client
      .send({
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: USER,
        type: 'text',
        text: { body: 'x', preview_url: false },
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GraphSendError);
    expect(failure).toMatchObject({ status: 400, code: 131026, message: 'WhatsApp Graph API refused the message: HTTP 400, code 131026' });
  });
});

describe('WhatsAppAdapter: a message is never acknowledged and lost', () => {
  /** A store whose Redis is away: every call fails the way ioredis fails without a connection. */
  const redisAway = (): MemoryWhatsAppStore => {
    const store = new MemoryWhatsAppStore(clock);
    store.beginMessage = async () => {
      throw new Error("Stream isn't writeable and enableOfflineQueue options is false");
    };
    return store;
  };
  const apologiseWith = (subject: WhatsAppAdapter) => {
    subject.onTurnError = async (context) => void (await context.sendActivity('apology'));
    return subject;
  };

  it('When the store cannot take the message in, Then a retry is asked for and the user gets one apology, not one per retry', async () => {
    const subject = apologiseWith(adapter({ store: redisAway() }));
    const seen: Partial<Activity>[] = [];
    expect(await subject.handle(envelope('text-hallo.json'), async (c) => void seen.push(c.activity))).toEqual({ retry: true });
    expect(await subject.handle(envelope('text-hallo.json'), async (c) => void seen.push(c.activity))).toEqual({ retry: true });
    expect(seen).toEqual([]);
    expect(graph.bodies().map((b) => (b as { text: { body: string } }).text.body)).toEqual(['apology']);
  });

  it('When the turn fails on a dependency, Then a retry is asked for, and the retried delivery is answered', async () => {
    const subject = apologiseWith(adapter());
    let attempts = 0;
    const logic = async (context: TurnContext) => {
      if (++attempts === 1) throw new Error('Command timed out');
      await context.sendActivity('answer');
    };
    expect(await subject.handle(envelope('text-hallo.json'), logic)).toEqual({ retry: true });
    expect(await subject.handle(envelope('text-hallo.json'), logic)).toEqual({ retry: false });
    expect(graph.bodies().map((b) => (b as { text: { body: string } }).text.body)).toEqual(['apology', 'answer']);
  });

  it('When the turn fails on a bug, Then the user gets the apology and the message counts as handled: a retry would fail the same way', async () => {
    const subject = apologiseWith(adapter());
    const logic = async () => {
      throw new TypeError('a bug');
    };
    expect(await subject.handle(envelope('text-hallo.json'), logic)).toEqual({ retry: false });
    expect(await subject.handle(envelope('text-hallo.json'), logic)).toEqual({ retry: false });
    expect(graph.bodies()).toHaveLength(1);
  });
});
