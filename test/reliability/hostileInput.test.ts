import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { fixedDateClock } from '../../src/domain/calendar.js';
import { routeConsoleTo } from '../../src/observability/console.js';
import { createLogger } from '../../src/observability/logger.js';
import { startBot, type RunningBot } from '../../src/runtime.js';
import { FakeGraph } from '../channels/whatsapp/fakeGraph.js';
import { expectRepliesMessage } from '../support/expectReplies.js';

/*
 * Thousands of malformed and hostile requests against every door a message comes through. Whatever
 * comes in: never a 5xx, never a crash, never a stack trace or file path in a reply, every log
 * line one JSON object; and afterwards ordinary traffic is answered as before.
 */

const APP_SECRET = 'hostile-test-app-secret';
const PHONE_NUMBER_ID = '106540352242922';
const STACK_OR_PATH = /\n\s+at |\.[jt]s:\d+|node_modules|\/work\//;

const logLines: string[] = [];
const original = { error: console.error, warn: console.warn, info: console.info, log: console.log, debug: console.debug };
let graph: FakeGraph;
let bot: RunningBot;

beforeAll(async () => {
  const logger = createLogger('debug', (line) => logLines.push(line));
  routeConsoleTo(logger);
  graph = await FakeGraph.start();
  bot = await startBot(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      WHATSAPP_API_URL: `${graph.url}/v21.0`,
      WHATSAPP_TOKEN: 'token',
      WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
      WHATSAPP_APP_SECRET: APP_SECRET,
      WHATSAPP_VERIFY_TOKEN: 'verify',
    }),
    logger,
    fixedDateClock('2026-11-26'),
  );
});

afterAll(async () => {
  await bot.stop(1_000);
  await graph.stop();
  Object.assign(console, original);
});

interface Answer {
  status: number;
  body: string;
}

async function send(path: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${bot.server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, body: await response.text() };
}

function expectCalm(answer: Answer, what: string): void {
  expect(answer.status, `${what} → ${answer.status} ${answer.body.slice(0, 200)}`).toBeLessThan(500);
  expect(answer.body, what).not.toMatch(STACK_OR_PATH);
}

/** Text an attacker or a confused client might send. */
const nasty = fc.oneof(
  { arbitrary: fc.string({ maxLength: 40 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 4 },
  {
    arbitrary: fc.constantFrom(
      '__proto__',
      'constructor',
      'toString',
      '',
      ' ',
      '\u0000',
      '\uD800',
      '<at>bot</at>',
      '${process.exit()}',
      '1',
      'hallo',
      'vergeet mij',
      'terug',
    ),
    weight: 4,
  },
  // Long texts run the whole understanding on 2,000 characters: costly, so rarer.
  { arbitrary: fc.integer({ min: 1, max: 5 }).map((n) => 'ä😀'.repeat(n * 900)), weight: 1 },
);
const anything = fc.oneof(nasty, fc.jsonValue({ maxDepth: 3 }), fc.constant(null));
const account = fc.oneof(fc.record({ id: fc.oneof(nasty, anything), name: anything }, { requiredKeys: [] }), anything);

/** An activity with every field possibly missing, of the wrong type, or hostile. */
const activity = fc
  .record(
    {
      type: fc.oneof(
        fc.constantFrom(
          'message',
          'conversationUpdate',
          'invoke',
          'event',
          'typing',
          'messageReaction',
          'installationUpdate',
          'endOfConversation',
        ),
        anything,
      ),
      id: anything,
      channelId: fc.oneof(fc.constantFrom('directline', 'msteams', 'webchat', 'whatsapp', 'emulator'), anything),
      from: account,
      recipient: account,
      conversation: fc.oneof(
        fc.record({ id: nasty, conversationType: anything, isGroup: anything, tenantId: anything }, { requiredKeys: ['id'] }),
        anything,
      ),
      text: anything,
      locale: fc.oneof(fc.constantFrom('nl-BE', 'fr', 'en-US', 'xx', 'nl'.repeat(40)), anything),
      entities: fc.oneof(
        fc.array(
          fc.record({ type: fc.oneof(fc.constant('mention'), anything), mentioned: account, text: anything }, { requiredKeys: [] }),
          { maxLength: 3 },
        ),
        anything,
      ),
      membersAdded: fc.oneof(fc.array(account, { maxLength: 3 }), anything),
      membersRemoved: fc.oneof(fc.array(account, { maxLength: 3 }), anything),
      attachments: fc.oneof(fc.array(anything, { maxLength: 3 }), anything),
      channelData: anything,
      value: anything,
      name: anything,
      timestamp: fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        anything,
      ),
      replyToId: anything,
      relatesTo: anything,
    },
    { requiredKeys: [] },
  )
  .map((a) => ({ ...a, serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies' }));

/** Sometimes a valid core, so requests get past validation and reach the turn. */
const mostlyValid = fc
  .record(
    {
      text: anything,
      entities: activity.map((a) => a.entities),
      value: anything,
      channelData: anything,
      locale: anything,
      type: fc.constantFrom('message', 'conversationUpdate'),
    },
    { requiredKeys: ['type'] },
  )
  .chain((extra) =>
    fc.integer({ min: 0, max: 5 }).map((conversation) => ({
      channelId: 'directline',
      from: { id: `fuzz-user-${conversation}` },
      recipient: { id: 'bot' },
      conversation: { id: `fuzz-${conversation}` },
      serviceUrl: 'http://127.0.0.1:9/',
      deliveryMode: 'expectReplies',
      ...extra,
    })),
  );

/** What can go into an HTTP header at all: printable ASCII. */
const headerValue = fc.stringMatching(/^[ -~]{0,80}$/);

const sign = (body: string) => `sha256=${createHmac('sha256', APP_SECRET).update(Buffer.from(body, 'utf8')).digest('hex')}`;

let messageIds = 0;
const waMessage = fc.record(
  {
    from: fc.oneof(fc.constantFrom('32470000001', '32470000002'), anything),
    id: fc.constant(null).map(() => `wamid.fuzz${++messageIds}`),
    timestamp: fc.oneof(fc.constant('1795690790'), anything),
    type: fc.oneof(fc.constantFrom('text', 'interactive', 'button', 'audio', 'image', 'unknown', 'location'), anything),
    text: fc.oneof(fc.record({ body: nasty }), anything),
    interactive: fc.oneof(
      fc.record(
        { type: nasty, button_reply: fc.record({ id: nasty, title: nasty }), list_reply: fc.record({ id: nasty, title: nasty }) },
        { requiredKeys: [] },
      ),
      anything,
    ),
    button: anything,
    audio: anything,
  },
  { requiredKeys: ['from', 'id', 'timestamp', 'type'] },
);
const waEnvelope = fc.record(
  {
    object: fc.oneof(fc.constant('whatsapp_business_account'), anything),
    entry: fc.oneof(
      fc.array(
        fc.record({
          id: fc.oneof(fc.constant('1'), anything),
          changes: fc.oneof(
            fc.array(
              fc.record({
                field: fc.oneof(fc.constant('messages'), anything),
                value: fc.oneof(
                  fc.record(
                    {
                      messaging_product: fc.oneof(fc.constant('whatsapp'), anything),
                      metadata: fc.oneof(fc.constant({ phone_number_id: PHONE_NUMBER_ID }), anything),
                      messages: fc.oneof(fc.array(waMessage, { maxLength: 2 }), anything),
                      statuses: anything,
                      contacts: anything,
                    },
                    { requiredKeys: ['messaging_product', 'metadata'] },
                  ),
                  anything,
                ),
              }),
              { maxLength: 2 },
            ),
            anything,
          ),
        }),
        { maxLength: 2 },
      ),
      anything,
    ),
  },
  { requiredKeys: ['object', 'entry'] },
);

describe('hostile input', () => {
  it('When thousands of malformed activities hit /api/messages, Then none gets a 5xx or a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(activity, mostlyValid, anything), async (body) =>
        expectCalm(await send('/api/messages', JSON.stringify(body) ?? 'null'), JSON.stringify(body)?.slice(0, 300) ?? ''),
      ),
      { numRuns: 1_000 },
    );
  }, 60_000);

  it('When raw bytes, wrong content types and broken JSON hit /api/messages, Then restify’s refusals are calm too', async () => {
    const contentType = fc.constantFrom(
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      '',
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 500 })), contentType, async (body, type) =>
        expectCalm(await send('/api/messages', body, type ? { 'content-type': type } : {}), `${type}: ${body.slice(0, 100)}`),
      ),
      { numRuns: 400 },
    );
  }, 60_000);

  it('When unsigned or wrongly signed deliveries hit /api/whatsapp, Then they get 401 and nothing runs', async () => {
    const before = graph.requests.length;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          waEnvelope.map((e) => JSON.stringify(e)),
          nasty,
        ),
        fc.oneof(
          fc.constant(undefined),
          headerValue,
          headerValue.map((h) => `sha256=${h}`),
        ),
        async (body, signature) => {
          const answer = await send('/api/whatsapp', body, signature === undefined ? {} : { 'x-hub-signature-256': signature });
          expectCalm(answer, body.slice(0, 200));
          expect(answer.status).toBe(401);
        },
      ),
      { numRuns: 500 },
    );
    expect(graph.requests.length).toBe(before);
  }, 60_000);

  it('When signed but hostile deliveries hit /api/whatsapp, Then each is taken in or refused calmly (200/400), never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(waEnvelope, async (envelope) => {
        const body = JSON.stringify(envelope);
        const answer = await send('/api/whatsapp', body, { 'x-hub-signature-256': sign(body) });
        expectCalm(answer, body.slice(0, 300));
        expect([200, 400]).toContain(answer.status);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('When hostile activities are posted to the built-in Direct Line, Then none gets a 5xx or a stack trace', async () => {
    const tokens = await Promise.all(
      Array.from({ length: 3 }, async () => {
        const started = await send('/v3/directline/conversations', '{}', {
          authorization: `Bearer ${((await (await fetch(`${bot.server.url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string }).token}`,
        });
        return JSON.parse(started.body) as { token: string; conversationId: string };
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 }), fc.oneof(activity, anything), async (which, body) => {
        const { token, conversationId } = tokens[which] as { token: string; conversationId: string };
        expectCalm(
          await send(`/v3/directline/conversations/${conversationId}/activities`, JSON.stringify(body) ?? 'null', {
            authorization: `Bearer ${token}`,
          }),
          JSON.stringify(body)?.slice(0, 300) ?? '',
        );
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('When the storm is over, Then ordinary traffic is answered and every log line was one JSON object without a stack trace', async () => {
    const answer = await send('/api/messages', JSON.stringify(expectRepliesMessage('calm', 'hallo')));
    expect(answer.status).toBe(200);
    expect((JSON.parse(answer.body) as { activities: { text: string }[] }).activities[0]?.text).toMatch(/^Hallo!/);
    expect((await fetch(`${bot.server.url}/healthz`)).status).toBe(200);
    for (const line of logLines) {
      expect(() => JSON.parse(line), line.slice(0, 200)).not.toThrow();
      expect(line).not.toContain('\n');
    }
  });
});
