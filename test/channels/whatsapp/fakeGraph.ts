import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake Graph API received. */
export interface GraphRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

/**
 * A stand-in for graph.facebook.com on 127.0.0.1: records every request and answers like the
 * Cloud API's send endpoint (`messages[0].id`). `failWith` makes the next answers an error.
 */
export class FakeGraph {
  readonly requests: GraphRequest[] = [];
  failWith: { status: number; body: unknown } | undefined;
  private waiters: { count: number; resolve: () => void }[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeGraph> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => fake.record(req.method ?? '', req.url ?? '', req.headers, Buffer.concat(chunks), res));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeGraph(server, `http://127.0.0.1:${port}`);
    return fake;
  }

  /** Bodies of the requests so far. */
  bodies(): unknown[] {
    return this.requests.map((r) => r.body);
  }

  /** Resolves when at least `count` requests arrived; fails after `ms`. */
  received(count: number, ms = 5_000): Promise<void> {
    if (this.requests.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fake Graph got ${this.requests.length} of ${count} requests`)), ms);
      this.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private record(
    method: string,
    path: string,
    headers: Record<string, string | string[] | undefined>,
    raw: Buffer,
    res: import('node:http').ServerResponse,
  ): void {
    const text = raw.toString('utf8');
    this.requests.push({
      method,
      path,
      authorization: headers.authorization as string | undefined,
      contentType: headers['content-type'] as string | undefined,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    });
    const answer = this.failWith ?? {
      status: 200,
      body: {
        messaging_product: 'whatsapp',
        contacts: [{ input: 'x', wa_id: 'x' }],
        messages: [{ id: `wamid.OUT${this.requests.length}` }],
      },
    };
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer.body));
    this.waiters = this.waiters.filter((w) => (this.requests.length >= w.count ? (w.resolve(), false) : true));
  }
}
