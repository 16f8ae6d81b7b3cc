import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { i18n } from 'i18next';
import type restify from 'restify';
import { translatorFor } from '../../i18n/i18n.js';
import { DEFAULT_LOCALE, toSupported, type Locale } from '../../i18n/locale.js';
import { describeError } from '../../observability/errors.js';
import type { Logger } from '../../observability/logger.js';
import type { RouteRegistrar } from '../../server.js';
import { DirectLineError } from '../directline/directLineService.js';
import { clientAddress } from '../directline/rateLimit.js';
import type { WebChatTokenSource } from './tokenSource.js';

/** The language tag Web Chat and the read-aloud voice get for each bot language. */
export const CLIENT_LOCALES: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

export interface WebChatPageDeps {
  i18n: i18n;
  /** VDAB's phone number, shown when the chat cannot start. */
  phone: string;
  tokens: WebChatTokenSource;
  logger: Logger;
  trustedProxyHops: number;
  /** How often Web Chat polls for new messages. */
  pollingIntervalMs?: number;
}

/**
 * The public chat page and what it loads, all from this server (no CDN, works offline):
 * GET / (the page; `?lang=fr|en` for French or English), GET /webchat/page.js|page.css, GET
 * /webchat/webchat.js (the installed botframework-webchat bundle) and POST /api/webchat/token.
 */
export function webChatRoutes(deps: WebChatPageDeps): RouteRegistrar {
  const template = readFileSync(join(publicDir(), 'index.html'), 'utf8');
  const assets = {
    'page.js': asset(join(publicDir(), 'page.js'), 'text/javascript; charset=utf-8'),
    'page.css': asset(join(publicDir(), 'page.css'), 'text/css; charset=utf-8'),
    'webchat.js': asset(webChatBundlePath(), 'text/javascript; charset=utf-8'),
  };
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    // Web Chat injects its styles at run time (emotion), so inline styles must be allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    ['connect-src', "'self'", ...deps.tokens.connectOrigins].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  return (server) => {
    server.get('/', (req, res, next) => {
      const query = req.query as Record<string, unknown> | undefined;
      const locale = toSupported(typeof query?.lang === 'string' ? query.lang : undefined) ?? DEFAULT_LOCALE;
      const html = renderPage(template, deps, locale);
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
      res.end(html);
      return next();
    });

    server.get('/webchat/:file', (req, res, next) => {
      const file = assets[String(req.params.file) as keyof typeof assets] as Asset | undefined;
      if (!file) {
        res.send(404, { error: 'not found' });
        return next();
      }
      const gzip = /\bgzip\b/.test(req.header('accept-encoding') ?? '');
      const body = gzip ? file.gzipped() : file.raw;
      res.writeHead(200, {
        'content-type': file.type,
        'content-length': body.length,
        'cache-control': 'public, max-age=3600',
        'x-content-type-options': 'nosniff',
        vary: 'accept-encoding',
        ...(gzip && { 'content-encoding': 'gzip' }),
      });
      res.end(body);
      return next();
    });

    server.post('/api/webchat/token', async (req: restify.Request, res: restify.Response) => {
      res.header('Cache-Control', 'no-store');
      try {
        res.send(200, await deps.tokens.ticket(clientAddress(req, deps.trustedProxyHops)));
      } catch (error) {
        if (error instanceof DirectLineError) {
          if (error.retryAfterSeconds !== undefined) res.header('Retry-After', String(error.retryAfterSeconds));
          if (error.status >= 500) deps.logger.warn('web chat token not issued', { source: deps.tokens.kind, reason: error.message });
          res.send(error.status, { error: { code: error.code, message: error.message } });
          return;
        }
        deps.logger.error('web chat token failed', describeError(error));
        res.send(500, { error: { code: 'ServiceError', message: 'no token' } });
      }
    });
  };
}

/** The page in one language: texts from locales/<lang>/webchat.json, escaped for HTML. */
export function renderPage(template: string, deps: Pick<WebChatPageDeps, 'i18n' | 'phone' | 'pollingIntervalMs'>, locale: Locale): string {
  const t = translatorFor(deps.i18n, locale);
  const page = (key: string) => t(`webchat:page.${key}` as never) as string;
  const config = {
    locale: CLIENT_LOCALES[locale],
    tokenUrl: '/api/webchat/token',
    pollingInterval: deps.pollingIntervalMs ?? 1_000,
    clientStrings: deps.i18n.getResource(locale, 'webchat', 'client') as Record<string, string>,
    texts: {
      // The same words as the menu button, so the bot understands it in every language.
      talkToPersonMessage: t('menu.person'),
      readAloud: page('readAloud'),
      stopReading: page('stopReading'),
      failed: t('webchat:page.failed', { phone: deps.phone }),
    },
  };
  const values: Record<string, string> = {
    lang: CLIENT_LOCALES[locale],
    title: page('title'),
    heading: page('heading'),
    intro: page('intro'),
    noLogin: page('noLogin'),
    talkToPerson: page('talkToPerson'),
    readAloud: page('readAloud'),
    loading: page('loading'),
    chatLabel: page('chatLabel'),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    // JSON in a <script> block: "<" is escaped so no text can close the block.
    name === 'config' ? JSON.stringify(config).replace(/</g, '\\u003c') : escapeHtml(values[name] ?? ''),
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface Asset {
  type: string;
  raw: Buffer;
  gzipped(): Buffer;
}

/** Read once at start-up; gzipped on first request (the Web Chat bundle shrinks from ~4 MB to ~1 MB). */
function asset(path: string, type: string): Asset {
  const raw = readFileSync(path);
  let gzipped: Buffer | undefined;
  return { type, raw, gzipped: () => (gzipped ??= gzipSync(raw)) };
}

/**
 * The page's files live beside this module in the source tree. The build (tsc) copies no assets,
 * so the compiled module in dist/ finds them in src/ of the same checkout.
 */
function publicDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'public'), resolve(here, '../../../../src/channels/webchat/public')];
  const found = candidates.find((dir) => existsSync(join(dir, 'index.html')));
  if (!found) throw new Error(`webChatRoutes: the page files are missing (looked in ${candidates.join(', ')}).`);
  return found;
}

/** The installed botframework-webchat package's browser bundle (window.WebChat). */
function webChatBundlePath(): string {
  const main = createRequire(import.meta.url).resolve('botframework-webchat');
  return join(dirname(main), '..', 'dist', 'webchat.js');
}
