import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { i18n } from 'i18next';
import { translatorFor } from '../i18n/i18n.js';
import type { RouteRegistrar } from '../server.js';

export interface ConsolePageDeps {
  i18n: i18n;
  /** STAFF_TOKEN; unset = the pages do not exist (404), like the API. */
  token: string | undefined;
  /** How often the console reloads the queue (ms). */
  pollMs?: number;
}

/**
 * The staff console for teams without Teams and for local use, all served from this server (no
 * CDN): GET /staff (queue, call-backs, take over, chat, close), GET /staff/reach (weekly counts as
 * a chart), and their assets under /staff/assets/ (Chart.js from node_modules). The pages hold no
 * data: they ask for the STAFF_TOKEN and call the staff API with it.
 */
export function consolePageRoutes(deps: ConsolePageDeps): RouteRegistrar {
  const dir = publicDir();
  const assets: Record<string, { body: Buffer; type: string }> = {
    'console.js': { body: readFileSync(join(dir, 'console.js')), type: 'text/javascript; charset=utf-8' },
    'reach.js': { body: readFileSync(join(dir, 'reach.js')), type: 'text/javascript; charset=utf-8' },
    'staff.css': { body: readFileSync(join(dir, 'staff.css')), type: 'text/css; charset=utf-8' },
    'chart.js': { body: readFileSync(chartBundlePath()), type: 'text/javascript; charset=utf-8' },
  };
  const pages = { console: readFileSync(join(dir, 'console.html'), 'utf8'), reach: readFileSync(join(dir, 'reach.html'), 'utf8') };
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };

  return (server) => {
    server.get('/staff', (_req, res, next) => {
      if (!deps.token) return void (res.send(404, { error: 'not found' }), next());
      res.writeHead(200, headers);
      res.end(renderStaffPage(pages.console, deps, 'console'));
      return next();
    });
    server.get('/staff/reach', (_req, res, next) => {
      if (!deps.token) return void (res.send(404, { error: 'not found' }), next());
      res.writeHead(200, headers);
      res.end(renderStaffPage(pages.reach, deps, 'reach'));
      return next();
    });
    server.get('/staff/assets/:file', (req, res, next) => {
      const asset = deps.token ? assets[String(req.params.file)] : undefined;
      if (!asset) return void (res.send(404, { error: 'not found' }), next());
      res.writeHead(200, {
        'content-type': asset.type,
        'content-length': asset.body.length,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      res.end(asset.body);
      return next();
    });
  };
}

/** A staff page with its texts (locales/nl/staff.json) filled in and escaped. */
export function renderStaffPage(template: string, deps: Pick<ConsolePageDeps, 'i18n' | 'pollMs'>, page: 'console' | 'reach'): string {
  const t = translatorFor(deps.i18n, 'nl');
  const resource = (key: string) => deps.i18n.getResource('nl', 'staff', key) as Record<string, string>;
  const values: Record<string, string> = { ...resource('console'), ...(page === 'reach' ? resource('reach') : {}) };
  const config = {
    pollMs: deps.pollMs ?? 2_000,
    texts: {
      ...resource('console'),
      titleChat: t('staff:card.titleChat'),
      titleCallback: t('staff:card.titleCallback'),
      takenBy: deps.i18n.getResource('nl', 'staff', 'card.takenBy') as string,
      userStopped: t('staff:relay.userStopped'),
      alreadyClosed: t('staff:card.alreadyClosed'),
      notDelivered: t('staff:relay.closed'),
      takeFirst: t('staff:relay.takeFirst'),
      personGone: t('staff:card.left'),
      handedBackBy: deps.i18n.getResource('nl', 'staff', 'card.handedBackBy') as string,
      personLeft: t('staff:card.personLeft'),
      pageClosed: t('staff:relay.pageClosed'),
      personBack: t('staff:relay.back'),
      events: resource('reach.events'),
      channels: resource('channels'),
      languages: resource('languages'),
    },
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    name === 'config' ? JSON.stringify(config).replace(/</g, '\\u003c') : escapeHtml(values[name] ?? ''),
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The files beside this module; from dist/ they are found in src/ of the same checkout (tsc copies no assets). */
function publicDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'public'), resolve(here, '../../../src/staff/public')];
  const found = candidates.find((d) => existsSync(join(d, 'console.html')));
  if (!found) throw new Error(`consolePageRoutes: the console files are missing (looked in ${candidates.join(', ')}).`);
  return found;
}

/** Chart.js's browser bundle (window.Chart) from the installed package. */
function chartBundlePath(): string {
  const main = createRequire(import.meta.url).resolve('chart.js');
  return join(dirname(main), 'chart.umd.min.js');
}
