import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startBot, type RunningBot } from '../../src/runtime.js';
import { fakeChannelService, httpUser } from './httpUser.js';

/**
 * The staff console in Debian's Chromium (playwright-core, no browser download), against the real
 * server: a person waits, staff sign in, take the case, chat and close it, then look at the reach.
 */
const root = new URL('../../', import.meta.url).pathname;
const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
const inCI = process.env.CI === 'true';
const TOKEN = 'staff-token-0123456789';
const IN_HOURS = { now: () => new Date('2026-11-26T10:00:00+01:00') };

if (!executablePath && !inCI) {
  console.warn('SKIPPED test/staff/console.browser.test.ts: Chromium is not installed (apt-get install chromium).');
}

interface PageGlobals {
  reachCharts?: unknown[];
  document: unknown;
  axe: { run(context: unknown, options: object): Promise<{ violations: { id: string; impact: string | null; help: string }[] }> };
}

describe.skipIf(!executablePath && !inCI)('staff console in a real browser', () => {
  let bot: RunningBot;
  let channel: Awaited<ReturnType<typeof fakeChannelService>>;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const outsideRequests: string[] = [];
  const user = () => httpUser(bot, channel.url, 'browser-1');

  beforeAll(async () => {
    if (!executablePath) throw new Error('CI=true but Chromium is missing: expected /usr/lib/chromium/chromium or /usr/bin/chromium.');
    channel = await fakeChannelService();
    bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1', STAFF_TOKEN: TOKEN }), silentLogger, IN_HOURS);
    profile = mkdtempSync(join(tmpdir(), 'loopbaanbot-staff-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1100, height: 1000 },
      locale: 'nl-BE',
      bypassCSP: true,
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(bot.server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      outsideRequests.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('dialog', (dialog) => void dialog.dismiss());
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await bot?.stop();
    await channel?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('When staff sign in with a wrong token, Then the console says so and shows no cases', async () => {
    await page.goto(`${bot.server.url}/staff`);
    await expect(page.title()).resolves.toBe('Loopbaanbot: medewerkers');
    await page.getByLabel('Toegangscode').fill('wrong-token-0000000000');
    await page.getByLabel('Je naam').fill('Anna Peeters');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByText('Die toegangscode klopt niet.').waitFor({ timeout: 10_000 });
    await expect(page.locator('#desk').isHidden()).resolves.toBe(true);
    // The refused request is the browser's only complaint here; later steps must add none.
    expect(consoleErrors).toEqual(['Failed to load resource: the server responded with a status of 401 (Unauthorized)']);
    consoleErrors.length = 0;
  }, 60_000);

  it('When a person waits and staff sign in, Then the case is in the queue with its summary', async () => {
    await user().says('hallo');
    await user().says('Met iemand praten');
    await user().says('Nu chatten');

    await page.getByLabel('Toegangscode').fill(TOKEN);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    const queue = page.locator('#queue');
    await queue.getByText('Vraag: Wil met een medewerker praten.').waitFor({ timeout: 10_000 });
    await expect(page.locator('#sign-in').isVisible()).resolves.toBe(false);
    await expect(queue.getByRole('heading').first().innerText()).resolves.toBe(
      'Iemand wil chatten · Nummer 1 in de rij · Sinds 26 november om 10:00',
    );
    await expect(page.locator('#left').isHidden()).resolves.toBe(true);

    // Words written while waiting show at once, for whoever takes the case.
    await user().says('Mijn contract stopt volgende maand.');
    await queue.getByText('Persoon: Mijn contract stopt volgende maand.').waitFor({ timeout: 10_000 });
  }, 60_000);

  it("When staff take the case and chat, Then the user gets the replies and staff see the user's answers", async () => {
    await page.locator('#queue').getByRole('button', { name: 'Neem over' }).click();
    const taken = page.locator('#taken');
    await taken.getByText('Opgenomen door Anna Peeters.').waitFor({ timeout: 10_000 });

    await taken.getByLabel('Je bericht').fill('Dag, ik ben Anna. Waarmee kan ik helpen?');
    await taken.getByRole('button', { name: 'Stuur' }).click();
    await taken.getByText('Anna: Dag, ik ben Anna. Waarmee kan ik helpen?').waitFor({ timeout: 10_000 });
    expect(await user().says('Ik wil weten of ik een cheque krijg.')).toEqual([]);
    await taken.getByText('Persoon: Ik wil weten of ik een cheque krijg.').waitFor({ timeout: 10_000 });

    expect(channel.delivered.map((d) => d.text)).toEqual([
      'Anna van VDAB helpt je nu verder.',
      'Anna: Dag, ik ben Anna. Waarmee kan ik helpen?',
    ]);
  }, 60_000);

  it('When staff close the case, Then the user hears it and the bot is back', async () => {
    await page.locator('#taken').getByRole('button', { name: 'Sluit af' }).click();
    await page.locator('#taken').getByText('Niemand.').waitFor({ timeout: 10_000 });

    expect(channel.delivered.map((d) => d.text).slice(-2)).toEqual([
      'De medewerker heeft het gesprek afgesloten.',
      'Kan ik je nog ergens mee helpen?',
    ]);
    expect((await user().says('Kan ik er een krijgen?')).at(-1)).toBe('Voor wie kijk je dit na?');
  }, 60_000);

  it('When axe-core checks the console, Then it finds no serious or critical accessibility problems', async () => {
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const g = globalThis as unknown as PageGlobals;
      return (await g.axe.run(g.document, { resultTypes: ['violations'] })).violations.map((v) => `${v.impact} ${v.id}: ${v.help}`);
    });
    expect(violations.filter((v) => v.startsWith('serious') || v.startsWith('critical'))).toEqual([]);
  }, 60_000);

  it("When staff open the reach page, Then this week's counts are drawn as charts and listed in a table", async () => {
    await page.getByRole('link', { name: 'Bereik per week' }).click();
    await page.locator('#counts tbody tr').first().waitFor({ timeout: 10_000 });
    await expect(page.evaluate(() => (globalThis as unknown as PageGlobals).reachCharts?.length)).resolves.toBe(2);
    const rows = await page.locator('#counts tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t').join(' | '))).toEqual(
      expect.arrayContaining([
        '2026-W48 | Gesprekken | ander kanaal | Nederlands | 1',
        '2026-W48 | Naar een medewerker | ander kanaal | Nederlands | 1',
      ]),
    );
    const box = await page.locator('#by-channel').boundingBox();
    expect(box?.height).toBeGreaterThan(50);
  }, 60_000);

  it('When a waiting person closes the chat page, Then the console shows them apart, with what they wrote, and no "Neem over"', async () => {
    const gone = httpUser(bot, channel.url, 'browser-2');
    await gone.says('hallo');
    await gone.says('Met iemand praten');
    await gone.says('Nu chatten');
    await gone.says('Bel me op 0470 12 34 56.');
    await gone.event('loopbaanbot/pageLeft');

    await page.goto(`${bot.server.url}/staff`);
    const left = page.locator('#left');
    await left.getByText('De persoon is weg uit de chat.').waitFor({ timeout: 10_000 });
    await expect(left.getByText('Nummer in een bericht: 0470 12 34 56').isVisible()).resolves.toBe(true);
    await expect(left.getByText('Persoon: Bel me op 0470 12 34 56.').isVisible()).resolves.toBe(true);
    await expect(left.getByRole('button', { name: 'Neem over' }).count()).resolves.toBe(0);
    await expect(page.locator('#queue').getByText('Niemand.').isVisible()).resolves.toBe(true);
  }, 60_000);

  it('When Anna hands a chat back, Then it is back in the queue, first, with the chat so far, and the person hears it', async () => {
    const person = httpUser(bot, channel.url, 'browser-3');
    await person.says('hallo');
    await person.says('Met iemand praten');
    await person.says('Nu chatten');
    const queue = page.locator('#queue');
    await queue.getByRole('button', { name: 'Neem over' }).waitFor({ timeout: 10_000 });
    await queue.getByRole('button', { name: 'Neem over' }).click();
    const taken = page.locator('#taken');
    await taken.getByLabel('Je bericht').fill('Ik kijk het na.');
    await taken.getByRole('button', { name: 'Stuur' }).click();
    await taken.getByText('Anna: Ik kijk het na.').waitFor({ timeout: 10_000 });

    await taken.getByRole('button', { name: 'Geef terug' }).click();

    await queue.getByText('Teruggegeven door Anna Peeters. Wacht weer in de rij.').waitFor({ timeout: 10_000 });
    await expect(queue.locator('.from-staff').allInnerTexts()).resolves.toEqual(['Anna: Ik kijk het na.']);
    await expect(taken.getByText('Niemand.').isVisible()).resolves.toBe(true);
    expect(channel.delivered.filter((d) => d.conversationId === 'browser-3').map((d) => d.text)).toContain(
      'Anna geeft je vraag door. Een andere medewerker helpt je zo verder.',
    );
  }, 60_000);

  it('When the console ran, Then it made no request outside this server and raised no error', async () => {
    mkdirSync(join(root, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(root, 'test-results', 'staff-reach.png'), fullPage: true });
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
