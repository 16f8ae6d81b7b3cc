import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { fixedDateClock } from '../src/domain/calendar.js';
import { createLogger, silentLogger } from '../src/observability/logger.js';
import { startBot, type RunningBot } from '../src/runtime.js';
import { redisTest } from './support/redis.js';

/** A Direct Line-shaped activity as a plain HTTP client would post it. */
function activity(text: string, conversation = 'conv-1') {
  return {
    type: 'message',
    id: `act-${Math.random().toString(36).slice(2)}`,
    channelId: 'directline',
    from: { id: 'user-1', name: 'User' },
    recipient: { id: 'bot', name: 'Bot' },
    conversation: { id: conversation },
    serviceUrl: 'http://127.0.0.1:9/',
    locale: 'nl-BE',
    text,
    deliveryMode: 'expectReplies',
  };
}

async function post(bot: RunningBot, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${bot.server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text
      ? (JSON.parse(text) as { activities?: { text?: string; suggestedActions?: { actions: { title: string; value?: string }[] } }[] })
      : undefined,
  };
}

const start = (env: Record<string, string> = {}, logger = silentLogger) =>
  startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1', ...env }), logger, fixedDateClock('2026-11-26'));

describe('server without configuration (memory state, no channel auth)', () => {
  let bot: RunningBot;
  const logLines: string[] = [];
  beforeAll(async () => {
    bot = await start(
      {},
      createLogger('warn', (line) => logLines.push(line)),
    );
  });
  afterAll(() => bot.stop());

  it('When it starts without MicrosoftAppId and DATA_HASH_SALT, Then it warns exactly once about each', () => {
    const warnings = logLines.map((l) => JSON.parse(l) as { level: string; msg: string }).filter((l) => l.level === 'warn');
    expect(warnings.map((w) => w.msg)).toEqual([
      'DATA_HASH_SALT is not set: keys that name a person use a random salt, so conversations start over after a restart and instances disagree',
      'channel authentication is OFF (MicrosoftAppId is not set): use this only on your own machine',
    ]);
  });

  it('When a client posts a message with expectReplies, Then the replies come back in the response body', async () => {
    const { status, body } = await post(bot, activity('hallo'));
    expect(status).toBe(200);
    expect(body?.activities?.map((a) => a.text)).toEqual([
      'Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.',
      'Waar kan ik je mee helpen?',
    ]);
    // Shown numbered; a tap sends the answer's own words.
    expect(body?.activities?.[1]?.suggestedActions?.actions.map((a) => [a.title, a.value])).toEqual([
      ['1. Wat is een loopbaancheque?', 'Wat is een loopbaancheque?'],
      ['2. Kan ik er een krijgen?', 'Kan ik er een krijgen?'],
      ['3. Afspraak maken', 'Afspraak maken'],
      ['4. Meer', 'Meer'],
    ]);
  });

  it('When the same conversation continues, Then the bot remembers where it was', async () => {
    await post(bot, activity('hallo', 'conv-2'));
    const { body } = await post(bot, activity('1', 'conv-2'));
    expect(body?.activities?.at(-1)?.text).toBe('Was dit duidelijk?');
    expect(body?.activities).toHaveLength(3);
  });

  it('When the body is not JSON, Then the answer is 400 and the bot does not run', async () => {
    expect((await post(bot, '{not json')).status).toBe(400);
  });

  it('When the body is JSON but not an activity, Then the answer is 400 naming what is missing', async () => {
    const response = await post(bot, { type: 'message', text: 'hallo' });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: 'not a valid activity',
      problems: [
        'channelId: Invalid input: expected string, received undefined',
        'conversation: Invalid input: expected object, received undefined',
        'from: Invalid input: expected object, received undefined',
        'recipient: Invalid input: expected object, received undefined',
      ],
    });
  });

  it('When malformed fields arrive mid-conversation, Then each gets 400 and the conversation goes on where it was', async () => {
    await post(bot, activity('hallo', 'conv-bad'));
    for (const change of [
      { entities: 'x' },
      { membersAdded: [null], type: 'conversationUpdate' },
      { entities: [{ type: 'mention' }] },
      { text: { nested: true } },
    ]) {
      const response = await post(bot, { ...activity('1', 'conv-bad'), ...change });
      expect(response.status, JSON.stringify(change)).toBe(400);
    }
    const { body } = await post(bot, activity('1', 'conv-bad'));
    expect(body?.activities?.at(-1)?.text).toBe('Was dit duidelijk?');
  });

  it('When the text is a quarter megabyte, Then it is answered like any message (only the first 2,000 characters are read)', async () => {
    const { status, body } = await post(bot, activity(`hallo ${'blabla '.repeat(36_000)}`, 'conv-long'));
    expect(status).toBe(200);
    expect(body?.activities?.length).toBeGreaterThan(0);
  });

  it('When restify refuses a body itself (not JSON), Then the reply quotes nothing of it', async () => {
    const response = await fetch(`${bot.server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"secret typed text',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('secret');
  });

  it('When /healthz is asked, Then it answers 200 while the process runs', async () => {
    const response = await fetch(`${bot.server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('When /readyz is asked with memory state, Then it is ready: there is nothing to wait for', async () => {
    const response = await fetch(`${bot.server.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', checks: {} });
  });
});

describe('server with channel authentication on', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await start({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: 'tenant',
    });
  });
  afterAll(() => bot.stop());

  it('When a request has no channel token, Then it gets 401 and no reply', async () => {
    const { status, body } = await post(bot, activity('hallo'));
    expect(status).toBe(401);
    expect(body?.activities).toBeUndefined();
  });
});

const redis = redisTest();

describe.skipIf(!redis.available)('server with Redis state', () => {
  afterAll(() => redis.cleanup());

  it('When Redis answers, Then /readyz is 200 and conversations are stored under the prefix', async () => {
    const url = redis.client().options;
    const bot = await start({
      REDIS_URL: `redis://${url.host}:${url.port}/${url.db ?? 0}`,
      REDIS_KEY_PREFIX: redis.prefix,
    });
    try {
      const response = await fetch(`${bot.server.url}/readyz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ready', checks: { redis: 'ok' } });
      await post(bot, activity('hallo', 'conv-redis'));
      const keys = await redis.client().keys(`${redis.prefix}*`);
      expect(keys.some((k) => k.includes('conversations/conv-redis'))).toBe(true);
      const ttl = await redis.client().ttl(keys.find((k) => k.includes('conversations/conv-redis')) ?? '');
      expect(ttl).toBeGreaterThan(29 * 86_400);
    } finally {
      await bot.stop();
    }
  });

  it('When Redis does not answer, Then /readyz is 503 while /healthz stays 200', async () => {
    const bot = await start({ REDIS_URL: 'redis://127.0.0.1:1/0' });
    try {
      const ready = await fetch(`${bot.server.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'not ready', checks: { redis: 'failing' } });
      expect((await fetch(`${bot.server.url}/healthz`)).status).toBe(200);
    } finally {
      await bot.stop();
    }
  });
});
