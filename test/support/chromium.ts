import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { fixedDateClock } from '../../src/domain/calendar.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startBot, type RunningBot } from '../../src/runtime.js';
import { afterAll, beforeAll } from 'vitest';

/**
 * Debian's Chromium for the browser tests, driven by playwright-core (never a browser download):
 * where it is, how it starts, and the rule that CI must have it while a laptop may skip.
 */
export const chromiumPath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

/** Headless, no sandbox (containers), no GPU, and nothing that reaches out to the internet. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether `file`'s browser tests run here: always in CI (where a missing Chromium must fail, not
 * skip), elsewhere only when Chromium is installed. Says so when they are skipped.
 */
export function browserTestsRun(file: string): boolean {
  if (chromiumPath || process.env.CI === 'true') return true;
  console.warn(`SKIPPED ${file}: Chromium is not installed (apt-get install chromium).`);
  return false;
}

/** The path of Chromium, or the error CI must raise when it is missing. */
export function requireChromium(): string {
  if (!chromiumPath) throw new Error('CI=true but Chromium is missing: expected /usr/lib/chromium/chromium or /usr/bin/chromium.');
  return chromiumPath;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), headless: true, args: CHROMIUM_FLAGS });
}

/** The staff console's token in the web chat tests: a test writes to the user as a staff member would. */
export const STAFF_TOKEN = 'staff-token-0123456789';

/**
 * The real server with the built-in Direct Line, as the web chat page talks to it, on a fixed day.
 * Every page of a test file opens a conversation from 127.0.0.1: more than a minute's default
 * allows one address.
 */
export function startWebChatBot(): Promise<RunningBot> {
  return startBot(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', WEBCHAT_NEW_CONVERSATIONS_PER_MINUTE: '100', STAFF_TOKEN }),
    silentLogger,
    fixedDateClock('2026-11-26'),
  );
}

/**
 * The web chat server (startWebChatBot) and Chromium for the tests of one describe block: started
 * before them, stopped after. `bot` and `browser` are read inside the tests, once both are there.
 */
export function webChatInBrowser(): { readonly bot: RunningBot; readonly browser: Browser } {
  const started: { bot?: RunningBot; browser?: Browser } = {};
  beforeAll(async () => {
    started.bot = await startWebChatBot();
    started.browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await started.browser?.close();
    await started.bot?.stop();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`webChatInBrowser: the ${what} is not started yet (read it inside a test)`);
    return value;
  };
  return {
    get bot() {
      return ready(started.bot, 'bot');
    },
    get browser() {
      return ready(started.browser, 'browser');
    },
  };
}

/**
 * The answers shown take taps and keys: new answers ignore them for a moment after they appear
 * (page.js, settleAnswers), so that a quick second tap meant for the answer before cannot choose
 * one of them. A click or key the test makes itself (not through Playwright, which waits for a
 * button to take the pointer) waits for this.
 */
export async function answersSettled(page: Page): Promise<void> {
  await page.locator('#webchat:not([data-answers-settling]) .webchat__suggested-action').first().waitFor({ timeout: 5_000 });
}
