import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { fixedDateClock } from '../../../src/domain/calendar.js';
import { createLogger } from '../../../src/observability/logger.js';
import { startBot, type RunningBot } from '../../../src/runtime.js';
import { Chat } from '../../support/converse.js';
import { listMessage } from '../../support/whatsapp.js';
import { FakeGraph } from './fakeGraph.js';

const APP_SECRET = 'test-app-secret';
const VERIFY_TOKEN = 'test-verify-token';
const TOKEN = 'test-access-token';
const PHONE_NUMBER_ID = '106540352242922';
const USER = '32470000001';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/whatsapp/${name}`, import.meta.url), 'utf8');
const sign = (body: string, secret = APP_SECRET): string =>
  `sha256=${createHmac('sha256', secret).update(Buffer.from(body, 'utf8')).digest('hex')}`;
const addressed = { messaging_product: 'whatsapp', recipient_type: 'individual', to: USER };
const text = (body: string) => ({ ...addressed, type: 'text', text: { body, preview_url: false } });

/** The words of a sent text or interactive message. */
const bodyText = (body: unknown): string | undefined => {
  const b = body as { text?: { body: string }; interactive?: { body: { text: string } } };
  return b.text?.body ?? b.interactive?.body.text;
};

let graph: FakeGraph;
let bot: RunningBot;
let stopped: boolean;
let logLines: string[];

beforeEach(async () => {
  graph = await FakeGraph.start();
  logLines = [];
  stopped = false;
  bot = await startBot(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      WHATSAPP_API_URL: `${graph.url}/v21.0`,
      WHATSAPP_TOKEN: TOKEN,
      WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
      WHATSAPP_APP_SECRET: APP_SECRET,
      WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
    }),
    createLogger('debug', (line) => logLines.push(line)),
    fixedDateClock('2026-11-26'), // 11:00Z, ten seconds after the fixtures' timestamp
  );
});

afterEach(async () => {
  if (!stopped) await bot.stop();
  await graph.stop();
});

/** Stops the bot, which waits until every accepted delivery has been handled. */
async function settle(): Promise<void> {
  stopped = true;
  await bot.stop();
}

/** Posts `body` signed with the app secret, with another signature, or (null) without one. */
function post(body: string, signature: string | null = sign(body)) {
  return fetch(`${bot.server.url}/api/whatsapp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature !== null && { 'x-hub-signature-256': signature }) },
    body,
  });
}

describe('GET /api/whatsapp (Meta verification handshake)', () => {
  const verify = (query: string) => fetch(`${bot.server.url}/api/whatsapp?${query}`);

  it('When mode is subscribe and the verify token matches, Then it answers 200 with the raw challenge', async () => {
    const response = await verify(`hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('1158201444');
  });

  it('When the verify token is wrong or missing, or the mode is not subscribe, Then it answers 403', async () => {
    for (const query of [
      'hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1',
      'hub.mode=subscribe&hub.challenge=1',
      `hub.mode=unsubscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1`,
    ]) {
      expect((await verify(query)).status, query).toBe(403);
    }
  });
});

describe('POST /api/whatsapp: signature and envelope', () => {
  it('When the signature header is missing, Then it answers 401 and nothing is handled', async () => {
    expect((await post(fixture('text-hallo.json'), null)).status).toBe(401);
    await settle();
    expect(graph.requests).toEqual([]);
  });

  it('When the body is signed with another secret or changed after signing, Then it answers 401', async () => {
    const body = fixture('text-hallo.json');
    expect((await post(body, sign(body, 'another-secret'))).status).toBe(401);
    expect((await post(body.replace('hallo', 'hallO'), sign(body))).status).toBe(401);
    expect((await post(body, 'sha256=zz')).status).toBe(401);
    await settle();
    expect(graph.requests).toEqual([]);
  });

  it('When an unsigned body is not even JSON, Then it answers 401, not 400: nothing is parsed before the signature', async () => {
    expect((await post('{not json', null)).status).toBe(401);
  });

  it('When a signed body is not JSON or not a WhatsApp delivery, Then it answers 400', async () => {
    for (const body of ['{not json', '{"object":"page","entry":[]}', '{"object":"whatsapp_business_account"}']) {
      expect((await post(body)).status, body).toBe(400);
    }
  });

  it('When the signed JSON escapes its unicode (as Meta does), Then the signature still matches the raw bytes', async () => {
    const body = fixture('list-reply.json');
    expect(body).toContain('\\u2026');
    expect((await post(body)).status).toBe(200);
  });
});

describe('POST /api/whatsapp: messages', () => {
  it('When a user says "hallo", Then Graph receives the greeting and the menu as a list, with the bearer token', async () => {
    expect((await post(fixture('text-hallo.json'))).status).toBe(200);
    await graph.received(2);
    await settle();

    expect(graph.requests.map((r) => [r.method, r.path, r.authorization, r.contentType])).toEqual([
      ['POST', `/v21.0/${PHONE_NUMBER_ID}/messages`, `Bearer ${TOKEN}`, 'application/json'],
      ['POST', `/v21.0/${PHONE_NUMBER_ID}/messages`, `Bearer ${TOKEN}`, 'application/json'],
    ]);
    expect(graph.bodies()).toStrictEqual([
      text('Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.'),
      listMessage(USER, 'Waar kan ik je mee helpen?', [
        { id: '1:Wat is een loopbaancheque?', title: '1. Wat is een loopbaanc…', description: 'Wat is een loopbaancheque?' },
        { id: '2:Kan ik er een krijgen?', title: '2. Kan ik er een krijgen', description: 'Kan ik er een krijgen?' },
        { id: '3:Afspraak maken', title: '3. Afspraak maken' },
        { id: '4:Meer', title: '4. Meer' },
      ]),
    ]);
  });

  it('When the user then picks a shortened list row, Then the bot answers exactly as Web Chat does to a tap on that button', async () => {
    await post(fixture('text-hallo.json'));
    await graph.received(2);
    await post(fixture('list-reply.json'));
    const webChat = await Chat.start({ locale: 'nl-BE' });
    await webChat.says('hallo');
    const expected = await webChat.says('Wat is een loopbaancheque?');
    await graph.received(2 + expected.length);
    await settle();

    expect(graph.requests.slice(2).map((r) => bodyText(r.body))).toEqual(expected.map((m) => m.text));
    expect(expected[0]?.text).not.toMatch(/^Sorry/);
  });

  it('When a user taps a reply button, Then its title reaches the dialogs as what they said, as in Web Chat', async () => {
    await post(fixture('text-hallo.json'));
    await graph.received(2);
    await post(fixture('button-reply.json'));
    const webChat = await Chat.start({ locale: 'nl-BE' });
    await webChat.says('hallo');
    const expected = await webChat.says('Ja');
    await graph.received(2 + expected.length);
    await settle();
    expect(graph.requests.slice(2).map((r) => bodyText(r.body))).toEqual(expected.map((m) => m.text));
  });

  it('When Meta delivers the same message id again, Then it is answered once', async () => {
    const body = fixture('text-hallo.json');
    expect((await post(body)).status).toBe(200);
    await graph.received(2);
    expect((await post(body)).status).toBe(200);
    await settle();
    expect(graph.requests).toHaveLength(2);
  });

  it('When a user sends a voice note, Then they hear kindly what the bot can read, and the free number', async () => {
    expect((await post(fixture('audio-voice.json'))).status).toBe(200);
    await settle();
    expect(graph.bodies()).toStrictEqual([
      text(
        'Ik kan nog geen spraakberichten beluisteren. Ik lees tekst en het tikken op knoppen. Typ dus je vraag. Of bel gratis 0800 30 700.',
      ),
    ]);
  });

  it('When a user sends a photo, Then they get the same kind of answer for photos and files', async () => {
    expect((await post(fixture('image.json'))).status).toBe(200);
    await settle();
    expect(graph.bodies()).toStrictEqual([
      text(
        "Foto's, bestanden en locaties kan ik niet lezen. Ik lees tekst en het tikken op knoppen. Typ dus je vraag. Of bel gratis 0800 30 700.",
      ),
    ]);
  });

  it('When a user reacts with 👍 to a bot message, Then it is accepted with 200 and the bot stays quiet', async () => {
    expect((await post(fixture('reaction.json'))).status).toBe(200);
    // A sticker or photo still gets its kind answer: only the reaction is silent.
    expect((await post(fixture('image.json'))).status).toBe(200);
    await settle();
    expect(graph.bodies().map(bodyText)).toEqual([expect.stringMatching(/^Foto's, bestanden en locaties kan ik niet lezen\./)]);
  });

  it('When a delivery status arrives, Then it is accepted with 200 and nothing is sent', async () => {
    expect((await post(fixture('status-delivered.json'))).status).toBe(200);
    await settle();
    expect(graph.requests).toEqual([]);
  });

  it('When messages are handled, Then the logs hold neither the phone number nor what the user wrote', async () => {
    await post(fixture('text-hallo.json'));
    await post(fixture('image.json'));
    await graph.received(3);
    await settle();
    const logs = logLines.join('\n');
    expect(logs).toContain('whatsapp message');
    for (const secret of [USER, 'hallo', 'mijn cv', 'Testgebruiker', TOKEN, APP_SECRET]) expect(logs).not.toContain(secret);
  });
});
