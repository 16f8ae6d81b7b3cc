import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/observability/logger.js';
import { restifyLog } from '../../src/observability/restifyLog.js';
import { startBot, type RunningBot } from '../../src/runtime.js';
import { startServer } from '../../src/server.js';
import { staffApi } from '../staff/httpUser.js';

const TOKEN = 'staff-token-0123456789';

/*
 * restify writes lines of its own: an async handler that returns a value is logged as "Discarded
 * returned value", with that value in full. A staff handler returned the 400 response it sent, so
 * the log got the whole request, the staff token in its Authorization header included, on
 * restify's own stdout logger. Now restify logs through ours (message only), and no handler
 * returns a value.
 */
describe("restify's own log lines", () => {
  let bot: RunningBot;
  const lines: string[] = [];
  const api = staffApi(() => bot, TOKEN);

  beforeAll(async () => {
    bot = await startBot(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', STAFF_TOKEN: TOKEN }),
      createLogger('debug', (line) => lines.push(line)),
    );
  });
  afterAll(() => bot.stop());

  it('When staff send malformed requests, Then they get 400 and the log holds no token, no header and no discarded value', async () => {
    const before = lines.length;
    expect((await api('/api/staff/reach?weeks=500')).status).toBe(400);
    const take = await api('/api/staff/handovers/00000000-0000-4000-8000-000000000000/take', { method: 'POST', body: { name: '' } });
    expect(take.status).toBe(400);
    expect((await api('/api/staff/handovers/00000000-0000-4000-8000-000000000000/messages?after=-1')).status).toBe(400);

    const logged = lines.slice(before).join('\n');
    expect(logged).not.toContain(TOKEN);
    expect(logged.toLowerCase()).not.toContain('authorization');
    expect(logged).not.toContain('Discarded returned value');
  });
});

describe('restifyLog', () => {
  it("When restify warns with an object, Then one line of ours holds restify's message and nothing of the object", () => {
    const lines: string[] = [];
    const log = restifyLog(createLogger('debug', (line) => lines.push(line)));
    const request = { headers: { authorization: `Bearer ${TOKEN}` }, body: { name: 'Marie' } };

    log.child().warn({ value: request }, 'Discarded returned value from async handler');
    log.error({ req: request }, 'handler failed');
    log.trace({ req: request }, 'running');
    log.info({ req: request }, 'handled: %d');

    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([
      { time: expect.any(String), level: 'warn', msg: 'restify: Discarded returned value from async handler' },
      { time: expect.any(String), level: 'error', msg: 'restify: handler failed' },
    ]);
  });

  it('When a route of the server returns a value, Then restify says so through our logger, without the value', async () => {
    const lines: string[] = [];
    const server = await startServer(
      {
        endpoint: { process: async () => {} },
        bot: { run: async () => {} },
        readiness: [],
        logger: createLogger('debug', (line) => lines.push(line)),
        routes: [
          (restify) =>
            restify.get('/returns-a-value', async (_req, res) => {
              res.send(200, { ok: true });
              return { secret: TOKEN };
            }),
        ],
      },
      { port: 0, host: '127.0.0.1' },
    );
    try {
      expect((await fetch(`${server.url}/returns-a-value`)).status).toBe(200);
      await expect.poll(() => lines.join('\n')).toContain('restify: Discarded returned value from async handler');
      expect(lines.join('\n')).not.toContain(TOKEN);
    } finally {
      await server.stop();
    }
  });
});
