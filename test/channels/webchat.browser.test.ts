import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../src/runtime.js';
import { STAFF_TOKEN, answersSettled, browserTestsRun, launchChromium, startWebChatBot } from '../support/chromium.js';

/**
 * The web chat page in Debian's Chromium, driven by playwright-core (no browser download): what a
 * visitor of the page sees and taps, against the real server and the built-in Direct Line, on a
 * desktop screen and on a 360 × 740 phone.
 */
const root = new URL('../../', import.meta.url).pathname;
const KIB = 1024;
const PHONE = { width: 360, height: 740 };

const runs = browserTestsRun('test/channels/webchat.browser.test.ts');

/** The few browser globals the test touches inside the page (the project compiles without the DOM library). */
interface Utterance {
  text: string;
  lang: string;
  onend: ((event: unknown) => void) | null;
}
interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
interface Element {
  getBoundingClientRect(): Box;
  tagName: string;
  textContent: string | null;
}
interface PageGlobals {
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

/** A page with its own cold cache that records errors, requests and what read-aloud would say. */
/** A page whose reply the test pulls back to its top, as Web Chat's own scrolling may. */
type PulledBack = PageGlobals & { pulledBack?: number };

async function openPage(browser: Browser, viewport: { width: number; height: number }, options: { touch?: boolean } = {}) {
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
async function offlineAtMenu(tab: Awaited<ReturnType<typeof openPage>>, url: string) {
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
function isMessagePost(request: Request): boolean {
  return (
    request.method() === 'POST' &&
    request.url().endsWith('/activities') &&
    (request.postDataJSON() as { type?: string } | null)?.type !== 'event'
  );
}

/** The text of every message the page posts to the bot, in the order sent. */
function postedTexts(page: Page): string[] {
  const posted: string[] = [];
  page.on('request', (request) => {
    if (isMessagePost(request)) {
      posted.push(String((request.postDataJSON() as { text?: string }).text));
    }
  });
  return posted;
}

async function axeProblems(page: Page): Promise<string[]> {
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

describe.skipIf(!runs)('web chat page in a real browser', () => {
  let bot: RunningBot;
  let browser: Browser;

  beforeAll(async () => {
    bot = await startWebChatBot();
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  const outside = (requests: string[]) => requests.filter((r) => !r.split(' ')[1]?.startsWith(bot.server.url) && !/ (data|blob):/.test(r));

  describe('on a desktop screen', () => {
    let context: BrowserContext;
    let page: Page;
    let tab: Awaited<ReturnType<typeof openPage>>;
    beforeAll(async () => {
      tab = await openPage(browser, { width: 900, height: 1100 });
      ({ context, page } = tab);
    }, 60_000);
    afterAll(() => context?.close());

    it('When the page opens, Then the bot greets in Dutch and offers the menu as big buttons', async () => {
      await page.goto(`${bot.server.url}/`);
      await expect(page.title()).resolves.toBe('Loopbaanbot van VDAB');
      await tab.botSays('Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.');
      await tab.botSays('Waar kan ik je mee helpen?');
      const buttons = page.locator('.webchat__suggested-action');
      await buttons.first().waitFor();
      // Numbered, so "typ het nummer" matches what is on screen.
      await expect(buttons.allInnerTexts()).resolves.toEqual([
        '1. Wat is een loopbaancheque?',
        '2. Kan ik er een krijgen?',
        '3. Afspraak maken',
        '4. Meer',
      ]);
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
      await tab.answers().getByRole('button', { name: 'Wat is een loopbaancheque?' }).click();
      await page.locator('.webchat__bubble--from-user').getByText('Wat is een loopbaancheque?').waitFor({ timeout: 15_000 });
      await tab.botSays('Was dit duidelijk?');
      await expect(tab.answers().getByRole('button').allInnerTexts()).resolves.toEqual(['1. Ja', '2. Nee', '3. Meer uitleg']);
    }, 60_000);

    it('When the user taps "Met iemand praten" on the page, Then the bot offers a chat with staff or a call-back, with the number as a link to call', async () => {
      await page.getByRole('button', { name: 'Met iemand praten' }).click();
      await tab.botSays('Wil je nu chatten of wil je dat we je bellen?');
      await expect(page.locator('a[href="tel:080030700"]').last().innerText()).resolves.toBe('0800 30 700');
    }, 60_000);

    it('When the user taps "Lees voor", Then everything the bot said since then is read in Belgian Dutch, the choices too', async () => {
      await page.getByRole('button', { name: 'Lees voor' }).click();
      const spoken = await page.evaluate(() => (globalThis as unknown as PageGlobals).spoken);
      expect(spoken).toHaveLength(1);
      expect(spoken[0]?.lang).toBe('nl-BE');
      expect(spoken[0]?.text.replace(/\s+/g, ' ').startsWith('Ik breng je in contact met iemand van VDAB.')).toBe(true);
      expect(spoken[0]?.text).toMatch(/Wil je nu chatten of wil je dat we je bellen\? Kies: Nu chatten, Bel me terug/);
      await page.getByRole('button', { name: 'Lees voor' }).waitFor();
    }, 60_000);

    it('When axe-core checks the page, Then it finds no serious or critical accessibility problems', async () => {
      expect(await axeProblems(page)).toEqual([]);
    }, 60_000);

    it('When the conversation ran, Then the page made no request outside this server and raised no error', async () => {
      mkdirSync(join(root, 'test-results'), { recursive: true });
      await page.screenshot({ path: join(root, 'test-results', 'webchat.png'), fullPage: true });
      expect(outside(tab.requests)).toEqual([]);
      expect(tab.problems).toEqual([]);
    }, 60_000);
  });

  describe('on a 360 × 740 phone', () => {
    let context: BrowserContext;
    let page: Page;
    let tab: Awaited<ReturnType<typeof openPage>>;
    const frameBytes: number[] = [];
    beforeAll(async () => {
      tab = await openPage(browser, PHONE);
      ({ context, page } = tab);
      page.on('websocket', (socket) => socket.on('framereceived', (frame) => frameBytes.push(Buffer.byteLength(frame.payload))));
    }, 60_000);
    afterAll(() => context?.close());

    it('When a phone opens the page with an empty cache, Then the first bot message comes after at most 500 KiB, soon', async () => {
      const responses: { url: string; encoding: string | undefined; cache: string | undefined }[] = [];
      page.on('response', (response) => {
        const headers = response.headers();
        responses.push({ url: response.url(), encoding: headers['content-encoding'], cache: headers['cache-control'] });
      });
      await page.goto(`${bot.server.url}/`);
      await tab.botSays('Waar kan ik je mee helpen?');
      const { resources, firstMessageMs } = await page.evaluate(() => ({
        resources: [
          ...(globalThis as unknown as PageGlobals).performance.getEntriesByType('navigation'),
          ...(globalThis as unknown as PageGlobals).performance.getEntriesByType('resource'),
        ].map((e) => ({
          name: e.name,
          bytes: e.transferSize,
        })),
        firstMessageMs: (globalThis as unknown as PageGlobals).firstBotMessageAt ?? Number.NaN,
      }));
      const httpBytes = resources.reduce((sum, r) => sum + r.bytes, 0);
      const streamBytes = frameBytes.reduce((sum, b) => sum + b, 0);
      console.info(
        `web chat cold load on a phone: first bot message after ${Math.round(firstMessageMs)} ms; ` +
          `${(httpBytes / KIB).toFixed(1)} KiB over HTTP + ${(streamBytes / KIB).toFixed(1)} KiB on the stream ` +
          `(${resources.map((r) => `${new URL(r.name).pathname} ${(r.bytes / KIB).toFixed(1)}`).join(', ')})`,
      );
      expect(httpBytes + streamBytes).toBeLessThanOrEqual(500 * KIB);
      expect(
        resources.every((r) => r.bytes > 0),
        'every byte was counted (none from a cache)',
      ).toBe(true);
      // Loose on purpose: a busy CI machine may be slow; the printed figure is the one to watch (target 1.5 s).
      expect(firstMessageMs).toBeLessThan(10_000);
      const files = responses.filter((r) => new URL(r.url).pathname.startsWith('/webchat/'));
      // In any order: the hashes decide how the names sort.
      const paths = files.map((r) => new URL(r.url).pathname);
      expect(paths).toHaveLength(3);
      expect(paths).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^\/webchat\/page\.[\da-f]{12}\.css$/),
          expect.stringMatching(/^\/webchat\/page\.[\da-f]{12}\.js$/),
          expect.stringMatching(/^\/webchat\/webchat\.[\da-f]{12}\.js$/),
        ]),
      );
      for (const file of files) expect(file, file.url).toMatchObject({ encoding: 'br', cache: 'public, max-age=31536000, immutable' });
    }, 60_000);

    it('When the menu shows, Then the conversation keeps at least half the screen, and the text box and send button are whole on screen', async () => {
      await tab.answers().getByRole('button').first().waitFor();
      // Measured once connected: "De chat start." takes a line while the stream opens.
      await page.locator('.webchat__connectivityStatus').waitFor({ state: 'hidden', timeout: 10_000 });
      const layout = await page.evaluate(() => {
        const box = (selector: string) => (globalThis as unknown as PageGlobals).document.querySelector(selector)?.getBoundingClientRect();
        return {
          transcript: box('.webchat__basic-transcript__scrollable'),
          answers: box('.webchat__suggested-actions'),
          input: box('[data-id="webchat-sendbox-input"]'),
          inputTag: (globalThis as unknown as PageGlobals).document.querySelector('[data-id="webchat-sendbox-input"]')?.tagName,
          send: box('.webchat__send-button'),
        };
      });
      const visible = (b: Box | undefined) => Math.max(0, Math.min(b?.bottom ?? 0, PHONE.height) - Math.max(b?.top ?? 0, 0));
      const onScreen = (b: Box | undefined) => !!b && b.top >= 0 && b.left >= 0 && b.bottom <= PHONE.height && b.right <= PHONE.width;
      expect(visible(layout.answers)).toBeGreaterThan(0);
      expect(visible(layout.transcript)).toBeGreaterThanOrEqual(PHONE.height / 2);
      // The menu's four answers, "Meer" included, all show without scrolling the answers.
      const bottoms = await tab
        .answers()
        .getByRole('button')
        .evaluateAll((buttons) => buttons.map((b) => (b as unknown as Element).getBoundingClientRect().bottom));
      expect(bottoms).toHaveLength(4);
      expect(Math.max(...bottoms)).toBeLessThanOrEqual(layout.answers?.bottom ?? 0);
      expect(onScreen(layout.send), JSON.stringify(layout.send)).toBe(true);
      expect(onScreen(layout.input), JSON.stringify(layout.input)).toBe(true);
      // A text box that wraps and grows: what a user types stays readable.
      expect(layout.inputTag).toBe('TEXTAREA');
      const input = page.locator('[data-id="webchat-sendbox-input"]');
      const oneLine = (await input.boundingBox())?.height ?? 0;
      await input.fill('Ik heb een vraag over de loopbaancheque en over mijn werk en ik weet niet goed hoe dat zit.');
      const threeLines = await input.boundingBox();
      expect(threeLines?.height ?? 0).toBeGreaterThan(oneLine * 1.5);
      expect(onScreen(await page.locator('.webchat__send-button').evaluate((e) => (e as unknown as Element).getBoundingClientRect()))).toBe(
        true,
      );
      await input.fill('');
      // A tap anywhere on the white field, above the line of text too, is a tap on the text box.
      await input.evaluate((e) => (e as unknown as { blur(): void }).blur());
      const field = await page.locator('.webchat__send-box__main').boundingBox();
      const line = await input.boundingBox();
      expect(field?.height ?? 0).toBeGreaterThanOrEqual(44);
      expect(line?.y ?? 0).toBeGreaterThan((field?.y ?? 0) + 8);
      await page.mouse.click((line?.x ?? 0) + 40, (field?.y ?? 0) + 6);
      await expect(input.evaluate((e) => e === (globalThis as unknown as PageGlobals).document.activeElement)).resolves.toBe(true);
    }, 60_000);

    it('When keyboard focus moves into the answers, Then a thick solid ring shows where it is', async () => {
      await page.locator('[data-id="webchat-sendbox-input"]').focus();
      await page.keyboard.press('Shift+Tab');
      const ring = await page.evaluate(() => {
        const style = (globalThis as unknown as PageGlobals).getComputedStyle(
          (globalThis as unknown as PageGlobals).document.activeElement,
        );
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(ring).toEqual({ style: 'solid', width: 4 });
    }, 60_000);

    it('When the Tab key reaches the keyboard help, Then its heading wraps beside the close button, and the close button is big and ringed whole', async () => {
      await page.getByRole('button', { name: 'Lees voor' }).focus();
      await page.keyboard.press('Tab');
      const help = await page.evaluate(() => {
        const doc = (globalThis as unknown as PageGlobals).document as PageGlobals['document'] & {
          activeElement: { getAttribute(name: string): string | null } | null;
        };
        const box = (selector: string) => doc.querySelector(selector)?.getBoundingClientRect();
        const header = doc.querySelector('.webchat__keyboard-help__header') as unknown as { scrollWidth: number; clientWidth: number };
        const { paddingRight } = (globalThis as unknown as { getComputedStyle(e: unknown): { paddingRight: string } }).getComputedStyle(
          header,
        );
        return {
          focused: doc.activeElement?.getAttribute('aria-label'),
          overflow: header.scrollWidth - header.clientWidth,
          // Where its words end.
          textRight: (box('.webchat__keyboard-help__header')?.right ?? Infinity) - parseFloat(paddingRight),
          close: box('.webchat__keyboard-help__close-button-border'),
          frame: box('.webchat__keyboard-help__box'),
        };
      });
      expect(help.focused).toBe('Sluiten');
      expect(help.overflow).toBeLessThanOrEqual(0);
      expect(help.textRight).toBeLessThanOrEqual((help.close?.left ?? 0) + 1);
      expect((help.close?.bottom ?? 0) - (help.close?.top ?? 0)).toBeGreaterThanOrEqual(44);
      // The ring (4 px, 1 px off the border) inside the help's box, which cuts off what sticks out.
      expect((help.close?.right ?? Infinity) + 5).toBeLessThanOrEqual(help.frame?.right ?? 0);
      expect((help.close?.top ?? 0) - 5).toBeGreaterThanOrEqual(help.frame?.top ?? Infinity);
      await page.keyboard.press('Escape');
    }, 60_000);

    it('When the chat is idle after the first messages, Then the page makes no request at all: replies come over the WebSocket', async () => {
      tab.requests.length = 0;
      await page.waitForTimeout(3_000);
      expect(tab.requests).toEqual([]);
      await page.getByRole('button', { name: 'Met iemand praten' }).click();
      await tab.botSays('Ik breng je in contact met iemand van VDAB.');
      await tab.botSays('Wil je nu chatten of wil je dat we je bellen?');
      // One POST for the message; the answer arrived on the stream.
      expect(tab.requests.map((r) => r.replace(bot.server.url, '').replace(/local-[\w-]+/, ':id'))).toEqual([
        'POST /v3/directline/conversations/:id/activities',
      ]);
      await expect(page.locator('a[href="tel:080030700"]').last().isVisible()).resolves.toBe(true);
    }, 60_000);

    it('When the page reloads, Then the same conversation and its history come back, and a typed answer continues it', async () => {
      const before = await page.evaluate(() => (globalThis as unknown as PageGlobals).sessionStorage.getItem('loopbaanbot.webchat'));
      const { conversationId } = JSON.parse(before ?? '{}') as { conversationId?: string };
      expect(conversationId).toMatch(/^local-/);
      // Half typed when the page reloads (a pull to refresh): it is still in the text box after.
      await page.locator('[data-id="webchat-sendbox-input"]').fill('ik heb een vraag over');
      await page.reload();
      await tab.botSays('Ik breng je in contact met iemand van VDAB.');
      await tab.botSays('Wil je nu chatten of wil je dat we je bellen?');
      await expect(page.locator('[data-id="webchat-sendbox-input"]').inputValue()).resolves.toBe('ik heb een vraag over');
      const after = await page.evaluate(() => (globalThis as unknown as PageGlobals).sessionStorage.getItem('loopbaanbot.webchat'));
      expect((JSON.parse(after ?? '{}') as { conversationId?: string }).conversationId).toBe(conversationId);
      await expect(page.locator('.webchat__bubble--from-user').allInnerTexts()).resolves.toEqual(['Met iemand praten']);
      // Typed after the reload, in the same conversation: a side question at the question still open.
      const question = page.getByText('Wil je nu chatten of wil je dat we je bellen?', { exact: true });
      const asked = await question.count();
      const input = page.locator('[data-id="webchat-sendbox-input"]');
      await input.fill('wat kost het');
      await input.press('Enter');
      await page
        .getByText(/^Het eerste gesprek bij een centrum is gratis\. Nu krijg je één loopbaancheque\./)
        .last()
        .waitFor({ timeout: 15_000 });
      await expect.poll(() => question.count(), { timeout: 15_000 }).toBeGreaterThan(asked);
    }, 60_000);

    it('When the user switches to French in the chat, Then the heading, the page buttons, the lang attribute and read-aloud follow', async () => {
      const input = page.locator('[data-id="webchat-sendbox-input"]');
      await input.fill('andere taal');
      await input.press('Enter');
      await tab.answers().getByRole('button', { name: 'Français' }).click();
      await page.getByRole('heading', { name: 'Parlez avec Loopbaanbot' }).waitFor({ timeout: 15_000 });
      const chrome = await page.evaluate(() => ({
        lang: (globalThis as unknown as PageGlobals).document.documentElement.lang,
        title: (globalThis as unknown as PageGlobals).document.title,
      }));
      expect(chrome).toEqual({ lang: 'fr-BE', title: 'Loopbaanbot du VDAB' });
      await page.getByRole('button', { name: "Parler à quelqu'un" }).waitFor();
      await expect(page.getByPlaceholder('Tapez votre message ici').count()).resolves.toBe(1);
      await page.getByRole('button', { name: 'Lire à voix haute' }).click();
      const spoken = (await page.evaluate(() => (globalThis as unknown as PageGlobals).spoken)).at(-1);
      expect(spoken?.lang).toBe('fr-BE');
      expect(spoken?.text).toMatch(/ Choisissez : .+\.$/);
    }, 60_000);

    it('When axe-core checks the phone page, Then it finds no serious or critical problems, and nothing left the server or failed', async () => {
      expect(await axeProblems(page)).toEqual([]);
      mkdirSync(join(root, 'test-results'), { recursive: true });
      await page.screenshot({ path: join(root, 'test-results', 'webchat-phone.png') });
      expect(outside(tab.requests)).toEqual([]);
      expect(tab.problems).toEqual([]);
    }, 60_000);
  });

  describe('on a touch screen', () => {
    let context: BrowserContext;
    let page: Page;
    let tab: Awaited<ReturnType<typeof openPage>>;
    beforeAll(async () => {
      tab = await openPage(browser, PHONE, { touch: true });
      ({ context, page } = tab);
      await page.goto(`${bot.server.url}/`);
      await tab.botSays('Waar kan ik je mee helpen?');
    }, 60_000);
    afterAll(() => context?.close());

    it('When "Met iemand praten" and the send button are tapped, Then neither stays underlined or shaded as if hovered', async () => {
      const talk = page.getByRole('button', { name: 'Met iemand praten' });
      await talk.tap();
      await tab.botSays('Wil je nu chatten of wil je dat we je bellen?');
      await expect(talk.evaluate((e) => (globalThis as unknown as PageGlobals).getComputedStyle(e).textDecorationLine)).resolves.toBe(
        'none',
      );
      const input = page.locator('[data-id="webchat-sendbox-input"]');
      await input.tap();
      await input.fill('wat kost het');
      await page.getByRole('button', { name: 'Versturen' }).tap();
      await page
        .getByText(/^Het eerste gesprek bij een centrum is gratis\./)
        .last()
        .waitFor({ timeout: 15_000 });
      const shade = await page
        .locator('.webchat__send-button .webchat__icon-button__shade')
        .evaluate((e) => (globalThis as unknown as PageGlobals).getComputedStyle(e).backgroundColor);
      expect(shade).toBe('rgba(0, 0, 0, 0)');
    }, 60_000);

    it('When "Met iemand praten" is tapped twice quickly, Then it is sent once; once the bot has answered, a tap is sent again', async () => {
      const double = await openPage(browser, PHONE, { touch: true });
      try {
        const { page } = double;
        await page.goto(`${bot.server.url}/`);
        await double.botSays('Waar kan ik je mee helpen?');
        await page.locator('.webchat__connectivityStatus').waitFor({ state: 'hidden', timeout: 10_000 });
        await page.evaluate(() => {
          const button = (globalThis as unknown as PageGlobals).document.querySelector('#talk-to-person') as unknown as { click(): void };
          button.click();
          setTimeout(() => button.click(), 150);
        });
        await double.botSays('Wil je nu chatten of wil je dat we je bellen?');
        // Time for the second tap to be sent and answered, if it were.
        await page.waitForTimeout(1_500);
        const mine = page.locator('.webchat__bubble--from-user');
        await expect(mine.allInnerTexts()).resolves.toEqual(['Met iemand praten']);
        await expect(page.getByText(/^Tik op 'Nu chatten' of 'Bel me terug'/).count()).resolves.toBe(0);
        await page.getByRole('button', { name: 'Met iemand praten' }).tap();
        await expect.poll(() => mine.allInnerTexts()).toEqual(['Met iemand praten', 'Met iemand praten']);
        expect(double.problems).toEqual([]);
      } finally {
        await double.context.close();
      }
    }, 60_000);

    it('When a bot message has a phone number, Then the link is a target of at least 44 px and the lines keep their spacing', async () => {
      const link = page.locator('.webchat__bubble a[href="tel:080030700"]').last();
      await link.waitFor();
      expect((await link.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
      // Its paragraph is as high as its lines of text: the bigger target does not push lines apart.
      const paragraph = await link.evaluate((a) => {
        const p = (a as unknown as { parentElement: Element }).parentElement;
        const box = p.getBoundingClientRect();
        return { height: box.bottom - box.top, line: parseFloat((globalThis as unknown as PageGlobals).getComputedStyle(p).lineHeight) };
      });
      const lines = paragraph.height / paragraph.line;
      expect(Math.abs(lines - Math.round(lines))).toBeLessThan(0.05);
      expect(tab.problems).toEqual([]);
    }, 60_000);
  });

  describe('on small phones (320 × 568, and with the on-screen keyboard open)', () => {
    const SMALL = { width: 320, height: 568 };
    let context: BrowserContext;
    let page: Page;
    let tab: Awaited<ReturnType<typeof openPage>>;
    beforeAll(async () => {
      tab = await openPage(browser, SMALL);
      ({ context, page } = tab);
      await page.goto(`${bot.server.url}/`);
      await tab.botSays('Waar kan ik je mee helpen?');
      await page.locator('.webchat__connectivityStatus').waitFor({ state: 'hidden', timeout: 10_000 });
    }, 60_000);
    afterAll(() => context?.close());

    /** Where an element is, in the page's coordinates. */
    const boxOf = (selector: string) =>
      page.evaluate((s) => (globalThis as unknown as PageGlobals).document.querySelector(s)?.getBoundingClientRect(), selector);

    it('When the answers show, Then every answer is at least 48 px high and the page buttons read at 16 px or more', async () => {
      const heights = await tab
        .answers()
        .getByRole('button')
        .evaluateAll((buttons) => buttons.map((b) => (b as unknown as Element).getBoundingClientRect()).map((r) => r.bottom - r.top));
      expect(heights).toHaveLength(4);
      for (const height of heights) expect(height).toBeGreaterThanOrEqual(48);
      for (const name of ['Met iemand praten', 'Lees voor']) {
        const button = page.getByRole('button', { name });
        const px = await button.evaluate((e) => parseFloat((globalThis as unknown as PageGlobals).getComputedStyle(e).fontSize));
        expect(px, name).toBeGreaterThanOrEqual(16);
        expect((await button.boundingBox())?.height ?? 0, name).toBeGreaterThanOrEqual(44);
      }
    }, 60_000);

    it('When not every answer fits its box, Then a hint shows that more are below, and it goes once the last one is in view', async () => {
      const answers = await boxOf('.webchat__suggested-actions__stack');
      const last = await tab.answers().getByRole('button').last().boundingBox();
      expect((last?.y ?? 0) + (last?.height ?? 0)).toBeGreaterThan(answers?.bottom ?? 0);
      const hint = page.locator('.webchat__suggested-actions[data-more-below]');
      await hint.waitFor({ timeout: 5_000 });
      const fade = await hint.evaluate((e) => {
        const style = (
          globalThis as unknown as { getComputedStyle(e: unknown, pseudo: string): { backgroundImage: string; height: string } }
        ).getComputedStyle(e, '::after');
        return { image: style.backgroundImage, height: parseFloat(style.height) };
      });
      expect(fade.image).toContain('linear-gradient');
      expect(fade.height).toBeGreaterThan(20);
      await tab.answers().getByRole('button').last().scrollIntoViewIfNeeded();
      await hint.waitFor({ state: 'detached', timeout: 5_000 });
    }, 60_000);

    it('When the on-screen keyboard takes half the screen, Then the answers box shrinks with it and the conversation keeps room', async () => {
      await page.setViewportSize({ width: SMALL.width, height: 400 });
      await expect
        .poll(async () => {
          const answers = await boxOf('.webchat__suggested-actions__stack');
          return (answers?.bottom ?? 0) - (answers?.top ?? 0);
        })
        .toBeLessThanOrEqual(400 * 0.35);
      const transcript = await boxOf('.webchat__basic-transcript__scrollable');
      expect((transcript?.bottom ?? 0) - (transcript?.top ?? 0)).toBeGreaterThanOrEqual(100);
      await page.setViewportSize(SMALL);
    }, 60_000);

    it('When the keyboard leaves a 320 px phone 290 px (nl, fr, en), Then at least two answers show whole with the text box, the end of the question stays readable, and the fade that says more follow covers no answer', async () => {
      const KEYBOARD_OPEN = { width: SMALL.width, height: 290 };
      for (const lang of ['nl', 'fr', 'en']) {
        const phone = await openPage(browser, SMALL, { touch: true });
        try {
          const { page: small } = phone;
          await small.goto(`${bot.server.url}/?lang=${lang}`);
          await small.locator('.webchat__suggested-action').first().waitFor({ timeout: 15_000 });
          await small.locator('[data-id="webchat-sendbox-input"]').tap();
          await small.setViewportSize(KEYBOARD_OPEN);
          const layout = () =>
            small.evaluate(() => {
              const page = globalThis as unknown as PageGlobals & {
                getComputedStyle(e: unknown, pseudo: string): { height: string };
              };
              const doc = page.document;
              const box = (selector: string) => doc.querySelector(selector)?.getBoundingClientRect();
              const hint = doc.querySelector('.webchat__suggested-actions[data-more-below]');
              const bubbles = Array.from(
                doc.querySelectorAll('.webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__bubble'),
              );
              return {
                answersBox: box('.webchat__suggested-actions'),
                answers: Array.from(doc.querySelectorAll('.webchat__suggested-action')).map((e) => e.getBoundingClientRect()),
                input: box('[data-id="webchat-sendbox-input"]'),
                transcript: box('.webchat__basic-transcript__scrollable'),
                lastBotMessage: bubbles[bubbles.length - 1]?.getBoundingClientRect(),
                fade: hint ? parseFloat(page.getComputedStyle(hint, '::after').height) : 0,
              };
            });
          /** What is wrong on screen; the layout follows the smaller screen a moment after the keyboard opened. */
          const wrong = async () => {
            const { answersBox, answers, input, transcript, lastBotMessage, fade } = await layout();
            const found: string[] = [];
            // Whole on screen: inside the answers' box (which scrolls) and inside the screen.
            const whole = answers.filter(
              (a) =>
                !!answersBox &&
                a.top >= Math.max(answersBox.top, 0) - 1 &&
                a.bottom <= Math.min(answersBox.bottom, KEYBOARD_OPEN.height) + 1,
            );
            if (whole.length < 2) found.push(`${whole.length} answer(s) whole`);
            if (!input || input.top < 0 || input.bottom > KEYBOARD_OPEN.height)
              found.push(`text box not whole: ${input?.top}-${input?.bottom}`);
            // The conversation keeps two lines of text (31.5 px each), and the end of the question is in it.
            const conversation = (transcript?.bottom ?? 0) - Math.max(transcript?.top ?? 0, 0);
            if (conversation < 63) found.push(`conversation ${conversation} px high`);
            const end = lastBotMessage?.bottom ?? 0;
            if (end > (transcript?.bottom ?? 0) + 1 || end < (transcript?.top ?? 0) + 40)
              found.push(`question's end at ${end}, out of view`);
            // The fade that says more follow starts below the second answer: it hides none of the two.
            if (whole.length >= 2 && (answersBox?.bottom ?? 0) - fade < whole[1].bottom - 1)
              found.push(`fade of ${fade} px over the second answer`);
            return found;
          };
          await expect.poll(wrong, { message: lang, timeout: 5_000 }).toEqual([]);
          expect(phone.problems).toEqual([]);
        } finally {
          await phone.context.close();
        }
      }
    }, 60_000);

    it('When the answers sit in rows (320 × 290) and a keyboard is used, Then Down and Up move between them, as when they stack, and Enter sends one', async () => {
      const keys = await openPage(browser, { width: 320, height: 290 });
      try {
        const { page: small } = keys;
        await small.goto(`${bot.server.url}/`);
        await keys.botSays('Waar kan ik je mee helpen?');
        await small.locator('.webchat__suggested-actions--flow-layout').waitFor({ timeout: 5_000 });
        const focused = () =>
          small.evaluate(() => ((globalThis as unknown as PageGlobals).document.activeElement as Element | null)?.textContent ?? '');
        await keys.answers().getByRole('button').first().focus();
        await expect.poll(focused).toBe('1. Wat is een loopbaancheque?');
        await small.keyboard.press('ArrowDown');
        await expect.poll(focused).toBe('2. Kan ik er een krijgen?');
        await small.keyboard.press('ArrowDown');
        await small.keyboard.press('ArrowUp');
        await expect.poll(focused).toBe('2. Kan ik er een krijgen?');
        await answersSettled(small);
        await small.keyboard.press('Enter');
        await keys.botSays('Voor wie kijk je dit na?');
        expect(keys.problems).toEqual([]);
      } finally {
        await keys.context.close();
      }
    }, 60_000);

    it('When the text box is tapped under a long reply and the keyboard opens while the reply still scrolls, Then the question to answer shows above it', async () => {
      const phone = await openPage(browser, { width: 360, height: 640 });
      try {
        const { page: tall } = phone;
        await tall.goto(`${bot.server.url}/`);
        await phone.botSays('Waar kan ik je mee helpen?');
        await phone.answers().getByRole('button', { name: 'Wat is een loopbaancheque?' }).click();
        await phone.botSays('Was dit duidelijk?');
        const question = tall.getByText('Was dit duidelijk?', { exact: true }).last();
        const transcript = () =>
          tall.evaluate(() =>
            (globalThis as unknown as PageGlobals).document
              .querySelector('.webchat__basic-transcript__scrollable')
              ?.getBoundingClientRect(),
          );
        const inView = async () => {
          const box = await question.boundingBox();
          const view = await transcript();
          return !!box && !!view && box.y >= view.top - 1 && box.y + box.height <= view.bottom + 1;
        };
        // The reply stops with its first message at the top: the question is below, out of view.
        await expect.poll(inView).toBe(false);
        await tall.locator('[data-id="webchat-sendbox-input"]').click();
        // Web Chat's own scrolling of the reply sets the position frame by frame, and may go on
        // after the keyboard opened (it did on slow runs): here it pulls the reply back to its top.
        await tall.evaluate(() => {
          const page = globalThis as unknown as PulledBack & { addEventListener(type: string, f: () => void, o: object): void };
          page.addEventListener(
            'resize',
            () => {
              for (const ms of [150, 300, 600]) {
                setTimeout(() => {
                  const scroller = page.document.querySelector('.webchat__basic-transcript__scrollable') as unknown as {
                    scrollTop: number;
                  };
                  scroller.scrollTop = 0;
                  page.pulledBack = (page.pulledBack ?? 0) + 1;
                }, ms);
              }
            },
            { once: true },
          );
        });
        await tall.setViewportSize({ width: 360, height: 352 });
        await tall.waitForFunction(() => (globalThis as unknown as PulledBack).pulledBack === 3);
        await expect.poll(inView, { timeout: 5_000 }).toBe(true);
        expect(phone.problems).toEqual([]);
      } finally {
        await phone.context.close();
      }
    }, 60_000);

    it('When a 360 × 640 phone zooms to 200 % (180 × 320), Then in every language nothing is cut off at the side or scrolls sideways', async () => {
      for (const lang of ['nl', 'fr', 'en']) {
        const zoomed = await openPage(browser, { width: 180, height: 320 });
        try {
          await zoomed.page.goto(`${bot.server.url}/?lang=${lang}`);
          await zoomed.page.locator('.webchat__suggested-action').first().waitFor({ timeout: 15_000 });
          const sizes = await zoomed.page.evaluate(() => {
            const doc = (globalThis as unknown as PageGlobals).document as PageGlobals['document'] & {
              documentElement: { scrollWidth: number; clientWidth: number };
            };
            const right = (selector: string) => doc.querySelector(selector)?.getBoundingClientRect().right ?? Number.NaN;
            return {
              scrollWidth: doc.documentElement.scrollWidth,
              clientWidth: doc.documentElement.clientWidth,
              rights: [right('#heading'), right('#talk-to-person'), right('#read-aloud'), right('.webchat__send-button')],
            };
          });
          expect(sizes.scrollWidth, lang).toBeLessThanOrEqual(sizes.clientWidth);
          for (const r of sizes.rights) expect(r, `${lang}: ${JSON.stringify(sizes.rights)}`).toBeLessThanOrEqual(180);
        } finally {
          await zoomed.context.close();
        }
      }
    }, 60_000);

    it('When the screen is narrow (a 320 or 360 px phone at 200 %, or 320 px), Then the text box hint keeps to one line in nl, fr and en; where it fits, the whole hint shows', async () => {
      const long = { nl: 'Typ hier je bericht', fr: 'Tapez votre message ici', en: 'Type your message here' };
      const short = { nl: 'Typ hier', fr: 'Tapez ici', en: 'Type here' };
      for (const viewport of [
        { width: 160, height: 320 },
        { width: 180, height: 320 },
        { width: 320, height: 640 },
        { width: 375, height: 667 },
      ]) {
        for (const lang of ['nl', 'fr', 'en'] as const) {
          const tab = await openPage(browser, viewport);
          try {
            await tab.page.goto(`${bot.server.url}/?lang=${lang}`);
            await tab.page.locator('.webchat__suggested-action').first().waitFor({ timeout: 15_000 });
            // Screen readers hear the whole name, whatever the hint.
            const input = tab.page.getByRole('textbox', { name: long[lang], exact: true });
            const where = `${lang} at ${viewport.width} px`;
            const box = () =>
              input.evaluate((e) => {
                const area = e as unknown as { placeholder: string; scrollHeight: number; clientHeight: number };
                return { hint: area.placeholder, oneLine: area.scrollHeight <= area.clientHeight + 1 };
              });
            await expect.poll(() => box().then((b) => b.oneLine), { message: where }).toBe(true);
            const { hint } = await box();
            if (viewport.width === 180) expect(hint, where).toBe(short[lang]);
            if (viewport.width === 375) expect(hint, where).toBe(long[lang]);
          } finally {
            await tab.context.close();
          }
        }
      }
    }, 90_000);

    it('When a 360 × 640 phone zooms to 200 % (180 × 320), Then the conversation keeps a third of the height, and the answers and "Met iemand praten" show', async () => {
      const ZOOMED = { width: 180, height: 320 };
      for (const lang of ['nl', 'fr', 'en']) {
        const zoomed = await openPage(browser, ZOOMED);
        try {
          await zoomed.page.goto(`${bot.server.url}/?lang=${lang}`);
          await zoomed.page.locator('.webchat__suggested-action').first().waitFor({ timeout: 15_000 });
          await zoomed.page.locator('.webchat__connectivityStatus').waitFor({ state: 'hidden', timeout: 10_000 });
          const layout = await zoomed.page.evaluate(() => {
            const doc = (globalThis as unknown as PageGlobals).document;
            const box = (selector: string) => doc.querySelector(selector)?.getBoundingClientRect();
            return {
              transcript: box('.webchat__basic-transcript__scrollable'),
              answers: box('.webchat__suggested-actions__stack'),
              firstAnswer: box('.webchat__suggested-action'),
              talk: box('#talk-to-person'),
              actions: box('.actions'),
              sendBox: box('.webchat__send-box'),
            };
          });
          const visible = (b: Box | undefined) => Math.max(0, Math.min(b?.bottom ?? 0, ZOOMED.height) - Math.max(b?.top ?? 0, 0));
          const height = (b: Box | undefined) => (b?.bottom ?? 0) - (b?.top ?? 0);
          const whole = (b: Box | undefined) => !!b && b.top >= 0 && b.bottom <= ZOOMED.height;
          const report = `${lang}: ${JSON.stringify(Object.fromEntries(Object.entries(layout).map(([k, b]) => [k, [b?.top, b?.bottom]])))}`;
          console.info(report);
          expect(visible(layout.transcript), report).toBeGreaterThanOrEqual(ZOOMED.height / 3);
          // The answers keep a box of their own, with at least one whole answer in it; the page's button is whole on screen.
          expect(whole(layout.firstAnswer), report).toBe(true);
          expect(height(layout.firstAnswer), report).toBeGreaterThanOrEqual(44);
          expect(whole(layout.talk), report).toBe(true);
          expect(whole(layout.sendBox), report).toBe(true);
        } finally {
          await zoomed.context.close();
        }
      }
    }, 60_000);

    it('When a 360 × 640 phone zooms to 200 % (180 × 320), Then in nl, fr and en more than one answer shows, a cue says more follow, and each answer can be brought into view with the question still whole above it', async () => {
      const ZOOMED = { width: 180, height: 320 };
      for (const lang of ['nl', 'fr', 'en']) {
        const zoomed = await openPage(browser, ZOOMED);
        try {
          const { page } = zoomed;
          await page.goto(`${bot.server.url}/?lang=${lang}`);
          await page.locator('.webchat__suggested-action').first().waitFor({ timeout: 15_000 });
          await page.locator('.webchat__connectivityStatus').waitFor({ state: 'hidden', timeout: 10_000 });
          await page.locator('#status').waitFor({ state: 'hidden' });
          const layout = () =>
            page.evaluate(() => {
              const page = globalThis as unknown as PageGlobals & {
                getComputedStyle(e: unknown, pseudo: string): { height: string };
              };
              const doc = page.document;
              const box = (selector: string) => doc.querySelector(selector)?.getBoundingClientRect();
              const hint = doc.querySelector('.webchat__suggested-actions[data-more-below]');
              // The question's text: its paragraphs, from the first line's top to the last one's bottom.
              const questions = Array.from(
                doc.querySelectorAll('.webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__bubble__content'),
              ) as unknown as { querySelectorAll(selector: string): ArrayLike<Element> }[];
              const lines = Array.from(questions[questions.length - 1]?.querySelectorAll('p') ?? []).map((p) => p.getBoundingClientRect());
              const text =
                lines.length > 0 ? { top: lines[0]!.top, bottom: lines[lines.length - 1]!.bottom, left: 0, right: 0 } : undefined;
              return {
                answersBox: box('.webchat__suggested-actions__stack'),
                answers: Array.from(doc.querySelectorAll('.webchat__suggested-action')).map((e) => e.getBoundingClientRect()),
                transcript: box('.webchat__basic-transcript__scrollable'),
                question: text,
                fade: hint ? parseFloat(page.getComputedStyle(hint, '::after').height) : 0,
                focused: Array.from(doc.querySelectorAll('.webchat__suggested-action')).indexOf(doc.activeElement as Element),
              };
            });
          type Layout = Awaited<ReturnType<typeof layout>>;
          const inBox = (a: Box, b: Box | undefined) =>
            !!b && a.top >= Math.max(b.top, 0) - 1 && a.bottom <= Math.min(b.bottom, ZOOMED.height) + 1;
          const shown = (a: Box | undefined, b: Box | undefined) =>
            Math.max(0, Math.min(a?.bottom ?? 0, b?.bottom ?? 0) - Math.max(a?.top ?? 0, b?.top ?? 0));
          const questionWhole = (l: Layout) => !!l.question && inBox(l.question, l.transcript);
          // The page brings the question into view after the reply lands: measure once it rests
          // (two readings 100 ms apart agree; a CI run on a busy machine once measured mid-way).
          let start = await layout();
          for (let tries = 0; tries < 20; tries++) {
            await page.waitForTimeout(100);
            const again = await layout();
            if (JSON.stringify(again) === JSON.stringify(start)) break;
            start = again;
          }
          const report = `${lang}: ${JSON.stringify(start)}`;
          expect(start.answers.length, report).toBe(4);
          // The first answer whole, out of the fade's way; the next one's first line (20 px) under it.
          expect(inBox(start.answers[0] as Box, start.answersBox), report).toBe(true);
          expect((start.answersBox?.bottom ?? 0) - start.fade, report).toBeGreaterThanOrEqual((start.answers[0]?.bottom ?? 0) - 1);
          expect(shown(start.answers[1], start.answersBox), report).toBeGreaterThanOrEqual(20);
          expect(start.fade, report).toBeGreaterThan(0);
          expect(questionWhole(start), report).toBe(true);
          // With the keyboard, each answer in turn comes into view, whole, and the question stays whole.
          await page.locator('.webchat__suggested-action').first().focus();
          for (let i = 0; i < start.answers.length; i++) {
            if (i > 0) await page.keyboard.press('ArrowDown');
            await expect.poll(async () => (await layout()).focused, { message: `${lang}: answer ${i + 1}` }).toBe(i);
            const wrong = async () => {
              const now = await layout();
              const answer = now.answers[i] as Box;
              const found: string[] = [];
              if (!inBox(answer, now.answersBox)) found.push(`answer ${i + 1} not whole: ${JSON.stringify(now)}`);
              if (answer.bottom > (now.answersBox?.bottom ?? 0) - now.fade + 1)
                found.push(`answer ${i + 1} under the fade: ${JSON.stringify(now)}`);
              if (!questionWhole(now)) found.push(`question not whole: ${JSON.stringify(now)}`);
              return found;
            };
            await expect.poll(wrong, { message: lang, timeout: 5_000 }).toEqual([]);
          }
          // At the last answer the cue goes.
          await expect.poll(async () => (await layout()).fade, { message: lang }).toBe(0);
          expect(zoomed.problems).toEqual([]);
        } finally {
          await zoomed.context.close();
        }
      }
    }, 60_000);

    it('When a phone is turned sideways (667 × 375), Then the answers sit side by side and all show; four in two rows get the hint that more are below', async () => {
      const sideways = await openPage(browser, { width: 667, height: 375 });
      try {
        const { page } = sideways;
        await page.goto(`${bot.server.url}/`);
        await sideways.botSays('Waar kan ik je mee helpen?');
        // The menu's four answers take two rows; the box shows one and a half, and says more are below.
        await expect.poll(() => page.locator('.webchat__suggested-actions[data-more-below]').count()).toBe(1);
        await sideways.answers().getByRole('button', { name: 'Kan ik er een krijgen?' }).click();
        await sideways.botSays('Voor wie kijk je dit na?');
        const answers = page.locator('.webchat__suggested-action');
        await expect.poll(() => answers.allInnerTexts()).toEqual(['1. Voor mezelf', '2. Voor iemand anders']);
        const box = await page.locator('.webchat__suggested-actions').boundingBox();
        for (const answer of await answers.all()) {
          const where = await answer.boundingBox();
          expect(where?.height ?? 0).toBeGreaterThanOrEqual(44);
          expect((where?.y ?? 0) + (where?.height ?? 0)).toBeLessThanOrEqual((box?.y ?? 0) + (box?.height ?? 0));
        }
        await expect(page.locator('.webchat__suggested-actions[data-more-below]').count()).resolves.toBe(0);
      } finally {
        await sideways.context.close();
      }
    }, 60_000);

    it('When the screen is very narrow (320, 240 and 160 px), Then in nl, fr and en nothing is wider than the screen, every button shows its whole text, and the page buttons break only between words', async () => {
      const person = { nl: 'Met iemand praten', fr: "Parler à quelqu'un", en: 'Talk to someone' };
      for (const lang of ['nl', 'fr', 'en'] as const) {
        const narrow = await openPage(browser, { width: 320, height: 568 });
        try {
          const { page } = narrow;
          await page.goto(`${bot.server.url}/?lang=${lang}`);
          await page.locator('.webchat__suggested-action').first().waitFor({ timeout: 15_000 });
          await page.locator('.webchat__connectivityStatus').waitFor({ state: 'hidden', timeout: 10_000 });
          await expect(page.locator('#talk-to-person').innerText()).resolves.toBe(person[lang]);
          /** What is wrong on screen: sideways scrolling, anything past the screen's edge, text cut or split. */
          const problems = (wordsWhole: string) =>
            page.evaluate((wordsWhole) => {
              interface Rect {
                left: number;
                right: number;
                width: number;
              }
              interface Node {
                nodeType: number;
                textContent: string | null;
                childNodes: ArrayLike<Node>;
              }
              interface El extends Node {
                tagName: string;
                className: unknown;
                scrollWidth: number;
                clientWidth: number;
                getBoundingClientRect(): Rect;
                checkVisibility(): boolean;
                closest(selector: string): El | null;
                matches(selector: string): boolean;
              }
              interface Range {
                setStart(node: Node, offset: number): void;
                setEnd(node: Node, offset: number): void;
                selectNodeContents(node: Node): void;
                getClientRects(): ArrayLike<Rect>;
              }
              const doc = (globalThis as unknown as PageGlobals).document as unknown as {
                documentElement: { scrollWidth: number; clientWidth: number };
                querySelectorAll(selector: string): ArrayLike<El>;
                createRange(): Range;
              };
              const width = doc.documentElement.clientWidth;
              const found: string[] = [];
              if (doc.documentElement.scrollWidth > width) found.push(`scrolls sideways: ${doc.documentElement.scrollWidth}`);
              const name = (e: El) => `${e.tagName}.${String(e.className).split(' ')[0]} "${(e.textContent ?? '').slice(0, 30)}"`;
              for (const e of Array.from(doc.querySelectorAll('body *'))) {
                // Web Chat's screen reader copies and its keyboard help sit off screen on purpose.
                if (e.closest('[class*="live-region"], .webchat__keyboard-help') || !e.checkVisibility()) continue;
                const box = e.getBoundingClientRect();
                if (box.width > 0 && (box.left < -0.5 || box.right > width + 0.5))
                  found.push(`past the edge: ${name(e)} ${box.left}-${box.right}`);
              }
              const texts = (node: Node): Node[] =>
                node.nodeType === 3 ? [node] : Array.from(node.childNodes).flatMap((child) => texts(child));
              for (const button of Array.from(doc.querySelectorAll('.page-button, .webchat__suggested-action'))) {
                if (!button.checkVisibility()) continue;
                const box = button.getBoundingClientRect();
                const all = doc.createRange();
                all.selectNodeContents(button);
                for (const r of Array.from(all.getClientRects())) {
                  if (r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5)) found.push(`text cut: ${name(button)}`);
                }
                if (!button.matches(wordsWhole)) continue;
                for (const text of texts(button)) {
                  const content = text.textContent ?? '';
                  // A word may break after its hyphen ("rendez-vous"), not elsewhere.
                  for (const word of content.matchAll(/[^\s-]+-?/g)) {
                    const range = doc.createRange();
                    range.setStart(text, word.index);
                    range.setEnd(text, word.index + word[0].length);
                    const lines = Array.from(range.getClientRects()).filter((r) => r.width > 0).length;
                    if (lines > 1) found.push(`"${word[0]}" split in ${name(button)}`);
                  }
                }
              }
              return found;
            }, wordsWhole);
          const atEachWidth = async () => {
            for (const viewport of [
              { width: 320, height: 568 },
              { width: 240, height: 480 },
              { width: 160, height: 320 },
            ]) {
              await page.setViewportSize(viewport);
              // At 160 px a long word in an answer ("loopbaancheque?") may break; the page's buttons never do.
              const whole = viewport.width > 160 ? '.page-button, .webchat__suggested-action' : '.page-button';
              await expect.poll(() => problems(whole), { message: `${lang} at ${viewport.width} px` }).toEqual([]);
            }
          };
          await atEachWidth();
          // The answers under "Meer", with the one to reach a person.
          await page.setViewportSize({ width: 320, height: 568 });
          const more = page.locator('.webchat__suggested-action').filter({ hasText: /(Meer|Plus|More)$/ });
          await more.scrollIntoViewIfNeeded();
          await more.click();
          await page.locator('.webchat__suggested-action').filter({ hasText: person[lang] }).waitFor({ timeout: 15_000 });
          await atEachWidth();
          expect(narrow.problems).toEqual([]);
        } finally {
          await narrow.context.close();
        }
      }
    }, 90_000);

    it('When a long answer is typed at 200 % (180 × 320), Then the text box stops growing at a quarter of the height and the conversation stays in view', async () => {
      const zoomed = await openPage(browser, { width: 180, height: 320 });
      try {
        const { page } = zoomed;
        await page.goto(`${bot.server.url}/`);
        await zoomed.botSays('Waar kan ik je mee helpen?');
        await page.locator('.webchat__connectivityStatus').waitFor({ state: 'hidden', timeout: 10_000 });
        await page.locator('#status').waitFor({ state: 'hidden' });
        const input = page.locator('[data-id="webchat-sendbox-input"]');
        await input.fill('ik werk al tien jaar als poetsvrouw en ik wil iets anders doen maar ik weet niet wat en ik heb geen diploma');
        const heights = () =>
          page.evaluate(() => {
            const doc = (globalThis as unknown as PageGlobals).document;
            const height = (selector: string) => {
              const box = doc.querySelector(selector)?.getBoundingClientRect();
              return box ? box.bottom - box.top : 0;
            };
            return { box: height('[data-id="webchat-sendbox-input"]'), conversation: height('.webchat__basic-transcript__scrollable') };
          });
        // The box has grown to its most (more than one line of 31.5 px).
        await expect.poll(async () => (await heights()).box).toBeGreaterThan(40);
        await expect.poll(async () => (await heights()).conversation).toBeGreaterThanOrEqual(48);
        expect((await heights()).box).toBeLessThanOrEqual(80);
      } finally {
        await zoomed.context.close();
      }
    }, 60_000);

    it('When a phone at 200 % (180 × 320) loses its connection or a message is not sent, Then the banner stays short: the text box and an answer stay on screen', async () => {
      const ZOOMED = { width: 180, height: 320 };
      const zoomed = await openPage(browser, ZOOMED);
      try {
        const { page: small, context: smallContext } = zoomed;
        await small.goto(`${bot.server.url}/`);
        await small.locator('.webchat__suggested-action').first().waitFor({ timeout: 15_000 });
        await small.locator('.webchat__connectivityStatus').waitFor({ state: 'hidden', timeout: 10_000 });
        const whole = (selector: string) =>
          small.evaluate(
            ([s, height]) => {
              const b = (globalThis as unknown as PageGlobals).document.querySelector(s)?.getBoundingClientRect();
              return !!b && b.bottom - b.top > 0 && b.top >= 0 && b.bottom <= height;
            },
            [selector, ZOOMED.height] as const,
          );
        await smallContext.setOffline(true);
        await expect.poll(() => small.locator('#status').innerText()).toBe('Geen internet. We proberen het opnieuw.');
        for (const selector of ['#status', '.webchat__suggested-action', '[data-id="webchat-sendbox-input"]', '.webchat__send-button'])
          expect(await whole(selector), `offline: ${selector}`).toBe(true);
        await smallContext.setOffline(false);
        await expect.poll(() => small.locator('#status').isVisible(), { timeout: 10_000 }).toBe(false);
        await small.route('**/activities', (route) => route.fulfill({ status: 400, body: '{}' }), { times: 1 });
        const input = small.locator('[data-id="webchat-sendbox-input"]');
        await input.fill('wat kost het');
        await input.press('Enter');
        await expect.poll(() => small.locator('#status').innerText(), { timeout: 10_000 }).toBe('Je bericht is niet verstuurd.');
        for (const selector of ['#status', '#resend', '[data-id="webchat-sendbox-input"]', '.webchat__send-button'])
          expect(await whole(selector), `not sent: ${selector}`).toBe(true);
        expect(zoomed.problems.filter((p) => !p.includes('400') && !p.includes('Failed to post activity'))).toEqual([]);
      } finally {
        await zoomed.context.close();
      }
    }, 60_000);

    it('When a reply of several messages arrives, Then its first message is at the top of the conversation, not scrolled away', async () => {
      const tap = (name: string) => tab.answers().getByRole('button', { name }).click();
      await tap('Kan ik er een krijgen?');
      await tab.botSays('Voor wie kijk je dit na?');
      await tap('Voor mezelf');
      await tab.botSays('Waar woon je?');
      await tap('Ergens anders');
      await tab.botSays('Waar woon je dan?');
      await tap('Wallonië');
      await tab.botSays('Kan ik je nog ergens mee helpen?');
      const verdict = page.getByText('Nee, nu niet. Je kan nu geen loopbaancheque krijgen.', { exact: false }).last();
      // The whole reply does not fit: else this test proves nothing.
      const reply = await page.evaluate(() => {
        const doc = (globalThis as unknown as PageGlobals).document;
        const bubbles = doc.querySelectorAll('.webchat__bubble');
        return {
          first: bubbles[bubbles.length - 4]?.getBoundingClientRect(),
          last: bubbles[bubbles.length - 1]?.getBoundingClientRect(),
          scroller: doc.querySelector('.webchat__basic-transcript__scrollable')?.getBoundingClientRect(),
        };
      });
      expect((reply.last?.bottom ?? 0) - (reply.first?.top ?? 0)).toBeGreaterThan(
        (reply.scroller?.bottom ?? 0) - (reply.scroller?.top ?? 0),
      );
      await expect
        .poll(
          async () => {
            const scroller = await boxOf('.webchat__basic-transcript__scrollable');
            const box = await verdict.boundingBox();
            const top = box?.y ?? -1;
            return top >= (scroller?.top ?? 0) - 1 && top < (scroller?.top ?? 0) + 40;
          },
          // Web Chat scrolls smoothly: on a loaded machine that takes longer than the default second.
          { timeout: 10_000 },
        )
        .toBe(true);
      // And it stays there: nothing scrolls it away a moment later.
      await page.waitForTimeout(500);
      const scroller = await boxOf('.webchat__basic-transcript__scrollable');
      expect((await verdict.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual((scroller?.top ?? 0) - 1);
      // Then "Met iemand praten" on the page: the conversation goes on to the reply to it, as after a tap on an answer.
      await page.getByRole('button', { name: 'Met iemand praten' }).click();
      await tab.botSays('Wil je nu chatten of wil je dat we je bellen?');
      const offer = page.getByText('Ik breng je in contact met iemand van VDAB.', { exact: false }).last();
      await expect
        .poll(
          async () => {
            const box = await offer.boundingBox();
            const view = await boxOf('.webchat__basic-transcript__scrollable');
            return !!box && !!view && box.y >= view.top - 1 && box.y + box.height <= view.bottom + 1;
          },
          { timeout: 10_000 },
        )
        .toBe(true);
      await expect(page.getByRole('button', { name: 'Nieuwe berichten' }).count()).resolves.toBe(0);
      expect(tab.problems).toEqual([]);
    }, 60_000);
  });

  describe('a slow start and a lost connection, on a phone', () => {
    it('When the chat starts slowly, Then the loading text gives the free number to call, and a tap on "Met iemand praten" waits and is sent', async () => {
      const tab = await openPage(browser, PHONE);
      try {
        const { page } = tab;
        // The Web Chat bundle comes 3 s late, as on a slow phone network.
        await page.route('**/webchat/webchat.*.js', async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 3_000));
          await route.continue();
        });
        await page.goto(`${bot.server.url}/`, { waitUntil: 'commit' });
        const call = page.locator('#status a[href="tel:080030700"]');
        await call.waitFor({ timeout: 5_000 });
        await expect(call.innerText()).resolves.toBe('0800 30 700');
        await expect(page.locator('#status').innerText()).resolves.toBe('Even geduld. De chat start. Of bel gratis 0800 30 700.');
        await page.getByRole('button', { name: 'Met iemand praten' }).click();
        await expect(page.locator('#status').innerText()).resolves.toBe('Even geduld. Je vraag gaat weg zodra de chat klaar is.');
        await tab.botSays('Ik breng je in contact met iemand van VDAB.');
        await expect(page.locator('.webchat__bubble--from-user').allInnerTexts()).resolves.toEqual(['Met iemand praten']);
        await expect(page.locator('#status').isVisible()).resolves.toBe(false);
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.context.close();
      }
    }, 60_000);

    it('When the phone goes offline, Then a clear banner says so, and a tap made meanwhile is sent once it is back online', async () => {
      const tab = await openPage(browser, PHONE);
      try {
        const { page, context } = tab;
        const banner = await offlineAtMenu(tab, bot.server.url);
        const style = await banner.evaluate((e) => {
          const computed = (globalThis as unknown as PageGlobals).getComputedStyle(e);
          return { fontSize: parseFloat(computed.fontSize) };
        });
        expect(style.fontSize).toBeGreaterThanOrEqual(18);
        await tab.answers().getByRole('button', { name: 'Wat is een loopbaancheque?' }).click();
        await context.setOffline(false);
        await tab.botSays('Was dit duidelijk?');
        await expect(page.locator('.webchat__bubble--from-user').allInnerTexts()).resolves.toEqual(['Wat is een loopbaancheque?']);
        await expect.poll(() => banner.isVisible()).toBe(false);
      } finally {
        await tab.context.close();
      }
    }, 60_000);

    it('When the phone is offline, Then a tap and a typed message show at once as waiting, and go in that order once it is back', async () => {
      const tab = await openPage(browser, PHONE);
      try {
        const { page, context } = tab;
        await offlineAtMenu(tab, bot.server.url);
        await tab.answers().getByRole('button', { name: 'Wat is een loopbaancheque?' }).click();
        const input = page.locator('[data-id="webchat-sendbox-input"]');
        await input.fill('wat kost het');
        await input.press('Enter');
        const mine = page.locator('.webchat__bubble--from-user');
        await expect.poll(() => mine.allInnerTexts()).toEqual(['Wat is een loopbaancheque?', 'wat kost het']);
        const waitingNote = page.getByText('Wordt verstuurd zodra je weer verbinding hebt.', { exact: true });
        await expect.poll(() => waitingNote.count()).toBe(2);
        await context.setOffline(false);
        await page
          .getByText(/^Het eerste gesprek bij een centrum is gratis\./)
          .last()
          .waitFor({ timeout: 15_000 });
        await expect.poll(() => waitingNote.count()).toBe(0);
        await expect(mine.allInnerTexts()).resolves.toEqual(['Wat is een loopbaancheque?', 'wat kost het']);
        // In order: the tap is answered before the typed question is shown and answered.
        const all = (await page.locator('.webchat__bubble').allInnerTexts()).map((t) => t.trim());
        const tapped = all.indexOf('Wat is een loopbaancheque?');
        const typed = all.indexOf('wat kost het');
        expect(tapped).toBeGreaterThan(-1);
        expect(typed).toBeGreaterThan(tapped);
        expect(all.slice(tapped + 1, typed)).toContain('Was dit duidelijk?');
        await expect.poll(() => page.locator('#status').isVisible()).toBe(false);
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.context.close();
      }
    }, 60_000);

    it('When the page reloads while messages wait to be sent, Then they show again as waiting and go with the same ids, each answered once', async () => {
      const tab = await openPage(browser, PHONE);
      try {
        const { page, context } = tab;
        // Before the reload the server's copy of the tapped answer never reaches the page (its
        // answers do); after it, the stream is a second late, so the page sends it again first.
        let reloaded = false;
        let dropEcho = true;
        await page.routeWebSocket(/\/stream\?/, (ws) => {
          const server = ws.connectToServer();
          server.onMessage((message) => {
            const set = JSON.parse(String(message)) as { activities?: { text?: string; from?: { role?: string } }[] };
            if (dropEcho && set.activities?.some((a) => a.from?.role === 'user' && a.text === 'Wat is een loopbaancheque?')) {
              dropEcho = false;
              return;
            }
            if (reloaded) setTimeout(() => ws.send(message), 1_000);
            else ws.send(message);
          });
        });
        const posted: string[] = [];
        page.on('request', (request) => {
          if (isMessagePost(request)) {
            posted.push(String((request.postDataJSON() as { channelData?: { clientActivityID?: string } }).channelData?.clientActivityID));
          }
        });
        await offlineAtMenu(tab, bot.server.url);
        await tab.answers().getByRole('button', { name: 'Wat is een loopbaancheque?' }).click();
        const input = page.locator('[data-id="webchat-sendbox-input"]');
        await input.fill('wat kost het');
        await input.press('Enter');
        const mine = page.locator('.webchat__bubble--from-user');
        await expect.poll(() => mine.allInnerTexts()).toEqual(['Wat is een loopbaancheque?', 'wat kost het']);
        // Back online, the tapped answer reaches the server, but the page never hears back.
        await page.route('**/activities', async (route) => void (await route.fetch()), { times: 1 });
        await context.setOffline(false);
        await tab.botSays('Was dit duidelijk?');
        expect(posted).toHaveLength(1);
        // A pull to refresh: the typed question is still there, waiting, after the tapped answer.
        reloaded = true;
        await page.reload();
        await expect.poll(() => mine.allInnerTexts(), { timeout: 10_000 }).toEqual(['Wat is een loopbaancheque?', 'wat kost het']);
        const answer = page.getByText(/^Het eerste gesprek bij een centrum is gratis\./);
        await answer.last().waitFor({ timeout: 15_000 });
        // Time for a second answer, if the bot were asked again.
        await page.waitForTimeout(2_000);
        await expect(answer.count()).resolves.toBe(1);
        await expect(page.getByText('Was dit duidelijk?', { exact: true }).count()).resolves.toBe(2);
        await expect(mine.allInnerTexts()).resolves.toEqual(['Wat is een loopbaancheque?', 'wat kost het']);
        // The tapped answer went again with its own id (taken in once), then the typed question.
        expect(posted).toHaveLength(3);
        expect(posted[1]).toBe(posted[0]);
        expect(posted[2]).not.toBe(posted[0]);
        await expect(page.locator('.webchat__activity-status--sending').count()).resolves.toBe(0);
        await expect.poll(() => page.locator('#status').isVisible()).toBe(false);
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.context.close();
      }
    }, 60_000);

    it('When "Met iemand praten" is tapped while the chat starts and the page reloads before the chat is there, Then the tap waits over the reload and goes once', async () => {
      // The first Web Chat bundle, or the first conversation's token, never comes in time: the
      // user reloads while it still loads. With the token late, there is no conversation yet.
      for (const late of ['**/webchat/webchat.*.js', '**/api/webchat/token']) {
        const tab = await openPage(browser, PHONE);
        try {
          const { page } = tab;
          let slow = true;
          await page.route(late, async (route) => {
            if (slow) {
              slow = false;
              await new Promise((resolve) => setTimeout(resolve, 20_000));
            }
            await route.continue().catch(() => undefined);
          });
          const posted: string[] = [];
          page.on('request', (request) => {
            if (isMessagePost(request)) {
              posted.push(
                String((request.postDataJSON() as { channelData?: { clientActivityID?: string } }).channelData?.clientActivityID),
              );
            }
          });
          await page.goto(`${bot.server.url}/`, { waitUntil: 'commit' });
          const status = page.locator('#status');
          await expect.poll(() => status.innerText(), { timeout: 10_000 }).toBe('Even geduld. De chat start. Of bel gratis 0800 30 700.');
          await page.getByRole('button', { name: 'Met iemand praten' }).click();
          await expect(status.innerText()).resolves.toBe('Even geduld. Je vraag gaat weg zodra de chat klaar is.');
          await page.reload({ waitUntil: 'commit' });
          await tab.botSays('Ik breng je in contact met iemand van VDAB.');
          const mine = page.locator('.webchat__bubble--from-user');
          await expect(mine.allInnerTexts()).resolves.toEqual(['Met iemand praten']);
          // Time for a second answer, if the tap went twice.
          await page.waitForTimeout(2_000);
          await expect(page.getByText('Ik breng je in contact met iemand van VDAB.', { exact: true }).count()).resolves.toBe(1);
          expect(posted).toHaveLength(1);
          await expect.poll(() => status.isVisible()).toBe(false);
          // A second reload sends nothing again.
          await page.reload();
          await tab.botSays('Ik breng je in contact met iemand van VDAB.');
          await page.waitForTimeout(2_000);
          await expect(mine.allInnerTexts()).resolves.toEqual(['Met iemand praten']);
          await expect(page.getByText('Ik breng je in contact met iemand van VDAB.', { exact: true }).count()).resolves.toBe(1);
          expect(posted).toHaveLength(1);
          expect(tab.problems).toEqual([]);
        } finally {
          await tab.context.close();
        }
      }
    }, 90_000);

    it('When a message is typed while the chat still connects and the page reloads before it hears back, Then it goes again with its id and is answered once', async () => {
      const tab = await openPage(browser, PHONE);
      try {
        const { page } = tab;
        // Before the reload the conversation's stream never opens (its address refuses), and the
        // typed message reaches the server without the page hearing back: a bad network at the start.
        let reloaded = false;
        await page.route(/\/conversations$/, async (route) => {
          const response = await route.fetch();
          const body = (await response.json()) as { streamUrl?: string };
          if (!reloaded && body.streamUrl) body.streamUrl = body.streamUrl.replace(/\/\/[^/]+/, '//127.0.0.1:9');
          await route.fulfill({ response, json: body });
        });
        await page.route('**/activities', async (route) => void (await route.fetch()), { times: 1 });
        const posted: string[] = [];
        page.on('request', (request) => {
          if (isMessagePost(request)) {
            posted.push(String((request.postDataJSON() as { channelData?: { clientActivityID?: string } }).channelData?.clientActivityID));
          }
        });
        await page.goto(`${bot.server.url}/`);
        const input = page.locator('[data-id="webchat-sendbox-input"]');
        await input.fill('wat kost het');
        await input.press('Enter');
        const mine = page.locator('.webchat__bubble--from-user');
        await expect.poll(() => mine.allInnerTexts()).toEqual(['wat kost het']);
        await expect.poll(() => posted).toHaveLength(1);
        // No greeting came: the stream is not open.
        await expect(page.locator('.webchat__bubble--from-bot').count()).resolves.toBe(0);
        reloaded = true;
        await page.reload();
        const answer = page.getByText(/^Het eerste gesprek bij een centrum is gratis\./);
        await answer.last().waitFor({ timeout: 15_000 });
        await expect(mine.allInnerTexts()).resolves.toEqual(['wat kost het']);
        // Time for a second answer, if the message went twice.
        await page.waitForTimeout(2_000);
        await expect(answer.count()).resolves.toBe(1);
        await expect(mine.allInnerTexts()).resolves.toEqual(['wat kost het']);
        expect(posted).toHaveLength(2);
        expect(posted[1]).toBe(posted[0]);
        await expect.poll(() => page.locator('#status').isVisible()).toBe(false);
        // The refused stream is the only error.
        expect(tab.problems.filter((p) => !p.includes('ws://127.0.0.1:9/'))).toEqual([]);
      } finally {
        await tab.context.close();
      }
    }, 60_000);

    it('When the messages of a reply arrive one by one on a slow network, Then the first one still stops at the top', async () => {
      const tab = await openPage(browser, PHONE);
      try {
        const { page } = tab;
        // Each of the bot's messages comes 1.2 s after the one before it: the first fits on screen alone,
        // and shows a good while before the rest.
        let slow = false;
        await page.routeWebSocket(/\/stream\?/, (ws) => {
          const server = ws.connectToServer();
          let line = Promise.resolve();
          server.onMessage((message) => {
            const fromBot = slow && String(message).includes('"role":"bot"');
            line = line.then(async () => {
              if (fromBot) await new Promise((resolve) => setTimeout(resolve, 1_200));
              ws.send(message);
            });
          });
        });
        await page.goto(`${bot.server.url}/`);
        await tab.botSays('Waar kan ik je mee helpen?');
        const tap = (name: string) => tab.answers().getByRole('button', { name }).click();
        await tap('Kan ik er een krijgen?');
        await tab.botSays('Voor wie kijk je dit na?');
        await tap('Voor mezelf');
        await tab.botSays('Waar woon je?');
        await tap('Ergens anders');
        await tab.botSays('Waar woon je dan?');
        slow = true;
        await tap('Wallonië');
        const verdict = page.getByText('Nee, nu niet. Je kan nu geen loopbaancheque krijgen.', { exact: false }).last();
        await verdict.waitFor({ timeout: 15_000 });
        const scrollerBox = () =>
          page.evaluate(() =>
            (globalThis as unknown as PageGlobals).document
              .querySelector('.webchat__basic-transcript__scrollable')
              ?.getBoundingClientRect(),
          );
        await tab.botSays('Kan ik je nog ergens mee helpen?');
        // The whole reply does not fit, and the first message alone did: else this test proves nothing.
        // Both are measured in one go, as the transcript may scroll between two separate measurements.
        const { first, span, height } = await verdict.evaluate((element, lastText) => {
          const document = (globalThis as unknown as PageGlobals).document;
          const bubbles = Array.from(document.querySelectorAll('.webchat__bubble__content'));
          const last = bubbles.filter((bubble) => bubble.textContent?.includes(lastText)).pop();
          const scroller = document.querySelector('.webchat__basic-transcript__scrollable')?.getBoundingClientRect();
          const top = element.getBoundingClientRect();
          return {
            first: top.height,
            span: (last?.getBoundingClientRect().bottom ?? 0) - top.top,
            height: (scroller?.bottom ?? 0) - (scroller?.top ?? 0),
          };
        }, 'Kan ik je nog ergens mee helpen?');
        expect(first).toBeLessThan(height);
        expect(span).toBeGreaterThan(height);
        const atTop = async () => {
          const top = (await verdict.boundingBox())?.y ?? -1;
          const box = await scrollerBox();
          return top >= (box?.top ?? 0) - 1 && top < (box?.top ?? 0) + 40;
        };
        await expect.poll(atTop, { timeout: 10_000 }).toBe(true);
        await page.waitForTimeout(500);
        await expect(atTop()).resolves.toBe(true);
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.context.close();
      }
    }, 60_000);

    it('When an answer is tapped twice or a second one is tapped quickly, offline or online, Then only the first is sent and shows', async () => {
      const tab = await openPage(browser, PHONE);
      try {
        const { page, context } = tab;
        const posted: string[] = [];
        page.on('request', (request) => {
          if (isMessagePost(request)) {
            posted.push(String((request.postDataJSON() as { text?: string }).text));
          }
        });
        await offlineAtMenu(tab, bot.server.url);
        // Two taps before the screen changes: the chosen answer, then another of the same question.
        const tapTwice = (first: string, second: string) =>
          page.evaluate(
            ([a, b]) => {
              const buttons = Array.from(
                (globalThis as unknown as PageGlobals).document.querySelectorAll('.webchat__suggested-action'),
              ) as unknown as (Element & { click(): void })[];
              const named = (name: string) => buttons.find((button) => button.textContent?.includes(name));
              named(a)?.click();
              named(b)?.click();
            },
            [first, second],
          );
        await answersSettled(page);
        await tapTwice('Wat is een loopbaancheque?', 'Afspraak maken');
        const mine = page.locator('.webchat__bubble--from-user');
        await expect.poll(() => mine.allInnerTexts()).toEqual(['Wat is een loopbaancheque?']);
        // What was chosen shows as waiting; the other answers of that question are gone.
        await expect(page.getByText('Wordt verstuurd zodra je weer verbinding hebt.', { exact: true }).count()).resolves.toBe(1);
        await expect(page.locator('.webchat__suggested-action').count()).resolves.toBe(0);
        await context.setOffline(false);
        await tab.botSays('Was dit duidelijk?');
        await answersSettled(page);
        await tapTwice('Ja', 'Nee');
        await tab.botSays('Kan ik je nog ergens mee helpen?');
        // Time for a second answer to go out and be answered, if it did.
        await page.waitForTimeout(1_500);
        await expect(mine.allInnerTexts()).resolves.toEqual(['Wat is een loopbaancheque?', 'Ja']);
        expect(posted).toEqual(['Wat is een loopbaancheque?', 'Ja']);
        await expect(page.getByText('Kan ik je nog ergens mee helpen?', { exact: true }).count()).resolves.toBe(1);
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.context.close();
      }
    }, 60_000);

    it('When a message arrived but the page never heard back, Then "Opnieuw versturen" sends it with the same id, and the bot answers it once', async () => {
      const tab = await openPage(browser, PHONE);
      try {
        const { page } = tab;
        // The server's copy of the message never reaches the page (its answers do).
        let dropEcho = true;
        await page.routeWebSocket(/\/stream\?/, (ws) => {
          const server = ws.connectToServer();
          server.onMessage((message) => {
            const set = JSON.parse(String(message)) as { activities?: { text?: string; from?: { role?: string } }[] };
            if (dropEcho && set.activities?.some((a) => a.from?.role === 'user' && a.text === 'wat kost het')) {
              dropEcho = false;
              return;
            }
            ws.send(message);
          });
        });
        const posted: string[] = [];
        page.on('request', (request) => {
          if (isMessagePost(request)) {
            posted.push(String((request.postDataJSON() as { channelData?: { clientActivityID?: string } }).channelData?.clientActivityID));
          }
        });
        await page.goto(`${bot.server.url}/`);
        await tab.botSays('Waar kan ik je mee helpen?');
        await page.locator('.webchat__connectivityStatus').waitFor({ state: 'hidden', timeout: 10_000 });
        // The server takes the message in and answers; the page gets an error back.
        await page.route(
          '**/activities',
          async (route) => {
            await route.fetch();
            await route.fulfill({ status: 400, body: '{}' });
          },
          { times: 1 },
        );
        const input = page.locator('[data-id="webchat-sendbox-input"]');
        await input.fill('wat kost het');
        await input.press('Enter');
        const answer = page.getByText(/^Het eerste gesprek bij een centrum is gratis\./);
        await answer.last().waitFor({ timeout: 15_000 });
        await expect.poll(() => page.locator('#status').innerText(), { timeout: 10_000 }).toBe('Je bericht is niet verstuurd.');
        const resent = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/activities'));
        await page.getByRole('button', { name: 'Opnieuw versturen' }).click();
        expect((await resent).status()).toBe(200);
        await expect.poll(() => page.locator('#status').isVisible()).toBe(false);
        // Time for a second answer, if the bot were asked again.
        await page.waitForTimeout(1_500);
        expect(posted).toHaveLength(2);
        expect(posted[1]).toBe(posted[0]);
        await expect(answer.count()).resolves.toBe(1);
        await expect(page.locator('.webchat__bubble--from-user').allInnerTexts()).resolves.toEqual(['wat kost het']);
        await expect(page.locator('.webchat__activity-status--sending').count()).resolves.toBe(0);
      } finally {
        await tab.context.close();
      }
    }, 60_000);

    it('When the server fails on a message (5xx), Then it shows as not sent at once, and Web Chat\'s own "Opnieuw" link sends it once', async () => {
      const tab = await openPage(browser, PHONE);
      try {
        const { page } = tab;
        const posted: string[] = [];
        page.on('request', (request) => {
          if (isMessagePost(request)) {
            posted.push(String((request.postDataJSON() as { channelData?: { clientActivityID?: string } }).channelData?.clientActivityID));
          }
        });
        await page.goto(`${bot.server.url}/`);
        await tab.botSays('Waar kan ik je mee helpen?');
        await page.locator('.webchat__connectivityStatus').waitFor({ state: 'hidden', timeout: 10_000 });
        // The server (or a proxy before it) fails once: the message never reaches the bot.
        await page.route('**/activities', (route) => route.fulfill({ status: 503, body: '{}' }), { times: 1 });
        const input = page.locator('[data-id="webchat-sendbox-input"]');
        await input.fill('wat kost het');
        await input.press('Enter');
        // Not after Web Chat's 20-second send timeout: at once.
        const status = page.locator('.webchat__activity-status').last();
        await expect.poll(() => status.innerText(), { timeout: 5_000 }).toBe('Verzenden mislukt. Opnieuw.');
        await expect(page.locator('#status').innerText()).resolves.toBe('Je bericht is niet verstuurd.');
        await status.getByRole('button', { name: 'Opnieuw' }).click();
        const answer = page.getByText(/^Het eerste gesprek bij een centrum is gratis\./);
        await answer.last().waitFor({ timeout: 15_000 });
        await expect.poll(() => page.locator('#status').isVisible()).toBe(false);
        // Time for a second answer, if the bot were asked again.
        await page.waitForTimeout(1_500);
        expect(posted).toHaveLength(2);
        expect(posted[1]).toBe(posted[0]);
        await expect(answer.count()).resolves.toBe(1);
        await expect(page.locator('.webchat__bubble--from-user').allInnerTexts()).resolves.toEqual(['wat kost het']);
        await expect(page.getByText('Verzenden mislukt.', { exact: false }).count()).resolves.toBe(0);
        expect(tab.problems.filter((p) => !p.includes('503'))).toEqual([]);
      } finally {
        await tab.context.close();
      }
    }, 60_000);

    it('When a message could not be sent, Then a big "Opnieuw versturen" button sends it again, once', async () => {
      const tab = await openPage(browser, PHONE);
      try {
        const { page } = tab;
        await page.goto(`${bot.server.url}/`);
        await tab.botSays('Waar kan ik je mee helpen?');
        await page.locator('.webchat__connectivityStatus').waitFor({ state: 'hidden', timeout: 10_000 });
        // The server refuses the message once.
        await page.route('**/activities', (route) => route.fulfill({ status: 400, body: '{}' }), { times: 1 });
        const input = page.locator('[data-id="webchat-sendbox-input"]');
        await input.fill('wat kost het');
        await input.press('Enter');
        await expect.poll(() => page.locator('#status').innerText(), { timeout: 10_000 }).toBe('Je bericht is niet verstuurd.');
        const resend = page.getByRole('button', { name: 'Opnieuw versturen' });
        expect((await resend.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
        await resend.click();
        await page
          .getByText(/^Het eerste gesprek bij een centrum is gratis\./)
          .last()
          .waitFor({ timeout: 15_000 });
        await expect.poll(() => resend.isVisible()).toBe(false);
        const mine = await page.locator('.webchat__bubble--from-user').allInnerTexts();
        expect(mine).toEqual(['wat kost het']);
      } finally {
        await tab.context.close();
      }
    }, 60_000);
  });

  describe('answers tapped quickly, and chosen with the keyboard, on a phone', () => {
    it("When an answer is tapped twice quickly and the second tap lands on the next question's answer in its place, Then only the first is sent; a moment later the new answers take a tap", async () => {
      const tab = await openPage(browser, PHONE, { touch: true });
      try {
        const { page } = tab;
        const posted = postedTexts(page);
        await page.goto(`${bot.server.url}/`);
        await tab.botSays('Waar kan ik je mee helpen?');
        await answersSettled(page);
        // The first tap; the second lands on the next question's first answer the moment it is there
        // (in the same task as it appears: no timing in the test). It is a tap on whatever is at
        // that point, as a finger's is.
        await page.evaluate(() => {
          type Tappable = Element & { click(): void; closest(selector: string): unknown };
          const page = globalThis as unknown as PageGlobals & {
            secondTap?: { answer: string; onAnswers: boolean };
            MutationObserver: new (cb: (r: unknown, o: { disconnect(): void }) => void) => { observe(t: unknown, o: object): void };
          };
          const doc = page.document as PageGlobals['document'] & { body: unknown; elementFromPoint(x: number, y: number): Tappable | null };
          const first = doc.querySelector('.webchat__suggested-action') as Tappable;
          new page.MutationObserver((_records, observer) => {
            const next = doc.querySelector('.webchat__suggested-action') as Tappable | null;
            if (!next || next === first) return;
            observer.disconnect();
            const where = next.getBoundingClientRect();
            const hit = doc.elementFromPoint((where.left + where.right) / 2, (where.top + where.bottom) / 2);
            page.secondTap = { answer: next.textContent ?? '', onAnswers: !!hit?.closest('.webchat__suggested-actions') };
            hit?.click();
          }).observe(doc.body, { childList: true, subtree: true });
          first.click();
        });
        await tab.botSays('Was dit duidelijk?');
        const secondTap = await page.waitForFunction(() => (globalThis as unknown as { secondTap?: object }).secondTap);
        expect(await secondTap.jsonValue()).toEqual({ answer: '1. Ja', onAnswers: true });
        // Read, then chosen: "Nee" is sent (Playwright's tap waits until the answer takes it).
        await tab.answers().getByRole('button', { name: 'Nee' }).tap({ timeout: 5_000 });
        await tab.botSays('Wat wil je: een eenvoudiger uitleg, of met iemand praten?');
        expect(posted).toEqual(['Wat is een loopbaancheque?', 'Nee']);
        await expect(page.locator('.webchat__bubble--from-user').allInnerTexts()).resolves.toEqual(['Wat is een loopbaancheque?', 'Nee']);
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.context.close();
      }
    }, 60_000);

    it('When an answer is chosen with the Enter key, Then the focus goes to the first answer of the next question, not to the text box, and Enter there answers it', async () => {
      const tab = await openPage(browser, PHONE);
      try {
        const { page } = tab;
        const posted = postedTexts(page);
        await page.goto(`${bot.server.url}/`);
        await tab.botSays('Waar kan ik je mee helpen?');
        const focused = () =>
          page.evaluate(() => {
            const active = (globalThis as unknown as PageGlobals).document.activeElement as
              (Element & { matches(s: string): boolean }) | null;
            return { text: active?.textContent ?? '', tag: active?.tagName ?? '', ring: !!active?.matches(':focus-visible') };
          });
        await tab.answers().getByRole('button').first().focus();
        await answersSettled(page);
        await page.keyboard.press('Enter');
        await tab.botSays('Was dit duidelijk?');
        // On the new question's first answer, with the ring that shows where the keyboard is.
        await expect.poll(focused, { timeout: 5_000 }).toEqual({ text: '1. Ja', tag: 'BUTTON', ring: true });
        // New answers ignore keys while they settle: an arrow pressed then is lost (seen once under CI load).
        await answersSettled(page);
        await page.keyboard.press('ArrowDown');
        await expect.poll(focused).toMatchObject({ text: '2. Nee' });
        await answersSettled(page);
        await page.keyboard.press('Enter');
        await tab.botSays('Wat wil je: een eenvoudiger uitleg, of met iemand praten?');
        await expect.poll(focused, { timeout: 5_000 }).toEqual({ text: '1. Eenvoudiger uitleg', tag: 'BUTTON', ring: true });
        expect(posted).toEqual(['Wat is een loopbaancheque?', 'Nee']);
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.context.close();
      }
    }, 60_000);

    it('When the user types after choosing an answer with the keyboard, Then the focus stays in the text box when the next answers come', async () => {
      const tab = await openPage(browser, PHONE);
      try {
        const { page } = tab;
        // The test holds what the bot sends over the stream, so the user types before the reply shows.
        let holding = false;
        const held: (string | Buffer)[] = [];
        let release = () => {};
        await page.routeWebSocket(/./, (socket) => {
          const server = socket.connectToServer();
          server.onMessage((message) => (holding ? held.push(message) : socket.send(message)));
          release = () => {
            holding = false;
            for (const message of held.splice(0)) socket.send(message);
          };
        });
        await page.goto(`${bot.server.url}/`);
        await tab.botSays('Waar kan ik je mee helpen?');
        await tab.answers().getByRole('button').first().focus();
        await answersSettled(page);
        holding = true;
        await page.keyboard.press('Enter');
        const input = page.locator('[data-id="webchat-sendbox-input"]');
        await expect.poll(() => input.evaluate((e) => (globalThis as unknown as PageGlobals).document.activeElement === e)).toBe(true);
        await page.keyboard.type('wat kost');
        release();
        await tab.botSays('Was dit duidelijk?');
        await tab.answers().getByRole('button', { name: 'Ja' }).waitFor();
        await expect(input.evaluate((e) => (globalThis as unknown as PageGlobals).document.activeElement === e)).resolves.toBe(true);
        await expect(input.inputValue()).resolves.toBe('wat kost');
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.context.close();
      }
    }, 60_000);
  });

  describe('a handover on a phone', () => {
    it('When a staff member writes in a chat that was taken over, Then the message shows at once, not held back as part of a reply', async () => {
      const tab = await openPage(browser, PHONE);
      try {
        const { page } = tab;
        const staff = (path: string, body: object) =>
          fetch(`${bot.server.url}/api/staff/handovers${path}`, {
            method: path ? 'POST' : 'GET',
            headers: { authorization: `Bearer ${STAFF_TOKEN}`, 'content-type': 'application/json' },
            ...(path && { body: JSON.stringify(body) }),
          }).then(async (response) => ({ status: response.status, body: (await response.json()) as { cases?: { id: string }[] } }));
        // When the staff message leaves the server's stream for the page (wall clock, as the page's own below).
        let forwardedAt = 0;
        await page.routeWebSocket(/\/stream\?/, (ws) => {
          const server = ws.connectToServer();
          server.onMessage((message) => {
            if (String(message).includes('Anna: Dag, ik ben Anna.')) forwardedAt = Date.now();
            ws.send(message);
          });
        });
        await page.goto(`${bot.server.url}/`);
        await tab.botSays('Waar kan ik je mee helpen?');
        await page.getByRole('button', { name: 'Met iemand praten' }).click();
        await tab.answers().getByRole('button', { name: 'Nu chatten' }).click();
        await page
          .getByText(/nummer 1 in de rij/)
          .last()
          .waitFor({ timeout: 15_000 });
        const id = (await staff('', {})).body.cases?.at(-1)?.id ?? '';
        expect((await staff(`/${id}/take`, { name: 'Anna Peeters' })).status).toBe(200);
        await tab.botSays('Anna van VDAB helpt je nu verder.');
        // The page notes when the message shows.
        const shown = page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const doc = (globalThis as unknown as PageGlobals).document;
              const seen = () => Array.from(doc.querySelectorAll('.webchat__bubble')).some((b) => b.textContent?.includes('Anna: Dag'));
              const observer = new (
                globalThis as unknown as {
                  MutationObserver: new (cb: () => void) => { observe(t: unknown, o: object): void; disconnect(): void };
                }
              ).MutationObserver(() => {
                if (!seen()) return;
                observer.disconnect();
                resolve(Date.now());
              });
              observer.observe(doc, { childList: true, subtree: true, characterData: true });
            }),
        );
        // The user scrolled back up to read, once Web Chat was done scrolling: the staff message comes in below.
        type Scroller = { scrollTop: number; scrollHeight: number; clientHeight: number };
        const scroller = page.locator('.webchat__basic-transcript__scrollable');
        await expect
          .poll(() =>
            scroller.evaluate(
              (e) =>
                (e as unknown as Scroller).scrollHeight - (e as unknown as Scroller).clientHeight - (e as unknown as Scroller).scrollTop,
            ),
          )
          .toBeLessThanOrEqual(1);
        await expect
          .poll(async () => {
            await scroller.evaluate((e) => {
              (e as unknown as Scroller).scrollTop = 0;
            });
            await page.waitForTimeout(200);
            return scroller.evaluate((e) => (e as unknown as Scroller).scrollTop);
          })
          .toBe(0);
        expect((await staff(`/${id}/messages`, { name: 'Anna Peeters', text: 'Dag, ik ben Anna. Waarmee kan ik helpen?' })).status).toBe(
          200,
        );
        const shownAt = await shown;
        // "Nieuwe berichten" leads to it, on a button as big as the page's others.
        const more = page.getByRole('button', { name: 'Nieuwe berichten' });
        await more.waitFor({ timeout: 5_000 });
        const moreBox = await more.boundingBox();
        expect(moreBox?.height ?? 0).toBeGreaterThanOrEqual(44);
        expect(moreBox?.width ?? 0).toBeGreaterThanOrEqual(44);
        expect(forwardedAt).toBeGreaterThan(0);
        // A reply's message without answers waits up to a second for the rest; a staff message is whole by itself.
        expect(shownAt - forwardedAt).toBeLessThan(500);
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.context.close();
      }
    }, 60_000);
  });

  describe('leaving the page while waiting for staff', () => {
    it('When the person leaves the page while waiting, Then staff see the case as left; when the page is back, it waits on', async () => {
      const tab = await openPage(browser, PHONE);
      try {
        const { page } = tab;
        type Listed = { cases: { id: string; left?: boolean; position?: number }[] };
        const listed = () =>
          fetch(`${bot.server.url}/api/staff/handovers`, { headers: { authorization: `Bearer ${STAFF_TOKEN}` } }).then(
            async (response) => (await response.json()) as Listed,
          );
        await page.goto(`${bot.server.url}/`);
        await tab.botSays('Waar kan ik je mee helpen?');
        await page.getByRole('button', { name: 'Met iemand praten' }).click();
        await tab.answers().getByRole('button', { name: 'Nu chatten' }).click();
        await page
          .getByText(/nummer \d+ in de rij/)
          .last()
          .waitFor({ timeout: 15_000 });
        const id = (await listed()).cases.at(-1)?.id ?? '';
        const mine = async () => (await listed()).cases.find((c) => c.id === id);
        expect(await mine()).toMatchObject({ position: expect.any(Number) });

        // Away to another site: the page's `pagehide` tells the bot.
        await page.goto('about:blank');
        await expect.poll(async () => (await mine())?.left, { timeout: 10_000 }).toBe(true);
        expect((await mine())?.position).toBeUndefined();

        // Back in the same tab: the conversation resumes, and so does the wait.
        await page.goto(`${bot.server.url}/`);
        await expect.poll(async () => (await mine())?.left, { timeout: 10_000 }).toBeUndefined();
        expect((await mine())?.position).toEqual(expect.any(Number));
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.context.close();
      }
    }, 60_000);
  });

  describe('the time a message was sent', () => {
    it('When a screen reader reads the time of a message of today and of an earlier day, Then it hears good Dutch, French and English on the 24-hour clock', async () => {
      // Heard by a screen reader for each message: "om" a time, "op" a day, never "om 5 maart".
      const expected = {
        nl: { shown: '55 minuten geleden', today: 'Verzonden om 14:05', earlier: 'Verzonden op 5 maart om 14:05' },
        fr: { shown: 'il y a 55 minutes', today: 'Envoyé à 14:05', earlier: 'Envoyé le 5 mars à 14:05' },
        en: { shown: '55 minutes ago', today: 'Sent at 14:05', earlier: 'Sent on 5 March at 14:05' },
      };
      for (const lang of ['nl', 'fr', 'en'] as const) {
        const tab = await openPage(browser, PHONE);
        try {
          const { page } = tab;
          // It is 26 November 2026, 15:00 in Brussels. The greeting was sent on 5 March at 14:05
          // Brussels time (13:05 UTC), the question after it today at 14:05.
          await page.clock.setFixedTime(new Date('2026-11-26T14:00:00.000Z'));
          let botMessages = 0;
          await page.routeWebSocket(/\/stream\?/, (ws) => {
            const server = ws.connectToServer();
            server.onMessage((message) => {
              const set = JSON.parse(String(message)) as { activities?: { timestamp?: string; from?: { role?: string } }[] };
              for (const activity of set.activities ?? [])
                if (activity.from?.role === 'bot')
                  activity.timestamp = botMessages++ === 0 ? '2026-03-05T13:05:00.000Z' : '2026-11-26T13:05:00.000Z';
              ws.send(JSON.stringify(set));
            });
          });
          await page.goto(`${bot.server.url}/?lang=${lang}`);
          await page.locator('.webchat__suggested-action').first().waitFor({ timeout: 15_000 });
          // What the accessibility tree holds of each message, as a screen reader reads it.
          const messages = page.locator('.webchat__basic-transcript__activity');
          await expect.poll(() => messages.count(), { timeout: 5_000 }).toBe(2);
          const heard = async (i: number) =>
            (await messages.nth(i).ariaSnapshot())
              .split('\n')
              .map((line) => line.trim().replace(/^- text: /, ''))
              .filter((line) => /^(?:Verzonden|Envoyé|Sent) /.test(line));
          await expect.poll(() => heard(0), { timeout: 5_000 }).toEqual([expected[lang].earlier]);
          await expect(heard(1), lang).resolves.toEqual([expected[lang].today]);
          // Shown under the question of today: how long ago, on the clock of 15:00.
          await expect(page.locator('.webchat__activity-status [aria-hidden="true"]').last().innerText(), lang).resolves.toBe(
            expected[lang].shown,
          );
          const all = (await page.locator('.webchat__basic-transcript').allTextContents()).join(' ');
          expect(all, lang).not.toMatch(/\d:\d\d\s*(?:[ap]\.?\s?m\b|[AP]M)/i);
          expect(tab.problems).toEqual([]);
        } finally {
          await tab.context.close();
        }
      }
    }, 60_000);
  });

  describe('"vergeet mij" on a shared phone', () => {
    it('When the erasure is confirmed, Then the page shows the conversation afresh: nothing said before, only the confirmation', async () => {
      const tab = await openPage(browser, { width: 360, height: 740 });
      try {
        const { page } = tab;
        await page.goto(`${bot.server.url}/`);
        await tab.botSays('Waar kan ik je mee helpen?');
        const input = page.locator('[data-id="webchat-sendbox-input"]');
        await input.fill('vergeet mij');
        await input.press('Enter');
        await tab.answers().getByRole('button', { name: 'Ja, wis alles' }).click();
        // The page reloads by itself once the server forgot the messages.
        await page.waitForEvent('load', { timeout: 15_000 });
        await tab.botSays('Klaar. Ik heb alles over jou gewist.');
        await expect(page.locator('.webchat__bubble--from-user').count()).resolves.toBe(0);
        await expect(page.getByText('Wil je dat ik alles over jou wis?', { exact: false }).count()).resolves.toBe(0);
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.context.close();
      }
    }, 60_000);
  });
});
