import { TurnContext, type Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { fixedDateClock } from '../../../src/domain/calendar.js';
import { createLogger, silentLogger } from '../../../src/observability/logger.js';
import { startBot, type RunningBot } from '../../../src/runtime.js';
import { redisTest } from '../../support/redis.js';
import { call, newTicket, openStream } from './client.js';

const redis = redisTest();

/**
 * Two instances of the bot behind one load balancer, sharing one Redis: a web chat conversation
 * must not care which instance a request lands on.
 */
describe.skipIf(!redis.available)('built-in Direct Line on two instances sharing Redis', () => {
  let a: RunningBot;
  let b: RunningBot;
  beforeAll(async () => {
    const env = {
      PORT: '0',
      HOST: '127.0.0.1',
      REDIS_URL: inject('redisUrl') ?? '',
      REDIS_KEY_PREFIX: redis.prefix,
      DIRECTLINE_TOKEN_SECRET: 'one-key-that-every-instance-shares-0123456789',
    };
    [a, b] = await Promise.all(
      [0, 1].map(() =>
        startBot(loadConfig(env), process.env.DEBUG_DL ? createLogger('debug') : silentLogger, fixedDateClock('2026-11-26')),
      ),
    );
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis.cleanup();
  });

  it('When a conversation starts on A and the user posts on B, Then the stream open on A gets the reply, and a reconnect on B shows the history', async () => {
    const ticket = await newTicket(a.server.url);
    const start = await call(a.server.url, 'POST', '/conversations', ticket.token, { locale: 'nl-BE' });
    expect(start.status).toBe(201);
    const onA = await openStream(String(start.body.streamUrl));
    await onA.until((t) => t.length === 2);

    const posted = await call(b.server.url, 'POST', `/conversations/${ticket.conversationId}/activities`, ticket.token, {
      type: 'message',
      text: 'Wat is een loopbaancheque?',
    });
    expect(posted.status).toBe(200);
    const live = await onA.until((t) => t.includes('Was dit duidelijk?'));
    expect(live.slice(0, 3)).toEqual([
      'Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.',
      'Waar kan ik je mee helpen?',
      'Wat is een loopbaancheque?',
    ]);

    const reconnect = await call(b.server.url, 'GET', `/conversations/${ticket.conversationId}?watermark=`, ticket.token);
    expect(reconnect.status).toBe(200);
    expect(String(reconnect.body.streamUrl)).toContain(new URL(b.server.url).host);
    const onB = await openStream(String(reconnect.body.streamUrl));
    expect(await onB.until((t) => t.length === live.length)).toEqual(live);

    // A typed answer on A continues the dialog B ran: the bot's state is shared too.
    await call(a.server.url, 'POST', `/conversations/${ticket.conversationId}/activities`, String(reconnect.body.token), {
      type: 'message',
      text: 'ja',
    });
    const answered = await onB.until((t) => t.includes('Kan ik je nog ergens mee helpen?'));
    expect(answered.slice(live.length)).toEqual(['ja', 'Fijn!', 'Kan ik je nog ergens mee helpen?']);

    // The bot writes on its own through B; the user's stream on A gets it.
    const greeting = onA.frames[0]?.activities[0] as Partial<Activity>;
    const reference = TurnContext.getConversationReference({
      ...greeting,
      from: greeting.recipient,
      recipient: greeting.from,
    } as Partial<Activity>);
    await b.continueConversation(reference, async (context) => void (await context.sendActivity('Een medewerker schrijft je zo.')));
    await onA.until((t) => t.includes('Een medewerker schrijft je zo.'));
    await Promise.all([onA.close(), onB.close()]);

    const keys = await redis.client().keys(`${redis.prefix}directline:*`);
    expect(keys.sort()).toEqual(['conv', 'log', 'seq'].map((kind) => `${redis.prefix}directline:${kind}:${ticket.conversationId}`));
    for (const key of keys) expect(await redis.client().pttl(key), key).toBeGreaterThan(0);
  });
});
