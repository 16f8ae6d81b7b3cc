import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersSettled, browserTestsRun, webChatInBrowser } from '../support/chromium.js';
import { axeProblems, openPage, PHONE, type Box, type Element, type PageGlobals, type PulledBack } from '../support/webchatPage.js';

/**
 * The web chat page in Debian's Chromium, driven by playwright-core (no browser download): what a
 * visitor of the page sees and taps, against the real server and the built-in Direct Line, on a
 * desktop screen, on a 360 × 740 phone and on small phones. Sending, reloads and the handover are
 * in webchat.connection.browser.test.ts.
 */
const root = new URL('../../', import.meta.url).pathname;
const KIB = 1024;

const runs = browserTestsRun('test/channels/webchat.browser.test.ts');

describe.skipIf(!runs)('web chat page in a real browser', () => {
  const running = webChatInBrowser();

  const outside = (requests: string[]) =>
    requests.filter((r) => !r.split(' ')[1]?.startsWith(running.bot.server.url) && !/ (data|blob):/.test(r));

  describe('on a desktop screen', () => {
    let context: BrowserContext;
    let page: Page;
    let tab: Awaited<ReturnType<typeof openPage>>;
    beforeAll(async () => {
      tab = await openPage(running.browser, { width: 900, height: 1100 });
      ({ context, page } = tab);
    }, 60_000);
    afterAll(() => context?.close());

    it('When the page opens, Then the bot greets in Dutch and offers the menu as big buttons', async () => {
      await page.goto(`${running.bot.server.url}/`);
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
      tab = await openPage(running.browser, PHONE);
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
      await page.goto(`${running.bot.server.url}/`);
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
      expect(tab.requests.map((r) => r.replace(running.bot.server.url, '').replace(/local-[\w-]+/, ':id'))).toEqual([
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
      tab = await openPage(running.browser, PHONE, { touch: true });
      ({ context, page } = tab);
      await page.goto(`${running.bot.server.url}/`);
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
      const double = await openPage(running.browser, PHONE, { touch: true });
      try {
        const { page } = double;
        await page.goto(`${running.bot.server.url}/`);
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
      tab = await openPage(running.browser, SMALL);
      ({ context, page } = tab);
      await page.goto(`${running.bot.server.url}/`);
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
        const phone = await openPage(running.browser, SMALL, { touch: true });
        try {
          const { page: small } = phone;
          await small.goto(`${running.bot.server.url}/?lang=${lang}`);
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
      const keys = await openPage(running.browser, { width: 320, height: 290 });
      try {
        const { page: small } = keys;
        await small.goto(`${running.bot.server.url}/`);
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
      const phone = await openPage(running.browser, { width: 360, height: 640 });
      try {
        const { page: tall } = phone;
        await tall.goto(`${running.bot.server.url}/`);
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
        const zoomed = await openPage(running.browser, { width: 180, height: 320 });
        try {
          await zoomed.page.goto(`${running.bot.server.url}/?lang=${lang}`);
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
      for (const lang of ['nl', 'fr', 'en'] as const) {
        // One page per language, its screen changed from wide to narrow and back: the hint follows
        // both ways (a phone turned, a zoom changed), as it does on a page opened at that size.
        const tab = await openPage(running.browser, { width: 375, height: 667 });
        try {
          await tab.page.goto(`${running.bot.server.url}/?lang=${lang}`);
          await tab.page.locator('.webchat__suggested-action').first().waitFor({ timeout: 15_000 });
          // Screen readers hear the whole name, whatever the hint.
          const input = tab.page.getByRole('textbox', { name: long[lang], exact: true });
          const box = () =>
            input.evaluate((e) => {
              const area = e as unknown as { placeholder: string; scrollHeight: number; clientHeight: number };
              return { hint: area.placeholder, oneLine: area.scrollHeight <= area.clientHeight + 1 };
            });
          for (const viewport of [
            { width: 375, height: 667 },
            { width: 180, height: 320 },
            { width: 160, height: 320 },
            { width: 320, height: 640 },
            { width: 375, height: 667 },
          ]) {
            await tab.page.setViewportSize(viewport);
            const where = `${lang} at ${viewport.width} px`;
            if (viewport.width === 180) await expect.poll(() => box().then((b) => b.hint), { message: where }).toBe(short[lang]);
            if (viewport.width === 375) await expect.poll(() => box().then((b) => b.hint), { message: where }).toBe(long[lang]);
            await expect.poll(() => box().then((b) => b.oneLine), { message: where }).toBe(true);
          }
        } finally {
          await tab.context.close();
        }
      }
    }, 90_000);

    it('When a 360 × 640 phone zooms to 200 % (180 × 320), Then the conversation keeps a third of the height, and the answers and "Met iemand praten" show', async () => {
      const ZOOMED = { width: 180, height: 320 };
      for (const lang of ['nl', 'fr', 'en']) {
        const zoomed = await openPage(running.browser, ZOOMED);
        try {
          await zoomed.page.goto(`${running.bot.server.url}/?lang=${lang}`);
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
        const zoomed = await openPage(running.browser, ZOOMED);
        try {
          const { page } = zoomed;
          await page.goto(`${running.bot.server.url}/?lang=${lang}`);
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
      const sideways = await openPage(running.browser, { width: 667, height: 375 });
      try {
        const { page } = sideways;
        await page.goto(`${running.bot.server.url}/`);
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
        const narrow = await openPage(running.browser, { width: 320, height: 568 });
        try {
          const { page } = narrow;
          await page.goto(`${running.bot.server.url}/?lang=${lang}`);
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
      const zoomed = await openPage(running.browser, { width: 180, height: 320 });
      try {
        const { page } = zoomed;
        await page.goto(`${running.bot.server.url}/`);
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
      const zoomed = await openPage(running.browser, ZOOMED);
      try {
        const { page: small, context: smallContext } = zoomed;
        await small.goto(`${running.bot.server.url}/`);
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
});
