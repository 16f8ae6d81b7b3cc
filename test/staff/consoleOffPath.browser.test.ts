import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startBot, type RunningBot } from '../../src/runtime.js';
import { fakeChannelService, httpUser } from './httpUser.js';

/**
 * The staff console off the happy path, in Debian's Chromium against the real server: a staff
 * member typing a reply while the console refreshes, what a person typed shown as text, and a
 * reply to a person who already left.
 */
const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
const inCI = process.env.CI === 'true';
const TOKEN = 'staff-token-0123456789';
const IN_HOURS = { now: () => new Date('2026-11-26T10:00:00+01:00') };

if (!executablePath && !inCI) {
  console.warn('SKIPPED test/staff/consoleOffPath.browser.test.ts: Chromium is not installed (apt-get install chromium).');
}

/** The little of the page's DOM a test reads (the tests compile without the DOM library). */
interface Box {
  tagName: string;
  scrollWidth: number;
  clientWidth: number;
}
interface BoxedDocument {
  documentElement: Box;
  querySelectorAll(selector: string): Iterable<Box>;
}

describe.skipIf(!executablePath && !inCI)('staff console off the happy path, in a real browser', () => {
  let bot: RunningBot;
  let channel: Awaited<ReturnType<typeof fakeChannelService>>;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const pageErrors: string[] = [];
  let user: ReturnType<typeof httpUser>;

  beforeAll(async () => {
    if (!executablePath) throw new Error('CI=true but Chromium is missing: expected /usr/lib/chromium/chromium or /usr/bin/chromium.');
    channel = await fakeChannelService();
    bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1', STAFF_TOKEN: TOKEN }), silentLogger, IN_HOURS);
    user = httpUser(bot, channel.url, 'offpath-1');
    profile = mkdtempSync(join(tmpdir(), 'loopbaanbot-staff-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
      viewport: { width: 1100, height: 1000 },
      locale: 'nl-BE',
    });
    await context.route('**/*', (route) => (route.request().url().startsWith(bot.server.url) ? route.continue() : route.abort()));
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('dialog', (dialog) => void dialog.dismiss());

    await user.says('hallo');
    await user.says('Met iemand praten');
    await user.says('Nu chatten');
    await user.says('<img src=x onerror="window.pwned=1"> ik zoek werk');
    await page.goto(`${bot.server.url}/staff`);
    await page.getByLabel('Toegangscode').fill(TOKEN);
    await page.getByLabel('Je naam').fill('Anna Peeters');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.locator('#queue').getByRole('button', { name: 'Neem over' }).click();
    await page.locator('#taken').getByText('Opgenomen door Anna Peeters.').waitFor({ timeout: 10_000 });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await bot?.stop();
    await channel?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('When staff type a reply while the console refreshes, Then what they typed and the focus stay', async () => {
    const box = page.locator('#taken').getByLabel('Je bericht');
    await box.click();
    await page.keyboard.type('Dag, ik ben Anna. Ik kijk even');
    // The console reloads the cases every 2 seconds.
    await page.waitForTimeout(4_500);
    await expect(box.inputValue()).resolves.toBe('Dag, ik ben Anna. Ik kijk even');
    await expect(box.evaluate((node) => node === node.ownerDocument.activeElement)).resolves.toBe(true);
  }, 60_000);

  it('When staff look at a case, Then its heading says since when the person waits, on the Brussels clock', async () => {
    // The server's clock says 26 November 10:00 in Brussels; the browser's today is another day.
    await expect(page.locator('#taken').getByRole('heading').first().innerText()).resolves.toBe(
      'Iemand wil chatten · Sinds 26 november om 10:00',
    );
  }, 60_000);

  it('When the person wrote HTML while waiting, Then staff see it as text and it does not run', async () => {
    await page.locator('#taken').getByText('Persoon: <img src=x onerror="window.pwned=1"> ik zoek werk').waitFor({ timeout: 10_000 });
    await expect(page.evaluate(() => (globalThis as { pwned?: number }).pwned)).resolves.toBeUndefined();
  }, 60_000);

  it('When the person sends a very long message without spaces, Then the console wraps it and never scrolls sideways', async () => {
    const link = `https://example.test/${'a'.repeat(1_900)}`;
    await user.says(link);
    await page.locator('#taken').getByText(`Persoon: ${link}`).waitFor({ timeout: 10_000 });
    const sideways = await page.evaluate(() => {
      const { document } = globalThis as unknown as { document: BoxedDocument };
      return [document.documentElement, ...document.querySelectorAll('#taken *')]
        .filter((node) => node.scrollWidth > node.clientWidth + 1)
        .map((node) => node.tagName);
    });
    expect(sideways).toEqual([]);
  }, 60_000);

  it('When the person stopped and staff still send a reply, Then the console says the person does not get it', async () => {
    await user.says('stop');
    const box = page.locator('#taken').getByLabel('Je bericht');
    await box.fill('Hier is de link naar het formulier.');
    await page.locator('#taken').getByRole('button', { name: 'Stuur' }).click();
    const taken = page.locator('#taken');
    await taken.getByText('Deze case is afgesloten. De persoon krijgt dit bericht niet.').waitFor({ timeout: 10_000 });
    await taken.getByText('De persoon heeft het gesprek gestopt.').waitFor({ timeout: 10_000 });
    // The conversation and the unsent text stay after the next refreshes.
    await page.waitForTimeout(4_500);
    await expect(box.inputValue()).resolves.toBe('Hier is de link naar het formulier.');
    await taken.getByText('Persoon: <img src=x onerror="window.pwned=1"> ik zoek werk').waitFor({ timeout: 1_000 });
    expect(channel.delivered.map((d) => d.text)).not.toContain('Anna: Hier is de link naar het formulier.');

    await taken.getByRole('button', { name: 'Sluit af' }).click();
    await taken.getByText('Niemand.').waitFor({ timeout: 10_000 });
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('When the list cannot be loaded (server error, network down), Then the console says it is not up to date, and clears that once it loads', async () => {
    const listUrl = `${bot.server.url}/api/staff/handovers`;
    await page.route(listUrl, (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }));
    const notice = page.getByText('De lijst is niet bijgewerkt. We proberen het zo opnieuw.');
    await notice.waitFor({ timeout: 10_000 });
    await page.unroute(listUrl);
    await page.route(listUrl, (route) => route.abort());
    await page.waitForTimeout(2_500);
    await expect(notice.isVisible()).resolves.toBe(true);
    await page.unroute(listUrl);
    await notice.waitFor({ state: 'hidden', timeout: 10_000 });
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('When staff sign in again with their name typed a little differently, Then their own chat is still theirs to answer', async () => {
    const other = httpUser(bot, channel.url, 'offpath-2');
    await other.says('hallo');
    await other.says('Met iemand praten');
    await other.says('Nu chatten');
    await page.locator('#queue').getByRole('button', { name: 'Neem over' }).click();
    await page.locator('#taken').getByLabel('Je bericht').waitFor({ timeout: 10_000 });

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByLabel('Toegangscode').fill(TOKEN);
    await page.getByLabel('Je naam').fill('  anna  PEETERS ');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.locator('#taken').getByText('Opgenomen door Anna Peeters.').waitFor({ timeout: 10_000 });
    await page.locator('#taken').getByLabel('Je bericht').waitFor({ timeout: 10_000 });
  }, 60_000);
});
