import autocannon, { type Request, type Result } from 'autocannon';
import { expectRepliesMessage } from '../test/support/expectReplies.js';

/**
 * What every benchmark connection says, over and over: each cycle is a new conversation of four
 * turns that walks through the greeting, a menu button, a free-text question (understanding) at a
 * yes/no question, and the answer to it. Together they run the whole pipeline: language, dialogs,
 * choice matching, the intent recognizer, i18n and conversation + user state.
 */
export const CONVERSATION = ['hallo', '1', 'wa kost da', 'ja'] as const;

/** A stable marker of the product's turn-error apology ("Sorry, er ging bij mij iets mis."). */
const TURN_ERROR = 'er ging bij mij iets mis';

export interface Measurement {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Conversations this measurement began (first turns sent). */
  conversations: number;
}

/** A Direct Line-shaped activity as the channel service would post it (expectReplies, no token). */
export function activityBody(conversation: string, text: string): string {
  return JSON.stringify(expectRepliesMessage(conversation, text));
}

/**
 * Runs autocannon against POST /api/messages for `seconds`. Every connection walks its own
 * conversations (CONVERSATION); any non-2xx answer, socket error, empty answer or turn-error
 * apology fails the benchmark: a fast wrong answer is not a result.
 */
export async function measureTurns(url: string, options: { connections: number; seconds: number; tag: string }): Promise<Measurement> {
  let conversations = 0;
  const problems: string[] = [];
  const requests: Request[] = CONVERSATION.map((text, turn) => ({
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    setupRequest: (request, context) => {
      if (turn === 0) {
        context.conversation = `${options.tag}-${process.pid}-${++conversations}`;
      }
      return { ...request, body: activityBody(context.conversation, text) };
    },
    onResponse: (status, body) => {
      if (status !== 200) return; // counted as non2xx by autocannon
      if (!body.includes('"activities":[{') || body.includes(TURN_ERROR)) {
        if (problems.length < 3) problems.push(`turn ${turn + 1} ("${text}"): ${body.slice(0, 200)}`);
      }
    },
  }));
  const result = await run({ url, connections: options.connections, duration: options.seconds, requests });
  if (problems.length > 0) throw new Error(`the bot gave wrong answers:\n${problems.join('\n')}`);
  return { ...summary(result), conversations };
}

/** The same load on any other POST /api/messages (the echo bot): one-turn conversations. */
export async function measureEcho(url: string, options: { connections: number; seconds: number; tag: string }): Promise<Measurement> {
  let conversations = 0;
  const result = await run({
    url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/messages',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: activityBody(`${options.tag}-${process.pid}-${++conversations}`, 'hallo') }),
      },
    ],
  });
  return { ...summary(result), conversations };
}

async function run(options: Parameters<typeof autocannon>[0]): Promise<Result> {
  const result = await autocannon(options);
  if (result.errors > 0 || result.non2xx > 0 || result.timeouts > 0) {
    throw new Error(`${options.url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers`);
  }
  return result;
}

function summary(result: Result): Omit<Measurement, 'conversations'> {
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total };
}

/**
 * Sends one message of `chars` characters into a conversation that waits at its menu question,
 * while another connection asks GET /healthz every 2 ms. The longest /healthz answer is how long
 * the event loop was blocked (every other user waited that long too).
 */
export async function bigMessage(url: string, chars: number, tag: string): Promise<{ requestMs: number; stallMs: number; status: number }> {
  const conversation = `${tag}-${process.pid}-${chars}`;
  await post(url, activityBody(conversation, 'hallo'));
  const words = 'ik wil graag weten hoeveel een loopbaancheque kost en of ik er recht op heb ';
  const text = words.repeat(Math.ceil(chars / words.length)).slice(0, chars);
  let stallMs = 0;
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const started = performance.now();
      await fetch(`${url}/healthz`).then((r) => r.arrayBuffer());
      stallMs = Math.max(stallMs, performance.now() - started);
      await new Promise((r) => setTimeout(r, 2));
    }
  })();
  await new Promise((r) => setTimeout(r, 50));
  const started = performance.now();
  const status = await post(url, activityBody(conversation, text));
  const requestMs = performance.now() - started;
  await new Promise((r) => setTimeout(r, 50));
  probing = false;
  await probe;
  return { requestMs, stallMs, status };
}

async function post(url: string, body: string): Promise<number> {
  const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  await response.arrayBuffer();
  return response.status;
}
