/**
 * Turns per second of the whole product, against a stock Bot Framework echo bot in the same run.
 *
 *   npm run bench
 *   BENCH_SECONDS=10 BENCH_ROUNDS=3 BENCH_CONNECTIONS=50 BENCH_WORKERS=2 npm run bench
 *   BENCH_NODE_FLAGS="--no-deprecation" npm run bench   # other node flags than the image's
 *
 * The machine's speed drifts between runs (and other work shares it), so only figures measured
 * side by side mean something: echo and product alternate in pairs, and each pair gives a ratio.
 * Servers run as child processes, autocannon in this one, so the load generator never shares an
 * event loop with what it measures. The product is built (`npm run build`) and started with the
 * node arguments of deployment/Dockerfile's CMD, as the image runs it.
 *
 * Product turns: every connection walks new four-turn conversations (bench/load.ts), state in the
 * Redis at REDIS_URL (default redis://127.0.0.1:6379/14, keys under `bench:<pid>:`, removed at the
 * end); without a Redis it says so and uses memory. Then resident memory after at least 10,000
 * conversations, how long one 250 KB (and one 2,000-character) message blocks the event loop, and
 * the same pairs with BENCH_WORKERS worker processes (0 = skip).
 *
 * The last line of output is one JSON object with every figure.
 */
import { execFileSync } from 'node:child_process';
import { Redis } from 'ioredis';
import { bigMessage, measureEcho, measureTurns, type Measurement } from './load.js';
import { productionNodeArgs, startServer, type BenchServer } from './processes.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const workers = Number(process.env.BENCH_WORKERS ?? 2);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/14';
const keyPrefix = `bench:${process.pid}:`;
const MEMORY_AFTER_CONVERSATIONS = 10_000;
const LISTENING = /"msg":"listening","url":"([^"]+)"/;

interface Timed extends Measurement {
  /** Server CPU time (user + system, all its processes) per request, in ms. */
  cpuMs: number;
}

interface Pairs {
  bot: Timed[];
  echo: Timed[];
}

/** Runs one measurement and charges the server's CPU time to its requests. */
async function timed(server: BenchServer, measure: () => Promise<Measurement>): Promise<Timed> {
  const before = server.cpuSeconds();
  const m = await measure();
  return { ...m, cpuMs: ((server.cpuSeconds() - before) * 1000) / Math.max(1, m.requests) };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (n: number, digits = 0): number => Number(n.toFixed(digits));
const say = (line: string) => process.stdout.write(`${line}\n`);

async function redisAnswers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

async function removeBenchKeys(url: string): Promise<void> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${keyPrefix}*`, 'COUNT', 5_000);
    if (keys.length > 0) await client.unlink(keys);
    cursor = next;
  } while (cursor !== '0');
  await client.quit();
}

/** The image's node arguments, or BENCH_NODE_FLAGS (e.g. "--no-deprecation") before dist/src/main.js. */
function productNodeArgs(): string[] {
  const flags = process.env.BENCH_NODE_FLAGS;
  return flags === undefined ? productionNodeArgs() : [...flags.split(' ').filter(Boolean), 'dist/src/main.js'];
}

function productServer(state: Record<string, string>, workerCount: number): Promise<BenchServer> {
  const env = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', WORKERS: String(workerCount), DIRECTLINE_BUILTIN: 'off', ...state };
  return startServer(workerCount > 1 ? `product ×${workerCount}` : 'product', productNodeArgs(), env, LISTENING, workerCount);
}

/** Echo and product alternate; each pair is printed as it finishes. */
async function pairs(echo: BenchServer, bot: BenchServer, label: string): Promise<Pairs> {
  const tag = `${label.replace(/\W+/g, '')}`;
  await measureEcho(echo.url, { connections, seconds: 3, tag: `${tag}-warm-echo` });
  await measureTurns(bot.url, { connections, seconds: 3, tag: `${tag}-warm` });
  const result: Pairs = { bot: [], echo: [] };
  for (let i = 1; i <= rounds; i++) {
    const e = await timed(echo, () => measureEcho(echo.url, { connections, seconds, tag: `${tag}-echo${i}` }));
    const b = await timed(bot, () => measureTurns(bot.url, { connections, seconds, tag: `${tag}-${i}` }));
    result.echo.push(e);
    result.bot.push(b);
    say(
      [
        `${label.padEnd(11)} pair ${i}`,
        `product ${round(b.rps).toString().padStart(5)} turns/s p50 ${b.p50} ms p99 ${b.p99} ms`,
        `echo ${round(e.rps).toString().padStart(5)} req/s p99 ${e.p99} ms`,
        `ratio ${(b.rps / e.rps).toFixed(2)}`,
        `CPU/request ${b.cpuMs.toFixed(2)} vs ${e.cpuMs.toFixed(2)} ms`,
        `product RSS ${round(bot.rssMiB())} MiB`,
      ].join('  |  '),
    );
  }
  return result;
}

function ratios(p: Pairs): number[] {
  return p.bot.map((b, i) => b.rps / p.echo[i].rps);
}

/** Echo CPU per request over product CPU per request: above 1, a product turn costs less than an echo. */
function cpuRatios(p: Pairs): number[] {
  return p.bot.map((b, i) => p.echo[i].cpuMs / b.cpuMs);
}

async function main(): Promise<void> {
  const redis = await redisAnswers(redisUrl);
  const state: Record<string, string> = redis ? { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: keyPrefix, STATE_TTL_DAYS: '1' } : {};
  say(
    `${seconds} s per measurement, ${rounds} pairs, ${connections} connections, state in ${redis ? `Redis (${redisUrl})` : 'MEMORY: no Redis answered at ' + redisUrl}`,
  );
  say(`product: ${CONVERSATION_TEXT}; echo: stock CloudAdapter echo bot, one process, no state`);

  // The product runs as the image runs it: compiled, with the Dockerfile's node flags.
  say(`building dist/ (npm run build); product started as: node ${productNodeArgs().join(' ')}`);
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: new URL('../', import.meta.url).pathname, stdio: 'inherit' });
  const echo = await startServer('echo', ['--no-deprecation', '--import', 'tsx', 'bench/echoBot.ts'], { PORT: '0' }, /listening (\S+)/);
  try {
    const single = await productServer(state, 1);
    let one: Pairs;
    let conversations: number;
    let rssMiB: number;
    let big: Awaited<ReturnType<typeof bigMessage>>;
    let small: Awaited<ReturnType<typeof bigMessage>>;
    try {
      one = await pairs(echo, single, '1 process');
      conversations = one.bot.reduce((n, m) => n + m.conversations, 0);
      while (conversations < MEMORY_AFTER_CONVERSATIONS) {
        conversations += (await measureTurns(single.url, { connections, seconds: 3, tag: `more${conversations}` })).conversations;
      }
      rssMiB = single.rssMiB();
      say(`resident memory after ${conversations} conversations (one process): ${round(rssMiB)} MiB`);
      big = await bigMessage(single.url, 250_000, 'big');
      small = await bigMessage(single.url, 2_000, 'small');
      for (const [name, m] of [
        ['250 KB', big],
        ['2,000-character', small],
      ] as const) {
        say(`one ${name} message: HTTP ${m.status} after ${round(m.requestMs)} ms; /healthz waited up to ${round(m.stallMs)} ms`);
      }
    } finally {
      await single.stop();
    }

    let many: Pairs | undefined;
    let manyRssMiB = 0;
    if (workers > 1) {
      if (!redis) say(`worker mode skipped: ${workers} workers need a shared Redis`);
      else {
        const cluster = await productServer(state, workers);
        try {
          many = await pairs(echo, cluster, `${workers} workers`);
          manyRssMiB = cluster.rssMiB();
        } finally {
          await cluster.stop();
        }
      }
    }

    const figures = {
      bot_rps: round(median(one.bot.map((m) => m.rps))),
      echo_rps: round(median(one.echo.map((m) => m.rps))),
      ratio: round(median(ratios(one)), 2),
      ratio_range: [round(Math.min(...ratios(one)), 2), round(Math.max(...ratios(one)), 2)],
      bot_p99_ms: Math.max(...one.bot.map((m) => m.p99)),
      echo_p99_ms: Math.max(...one.echo.map((m) => m.p99)),
      bot_cpu_ms: round(median(one.bot.map((m) => m.cpuMs)), 3),
      echo_cpu_ms: round(median(one.echo.map((m) => m.cpuMs)), 3),
      cpu_ratio: round(median(cpuRatios(one)), 2),
      workers: many ? workers : undefined,
      workers_bot_rps: many ? round(median(many.bot.map((m) => m.rps))) : undefined,
      workers_echo_rps: many ? round(median(many.echo.map((m) => m.rps))) : undefined,
      workers_ratio: many ? round(median(ratios(many)), 2) : undefined,
      workers_ratio_range: many ? [round(Math.min(...ratios(many)), 2), round(Math.max(...ratios(many)), 2)] : undefined,
      workers_bot_p99_ms: many ? Math.max(...many.bot.map((m) => m.p99)) : undefined,
      workers_rss_mib: many ? round(manyRssMiB) : undefined,
      rss_mib: round(rssMiB),
      rss_after_conversations: conversations,
      big_message_ms: round(big.requestMs),
      big_message_stall_ms: round(big.stallMs),
      message_2000_stall_ms: round(small.stallMs),
      state: redis ? 'redis' : 'memory',
      node_args: productNodeArgs().join(' '),
      connections,
      seconds,
      rounds,
    };
    say(JSON.stringify(figures));
  } finally {
    await echo.stop();
    if (redis) await removeBenchKeys(redisUrl);
  }
}

const CONVERSATION_TEXT = 'new 4-turn conversations per connection (greeting, button, free text, answer)';

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
