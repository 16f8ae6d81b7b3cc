import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { i18n } from 'i18next';
import type restify from 'restify';
import { translatorFor } from '../../i18n/i18n.js';
import { DEFAULT_LOCALE, INTL_TAGS, LOCALES, toSupported, type Locale } from '../../i18n/locale.js';
import { describeError } from '../../observability/errors.js';
import type { Logger } from '../../observability/logger.js';
import type { RouteRegistrar } from '../../server.js';
import { DirectLineError } from '../directline/directLineService.js';
import { clientAddress } from '../directline/rateLimit.js';
import { frenchSpacing } from '../text.js';
import { chooseEncoding, encode, HashedAssets, type EncodedBody } from './assets.js';
import type { WebChatTokenSource } from './tokenSource.js';

/** The language tag Web Chat and the read-aloud voice get for each bot language. */
export const CLIENT_LOCALES: Record<Locale, string> = INTL_TAGS;

export interface WebChatPageDeps {
  i18n: i18n;
  /** VDAB's phone number, shown when the chat cannot start. */
  phone: string;
  tokens: WebChatTokenSource;
  logger: Logger;
  trustedProxyHops: number;
}

/** A year: hashed file names change with their content, so a cached copy is never stale. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The public chat page and what it loads, all from this server (no CDN, works offline):
 * GET / (the page; `?lang=fr|en` for French or English), GET /webchat/<name>.<hash>.js|css (the
 * page's script and style and the installed botframework-webchat minimal bundle; brotli or gzip
 * by Accept-Encoding, cached for a year) and POST /api/webchat/token.
 */
export function webChatRoutes(deps: WebChatPageDeps): RouteRegistrar {
  const dir = publicDir();
  const assets = new HashedAssets([
    { name: 'page.js', path: join(dir, 'page.js'), type: 'text/javascript; charset=utf-8' },
    { name: 'page.css', path: join(dir, 'page.css'), type: 'text/css; charset=utf-8' },
    { name: 'webchat.js', path: webChatBundlePath(), type: 'text/javascript; charset=utf-8' },
  ]);
  const template = readFileSync(join(dir, 'index.html'), 'utf8');
  const urls = { pageJs: assets.url('page.js'), pageCss: assets.url('page.css'), webchatJs: assets.url('webchat.js') };
  const pages = new Map<Locale, Promise<EncodedBody>>(
    LOCALES.map((locale) => [locale, encode(Buffer.from(renderPage(template, deps, locale, urls), 'utf8'))]),
  );
  void assets.ready().catch((error: unknown) => deps.logger.error('web chat files could not be compressed', describeError(error)));

  const csp = (req: restify.Request) =>
    [
      "default-src 'self'",
      "script-src 'self'",
      // Web Chat injects its styles at run time (emotion), so inline styles must be allowed.
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "media-src 'self' data: blob:",
      ['connect-src', "'self'", ...streamOrigins(req), ...deps.tokens.connectOrigins].join(' '),
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; ');

  const send = (req: restify.Request, res: restify.Response, body: EncodedBody, headers: Record<string, string>) => {
    const encoding = chooseEncoding(req.header('accept-encoding'));
    const bytes = encoding ? body[encoding] : body.raw;
    res.writeHead(200, {
      ...headers,
      'content-length': String(bytes.length),
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
      ...(encoding && { 'content-encoding': encoding }),
    });
    res.end(bytes);
  };

  return (server) => {
    server.get('/', async (req, res) => {
      const query = req.query as Record<string, unknown> | undefined;
      const locale = toSupported(typeof query?.lang === 'string' ? query.lang : undefined) ?? DEFAULT_LOCALE;
      const page = (await pages.get(locale)) as EncodedBody;
      send(req, res, page, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        'content-security-policy': csp(req),
        'referrer-policy': 'no-referrer',
      });
    });

    server.get('/webchat/:file', async (req, res) => {
      const asset = assets.find(`/webchat/${String(req.params.file)}`);
      if (!asset) {
        res.header('cache-control', 'no-store');
        res.send(404, { error: 'not found' });
        return;
      }
      send(req, res, await asset.body, { 'content-type': asset.type, 'cache-control': IMMUTABLE });
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

/** What the page shows and says in one language (locales/<lang>/webchat.json). */
function pageTexts(deps: Pick<WebChatPageDeps, 'i18n' | 'phone'>, locale: Locale) {
  const t = translatorFor(deps.i18n, locale);
  // French gets its no-break spaces before ? ! : ; here too, as the bot's messages do (src/channels/render.ts).
  const typeset = (text: string) => (locale === 'fr' ? frenchSpacing(text) : text);
  const page = (key: string) => typeset(t(`webchat:page.${key}` as never) as string);
  const client = deps.i18n.getResource(locale, 'webchat', 'client') as Record<string, string>;
  return {
    tag: CLIENT_LOCALES[locale],
    clientStrings: Object.fromEntries(Object.entries(client).map(([key, text]) => [key, typeset(text)])),
    texts: {
      title: page('title'),
      heading: page('heading'),
      intro: page('intro'),
      noLogin: page('noLogin'),
      talkToPerson: page('talkToPerson'),
      // The same words as the menu button, so the bot understands it in every language.
      talkToPersonMessage: t('menu.person'),
      readAloud: page('readAloud'),
      stopReading: page('stopReading'),
      chatLabel: page('chatLabel'),
      // The text box's hint where Web Chat's own (TEXT_INPUT_PLACEHOLDER) would not fit on one line.
      placeholderShort: page('placeholderShort'),
      loading: typeset(t('webchat:page.loading', { phone: deps.phone })),
      waiting: page('waiting'),
      waitingMessage: page('waitingMessage'),
      offline: page('offline'),
      notSent: page('notSent'),
      resend: page('resend'),
      // What a screen reader hears of a message's time: "Verzonden om 14:05", "Verzonden op 5 maart om 14:05".
      sentToday: page('sentToday'),
      sentEarlier: page('sentEarlier'),
      failed: typeset(t('webchat:page.failed', { phone: deps.phone })),
      // Status texts that name the number show it as a link to call.
      phone: deps.phone,
    },
  };
}

/**
 * The page in one language, escaped for HTML. Its config holds the texts of every language, so
 * the page can follow the conversation when the user switches language in the chat.
 */
export function renderPage(
  template: string,
  deps: Pick<WebChatPageDeps, 'i18n' | 'phone'>,
  locale: Locale,
  urls: Record<string, string> = {},
): string {
  const own = pageTexts(deps, locale);
  const config = {
    locale,
    tokenUrl: '/api/webchat/token',
    languages: Object.fromEntries(LOCALES.map((l) => [l, pageTexts(deps, l)])),
  };
  const values: Record<string, string> = { ...own.texts, lang: own.tag, ...urls };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    // JSON in a <script> block: "<" is escaped so no text can close the block.
    name === 'config' ? JSON.stringify(config).replace(/</g, '\\u003c') : escapeHtml(values[name] ?? ''),
  );
}

/** `ws://host wss://host` for this request: where the page opens its Direct Line stream. */
function streamOrigins(req: restify.Request): string[] {
  const host = req.headers.host ?? '';
  return /^(?:[\w.-]+|\[[\da-fA-F:.]+\])(?::\d{1,5})?$/.test(host) ? [`ws://${host}`, `wss://${host}`] : [];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
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

/**
 * The installed botframework-webchat package's smallest browser bundle (window.WebChat): the
 * minimal one, without Adaptive Cards, Cognitive Services speech and markdown-it, none of which
 * the page uses (it renders its own Markdown links and reads aloud with the browser's voices).
 */
function webChatBundlePath(): string {
  const main = createRequire(import.meta.url).resolve('botframework-webchat');
  return join(dirname(main), '..', 'dist', 'webchat-minimal.js');
}
