import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { expect } from 'vitest';

/*
 * The web chat page in a test's Chromium: a page with its own cold cache that records what it
 * raises, requests and would read aloud, and the helpers both web chat browser test files share
 * (webchat.browser.test.ts: the layout; webchat.connection.browser.test.ts: sending, reloads, handover).
 */
const root = new URL('../../', import.meta.url).pathname;
/** The phone most tests use: 360 × 740. */
export const PHONE = { width: 360, height: 740 };

/** The few browser globals the test touches inside the page (the project compiles without the DOM library). */
interface Utterance {
  text: string;
  lang: string;
  onend: ((event: unknown) => void) | null;
}
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
export interface Element {
  getBoundingClientRect(): Box;
  tagName: string;
  textContent: string | null;
}
export interface PageGlobals {
  speechSynthesis: { speak(utterance: Utterance): void };
  spoken: { text: string; lang: string }[];
  /** performance.now() when the first bot message appeared (set by the init script). */
  firstBotMessageAt?: number;
  getComputedStyle(element: unknown): {
    fontSize: string;
    outlineStyle: string;
    outlineWidth: string;
    textDecorationLine: string;
    backgroundColor: string;
    lineHeight: string;
  };
  document: {
    querySelector(selector: string): Element | null;
    querySelectorAll(selector: string): ArrayLike<Element>;
    activeElement: unknown;
    documentElement: { lang: string };
    title: string;
  };
  sessionStorage: { getItem(key: string): string | null };
  performance: {
    getEntriesByType(type: string): { name: string; transferSize: number }[];
  };
  axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** A page whose reply the test pulls back to its top, as Web Chat's own scrolling may. */
export type PulledBack = PageGlobals & { pulledBack?: number };

/** A page with its own cold cache that records errors, requests and what read-aloud would say. */
export async function openPage(browser: Browser, viewport: { width: number; height: number }, options: { touch?: boolean } = {}) {
  const context = await browser.newContext({
    viewport,
    // A touch screen: no hover, a coarse pointer, taps instead of clicks.
    ...(options.touch && { hasTouch: true, isMobile: true }),
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    // Only so the test can inject axe-core; the page itself runs under its own strict CSP.
    bypassCSP: true,
  });
  // Records what read-aloud would say, instead of speaking, and when the first bot message shows.
  await context.addInitScript(() => {
    const page = globalThis as unknown as PageGlobals & {
      MutationObserver: new (cb: (r: unknown, o: { disconnect(): void }) => void) => { observe(t: unknown, o: object): void };
    };
    page.spoken = [];
    page.speechSynthesis.speak = (utterance) => {
      page.spoken.push({ text: utterance.text, lang: utterance.lang });
      setTimeout(() => utterance.onend?.({ type: 'end' }), 0);
    };
    new page.MutationObserver((_records, observer) => {
      if (page.document.querySelector('.webchat__bubble')) {
        page.firstBotMessageAt = (globalThis as unknown as { performance: { now(): number } }).performance.now();
        observer.disconnect();
      }
    }).observe(page.document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  const botSays = (text: string) => page.getByText(text, { exact: true }).last().waitFor({ timeout: 15_000 });
  const answers = () => page.getByRole('toolbar', { name: 'Kies een antwoord' });
  return { context, page, problems, requests, botSays, answers };
}

/** The page at the menu, then its connection drops: the banner says so, and is returned. */
export async function offlineAtMenu(tab: Awaited<ReturnType<typeof openPage>>, url: string) {
  const { page, context } = tab;
  await page.goto(`${url}/`);
  await tab.botSays('Waar kan ik je mee helpen?');
  await page.locator('.webchat__connectivityStatus').waitFor({ state: 'hidden', timeout: 10_000 });
  await context.setOffline(true);
  const banner = page.locator('#status');
  await expect.poll(() => banner.innerText()).toBe('Geen internet. We proberen het opnieuw.');
  return banner;
}

/**
 * A message the page posts to the bot; not the page's own events ("the page was closed", "the
 * page is back", src/handover/model.ts PAGE_EVENTS), which a reload sends too.
 */
export function isMessagePost(request: Request): boolean {
  return (
    request.method() === 'POST' &&
    request.url().endsWith('/activities') &&
    (request.postDataJSON() as { type?: string } | null)?.type !== 'event'
  );
}

/** The text of every message the page posts to the bot, in the order sent. */
export function postedTexts(page: Page): string[] {
  const posted: string[] = [];
  page.on('request', (request) => {
    if (isMessagePost(request)) {
      posted.push(String((request.postDataJSON() as { text?: string }).text));
    }
  });
  return posted;
}

export async function axeProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const result = await (globalThis as unknown as PageGlobals).axe.run((globalThis as unknown as PageGlobals).document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  const others = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (others.length > 0) console.info(`axe, not blocking: ${others.map((v) => `${v.impact} ${v.id}`).join(', ')}`);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
