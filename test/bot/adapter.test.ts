import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAdapter } from '../../src/bot/adapter.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startServer, type MessageEndpoint, type RunningServer } from '../../src/server.js';

/** A bot that only records what each turn saw, and answers with it when the reply comes back in the response. */
function recordingBot() {
  const turns: { connector: unknown; userTokens: unknown }[] = [];
  return {
    turns,
    async run(context: TurnContext) {
      const adapter = context.adapter as CloudAdapter;
      const identity = context.turnState.get(adapter.BotIdentityKey) as {
        authenticationType?: string;
        isAuthenticated?: boolean;
        claims?: unknown[];
      };
      turns.push({
        connector: context.turnState.get(adapter.ConnectorClientKey),
        userTokens: context.turnState.get(adapter.UserTokenClientKey),
      });
      if (context.activity.deliveryMode !== 'expectReplies') return;
      await context.sendActivity({
        text: 'seen',
        value: {
          callerId: context.activity.callerId ?? null,
          identity: { type: identity.authenticationType, authenticated: identity.isAuthenticated, claims: identity.claims },
          audience: context.turnState.get(adapter.OAuthScopeKey) ?? null,
          connector: typeof context.turnState.get(adapter.ConnectorClientKey),
          userTokens: typeof context.turnState.get(adapter.UserTokenClientKey),
          factory: typeof context.turnState.get(adapter.ConnectorFactoryKey),
          logic: typeof context.turnState.get('botCallbackHandler'),
          timestamp: context.activity.timestamp instanceof Date ? context.activity.timestamp.toISOString() : null,
        },
      });
    },
  };
}

function activity(overrides: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: `act-${Math.random().toString(36).slice(2)}`,
    channelId: 'directline',
    from: { id: 'user-1' },
    recipient: { id: 'bot' },
    conversation: { id: 'conv-1' },
    serviceUrl: 'http://127.0.0.1:9/',
    timestamp: '2026-11-26T10:00:00.000Z',
    text: 'hallo',
    deliveryMode: 'expectReplies',
    ...overrides,
  };
}

async function post(server: RunningServer, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as { activities?: { value?: unknown }[] } | string) : undefined };
}

async function serve(endpoint: MessageEndpoint, bot: ReturnType<typeof recordingBot>): Promise<RunningServer> {
  return startServer({ endpoint, bot, readiness: [], logger: silentLogger }, { port: 0, host: '127.0.0.1' });
}

/** Unsigned, well-formed, from an issuer no Bot Framework channel uses: refused before any key lookup. */
const FOREIGN_JWT = [
  Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'none' })).toString('base64url'),
  Buffer.from(JSON.stringify({ iss: 'https://issuer.invalid/', aud: '00000000-0000-0000-0000-000000000001', exp: 4102444800 })).toString(
    'base64url',
  ),
  'c2lnbmF0dXJl',
].join('.');

describe('LoopbaanAdapter with app credentials configured', () => {
  const bot = recordingBot();
  let server: RunningServer;
  beforeAll(async () => {
    const config = loadConfig({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: 'tenant',
    });
    server = await serve(createAdapter(config, silentLogger), bot);
  });
  afterAll(() => server.stop());
  beforeEach(() => void bot.turns.splice(0));

  const tokens: [string, Record<string, string>][] = [
    ['no token', {}],
    ['a bogus token', { authorization: 'Bearer not-a-token' }],
    ['a well-formed token from a foreign issuer', { authorization: `Bearer ${FOREIGN_JWT}` }],
  ];
  const modes: [string, Record<string, unknown>][] = [
    ['expectReplies', {}],
    ['normal delivery', { deliveryMode: undefined }],
  ];
  for (const [tokenName, headers] of tokens) {
    for (const [modeName, overrides] of modes) {
      it(`When a request with ${tokenName} and ${modeName} arrives, Then it gets 401 and the bot never runs`, async () => {
        const { status, body } = await post(server, activity(overrides), headers);
        expect(status).toBe(401);
        expect(typeof body === 'object' ? body.activities : undefined).toBeUndefined();
        expect(bot.turns).toHaveLength(0);
      });
    }
  }
});

describe('LoopbaanAdapter with authentication off', () => {
  const fast = recordingBot();
  const stock = recordingBot();
  let fastServer: RunningServer;
  let stockServer: RunningServer;
  beforeAll(async () => {
    fastServer = await serve(createAdapter(loadConfig({}), silentLogger), fast);
    stockServer = await serve(new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})), stock);
  });
  afterAll(async () => {
    await fastServer.stop();
    await stockServer.stop();
  });
  beforeEach(() => {
    fast.turns.splice(0);
    stock.turns.splice(0);
  });

  it('When an expectReplies request has no token, Then the bot sees exactly what the stock CloudAdapter gives it', async () => {
    const body = activity();
    const mine = await post(fastServer, body);
    const theirs = await post(stockServer, body);
    expect(mine.status).toBe(200);
    expect(theirs.status).toBe(200);
    const seen = (r: typeof mine) => (typeof r.body === 'object' ? r.body.activities?.map((a) => a.value) : undefined);
    expect(seen(mine)).toEqual(seen(theirs));
    expect(seen(mine)).toEqual([
      {
        callerId: null,
        identity: { type: 'anonymous', authenticated: true, claims: [] },
        audience: 'https://api.botframework.com',
        connector: 'object',
        userTokens: 'object',
        factory: 'object',
        logic: 'function',
        timestamp: '2026-11-26T10:00:00.000Z',
      },
    ]);
  });

  it('When several expectReplies turns arrive without a token, Then they share one connector client and one user-token client', async () => {
    await post(fastServer, activity());
    await post(fastServer, activity({ conversation: { id: 'conv-2' } }));
    expect(fast.turns).toHaveLength(2);
    expect(fast.turns[1].connector).toBe(fast.turns[0].connector);
    expect(fast.turns[1].userTokens).toBe(fast.turns[0].userTokens);
  });

  it('When callers name many different serviceUrls, Then only a few connector clients are kept and the oldest is rebuilt', async () => {
    const first = 'http://127.0.0.1:9/first/';
    await post(fastServer, activity({ serviceUrl: first }));
    for (let i = 0; i < 40; i++) await post(fastServer, activity({ serviceUrl: `http://127.0.0.1:9/other-${i}/` }));
    await post(fastServer, activity({ serviceUrl: first }));
    expect(fast.turns.at(-1)?.connector).not.toBe(fast.turns[0].connector);
  });

  const stockCases: [string, Record<string, unknown>, Record<string, string>][] = [
    ['it carries a bogus token', {}, { authorization: 'Bearer not-a-token' }],
    ['it carries an empty Authorization header', {}, { authorization: '' }],
    ['it asks for normal delivery', { deliveryMode: undefined }, {}],
  ];
  for (const [name, overrides, headers] of stockCases) {
    it(`When ${name}, Then the SDK's own path handles it (new service clients every turn), as the stock adapter does`, async () => {
      const a = await post(fastServer, activity(overrides), headers);
      const b = await post(fastServer, activity(overrides), headers);
      const c = await post(stockServer, activity(overrides), headers);
      expect([a.status, b.status]).toEqual([c.status, c.status]);
      expect(fast.turns).toHaveLength(2);
      expect(fast.turns[1].connector).not.toBe(fast.turns[0].connector);
      expect(fast.turns[1].userTokens).not.toBe(fast.turns[0].userTokens);
    });
  }
});
