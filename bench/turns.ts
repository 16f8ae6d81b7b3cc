/**
 * How many conversation turns a second one process serves, compared with a bare restify route in
 * the same run (the machine's speed drifts between runs, so only the ratios mean something).
 *
 *   npm run bench                       # memory state
 *   REDIS_URL=redis://127.0.0.1:6379/14 npm run bench   # also Redis state
 *
 * Each variant runs for BENCH_SECONDS (default 5) with 20 connections, twice, interleaved.
 * Every request is the first message of a new conversation: greeting + menu, state written.
 */
import autocannon, { type Result } from 'autocannon';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/observability/logger.js';
import { startBot, type RunningBot } from '../src/runtime.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = 20;
let sequence = 0;

function firstMessage(): string {
  const id = `bench-${process.pid}-${++sequence}`;
  return JSON.stringify({
    type: 'message',
    channelId: 'directline',
    from: { id: `user-${id}` },
    recipient: { id: 'bot' },
    conversation: { id },
    serviceUrl: 'http://127.0.0.1:9/',
    locale: 'nl-BE',
    text: 'hallo',
    deliveryMode: 'expectReplies',
  });
}

async function measure(bot: RunningBot, kind: 'reference' | 'turn'): Promise<Result> {
  const result =
    kind === 'reference'
      ? await autocannon({ url: `${bot.server.url}/healthz`, connections, duration: seconds })
      : await autocannon({
          url: `${bot.server.url}/api/messages`,
          connections,
          duration: seconds,
          requests: [
            {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              setupRequest: (request) => ({ ...request, body: firstMessage() }),
            },
          ],
        });
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${kind}: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
  }
  return result;
}

async function main(): Promise<void> {
  const variants: { name: string; env: Record<string, string> }[] = [{ name: 'turn, memory state', env: {} }];
  if (process.env.REDIS_URL) {
    variants.push({ name: 'turn, Redis state', env: { REDIS_URL: process.env.REDIS_URL, REDIS_KEY_PREFIX: `bench:${process.pid}:`, STATE_TTL_DAYS: '1' } });
  }
  const rows: string[] = [];
  for (const variant of variants) {
    const bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...variant.env }), silentLogger);
    try {
      await measure(bot, 'turn'); // warm-up: JIT, connections
      for (let round = 1; round <= 2; round++) {
        const reference = await measure(bot, 'reference');
        const turn = await measure(bot, 'turn');
        rows.push(
          [
            variant.name.padEnd(20),
            `round ${round}`,
            `${turn.requests.average.toFixed(0).padStart(6)} turns/s`,
            `p50 ${turn.latency.p50} ms, p99 ${turn.latency.p99} ms`,
            `reference ${reference.requests.average.toFixed(0)} req/s`,
            `ratio ${(turn.requests.average / reference.requests.average).toFixed(3)}`,
          ].join('  |  '),
        );
      }
    } finally {
      await bot.stop();
    }
  }
  process.stdout.write(`${seconds}s per measurement, ${connections} connections; reference = GET /healthz on the same server\n`);
  process.stdout.write(`${rows.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${String(error)}\n`);
  process.exit(1);
});
