import { ConnectionStatus, type Activity as DirectLineActivity } from 'botframework-directlinejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineService, DEFAULT_DIRECT_LINE_OPTIONS } from '../../../src/channels/directline/directLineService.js';
import { directLineRoutes } from '../../../src/channels/directline/routes.js';
import { composeTestBot } from '../../support/bot.js';
import { loadConfig } from '../../../src/config.js';
import { fixedDateClock } from '../../../src/domain/calendar.js';
import { silentLogger } from '../../../src/observability/logger.js';
import { startBot, type RunningBot } from '../../../src/runtime.js';
import { startServer, type RunningServer } from '../../../src/server.js';
import { call, client, newTicket, receive, texts } from './client.js';

/**
 * The built-in Direct Line v3 endpoint, driven by Microsoft's own client (botframework-directlinejs,
 * what Web Chat uses) with polling, and by plain HTTP calls. Streams: stream.test.ts.
 */
describe('built-in Direct Line with botframework-directlinejs', () => {
  let bot: RunningBot;
  let base: string;
  beforeAll(async () => {
    bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1' }), silentLogger, fixedDateClock('2026-11-26'));
    base = bot.server.url;
  });
  afterAll(() => bot.stop());

  it('When a client starts a conversation and posts a message, Then the greeting and the replies arrive by polling', async () => {
    const ticket = await newTicket(base);
    const dl = client(base, { token: ticket.token });
    const greeting = await receive(dl, (t) => t.includes('Waar kan ik je mee helpen?'));
    expect(texts(greeting)).toEqual([
      'Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.',
      'Waar kan ik je mee helpen?',
    ]);
    expect(dl.connectionStatus$.getValue()).toBe(ConnectionStatus.Online);

    const replies = receive(dl, (t) => t.includes('Was dit duidelijk?'));
    const id = await new Promise<string>((resolve, reject) =>
      dl
        .postActivity({
          type: 'message',
          from: { id: 'someone-else' },
          text: 'Wat is een loopbaancheque?',
          channelData: { clientActivityID: 'c-1' },
        } as DirectLineActivity)
        .subscribe({ next: resolve, error: reject }),
    );
    const received = await replies;
    expect(id).toBe(`${ticket.conversationId}|0000003`);
    const echo = received[0] as DirectLineActivity & { channelData?: { clientActivityID?: string }; from: { id: string; role?: string } };
    expect(echo.id).toBe(id);
    expect(echo.channelData?.clientActivityID).toBe('c-1');
    expect(echo.from.role).toBe('user');
    expect(echo.from.id).toMatch(/^user_/);
    expect(texts(received).at(-1)).toBe('Was dit duidelijk?');
    const botReply = received[1] as DirectLineActivity & { from: { role?: string }; replyToId?: string; conversation?: { id: string } };
    expect(botReply.from.role).toBe('bot');
    expect(botReply.replyToId).toBe(id);
    expect(botReply.conversation?.id).toBe(ticket.conversationId);
    dl.end();

    const later = await call(base, 'GET', `/conversations/${ticket.conversationId}/activities?watermark=3`, ticket.token);
    expect(later.status).toBe(200);
    const activities = later.body.activities as { id: string }[];
    expect(activities.map((a) => a.id)).toEqual(received.slice(1).map((a) => a.id));
    expect(later.body.watermark).toBe(String(2 + received.length));
    const none = await call(
      base,
      'GET',
      `/conversations/${ticket.conversationId}/activities?watermark=${String(later.body.watermark)}`,
      ticket.token,
    );
    expect(none.body).toEqual({ activities: [], watermark: later.body.watermark });
  });

  it('When a message that arrived late is sent again with the same clientActivityID, Then the answer is the same id and the bot does not answer twice', async () => {
    const ticket = await newTicket(base);
    await call(base, 'POST', '/conversations', ticket.token);
    const path = `/conversations/${ticket.conversationId}/activities`;
    const message = { type: 'message', text: 'Wat is een loopbaancheque?', channelData: { clientActivityID: 'c-late' } };
    // The resend leaves while the first is still being answered, and once more after.
    const [first, resent] = await Promise.all([
      call(base, 'POST', path, ticket.token, message),
      call(base, 'POST', path, ticket.token, message),
    ]);
    const again = await call(base, 'POST', path, ticket.token, message);
    expect([first.status, resent.status, again.status]).toEqual([200, 200, 200]);
    expect(resent.body.id).toBe(first.body.id);
    expect(again.body.id).toBe(first.body.id);
    const log = await call(base, 'GET', path, ticket.token);
    const activities = log.body.activities as { text?: string; from: { role: string } }[];
    expect(activities.filter((a) => a.from.role === 'user').map((a) => a.text)).toEqual(['Wat is een loopbaancheque?']);
    expect(activities.filter((a) => a.text === 'Was dit duidelijk?')).toHaveLength(1);
    // A new message (another id) with the same words is answered.
    const other = await call(base, 'POST', path, ticket.token, { ...message, channelData: { clientActivityID: 'c-other' } });
    expect(other.body.id).not.toBe(first.body.id);
    const after = await call(base, 'GET', path, ticket.token);
    expect((after.body.activities as { text?: string }[]).filter((a) => a.text === 'Was dit duidelijk?')).toHaveLength(2);
  });

  it('When "vergeet mij" is confirmed, Then the conversation kept for reloads holds nothing said before: only the confirmation, marked erased', async () => {
    const ticket = await newTicket(base);
    const dl = client(base, { token: ticket.token });
    await receive(dl, (t) => t.includes('Waar kan ik je mee helpen?'));
    const say = (text: string) =>
      new Promise<string>((resolve, reject) =>
        dl.postActivity({ type: 'message', from: { id: 'me' }, text } as DirectLineActivity).subscribe({ next: resolve, error: reject }),
      );
    // One subscription for the whole exchange: the question, then the confirmation.
    const done = receive(dl, (t) => t.includes('Klaar. Ik heb alles over jou gewist.'));
    await say('vergeet mij');
    await say('Ja, wis alles');
    await done;
    dl.end();

    const kept = await call(base, 'GET', `/conversations/${ticket.conversationId}/activities`, ticket.token);
    const activities = kept.body.activities as { text?: string; channelData?: { erased?: boolean } }[];
    expect(activities.map((a) => a.text)).toEqual(['Klaar. Ik heb alles over jou gewist.']);
    expect(activities[0]?.channelData?.erased).toBe(true);
  });

  it('When the token is refreshed, Then the new token continues the same conversation from its watermark', async () => {
    const ticket = await newTicket(base);
    const started = await call(base, 'POST', '/conversations', ticket.token, { locale: 'nl-BE' });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ conversationId: ticket.conversationId, token: ticket.token });
    expect(String(started.body.streamUrl)).toMatch(
      new RegExp(
        `^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${ticket.conversationId}/stream\\?t=[\\w-]+\\.[\\w-]+&watermark=$`,
      ),
    );
    expect(started.body.expires_in).toBeGreaterThanOrEqual(1799);
    const again = await call(base, 'POST', '/conversations', ticket.token);
    expect(again.status).toBe(200);

    const refreshed = await call(base, 'POST', '/tokens/refresh', ticket.token);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(ticket.conversationId);
    expect(refreshed.body.expires_in).toBe(1800);
    const token = String(refreshed.body.token);
    expect(token).not.toBe(ticket.token);

    const dl = client(base, { token, conversationId: ticket.conversationId });
    const replay = receive(dl, (t) => t.includes('Kan ik er een krijgen?') || t.includes('Waar kan ik je mee helpen?'));
    expect(texts(await replay)).toEqual([
      'Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.',
      'Waar kan ik je mee helpen?',
    ]);
    dl.end();
  });

  it('When a token is missing, malformed or tampered with, Then the answer is 401 or 403 and nothing is read', async () => {
    const ticket = await newTicket(base);
    await call(base, 'POST', '/conversations', ticket.token);
    const path = `/conversations/${ticket.conversationId}/activities`;
    expect((await call(base, 'GET', path)).status).toBe(401);
    expect((await call(base, 'GET', path, 'not-a-token')).status).toBe(403);
    const [payload = '', signature = ''] = ticket.token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp: number };
    const longer = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 86_400 })).toString('base64url');
    const tampered = await call(base, 'GET', path, `${longer}.${signature}`);
    expect(tampered.status).toBe(403);
    expect(tampered.body).toEqual({ error: { code: 'BadArgument', message: 'the token is not valid' } });
    expect((await call(base, 'POST', '/tokens/refresh', `${longer}.${signature}`)).status).toBe(403);
  });

  it("When a client uses another conversation's token, Then it can neither read nor write this conversation", async () => {
    const mine = await newTicket(base);
    const theirs = await newTicket(base);
    await call(base, 'POST', '/conversations', mine.token);
    await call(base, 'POST', '/conversations', theirs.token);
    const path = `/conversations/${mine.conversationId}`;
    const read = await call(base, 'GET', `${path}/activities`, theirs.token);
    expect(read.status).toBe(403);
    expect(read.body).toEqual({ error: { code: 'BadArgument', message: 'the token is not valid for this conversation' } });
    expect((await call(base, 'POST', `${path}/activities`, theirs.token, { type: 'message', text: 'hallo' })).status).toBe(403);
    expect((await call(base, 'GET', path, theirs.token)).status).toBe(403);
    const own = await call(base, 'GET', `${path}/activities`, mine.token);
    expect((own.body.activities as unknown[]).length).toBe(2);
  });

  it('When a client claims another channel, sender or conversation in its activity, Then the token decides them', async () => {
    const ticket = await newTicket(base);
    await call(base, 'POST', '/conversations', ticket.token);
    const posted = await call(base, 'POST', `/conversations/${ticket.conversationId}/activities`, ticket.token, {
      type: 'message',
      text: 'hallo',
      channelId: 'msteams',
      serviceUrl: 'http://attacker.invalid/',
      from: { id: 'staff-member', role: 'bot' },
      conversation: { id: 'someone-elses' },
    });
    expect(posted.status).toBe(200);
    const log = await call(base, 'GET', `/conversations/${ticket.conversationId}/activities?watermark=2`, ticket.token);
    const echo = (log.body.activities as Record<string, unknown>[])[0];
    expect(echo).toMatchObject({
      channelId: 'directline',
      conversation: { id: ticket.conversationId },
      from: { role: 'user' },
      text: 'hallo',
    });
    expect(echo?.serviceUrl).toBeUndefined();
    expect(String((echo?.from as { id: string }).id)).toMatch(/^user_/);
  });

  it('When a posted activity is not something the bot reads, Then the answer is 400 and the bot does not run', async () => {
    const ticket = await newTicket(base);
    await call(base, 'POST', '/conversations', ticket.token);
    const path = `/conversations/${ticket.conversationId}/activities`;
    const attachment = await call(base, 'POST', path, ticket.token, {
      type: 'message',
      text: 'kijk',
      attachments: [{ contentType: 'image/png' }],
    });
    expect(attachment.status).toBe(400);
    expect(attachment.body).toEqual({ error: { code: 'BadArgument', message: 'attachments: attachments are not supported' } });
    expect((await call(base, 'POST', path, ticket.token, { type: 'invoke', name: 'x' })).status).toBe(400);
    expect((await call(base, 'POST', path, ticket.token, { type: 'message', text: 'x'.repeat(2_001) })).status).toBe(400);
    expect((await call(base, 'POST', path, ticket.token, { type: 'message' })).status).toBe(400);
    expect((await call(base, 'GET', `${path}?watermark=abc`, ticket.token)).status).toBe(400);
    const log = await call(base, 'GET', path, ticket.token);
    expect(log.body.watermark).toBe('2');
    expect((await call(base, 'POST', `/conversations/${ticket.conversationId}/upload`, ticket.token)).status).toBe(501);
  });

  it('When the web chat page says it was closed or is back, Then the bot hears it, the log stays as it was, and other events are refused', async () => {
    const ticket = await newTicket(base);
    await call(base, 'POST', '/conversations', ticket.token);
    const path = `/conversations/${ticket.conversationId}/activities`;

    const left = await call(base, 'POST', path, ticket.token, { type: 'event', name: 'loopbaanbot/pageLeft' });
    const back = await call(base, 'POST', path, ticket.token, { type: 'event', name: 'loopbaanbot/pageBack' });

    expect([left.status, left.body]).toEqual([200, { id: `${ticket.conversationId}|event` }]);
    expect(back.status).toBe(200);
    expect((await call(base, 'GET', path, ticket.token)).body.watermark).toBe('2');
    expect((await call(base, 'POST', path, ticket.token, { type: 'event', name: 'webchat/join' })).status).toBe(400);
    expect((await call(base, 'POST', path, ticket.token, { type: 'event' })).status).toBe(400);
  });

  it('When one address starts too many conversations, Then the next one gets 429 with Retry-After', async () => {
    // Earlier tests in this file used some of the 10 per minute already; count up to the limit.
    let last = await call(base, 'POST', '/tokens/generate');
    for (let i = 0; i < 10 && last.status === 200; i += 1) last = await call(base, 'POST', '/tokens/generate');
    expect(last.status).toBe(429);
    expect(last.body).toEqual({ error: { code: 'TooManyRequests', message: 'too many new conversations from this address' } });
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('built-in Direct Line tokens and limits over time', () => {
  let now = Date.parse('2026-11-26T10:00:00Z');
  let server: RunningServer;
  let service: DirectLineService;
  beforeAll(async () => {
    const { app } = await composeTestBot();
    service = new DirectLineService(
      app,
      { ...DEFAULT_DIRECT_LINE_OPTIONS, tokenSecret: undefined, botId: 'bot', maxConversations: 2, maxActivitiesPerConversation: 3 },
      silentLogger,
      async (_context, error) => {
        throw error;
      },
      () => now,
    );
    server = await startServer(
      {
        endpoint: { process: () => Promise.reject(new Error('unused')) },
        bot: app,
        readiness: [],
        logger: silentLogger,
        routes: [directLineRoutes(service, silentLogger, 0).routes],
      },
      { port: 0, host: '127.0.0.1' },
    );
  });
  afterAll(() => server.stop());

  it('When a token is older than its 30 minutes, Then every call with it gets 403 TokenExpired, refresh too', async () => {
    const ticket = await newTicket(server.url);
    expect((await call(server.url, 'POST', '/conversations', ticket.token)).status).toBe(201);
    now += 30 * 60 * 1000;
    const expired = await call(server.url, 'GET', `/conversations/${ticket.conversationId}/activities`, ticket.token);
    expect(expired.status).toBe(403);
    expect(expired.body).toEqual({ error: { code: 'TokenExpired', message: 'the token is not valid' } });
    expect((await call(server.url, 'POST', '/tokens/refresh', ticket.token)).status).toBe(403);
  });

  it('When a token was signed by another server key, Then it is refused', async () => {
    const other = new DirectLineService(
      { run: async () => {} },
      { ...DEFAULT_DIRECT_LINE_OPTIONS, tokenSecret: undefined, botId: 'bot' },
      silentLogger,
      async () => {},
    );
    const foreign = other.generate('127.0.0.1');
    expect((await call(server.url, 'POST', '/conversations', foreign.token)).status).toBe(403);
  });

  it('When more conversations start than the cap, Then the least recently used one is forgotten (404)', async () => {
    const [a, b, c] = [await newTicket(server.url), await newTicket(server.url), await newTicket(server.url)];
    for (const t of [a, b]) await call(server.url, 'POST', '/conversations', t?.token);
    now += 1_000;
    await call(server.url, 'GET', `/conversations/${a?.conversationId}/activities`, a?.token);
    await call(server.url, 'POST', '/conversations', c?.token);
    expect((await call(server.url, 'GET', `/conversations/${b?.conversationId}/activities`, b?.token)).status).toBe(404);
    expect((await call(server.url, 'GET', `/conversations/${a?.conversationId}/activities`, a?.token)).status).toBe(200);
    expect((await call(server.url, 'GET', `/conversations/${c?.conversationId}/activities`, c?.token)).status).toBe(200);
  });

  it('When a conversation has more activities than the cap, Then only the newest stay, and the watermark keeps counting', async () => {
    const ticket = await newTicket(server.url);
    await call(server.url, 'POST', '/conversations', ticket.token);
    await call(server.url, 'POST', `/conversations/${ticket.conversationId}/activities`, ticket.token, { type: 'message', text: '1' });
    const log = await call(server.url, 'GET', `/conversations/${ticket.conversationId}/activities`, ticket.token);
    const ids = (log.body.activities as { id: string }[]).map((a) => a.id);
    const watermark = Number(log.body.watermark);
    expect(watermark).toBeGreaterThan(5);
    expect(ids).toEqual([watermark - 2, watermark - 1, watermark].map((n) => `${ticket.conversationId}|${String(n).padStart(7, '0')}`));
  });

  it('When a conversation is idle longer than an hour, Then it is gone (404)', async () => {
    const ticket = await newTicket(server.url);
    await call(server.url, 'POST', '/conversations', ticket.token);
    now += 61 * 60 * 1000;
    const refreshed = await call(server.url, 'POST', '/tokens/refresh', ticket.token);
    expect(refreshed.status).toBe(403);
    const fresh = service.tokens.issue(ticket.conversationId, 'user_x').token;
    expect((await call(server.url, 'GET', `/conversations/${ticket.conversationId}/activities`, fresh)).status).toBe(404);
  });
});

describe('built-in Direct Line with channel authentication on', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
        MicrosoftAppPassword: 'not-a-real-secret',
        MicrosoftAppTenantId: 'tenant',
      }),
      silentLogger,
      fixedDateClock('2026-11-26'),
    );
  });
  afterAll(() => bot.stop());

  it('When auth is on, Then /api/messages still refuses unsigned activities while web chat answers from the bot in-process', async () => {
    const unsigned = await fetch(`${bot.server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        channelId: 'directline',
        text: 'hallo',
        from: { id: 'u' },
        recipient: { id: 'b' },
        conversation: { id: 'c' },
        serviceUrl: 'http://127.0.0.1:9/',
      }),
    });
    expect(unsigned.status).toBe(401);
    const ticket = await newTicket(bot.server.url);
    await call(bot.server.url, 'POST', '/conversations', ticket.token);
    const log = await call(bot.server.url, 'GET', `/conversations/${ticket.conversationId}/activities`, ticket.token);
    const first = (log.body.activities as { text: string; from: { id: string } }[])[0];
    expect(first?.text).toBe('Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.');
    expect(first?.from.id).toBe('00000000-0000-0000-0000-000000000001');
  });
});
