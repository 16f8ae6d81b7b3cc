import { DirectLine, type Activity as DirectLineActivity } from 'botframework-directlinejs';
import { Observable } from 'rxjs/Observable.js';
import { expect } from 'vitest';
import WebSocket from 'ws';

/*
 * Test clients of the built-in Direct Line: Microsoft's own (botframework-directlinejs, what Web
 * Chat uses), plain HTTP calls, and a raw WebSocket on a streamUrl. directlinejs makes its HTTP
 * calls through rxjs' XMLHttpRequest ajax, which Node lacks; `fetchAjax` is the same call over fetch.
 */

interface AjaxRequest {
  method?: string;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export function fetchAjax(request: AjaxRequest): Observable<{ response: unknown; status: number }> {
  return Observable.create((subscriber: { next(v: unknown): void; complete(): void; error(e: unknown): void }) => {
    fetch(request.url, {
      method: request.method ?? 'GET',
      headers: request.headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    })
      .then(async (response) => {
        const text = await response.text();
        const body: unknown = text ? JSON.parse(text) : null;
        if (response.ok) {
          subscriber.next({ response: body, status: response.status });
          subscriber.complete();
        } else {
          subscriber.error({ status: response.status, response: body, xhr: { getResponseHeader: (n: string) => response.headers.get(n) } });
        }
      })
      .catch((error: unknown) => subscriber.error(error));
  });
}

export interface Ticket {
  conversationId: string;
  token: string;
  expires_in: number;
}

export async function call(base: string, method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${base}/v3/directline${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token !== undefined && { authorization: `Bearer ${token}` }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
}

export async function newTicket(base: string): Promise<Ticket> {
  const { status, body } = await call(base, 'POST', '/tokens/generate');
  expect(status).toBe(200);
  return body as unknown as Ticket;
}

/** Collects what the client receives until `done` says it has seen enough. */
export function receive(client: DirectLine, done: (texts: string[]) => boolean): Promise<DirectLineActivity[]> {
  const seen: DirectLineActivity[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out; got: ${JSON.stringify(texts(seen))}`)), 10_000);
    const subscription = client.activity$.subscribe({
      next: (activity) => {
        seen.push(activity);
        if (done(texts(seen))) {
          clearTimeout(timer);
          subscription.unsubscribe();
          resolve(seen);
        }
      },
      error: (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
    });
  });
}

export const texts = (activities: DirectLineActivity[]) => activities.map((a) => ('text' in a ? (a.text ?? '') : `<${a.type}>`));

/**
 * One subscription to a client's activities for a whole test. directlinejs shares one connection
 * between subscribers and opens a new one (replaying from its streamUrl) when the last one leaves,
 * so a test that subscribes twice to a WebSocket client would see the history twice.
 */
export interface Watcher {
  texts(): string[];
  activities(): DirectLineActivity[];
  /** Resolves with every text so far when `done(texts)` holds, or fails after 10 s. */
  until(done: (texts: string[]) => boolean): Promise<string[]>;
  stop(): void;
}

export function watch(dl: DirectLine): Watcher {
  const seen: DirectLineActivity[] = [];
  const waiters: (() => void)[] = [];
  const subscription = dl.activity$.subscribe((activity) => {
    seen.push(activity);
    waiters.splice(0).forEach((w) => w());
  });
  return {
    texts: () => texts(seen),
    activities: () => [...seen],
    until: (done) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out; got: ${JSON.stringify(texts(seen))}`)), 10_000);
        const check = () => {
          if (done(texts(seen))) {
            clearTimeout(timer);
            resolve(texts(seen));
          } else waiters.push(check);
        };
        check();
      }),
    stop: () => subscription.unsubscribe(),
  };
}

/** Posts a typed message as Web Chat does; resolves with the id the server gave it. */
export function post(dl: DirectLine, text: string, clientActivityID?: string): Promise<string> {
  const activity = { type: 'message', from: { id: 'ignored' }, text, ...(clientActivityID && { channelData: { clientActivityID } }) };
  return new Promise((resolve, reject) => dl.postActivity(activity as DirectLineActivity).subscribe({ next: resolve, error: reject }));
}

/** What directlinejs called over HTTP, for tests that check nothing polls. */
export const ajaxCalls: string[] = [];

/**
 * A directlinejs client. Polling by default; with `webSocket: true` it uses the conversation's
 * streamUrl (call `installWebSocket()` first: directlinejs looks for a global WebSocket, which
 * Node 20 lacks).
 */
export const client = (base: string, options: { token: string; conversationId?: string; watermark?: string; webSocket?: boolean }) =>
  new DirectLine({
    ...options,
    domain: `${base}/v3/directline`,
    webSocket: options.webSocket ?? false,
    pollingInterval: 200,
    ajax: (request: AjaxRequest) => {
      ajaxCalls.push(`${request.method ?? 'GET'} ${new URL(request.url).pathname}`);
      return fetchAjax(request);
    },
    WebSocket,
  } as unknown as ConstructorParameters<typeof DirectLine>[0]);

/** Gives Node the global WebSocket directlinejs checks for; the result takes it away again. */
export function installWebSocket(): () => void {
  const global = globalThis as { WebSocket?: unknown };
  const before = global.WebSocket;
  global.WebSocket = WebSocket;
  return () => {
    global.WebSocket = before;
  };
}

/** An ActivitySet frame as the stream sends it. */
export interface Frame {
  activities: { id: string; type: string; text?: string; from: { role?: string }; locale?: string }[];
  watermark: string;
}

/** A raw WebSocket on a streamUrl that keeps every frame. */
export interface StreamClient {
  readonly frames: Frame[];
  /** Texts (or `<type>`) of every activity received so far. */
  texts(): string[];
  /** Resolves when `done(texts)` holds, or fails after 10 s. */
  until(done: (texts: string[]) => boolean): Promise<string[]>;
  close(): Promise<void>;
}

export function openStream(streamUrl: string): Promise<StreamClient> {
  const socket = new WebSocket(streamUrl);
  const frames: Frame[] = [];
  const waiters: (() => void)[] = [];
  const all = () => frames.flatMap((f) => f.activities.map((a) => a.text ?? `<${a.type}>`));
  socket.on('message', (data: Buffer) => {
    if (data.length > 0) frames.push(JSON.parse(data.toString('utf8')) as Frame);
    waiters.splice(0).forEach((w) => w());
  });
  const stream: StreamClient = {
    frames,
    texts: all,
    until(done) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out; got: ${JSON.stringify(all())}`)), 10_000);
        const check = () => {
          if (done(all())) {
            clearTimeout(timer);
            resolve(all());
          } else waiters.push(check);
        };
        check();
      });
    },
    close: () =>
      new Promise((resolve) => {
        if (socket.readyState === WebSocket.CLOSED) return resolve();
        socket.once('close', () => resolve());
        socket.close();
      }),
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(stream));
    socket.once('error', reject);
  });
}

/** The HTTP status a WebSocket handshake is refused with. */
export function refusedWith(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('open', () => {
      socket.close();
      reject(new Error('the stream opened'));
    });
    socket.once('error', () => undefined);
  });
}
