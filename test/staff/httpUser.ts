import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningBot } from '../../src/runtime.js';

/** A message the bot sent into a conversation, as the fake channel service received it. */
export interface Delivered {
  conversationId: string;
  text: string;
  buttons: string[];
}

/**
 * A stand-in for a Bot Framework channel service on loopback: the bot's CloudAdapter posts
 * proactive messages (staff replies, "the case is closed") to `<serviceUrl>/v3/conversations/…`,
 * and this records them, the way the Emulator would show them.
 */
export async function fakeChannelService(): Promise<{ url: string; delivered: Delivered[]; close(): Promise<void> }> {
  const delivered: Delivered[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (req.method === 'POST' && match) {
        const activity = JSON.parse(body) as { type?: string; text?: string; suggestedActions?: { actions: { title: string }[] } };
        if (activity.type === 'message') {
          delivered.push({
            conversationId: decodeURIComponent(match[1] ?? ''),
            text: activity.text ?? '',
            buttons: (activity.suggestedActions?.actions ?? []).map((a) => a.title),
          });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `delivered-${delivered.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, delivered, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Activity ids across every httpUser: two helpers for one conversation never send the same id (a redelivery). */
let n = 0;

/** A user on the Emulator channel talking to the running bot over HTTP; replies come back in the response. */
export function httpUser(bot: RunningBot, serviceUrl: string, conversationId: string) {
  /** Posts one activity from this user into the conversation, as the Emulator would. */
  const post = (activity: { type: 'message'; text: string; deliveryMode: 'expectReplies' } | { type: 'event'; name: string }) =>
    fetch(`${bot.server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...activity,
        id: `${conversationId}-${++n}`,
        channelId: 'emulator',
        from: { id: `user-${conversationId}`, name: 'User' },
        recipient: { id: 'bot', name: 'Bot' },
        conversation: { id: conversationId },
        serviceUrl,
        locale: 'nl-BE',
      }),
    });
  return {
    async says(text: string): Promise<string[]> {
      const response = await post({ type: 'message', text, deliveryMode: 'expectReplies' });
      const body = (await response.json()) as { activities?: { type: string; text?: string }[] };
      return (body.activities ?? []).filter((a) => a.type === 'message').map((a) => a.text ?? '');
    },
    /** An event as the web chat page sends it ('loopbaanbot/pageLeft' on `pagehide`), here over /api/messages. */
    async event(name: string): Promise<number> {
      return (await post({ type: 'event', name })).status;
    },
  };
}

/**
 * The staff API as the console calls it: `path` on the running bot with a bearer token (`token`
 * unless the call names another), JSON in and out.
 */
export function staffApi(bot: () => RunningBot, token: string) {
  return (path: string, init: { method?: string; body?: unknown; token?: string } = {}) =>
    fetch(`${bot().server.url}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${init.token ?? token}`, ...(init.body !== undefined && { 'content-type': 'application/json' }) },
      ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> }));
}
