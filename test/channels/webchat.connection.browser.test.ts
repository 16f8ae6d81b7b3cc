import { describe, expect, it } from 'vitest';
import { STAFF_TOKEN, answersSettled, browserTestsRun, webChatInBrowser } from '../support/chromium.js';
import { isMessagePost, offlineAtMenu, openPage, PHONE, postedTexts, type Element, type PageGlobals } from '../support/webchatPage.js';

/**
 * The web chat page in Debian's Chromium, driven by playwright-core (no browser download), on a
 * phone whose connection is slow, drops or reloads: what is sent arrives once and is answered once;
 * taps, the keyboard, a handover, leaving the page, the time read aloud and "vergeet mij". The
 * layout is in webchat.browser.test.ts.
 */
const runs = browserTestsRun('test/channels/webchat.connection.browser.test.ts');

describe.skipIf(!runs)('web chat page in a real browser: sending, reloads and the handover', () => {
  const running = webChatInBrowser();

  describe('a slow start and a lost connection, on a phone', () => {
    it('When the chat starts slowly, Then the loading text gives the free number to call, and a tap on "Met iemand praten" waits and is sent', async () => {
      const tab = await openPage(running.browser, PHONE);
      try {
        const { page } = tab;
        // The Web Chat bundle comes 3 s late, as on a slow phone network.
        await page.route('**/webchat/webchat.*.js', async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 3_000));
          await route.continue();
        });
        await page.goto(`${running.bot.server.url}/`, { waitUntil: 'commit' });
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
      const tab = await openPage(running.browser, PHONE);
      try {
        const { page, context } = tab;
        const banner = await offlineAtMenu(tab, running.bot.server.url);
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
      const tab = await openPage(running.browser, PHONE);
      try {
        const { page, context } = tab;
        await offlineAtMenu(tab, running.bot.server.url);
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
      const tab = await openPage(running.browser, PHONE);
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
        await offlineAtMenu(tab, running.bot.server.url);
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
        const tab = await openPage(running.browser, PHONE);
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
          await page.goto(`${running.bot.server.url}/`, { waitUntil: 'commit' });
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
      const tab = await openPage(running.browser, PHONE);
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
        await page.goto(`${running.bot.server.url}/`);
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
      const tab = await openPage(running.browser, PHONE);
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
        await page.goto(`${running.bot.server.url}/`);
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
      const tab = await openPage(running.browser, PHONE);
      try {
        const { page, context } = tab;
        const posted: string[] = [];
        page.on('request', (request) => {
          if (isMessagePost(request)) {
            posted.push(String((request.postDataJSON() as { text?: string }).text));
          }
        });
        await offlineAtMenu(tab, running.bot.server.url);
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
      const tab = await openPage(running.browser, PHONE);
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
        await page.goto(`${running.bot.server.url}/`);
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
      const tab = await openPage(running.browser, PHONE);
      try {
        const { page } = tab;
        const posted: string[] = [];
        page.on('request', (request) => {
          if (isMessagePost(request)) {
            posted.push(String((request.postDataJSON() as { channelData?: { clientActivityID?: string } }).channelData?.clientActivityID));
          }
        });
        await page.goto(`${running.bot.server.url}/`);
        await tab.botSays('Waar kan ik je mee helpen?');
        await page.locator('.webchat__connectivityStatus').waitFor({ state: 'hidden', timeout: 10_000 });
        // The server (or a proxy before it) fails once: the message never reaches the running.bot.
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
      const tab = await openPage(running.browser, PHONE);
      try {
        const { page } = tab;
        await page.goto(`${running.bot.server.url}/`);
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
      const tab = await openPage(running.browser, PHONE, { touch: true });
      try {
        const { page } = tab;
        const posted = postedTexts(page);
        await page.goto(`${running.bot.server.url}/`);
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
      const tab = await openPage(running.browser, PHONE);
      try {
        const { page } = tab;
        const posted = postedTexts(page);
        await page.goto(`${running.bot.server.url}/`);
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
      const tab = await openPage(running.browser, PHONE);
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
        await page.goto(`${running.bot.server.url}/`);
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
      const tab = await openPage(running.browser, PHONE);
      try {
        const { page } = tab;
        const staff = (path: string, body: object) =>
          fetch(`${running.bot.server.url}/api/staff/handovers${path}`, {
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
        await page.goto(`${running.bot.server.url}/`);
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
      const tab = await openPage(running.browser, PHONE);
      try {
        const { page } = tab;
        type Listed = { cases: { id: string; left?: boolean; position?: number }[] };
        const listed = () =>
          fetch(`${running.bot.server.url}/api/staff/handovers`, { headers: { authorization: `Bearer ${STAFF_TOKEN}` } }).then(
            async (response) => (await response.json()) as Listed,
          );
        await page.goto(`${running.bot.server.url}/`);
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

        // Away to another site: the page's `pagehide` tells the running.bot.
        await page.goto('about:blank');
        await expect.poll(async () => (await mine())?.left, { timeout: 10_000 }).toBe(true);
        expect((await mine())?.position).toBeUndefined();

        // Back in the same tab: the conversation resumes, and so does the wait.
        await page.goto(`${running.bot.server.url}/`);
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
        const tab = await openPage(running.browser, PHONE);
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
          await page.goto(`${running.bot.server.url}/?lang=${lang}`);
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
      const tab = await openPage(running.browser, { width: 360, height: 740 });
      try {
        const { page } = tab;
        await page.goto(`${running.bot.server.url}/`);
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
