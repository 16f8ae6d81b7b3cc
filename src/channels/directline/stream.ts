import { STATUS_CODES, type IncomingMessage, type Server as HttpServer } from 'node:http';
import { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import WebSocket from 'ws';
import { describeError } from '../../observability/errors.js';
import type { Logger } from '../../observability/logger.js';
import type { DirectLineService } from './directLineService.js';
import { DirectLineError } from './protocol.js';

/** The path of a conversation's stream; the `streamUrl` adds `?t=<stream token>&watermark=<n>`. */
export const STREAM_PATH = /^\/v3\/directline\/conversations\/([\w-]{1,100})\/stream$/;

export interface StreamOptions {
  /** Open streams per conversation (tabs of one visitor); the oldest closes when one more opens. */
  maxPerConversation: number;
  /** How often the server pings; a socket that missed a pong by then is dropped. */
  pingIntervalMs: number;
}

/** Four tabs per conversation; a ping every 30 s, inside the idle timeouts of common proxies. */
export const DEFAULT_STREAM_OPTIONS: StreamOptions = { maxPerConversation: 4, pingIntervalMs: 30_000 };

/** The WebSocket side of the built-in Direct Line, attached to the HTTP server. */
export interface StreamServer {
  /** Streams open on this instance. */
  readonly open: number;
  /** Closes every stream and stops accepting new ones (before the HTTP server closes). */
  close(): Promise<void>;
}

interface OpenStream {
  socket: WebSocket;
  conversationId: string;
  alive: boolean;
  close?: () => Promise<void>;
}

/**
 * Direct Line v3 streaming (`streamUrl`, what Web Chat uses with `webSocket: true`): on the HTTP
 * server's `upgrade` event, a stream token for the conversation opens a WebSocket that gets the
 * activities after the watermark, then each new one as an ActivitySet frame. Nothing polls while
 * a conversation is idle; the server's pings (control frames) only keep proxies from dropping it.
 * Frames from the client are not read: directlinejs only sends empty keep-alives.
 */
export function attachStreams(
  http: HttpServer,
  service: DirectLineService,
  logger: Logger,
  options: StreamOptions = DEFAULT_STREAM_OPTIONS,
): StreamServer {
  const server = new WebSocket.Server({ noServer: true, maxPayload: 4_096, clientTracking: false });
  const streams = new Set<OpenStream>();

  const refuse = (socket: Duplex, status: number) => {
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://stream.invalid');
    const conversationId = STREAM_PATH.exec(url.pathname)?.[1];
    if (!conversationId) {
      refuse(socket, 404);
      return;
    }
    const token = url.searchParams.get('t') ?? '';
    try {
      service.verifyStream(token, conversationId);
    } catch (error) {
      refuse(socket, error instanceof DirectLineError ? error.status : 400);
      return;
    }
    // Always a net.Socket (or a TLS socket) for an HTTP server; ws's types ask for one.
    if (!(socket instanceof Socket)) {
      socket.destroy();
      return;
    }
    server.handleUpgrade(request, socket, head, (ws) => {
      const stream: OpenStream = { socket: ws, conversationId, alive: true };
      streams.add(stream);
      limitPerConversation(conversationId);
      ws.on('pong', () => {
        stream.alive = true;
      });
      ws.on('close', () => {
        streams.delete(stream);
        void stream.close?.();
      });
      ws.on('error', () => ws.terminate());
      const send = (set: unknown) => {
        if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(set));
      };
      service
        .openStream(token, conversationId, url.searchParams.get('watermark') ?? undefined, send)
        .then((close) => {
          if (streams.has(stream)) stream.close = close;
          else void close();
        })
        .catch((error: unknown) => {
          if (!(error instanceof DirectLineError))
            logger.warn('directline stream failed', { conversation: conversationId, ...describeError(error) });
          // 4xxx: application close codes; directlinejs then reconnects through the REST call, which gives the real status.
          ws.close(error instanceof DirectLineError ? 4_000 + error.status : 1_011);
        });
    });
  };

  const limitPerConversation = (conversationId: string) => {
    const mine = [...streams].filter((s) => s.conversationId === conversationId);
    for (const old of mine.slice(0, Math.max(0, mine.length - options.maxPerConversation))) old.socket.close(1_000);
  };

  const pinger = setInterval(() => {
    for (const stream of streams) {
      if (!stream.alive) {
        stream.socket.terminate();
        continue;
      }
      stream.alive = false;
      stream.socket.ping();
    }
  }, options.pingIntervalMs);
  pinger.unref();

  http.on('upgrade', onUpgrade);
  return {
    get open() {
      return streams.size;
    },
    async close() {
      clearInterval(pinger);
      http.off('upgrade', onUpgrade);
      const closing = [...streams].flatMap((stream) => (stream.close ? [stream.close()] : []));
      for (const stream of streams) stream.socket.terminate();
      streams.clear();
      await Promise.all(closing);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
