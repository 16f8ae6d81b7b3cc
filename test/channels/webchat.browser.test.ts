import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { fixedDateClock } from '../../src/domain/calendar.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startBot, type RunningBot } from '../../src/runtime.js';

/**
 * The web chat page in Debian's Chromium, driven by playwright-core (no browser download): what a
 * visitor of the page sees and taps, against the real server and the built-in Direct Line.
 */
const root = new URL('../../', import.meta.url).pathname;
const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
const inCI = process.env.CI === 'true';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (!executablePath && !inCI) {
  console.warn('SKIPPED test/channels/webchat.browser.test.ts: Chromium is not installed (apt-get install chromium).');
}

/** The few browser globals the test touches inside the page (the project compiles without the DOM library). */
interface Utterance {
  text: string;
  lang: string;
  onend: ((event: unknown) => void) | null;
}
interface PageGlobals {
  speechSynthesis: { speak(utterance: Utterance): void };
  spoken: { text: string; lang: string }[];
  getComputedStyle(element: unknown): { fontSize: string };
  document: unknown;
  axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describe.skipIf(!executablePath && !inCI)('web chat page in a real browser', () => {
  let bot: RunningBot;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const outsideRequests: string[] = [];

  beforeAll(async () => {
    if (!executablePath) throw new Error('CI=true but Chromium is missing: expected /usr/lib/chromium/chromium or /usr/bin/chromium.');
    bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1' }), silentLogger, fixedDateClock('2026-11-26'));
    profile = mkdtempSync(join(tmpdir(), 'loopbaanbot-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 900, height: 1100 },
      locale: 'nl-BE',
      // Only so the test can inject axe-core; the page itself runs under its own strict CSP.
      bypassCSP: true,
    });
    // Nothing leaves the machine: every request that is not to the bot is refused and recorded.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(bot.server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      outsideRequests.push(url);
      return route.abort();
    });
    // Records what read-aloud would say, instead of speaking.
    await context.addInitScript(() => {
      const page = globalThis as unknown as PageGlobals;
      page.spoken = [];
      page.speechSynthesis.speak = (utterance) => {
        page.spoken.push({ text: utterance.text, lang: utterance.lang });
        setTimeout(() => utterance.onend?.({ type: 'end' }), 0);
      };
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await bot?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const botSays = (text: string) => page.getByText(text, { exact: true }).last().waitFor({ timeout: 15_000 });

  it('When the page opens, Then the bot greets in Dutch and offers the menu as big buttons', async () => {
    await page.goto(`${bot.server.url}/`);
    await expect(page.title()).resolves.toBe('Loopbaanbot van VDAB');
    await botSays('Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.');
    await botSays('Waar kan ik je mee helpen?');
    const buttons = page.locator('.webchat__suggested-action');
    await buttons.first().waitFor();
    await expect(buttons.allInnerTexts()).resolves.toEqual(['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer']);
    const box = await buttons.first().boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(48);
    const bubbleFontPx = await page
      .getByText('Waar kan ik je mee helpen?', { exact: true })
      .last()
      .evaluate((element) => parseFloat((globalThis as unknown as PageGlobals).getComputedStyle(element).fontSize));
    expect(bubbleFontPx).toBeGreaterThanOrEqual(18);
    await expect(page.getByPlaceholder('Typ hier je bericht').count()).resolves.toBe(1);
  }, 60_000);

  it('When the user taps a suggested action, Then their choice shows and the bot answers it', async () => {
    await page.getByRole('toolbar', { name: 'Kies een antwoord' }).getByRole('button', { name: 'Wat is een loopbaancheque?' }).click();
    await page.locator('.webchat__bubble--from-user').getByText('Wat is een loopbaancheque?').waitFor({ timeout: 15_000 });
    await botSays('Was dit duidelijk?');
    await expect(page.getByRole('toolbar', { name: 'Kies een antwoord' }).getByRole('button').allInnerTexts()).resolves.toEqual(['Ja', 'Nee', 'Meer uitleg']);
  }, 60_000);

  it('When the user taps "Met iemand praten" on the page, Then the bot offers a chat with staff or a call-back, with the number to tap', async () => {
    await page.getByRole('button', { name: 'Met iemand praten' }).click();
    await botSays('Ik breng je in contact met iemand van VDAB.');
    await botSays('Wil je nu chatten of wil je dat we je bellen?');
    await expect(page.getByRole('toolbar', { name: 'Kies een antwoord' }).getByRole('button').allInnerTexts()).resolves.toEqual([
      'Nu chatten',
      'Bel me terug',
    ]);
    await page.getByRole('button', { name: 'Bel 0800 30 700' }).waitFor({ timeout: 15_000 });
  }, 60_000);

  it('When the user taps "Lees voor", Then everything the bot said since then is read in Belgian Dutch', async () => {
    await page.getByRole('button', { name: 'Lees voor' }).click();
    const spoken = await page.evaluate(() => (globalThis as unknown as PageGlobals).spoken);
    expect(spoken).toHaveLength(1);
    expect(spoken[0]?.lang).toBe('nl-BE');
    expect(spoken[0]?.text.startsWith('Ik breng je in contact met iemand van VDAB. Je kan ook zelf gratis bellen: 0800 30 700.')).toBe(true);
    expect(spoken[0]?.text.endsWith('Wil je nu chatten of wil je dat we je bellen?')).toBe(true);
    await page.getByRole('button', { name: 'Lees voor' }).waitFor();
  }, 60_000);

  it('When axe-core checks the page, Then it finds no serious or critical accessibility problems', async () => {
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const page = globalThis as unknown as PageGlobals;
      const result = await page.axe.run(page.document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    });
    const others = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
    if (others.length > 0) console.info(`axe, not blocking: ${others.map((v) => `${v.impact} ${v.id}`).join(', ')}`);
    const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  }, 60_000);

  it('When the conversation ran, Then the page made no request outside this server and raised no error', async () => {
    mkdirSync(join(root, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(root, 'test-results', 'webchat.png'), fullPage: true });
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
