import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STAFF_TOKEN, answersSettled, browserTestsRun, webChatInBrowser } from '../support/chromium.js';

/**
 * The web chat page as someone uses it on a small phone, in Debian's Chromium driven by
 * playwright-core (no browser download): a 320 px phone at 100 % and at 200 % zoom (160 × 320),
 * a keyboard instead of taps. The wider checks of the page are in webchat.browser.test.ts.
 */
/** A 320 px phone at 200 % zoom. */
const ZOOMED = { width: 160, height: 320 };

const runs = browserTestsRun('test/channels/webchat.smallPhone.browser.test.ts');

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Runs in the page: the project compiles without the DOM library, so the page is reached through this. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Win = any;

/** A page with its own cold cache that records the errors it raises. */
async function openPage(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  const botSays = (text: string | RegExp) =>
    page
      .getByText(text, { exact: typeof text === 'string' })
      .last()
      .waitFor({ timeout: 15_000 });
  return { context, page, problems, botSays };
}

/** The chat has started: its answers show, the stream is open and the loading line is gone. */
async function started(page: Page) {
  await page.locator('.webchat__suggested-action').first().waitFor({ timeout: 15_000 });
  await page.locator('.webchat__connectivityStatus').waitFor({ state: 'hidden', timeout: 10_000 });
  await page.locator('#status').waitFor({ state: 'hidden' });
}

/** What has the keyboard focus: the text box, an answer (its text), or the page's body. */
function focused(page: Page) {
  return page.evaluate(() => {
    const doc = (globalThis as Win).document;
    const active = doc.activeElement;
    if (!active || active === doc.body) return 'body';
    if (active.matches('[data-id="webchat-sendbox-input"]')) return 'text box';
    return `${String(active.tagName)} "${String(active.textContent ?? '').trim()}"`;
  });
}

/**
 * Where the latest bot message's text is (from its first line's top to its last line's bottom),
 * the conversation's visible part, the answers' box and the answers.
 */
function layout(page: Page) {
  return page.evaluate(() => {
    const doc = (globalThis as Win).document;
    const rect = (e: Win): Box | undefined => {
      const b = e?.getBoundingClientRect();
      return b && { top: b.top, bottom: b.bottom, left: b.left, right: b.right };
    };
    const bubbles = doc.querySelectorAll('.webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__bubble__content');
    const last = bubbles[bubbles.length - 1];
    const range = doc.createRange();
    if (last) range.selectNodeContents(last);
    const lines = (last ? Array.from(range.getClientRects()) : []).filter((r: Win) => r.width > 0) as Box[];
    return {
      question: lines.length > 0 ? { top: lines[0]!.top, bottom: lines[lines.length - 1]!.bottom, left: 0, right: 0 } : undefined,
      questionText: String(last?.textContent ?? ''),
      transcript: rect(doc.querySelector('.webchat__basic-transcript__scrollable')),
      answersBox: rect(doc.querySelector('.webchat__suggested-actions__stack, .webchat__suggested-actions__flow-box')),
      answers: Array.from(doc.querySelectorAll('.webchat__suggested-action')).map((e) => rect(e) as Box),
      height: (globalThis as Win).innerHeight as number,
    };
  });
}

describe.skipIf(!runs)('web chat page on a small phone, in a real browser', () => {
  const running = webChatInBrowser();

  it('When a 320 px phone zooms to 200 % (160 × 320), Then in nl, fr and en the question shows whole from its first word, with the first answer whole under it', async () => {
    for (const lang of ['nl', 'fr', 'en']) {
      const tab = await openPage(running.browser, ZOOMED);
      try {
        await tab.page.goto(`${running.bot.server.url}/?lang=${lang}`);
        await started(tab.page);
        const wrong = async () => {
          const now = await layout(tab.page);
          const found: string[] = [];
          const { question, transcript, answersBox } = now;
          const first = now.answers[0];
          if (!question || !transcript || question.top < transcript.top - 1 || question.bottom > transcript.bottom + 1)
            found.push(
              `question "${now.questionText}" at ${question?.top}-${question?.bottom}, conversation ${transcript?.top}-${transcript?.bottom}`,
            );
          if (!first || !answersBox || first.top < answersBox.top - 1 || first.bottom > Math.min(answersBox.bottom, now.height) + 1)
            found.push(`first answer at ${first?.top}-${first?.bottom}, its box ${answersBox?.top}-${answersBox?.bottom}`);
          if (first && first.bottom - first.top < 44) found.push(`first answer ${first.bottom - first.top} px high`);
          return found;
        };
        await expect.poll(wrong, { message: lang, timeout: 5_000 }).toEqual([]);
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.context.close();
      }
    }
  }, 60_000);

  it('When an answer chosen with the keyboard is followed by a message without answers (a staff member writes), Then the focus goes to the text box, not lost on the page', async () => {
    const tab = await openPage(running.browser, { width: 320, height: 568 });
    try {
      const { page } = tab;
      const staff = (path: string, body: object) =>
        fetch(`${running.bot.server.url}/api/staff/handovers${path}`, {
          method: path ? 'POST' : 'GET',
          headers: { authorization: `Bearer ${STAFF_TOKEN}`, 'content-type': 'application/json' },
          ...(path && { body: JSON.stringify(body) }),
        }).then(async (response) => ({ status: response.status, body: (await response.json()) as { cases?: { id: string }[] } }));
      await page.goto(`${running.bot.server.url}/`);
      await started(page);
      await page.locator('#talk-to-person').focus();
      await page.keyboard.press('Enter');
      await tab.botSays('Wil je nu chatten of wil je dat we je bellen?');
      await page.locator('.webchat__suggested-action').filter({ hasText: 'Nu chatten' }).focus();
      await answersSettled(page);
      await page.keyboard.press('Enter');
      await tab.botSays(/nummer 1 in de rij/);
      // The keyboard goes on from the new question: its first answer has the focus.
      await expect.poll(() => focused(page), { timeout: 5_000 }).toBe('BUTTON "1. Stoppen met wachten"');
      const id = (await staff('', {})).body.cases?.at(-1)?.id ?? '';
      expect((await staff(`/${id}/take`, { name: 'Anna Peeters' })).status).toBe(200);
      await tab.botSays('Anna van VDAB helpt je nu verder.');
      expect((await staff(`/${id}/messages`, { name: 'Anna Peeters', text: 'Dag, ik ben Anna.' })).status).toBe(200);
      await tab.botSays(/Anna: Dag, ik ben Anna\./);
      // Anna's message has no answers: the answer that had the focus is gone, and the text box has it.
      await expect.poll(() => page.locator('.webchat__suggested-action').count()).toBe(0);
      await expect.poll(() => focused(page), { timeout: 5_000 }).toBe('text box');
      // And typing goes there at once.
      await page.keyboard.type('ok');
      await expect(page.locator('[data-id="webchat-sendbox-input"]').inputValue()).resolves.toBe('ok');
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.context.close();
    }
  }, 60_000);

  it('When the page reloads on a 320 × 568 phone after a long conversation, Then it comes back where it was: the open question in view, not an earlier reply under "Nieuwe berichten"', async () => {
    const tab = await openPage(running.browser, { width: 320, height: 568 });
    try {
      const { page } = tab;
      const tap = async (name: string) => {
        await answersSettled(page);
        await page.locator('.webchat__suggested-action').filter({ hasText: name }).click();
      };
      await page.goto(`${running.bot.server.url}/`);
      await started(page);
      await tap('Kan ik er een krijgen?');
      await tab.botSays('Voor wie kijk je dit na?');
      await tap('Voor mezelf');
      await tab.botSays('Waar woon je?');
      await tap('Ergens anders');
      await tab.botSays('Waar woon je dan?');
      await tap('Wallonië');
      // A reply of four messages: the verdict, why, what else, and the question.
      await tab.botSays('Kan ik je nog ergens mee helpen?');
      await page.locator('#talk-to-person').click();
      await tab.botSays('Wil je nu chatten of wil je dat we je bellen?');
      const said = await page.locator('.webchat__bubble').allInnerTexts();
      await page.reload();
      await tab.botSays('Wil je nu chatten of wil je dat we je bellen?');
      await expect.poll(() => page.locator('.webchat__bubble').allInnerTexts(), { timeout: 10_000 }).toEqual(said);
      const questionInView = async () => {
        const now = await layout(page);
        return (
          now.questionText === 'Wil je nu chatten of wil je dat we je bellen?' &&
          !!now.question &&
          !!now.transcript &&
          now.question.top >= now.transcript.top - 1 &&
          now.question.bottom <= now.transcript.bottom + 1
        );
      };
      await expect.poll(questionInView, { timeout: 5_000 }).toBe(true);
      // And it stays there, with nothing new to scroll to.
      await page.waitForTimeout(1_000);
      expect(await questionInView()).toBe(true);
      await expect(page.getByRole('button', { name: 'Nieuwe berichten' }).count()).resolves.toBe(0);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.context.close();
    }
  }, 60_000);

  it('When a 320 × 568 phone zooms to 200 % (160 × 284), Then the question is read from its first word: when the chat opens, and after a reload', async () => {
    const tab = await openPage(running.browser, { width: 160, height: 284 });
    try {
      const { page } = tab;
      /** The latest question's first line is in the conversation's view, not hidden above it. */
      const startInView = async (question: string) => {
        const now = await layout(page);
        const where = `"${now.questionText}" at ${now.question?.top}-${now.question?.bottom}, conversation ${now.transcript?.top}-${now.transcript?.bottom}`;
        return now.questionText === question && !!now.question && !!now.transcript && now.question.top >= now.transcript.top - 1
          ? 'in view'
          : where;
      };
      await page.goto(`${running.bot.server.url}/`);
      await started(page);
      await expect.poll(() => startInView('Waar kan ik je mee helpen?'), { timeout: 5_000 }).toBe('in view');
      await page.waitForTimeout(1_000);
      expect(await startInView('Waar kan ik je mee helpen?')).toBe('in view');
      await page.locator('#talk-to-person').click();
      await tab.botSays('Wil je nu chatten of wil je dat we je bellen?');
      await page.reload();
      await tab.botSays('Wil je nu chatten of wil je dat we je bellen?');
      await expect.poll(() => startInView('Wil je nu chatten of wil je dat we je bellen?'), { timeout: 5_000 }).toBe('in view');
      await page.waitForTimeout(1_000);
      expect(await startInView('Wil je nu chatten of wil je dat we je bellen?')).toBe('in view');
      await expect(page.getByRole('button', { name: 'Nieuwe berichten' }).count()).resolves.toBe(0);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.context.close();
    }
  }, 60_000);
});
