import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TurnContext } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WhatsAppAdapter } from '../../../src/channels/whatsapp/adapter.js';
import { createGraphClient } from '../../../src/channels/whatsapp/graphClient.js';
import { whatsAppRoutes } from '../../../src/channels/whatsapp/routes.js';
import { MemoryWhatsAppStore } from '../../../src/channels/whatsapp/store.js';
import { silentLogger } from '../../../src/observability/logger.js';
import { PersonKeys } from '../../../src/privacy/personKeys.js';
import { startServer, type RunningServer } from '../../../src/server.js';
import { FakeGraph } from './fakeGraph.js';

const SECRET = 'slow-test-secret';
const body = readFileSync(new URL('../fixtures/whatsapp/text-hallo.json', import.meta.url), 'utf8');
const clock = { now: () => new Date(1795690790 * 1_000 + 10_000) };

let graph: FakeGraph;
let server: RunningServer;
let adapter: WhatsAppAdapter;

beforeEach(async () => {
  graph = await FakeGraph.start();
  adapter = new WhatsAppAdapter({
    graph: createGraphClient({ apiUrl: graph.url, phoneNumberId: '106540352242922', token: 't' }),
    store: new MemoryWhatsAppStore(clock),
    keys: PersonKeys.random(),
    clock,
    logger: silentLogger,
    labels: () => ({ listButton: 'Kies', numberedChoices: 'Typ het nummer.' }),
    answerUnreadable: async () => {},
  });
  const slowBot = {
    run: async (context: TurnContext) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await context.sendActivity('slow answer');
    },
  };
  server = await startServer(
    {
      endpoint: { process: async () => {} },
      bot: { run: async () => {} },
      readiness: [],
      logger: silentLogger,
      routes: [whatsAppRoutes({ adapter, bot: slowBot, verifyToken: 'v', appSecret: SECRET, logger: silentLogger, answerWithinMs: 50 })],
    },
    { port: 0, host: '127.0.0.1' },
  );
});

afterEach(async () => {
  await server.stop(1_000);
  await graph.stop();
});

const deliver = () =>
  fetch(`${server.url}/api/whatsapp`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`,
    },
    body,
  });

describe('POST /api/whatsapp: a turn slower than Meta waits', () => {
  it('When the turn takes longer than the budget, Then Meta hears 503 in time, its retries wait, and the user is answered once', async () => {
    const first = await deliver();
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('30');
    expect((await deliver()).status).toBe(503); // a retry while the first is still being handled
    await adapter.idle();
    expect((await deliver()).status).toBe(200); // a retry after it was handled
    expect(graph.bodies().map((b) => (b as { text: { body: string } }).text.body)).toStrictEqual(['slow answer']);
  });
});
