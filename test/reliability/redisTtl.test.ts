import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { fixedDateClock } from '../../src/domain/calendar.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startBot } from '../../src/runtime.js';
import { FakeGraph } from '../channels/whatsapp/fakeGraph.js';
import { redisTest } from '../support/redis.js';

const redis = redisTest();
const APP_SECRET = 'ttl-test-app-secret';
const WA_USER = '32470000001';

describe.skipIf(!redis.available)('every Redis key expires', () => {
  afterAll(() => redis.cleanup());

  it('When a full booking, a clarity answer and a WhatsApp exchange have run, Then no key under the prefix lacks a TTL or names the phone number', async () => {
    const graph = await FakeGraph.start();
    const bot = await startBot(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        ...redis.botEnv(),
        DATA_HASH_SALT: 'ttl-test-salt-that-is-at-least-32-characters',
        WHATSAPP_API_URL: `${graph.url}/v21.0`,
        WHATSAPP_TOKEN: 'token',
        WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
        WHATSAPP_APP_SECRET: APP_SECRET,
        WHATSAPP_VERIFY_TOKEN: 'verify',
        // A centre webhook that never answers: the notification waits in the outbox.
        BOOKING_WEBHOOK_URL: 'http://127.0.0.1:1/hook',
        BOOKING_WEBHOOK_SECRET: 'webhook-secret-0123456789',
      }),
      silentLogger,
      fixedDateClock('2026-11-26'),
    );
    const say = async (conversation: string, text: string): Promise<string[]> => {
      const response = await fetch(`${bot.server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          channelId: 'msteams',
          from: { id: `user-${conversation}` },
          recipient: { id: 'bot' },
          conversation: { id: conversation, conversationType: 'personal' },
          serviceUrl: 'http://127.0.0.1:9/',
          locale: 'nl-BE',
          text,
          deliveryMode: 'expectReplies',
        }),
      });
      const body = (await response.json()) as { activities: { text?: string }[] };
      return body.activities.map((a) => a.text ?? '');
    };
    const whatsApp = async (fixture: string) => {
      const body = readFileSync(new URL(`../channels/fixtures/whatsapp/${fixture}`, import.meta.url), 'utf8');
      const signature = `sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}`;
      return (
        await fetch(`${bot.server.url}/api/whatsapp`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
          body,
        })
      ).status;
    };
    try {
      for (const text of ['hallo', 'afspraak maken', 'Gent', 'Gent', 'ter plaatse', '1', 'An', '0470 12 34 56', 'ja'])
        await say('booking', text);
      expect((await say('booking', 'ja')).join(' ')).toContain('Je afspraak staat vast.');
      await say('clarity', 'hallo');
      expect((await say('clarity', '1')).at(-1)).toBe('Was dit duidelijk?');
      await say('clarity', 'ja');
      expect(await whatsApp('text-hallo.json')).toBe(200);
      expect(await whatsApp('list-reply.json')).toBe(200);
      expect(graph.requests.length).toBeGreaterThan(2);

      const keys = await redis.client().keys(`${redis.prefix}*`);
      for (const part of [
        'booking:b:',
        'booking:index',
        'booking:owner:',
        'outbox:due',
        'clarity',
        'whatsapp:inbound:',
        'whatsapp:seen:',
        'whatsapp/users/',
        'msteams/conversations/',
      ]) {
        expect(
          keys.some((k) => k.includes(part)),
          part,
        ).toBe(true);
      }
      const ttls = await Promise.all(keys.map((k) => redis.client().pttl(k)));
      expect(keys.filter((_, i) => (ttls[i] ?? -1) < 0)).toStrictEqual([]);
      expect(keys.filter((k) => k.includes(WA_USER))).toStrictEqual([]);
    } finally {
      await bot.stop(1_000);
      await graph.stop();
    }
  });
});
