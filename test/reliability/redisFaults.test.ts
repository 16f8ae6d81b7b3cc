import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { fixedDateClock } from '../../src/domain/calendar.js';
import { createLogger, silentLogger } from '../../src/observability/logger.js';
import { startBot, type RunningBot } from '../../src/runtime.js';
import { FakeGraph } from '../channels/whatsapp/fakeGraph.js';
import { expectRepliesMessage } from '../support/expectReplies.js';

const APP_SECRET = 'fault-test-app-secret';
const APOLOGY = 'Sorry, er ging bij mij iets mis. Probeer het nog eens. Of bel gratis 0800 30 700.';
/** The same apology in web chat, where the number is a link one can tap. */
const APOLOGY_WEB = APOLOGY.replace('0800 30 700', '[0800 30 700](tel:080030700)');

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A Redis of this test's own, so it can be stopped, frozen and started again. */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  await once(child, 'spawn');
  return child;
}

async function until(probe: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let port: number;
let redis: ChildProcess;
let graph: FakeGraph;
let bot: RunningBot;

beforeAll(async () => {
  port = await freePort();
  redis = await startRedis(port);
  graph = await FakeGraph.start();
  bot = await startBot(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      REDIS_URL: `redis://127.0.0.1:${port}/0`,
      WHATSAPP_API_URL: `${graph.url}/v21.0`,
      WHATSAPP_TOKEN: 'token',
      WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
      WHATSAPP_APP_SECRET: APP_SECRET,
      WHATSAPP_VERIFY_TOKEN: 'verify',
    }),
    process.env.DEBUG_FAULTS ? createLogger('debug') : silentLogger,
    fixedDateClock('2026-11-26'),
  );
}, 20_000);

afterAll(async () => {
  await bot.stop(1_000);
  await graph.stop();
  redis.kill('SIGKILL');
});

/** Posts one message to /api/messages; returns the status, the reply texts and how long it took. */
async function say(text: string) {
  const started = Date.now();
  const response = await fetch(`${bot.server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(expectRepliesMessage('conv-faults', text)),
  });
  const body = (await response.json()) as { activities?: { text?: string }[] };
  return { status: response.status, texts: (body.activities ?? []).map((a) => a.text), ms: Date.now() - started };
}

const ready = async () => (await fetch(`${bot.server.url}/readyz`)).status;

/** The WhatsApp "hallo" fixture with a message id of its own, signed. */
function whatsApp(messageId: string) {
  const body = readFileSync(new URL('../channels/fixtures/whatsapp/text-hallo.json', import.meta.url), 'utf8').replace(
    'wamid.TEXT1',
    messageId,
  );
  const signature = `sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}`;
  return fetch(`${bot.server.url}/api/whatsapp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
    body,
  });
}

const graphTexts = () => graph.bodies().map((b) => (b as { text?: { body: string } }).text?.body);

describe('Redis goes away, freezes and comes back', () => {
  it('When Redis answers, Then the bot answers normally', async () => {
    expect((await say('hallo')).texts[0]).toMatch(/^Hallo!/);
    expect(await ready()).toBe(200);
  });

  it('When Redis is stopped, Then a message gets the apology with the free number within seconds, and /readyz says 503', async () => {
    redis.kill('SIGKILL');
    await once(redis, 'exit');
    const answer = await say('1');
    expect(answer).toMatchObject({ status: 200, texts: [APOLOGY_WEB] });
    expect(answer.ms).toBeLessThan(5_000);
    expect(await ready()).toBe(503);
  });

  it('When a signed WhatsApp message arrives while Redis is away, Then it is not acknowledged (503, Meta retries) and the user gets one apology', async () => {
    const first = await whatsApp('wamid.OUTAGE');
    const retry = await whatsApp('wamid.OUTAGE');
    expect([first.status, retry.status]).toStrictEqual([503, 503]);
    expect(graphTexts()).toStrictEqual([APOLOGY]);
  });

  it('When Redis comes back, Then the bot recovers without a restart and Meta’s retry is answered', async () => {
    redis = await startRedis(port);
    await until(async () => (await ready()) === 200, 10_000);
    expect((await say('hallo')).texts[0]).toMatch(/^Hallo!/);
    expect((await whatsApp('wamid.OUTAGE')).status).toBe(200);
    expect(graphTexts()[1]).toMatch(/^Hallo!/);
  });

  it('When Redis is frozen (SIGSTOP), Then requests do not hang: apology within seconds, /readyz 503; after SIGCONT all is well', async () => {
    redis.kill('SIGSTOP');
    try {
      const answer = await say('1');
      expect(answer).toMatchObject({ status: 200, texts: [APOLOGY_WEB] });
      expect(answer.ms).toBeLessThan(5_000);
      expect(await ready()).toBe(503);
    } finally {
      redis.kill('SIGCONT');
    }
    await until(async () => (await ready()) === 200, 10_000);
    // A lease taken just before the freeze may still run out; the conversation goes on after it.
    await until(async () => (await say('hallo')).texts[0]?.startsWith('Hallo!') === true, 15_000);
  });
});
