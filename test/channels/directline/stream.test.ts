import { TurnContext, type Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { fixedDateClock } from '../../../src/domain/calendar.js';
import { silentLogger } from '../../../src/observability/logger.js';
import { startBot, type RunningBot } from '../../../src/runtime.js';
import { ajaxCalls, call, client, installWebSocket, newTicket, openStream, post, refusedWith, watch } from './client.js';

const GREETING = ['Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.', 'Waar kan ik je mee helpen?'];

/** Starts a conversation over HTTP and gives its streamUrl. */
async function started(base: string): Promise<{ conversationId: string; token: string; streamUrl: string }> {
  const ticket = await newTicket(base);
  const start = await call(base, 'POST', '/conversations', ticket.token);
  expect(start.status).toBe(201);
  return { conversationId: ticket.conversationId, token: ticket.token, streamUrl: String(start.body.streamUrl) };
}

/**
 * The built-in Direct Line's WebSocket stream (`streamUrl`), with Microsoft's client and with a
 * raw WebSocket: replies arrive without polling, a reconnect replays the history, and the bot can
 * write into an open conversation on its own.
 */
describe('built-in Direct Line streams', () => {
  let bot: RunningBot;
  let base: string;
  let uninstall: () => void;
  beforeAll(async () => {
    uninstall = installWebSocket();
    bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1' }), silentLogger, fixedDateClock('2026-11-26'));
    base = bot.server.url;
  });
  afterAll(async () => {
    await bot.stop();
    uninstall();
  });

  it('When directlinejs connects with webSocket on, Then the greeting and the replies come over the stream and nothing polls', async () => {
    const ticket = await newTicket(base);
    ajaxCalls.length = 0;
    const dl = client(base, { token: ticket.token, webSocket: true });
    const seen = watch(dl);
    expect(await seen.until((t) => t.length === 2)).toEqual(GREETING);
    await post(dl, 'Wat is een loopbaancheque?', 'c-1');
    await seen.until((t) => t.includes('Was dit duidelijk?'));
    const echo = seen.activities()[2] as { text?: string; channelData?: { clientActivityID?: string } };
    expect(echo.text).toBe('Wat is een loopbaancheque?');
    expect(echo.channelData?.clientActivityID).toBe('c-1');
    seen.stop();
    dl.end();
    expect(ajaxCalls).toEqual([
      'POST /v3/directline/conversations',
      `POST /v3/directline/conversations/${ticket.conversationId}/activities`,
    ]);
  });

  it('When the page reloads and reconnects with the conversation id, Then the whole history comes back and a typed answer is understood', async () => {
    const ticket = await newTicket(base);
    const first = client(base, { token: ticket.token, webSocket: true });
    const before = watch(first);
    await before.until((t) => t.length === 2);
    await post(first, 'Wat is een loopbaancheque?');
    const history = await before.until((t) => t.includes('Was dit duidelijk?'));
    before.stop();
    first.end();

    ajaxCalls.length = 0;
    const again = client(base, { token: ticket.token, conversationId: ticket.conversationId, webSocket: true });
    const after = watch(again);
    expect(await after.until((t) => t.length === history.length)).toEqual(history);
    expect(ajaxCalls).toEqual([`GET /v3/directline/conversations/${ticket.conversationId}`]);
    await post(again, 'ja');
    const answered = await after.until((t) => t.includes('Kan ik je nog ergens mee helpen?'));
    expect(answered.slice(history.length)).toEqual(['ja', 'Fijn!', 'Kan ik je nog ergens mee helpen?']);
    after.stop();
    again.end();
  });

  it('When a client reconnects with a watermark, Then its new stream starts after that watermark', async () => {
    const { conversationId, token } = await started(base);
    const reconnect = await call(base, 'GET', `/conversations/${conversationId}?watermark=1`, token);
    expect(reconnect.status).toBe(200);
    expect(reconnect.body.conversationId).toBe(conversationId);
    expect(String(reconnect.body.streamUrl)).toMatch(/&watermark=1$/);
    const stream = await openStream(String(reconnect.body.streamUrl));
    expect(await stream.until((t) => t.length >= 1)).toEqual([GREETING[1]]);
    expect(stream.frames[0]?.watermark).toBe('2');
    await call(base, 'POST', `/conversations/${conversationId}/activities`, token, { type: 'message', text: 'Wat is een loopbaancheque?' });
    await stream.until((t) => t.includes('Was dit duidelijk?'));
    expect(stream.frames.at(-1)?.watermark).toBe(String(2 + stream.texts().length - 1));
    await stream.close();
  });

  it('When two tabs hold the same conversation, Then a message posted in one reaches both streams', async () => {
    const { conversationId, token, streamUrl } = await started(base);
    const one = await openStream(streamUrl);
    const again = await call(base, 'GET', `/conversations/${conversationId}?watermark=2`, token);
    const two = await openStream(String(again.body.streamUrl));
    await call(base, 'POST', `/conversations/${conversationId}/activities`, token, { type: 'message', text: 'Met iemand praten' });
    for (const stream of [one, two])
      expect((await stream.until((t) => t.includes('Wil je nu chatten of wil je dat we je bellen?'))).at(-1)).toBe(
        'Wil je nu chatten of wil je dat we je bellen?',
      );
    expect(two.texts()[0]).toBe('Met iemand praten');
    await Promise.all([one.close(), two.close()]);
  });

  it('When the bot writes on its own into an open conversation, Then the stream gets it and the log keeps it', async () => {
    const { conversationId, token, streamUrl } = await started(base);
    const stream = await openStream(streamUrl);
    await stream.until((t) => t.length === 2);
    const log = await call(base, 'GET', `/conversations/${conversationId}/activities`, token);
    const greeting = (log.body.activities as Partial<Activity>[])[0] as Partial<Activity>;
    // What a booking or a handover stores: the reference of an activity the user received.
    const reference = TurnContext.getConversationReference({
      ...greeting,
      from: greeting.recipient,
      recipient: greeting.from,
    } as Partial<Activity>);
    await bot.continueConversation(reference, async (context) => {
      await context.sendActivity({ type: 'message', text: 'Een medewerker schrijft je zo.' });
    });
    await stream.until((t) => t.includes('Een medewerker schrijft je zo.'));
    const proactive = stream.frames.at(-1)?.activities[0];
    expect(proactive).toMatchObject({ text: 'Een medewerker schrijft je zo.', from: { role: 'bot' }, id: `${conversationId}|0000003` });
    const after = await call(base, 'GET', `/conversations/${conversationId}/activities?watermark=2`, token);
    expect((after.body.activities as { text: string }[]).map((a) => a.text)).toEqual(['Een medewerker schrijft je zo.']);
    await stream.close();

    const gone = { ...reference, conversation: { ...reference.conversation, id: 'local-expired' } } as typeof reference;
    await expect(bot.continueConversation(gone, async (context) => void (await context.sendActivity('x')))).rejects.toThrow(/gone/);
  });

  it('When a stream is opened without a valid stream token for that conversation, Then the handshake is refused', async () => {
    const mine = await started(base);
    const theirs = await started(base);
    const url = new URL(mine.streamUrl);
    const withToken = (t: string) => `${url.origin}${url.pathname}?t=${t}&watermark=`;
    expect(await refusedWith(withToken(''))).toBe(403);
    expect(await refusedWith(withToken(mine.token))).toBe(403);
    expect(await refusedWith(withToken(new URL(theirs.streamUrl).searchParams.get('t') ?? ''))).toBe(403);
    expect(await refusedWith(`${url.origin}/v3/directline/conversations/${mine.conversationId}/other`)).toBe(404);
    const streamToken = url.searchParams.get('t') ?? '';
    expect((await call(base, 'GET', `/conversations/${mine.conversationId}/activities`, streamToken)).status).toBe(403);
  });
});
