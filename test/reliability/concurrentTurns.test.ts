import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { fixedDateClock } from '../../src/domain/calendar.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startBot, type RunningBot } from '../../src/runtime.js';
import { redisTest } from '../support/redis.js';
import { expectRepliesMessage } from '../support/expectReplies.js';

const redis = redisTest();
const SALT = 'test-salt-that-is-at-least-32-characters-long';

/** The texts of the bot's replies to one message, joined: one "answer". */
async function say(bot: RunningBot, text: string, conversation: string): Promise<string> {
  const response = await fetch(`${bot.server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(expectRepliesMessage(conversation, text)),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { activities: { text?: string }[] };
  return body.activities.map((a) => a.text ?? '').join(' | ');
}

/** Opens the eligibility check, where every "1" answers the next question: answers differ by position. */
async function begin(bot: RunningBot, conversation: string): Promise<void> {
  await say(bot, 'hallo', conversation);
  await say(bot, '2', conversation);
}

/** The answers to 20 times "1", one after the other: what a consistent conversation gets. */
async function sequentialAnswers(bot: RunningBot, conversation: string): Promise<string[]> {
  await begin(bot, conversation);
  const answers: string[] = [];
  for (let i = 0; i < 20; i++) answers.push(await say(bot, '1', conversation));
  return answers;
}

describe.skipIf(!redis.available)('parallel messages in one conversation (Redis state)', () => {
  const bots: RunningBot[] = [];
  const start = async () => {
    const bot = await startBot(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        ...redis.botEnv(),
        DATA_HASH_SALT: SALT,
      }),
      silentLogger,
      fixedDateClock('2026-11-26'),
    );
    bots.push(bot);
    return bot;
  };
  afterAll(async () => {
    for (const bot of bots) await bot.stop();
    await redis.cleanup();
  });

  it('When 20 answers "1" arrive at once, Then they are answered one after another: the same answers as sent one by one, none lost', async () => {
    const bot = await start();
    const expected = await sequentialAnswers(bot, 'sequential-1');
    expect(new Set(expected).size).toBeGreaterThan(5);

    await begin(bot, 'parallel-1');
    const parallel = await Promise.all(Array.from({ length: 20 }, () => say(bot, '1', 'parallel-1')));

    expect([...parallel].sort()).toStrictEqual([...expected].sort());
  });

  it('When two instances share Redis and get the 20 answers alternately, Then the conversation stays just as consistent', async () => {
    const [one, two] = [await start(), await start()];
    const expected = await sequentialAnswers(one, 'sequential-2');

    await begin(one, 'parallel-2');
    const parallel = await Promise.all(Array.from({ length: 20 }, (_, i) => say(i % 2 === 0 ? one : two, '1', 'parallel-2')));

    expect([...parallel].sort()).toStrictEqual([...expected].sort());
  });
});

describe('parallel messages in one conversation (memory state, one process)', () => {
  it('When 20 answers "1" arrive at once, Then they are answered one after another, as when sent one by one', async () => {
    const bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1' }), silentLogger, fixedDateClock('2026-11-26'));
    try {
      const expected = await sequentialAnswers(bot, 'sequential-m');
      await begin(bot, 'parallel-m');
      const parallel = await Promise.all(Array.from({ length: 20 }, () => say(bot, '1', 'parallel-m')));
      expect([...parallel].sort()).toStrictEqual([...expected].sort());
    } finally {
      await bot.stop();
    }
  });
});
