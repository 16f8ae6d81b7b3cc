import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../../src/channels/webchat/routes.js';
import { loadConfig } from '../../src/config.js';
import { fixedDateClock } from '../../src/domain/calendar.js';
import { createI18n } from '../../src/i18n/i18n.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startBot, type RunningBot } from '../../src/runtime.js';

const start = (env: Record<string, string> = {}) =>
  startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1', ...env }), silentLogger, fixedDateClock('2026-11-26'));

describe('web chat page served by the bot', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await start();
  });
  afterAll(() => bot.stop());

  it('When the page is opened, Then it is Dutch, loads only this server, and has a strict Content-Security-Policy', async () => {
    const response = await fetch(`${bot.server.url}/`);
    expect(response.status).toBe(200);
    const host = new URL(bot.server.url).host;
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        `media-src 'self' data: blob:; connect-src 'self' ws://${host} wss://${host}; object-src 'none'; base-uri 'none'; form-action 'none'`,
    );
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const html = await response.text();
    expect(html).toContain('<html lang="nl-BE">');
    expect(html).toContain('<button type="button" id="talk-to-person" class="page-button primary">Met iemand praten</button>');
    expect([...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'data:,',
      expect.stringMatching(/^\/webchat\/page\.[\da-f]{12}\.css$/),
      expect.stringMatching(/^\/webchat\/page\.[\da-f]{12}\.js$/),
      expect.stringMatching(/^\/webchat\/webchat\.[\da-f]{12}\.js$/),
    ]);
  });

  it('When the page is opened with ?lang=fr, Then the page, Web Chat and the person button speak French', async () => {
    const html = await (await fetch(`${bot.server.url}/?lang=fr`)).text();
    expect(html).toContain('<html lang="fr-BE">');
    expect(html).toContain('<h1 id="heading">Parlez avec Loopbaanbot</h1>');
    const config = JSON.parse(/<script id="loopbaanbot-config" type="application\/json">(.*)<\/script>/.exec(html)?.[1] ?? '{}') as {
      locale: string;
      languages: Record<string, { tag: string; clientStrings: Record<string, string>; texts: Record<string, string> }>;
    };
    expect(config.locale).toBe('fr');
    const fr = config.languages.fr;
    expect(fr?.tag).toBe('fr-BE');
    expect(fr?.clientStrings.TEXT_INPUT_PLACEHOLDER).toBe('Tapez votre message ici');
    // The hint the text box shows where the whole one does not fit on one line (a small phone, 200 % zoom).
    expect(fr?.texts.placeholderShort).toBe('Tapez ici');
    expect(fr?.texts.talkToPersonMessage).toBe("Parler à quelqu'un");
    // French page texts keep "?" on the line of the question (a no-break space before it).
    expect(fr?.texts.intro).toBe('Vous avez une question sur le chèque carrière\u00a0? Touchez un bouton ou tapez votre question.');
    expect(fr?.texts.failed).toBe('Le chat ne marche pas pour le moment. Appelez gratuitement le VDAB au 0800 30 700.');
    // "Vous ne devez pas vous connecter" reads as "you must not log in".
    expect(fr?.texts.noLogin).toBe("Vous n'avez pas besoin de vous connecter.");
    // Every language is there, so the page can follow a switch in the chat.
    expect(Object.keys(config.languages)).toEqual(['nl', 'fr', 'en']);
    expect(config.languages.nl?.texts.heading).toBe('Praat met Loopbaanbot');
  });

  it('When the Web Chat bundle is asked for, Then the installed minimal bundle comes from this server, brotli or gzip, cached for a year', async () => {
    const html = await (await fetch(`${bot.server.url}/`)).text();
    const bundle = /src="(\/webchat\/webchat\.[\da-f]{12}\.js)"/.exec(html)?.[1] ?? '';
    const response = await fetch(`${bot.server.url}${bundle}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('vary')).toBe('accept-encoding');
    const body = await response.text();
    expect(body).toContain('botframework-webchat:bundle:variant');
    expect(body).toContain('"minimal"');
    expect(body.length).toBeGreaterThan(1_000_000);
    expect((await fetch(`${bot.server.url}/webchat/webchat.js`)).status).toBe(404);
    expect((await fetch(`${bot.server.url}/webchat/secret.txt`)).status).toBe(404);
    expect((await fetch(`${bot.server.url}/webchat/..%2Fpackage.json`)).status).toBe(404);
  });

  it('When the page asks for a token without Azure configured, Then it gets one for the built-in Direct Line', async () => {
    const response = await fetch(`${bot.server.url}/api/webchat/token`, { method: 'POST' });
    expect(response.status).toBe(200);
    const ticket = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(ticket).sort()).toEqual(['conversationId', 'domain', 'expiresIn', 'token', 'userId']);
    expect(ticket.domain).toBe('/v3/directline');
    const start = await fetch(`${bot.server.url}/v3/directline/conversations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${String(ticket.token)}` },
    });
    expect(start.status).toBe(201);
  });
});

describe('new web chat conversations from one address', () => {
  const tokens = async (url: string, n: number) => {
    const statuses: number[] = [];
    for (let i = 0; i < n; i++) statuses.push((await fetch(`${url}/api/webchat/token`, { method: 'POST' })).status);
    return statuses;
  };

  it('When one address opens more than the default 10 a minute, Then the 11th waits (429); WEBCHAT_NEW_CONVERSATIONS_PER_MINUTE sets how many', async () => {
    const byDefault = await start();
    try {
      expect(await tokens(byDefault.server.url, 11)).toEqual([...Array<number>(10).fill(200), 429]);
    } finally {
      await byDefault.stop();
    }
    // A mobile network or an office: many people behind one address.
    const shared = await start({ WEBCHAT_NEW_CONVERSATIONS_PER_MINUTE: '30' });
    try {
      expect(await tokens(shared.server.url, 31)).toEqual([...Array<number>(30).fill(200), 429]);
    } finally {
      await shared.stop();
    }
  });
});

describe('web chat page with Azure Direct Line (a local fake of Azure)', () => {
  const SECRET = 'azure-direct-line-secret-for-tests';
  let fake: Server;
  let fakeUrl: string;
  let bot: RunningBot;
  const seen: { authorization?: string; body: unknown }[] = [];
  let failNext = false;

  beforeAll(async () => {
    fake = createServer((req: IncomingMessage, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        seen.push({ authorization: req.headers.authorization, body: raw ? JSON.parse(raw) : undefined });
        if (failNext) {
          failNext = false;
          // restify patches ServerResponse in this process, so writeHead does not chain here.
          res.statusCode = 500;
          res.end();
          return;
        }
        if (req.method !== 'POST' || req.url !== '/v3/directline/tokens/generate') {
          res.statusCode = 404;
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ conversationId: 'AzureConv-eu', token: 'azure.jwt.token', expires_in: 3600 }));
      });
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/v3/directline`;
    bot = await start({ DIRECTLINE_SECRET: SECRET, DIRECTLINE_ENDPOINT: fakeUrl });
  });
  afterAll(async () => {
    await bot.stop();
    await new Promise((resolve) => fake.close(resolve));
  });

  it('When the page asks for a token, Then the server exchanges its secret and only the token reaches the browser', async () => {
    const response = await fetch(`${bot.server.url}/api/webchat/token`, { method: 'POST' });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain(SECRET);
    const ticket = JSON.parse(text) as Record<string, unknown>;
    expect(ticket).toMatchObject({ token: 'azure.jwt.token', conversationId: 'AzureConv-eu', expiresIn: 3600, domain: fakeUrl });
    expect(String(ticket.userId)).toMatch(/^dl_[\w-]{16}$/);
    expect(seen.at(-1)).toEqual({ authorization: `Bearer ${SECRET}`, body: { user: { id: ticket.userId } } });
  });

  it('When Azure is used, Then the page allows connecting to it and never contains the secret', async () => {
    const response = await fetch(`${bot.server.url}/`);
    const azure = new URL(fakeUrl);
    expect(response.headers.get('content-security-policy')).toContain(` ${azure.origin} ws://${azure.host};`);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('When Azure refuses, Then the page gets 502 and no token', async () => {
    failNext = true;
    const response = await fetch(`${bot.server.url}/api/webchat/token`, { method: 'POST' });
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ error: { code: 'ServiceError', message: 'Direct Line refused the token request (500)' } });
  });

  it('When Azure Direct Line is configured, Then the built-in endpoint is off', async () => {
    const response = await fetch(`${bot.server.url}/v3/directline/tokens/generate`, { method: 'POST' });
    expect(response.status).toBe(404);
  });
});

describe('page rendering', () => {
  it('When a text contains HTML, Then the page shows it as text and the config cannot close its script block', async () => {
    const i18n = await createI18n();
    i18n.addResource('nl', 'webchat', 'page.heading', '<img src=x onerror=alert(1)>');
    i18n.addResource('nl', 'webchat', 'page.readAloud', '</script><script>alert(1)</script>');
    const template = '<h1>{{heading}}</h1><script type="application/json">{{config}}</script>';
    const html = renderPage(template, { i18n, phone: '0800 30 700' }, 'nl');
    expect(html.startsWith('<h1>&#60;img src=x onerror=alert(1)&#62;</h1>')).toBe(true);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain('\\u003c/script>\\u003cscript>alert(1)\\u003c/script>');
  });
});

// fetch() decodes transparently; make sure the server really compressed, and by what the client accepts.
describe('compression of the page and its files', () => {
  const get = async (url: string, acceptEncoding: string | undefined) => {
    const { request } = await import('node:http');
    return new Promise<{ status: number; encoding: string | undefined; vary: string | undefined; body: Buffer }>((resolve, reject) => {
      request(url, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            encoding: res.headers['content-encoding'],
            vary: res.headers.vary,
            body: Buffer.concat(chunks),
          }),
        );
      })
        .on('error', reject)
        .end();
    });
  };

  it('When a client accepts brotli, gzip or nothing, Then the bundle comes in that encoding, and brotli is under 420 KiB', async () => {
    const bot = await start();
    try {
      const page = await get(`${bot.server.url}/`, 'gzip, deflate, br');
      expect(page.encoding).toBe('br');
      const html = brotliDecompressSync(page.body).toString('utf8');
      const bundle = `${bot.server.url}${/src="(\/webchat\/webchat\.[\da-f]{12}\.js)"/.exec(html)?.[1] ?? ''}`;
      const br = await get(bundle, 'gzip, deflate, br');
      const gz = await get(bundle, 'gzip;q=1, br;q=0');
      const plain = await get(bundle, undefined);
      expect([br.status, br.encoding, br.vary]).toEqual([200, 'br', 'accept-encoding']);
      expect(gz.encoding).toBe('gzip');
      expect(plain.encoding).toBeUndefined();
      // Buffer.equals: toEqual compares 1.9 MB byte by byte far too slowly.
      expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
      expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
      expect(br.body.length).toBeLessThan(420 * 1024);
    } finally {
      await bot.stop();
    }
  });
});
