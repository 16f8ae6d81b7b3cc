import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/i18n/locale.js';
import { trainingCorpus } from '../../src/understanding/nlu/corpus.js';
import { INTENTS, type Intent } from '../../src/understanding/nlu/intents.js';
import { NluRecognizer } from '../../src/understanding/nlu/recognizer.js';
import { plainTokens } from '../../src/understanding/nlu/spelling.js';

/** The floor the issue sets: below it, the recognizer is not good enough to ship. */
const MIN_ACCURACY = 0.9;

interface TestItem {
  text: string;
  intent: Intent;
}

const testCorpus = (locale: Locale): TestItem[] =>
  JSON.parse(readFileSync(new URL(`./corpus/${locale}.test.json`, import.meta.url), 'utf8')) as TestItem[];
const key = (text: string) => plainTokens(text).join(' ');

let recognizer: NluRecognizer;
beforeAll(async () => {
  recognizer = await NluRecognizer.train();
});

describe.each(LOCALES)('intent recognition (%s)', (locale) => {
  const items = testCorpus(locale);

  it('When the test corpus is read, Then no sentence of it is in the training corpus and every intent is a known one', () => {
    const trained = new Set(trainingCorpus(locale).examples.map((e) => key(e.text)));
    expect(items.filter((item) => trained.has(key(item.text))).map((i) => i.text)).toEqual([]);
    expect(items.filter((item) => !(INTENTS as readonly string[]).includes(item.intent))).toEqual([]);
  });

  it(`When messages are typed the way users type them, Then at least ${MIN_ACCURACY * 100}% get the right intent`, async () => {
    const misses: string[] = [];
    for (const item of items) {
      const { intent } = await recognizer.recognize(locale, item.text);
      if (intent !== item.intent) misses.push(`"${item.text}": ${intent}, expected ${item.intent}`);
    }
    const accuracy = (items.length - misses.length) / items.length;
    console.info(`nlu accuracy ${locale}: ${(accuracy * 100).toFixed(1)}% of ${items.length}`, misses);
    expect(accuracy, misses.join('\n')).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });

  it('When the recognizer is wrong, Then it says none rather than a wrong action', async () => {
    const wrongActions: string[] = [];
    for (const item of items) {
      const { intent } = await recognizer.recognize(locale, item.text);
      if (intent !== item.intent && intent !== 'none') wrongActions.push(`"${item.text}": ${intent}, expected ${item.intent}`);
    }
    // One wrong action per language at most: small sets, and a wrong menu choice can still be undone with "terug".
    expect(wrongActions.length, wrongActions.join('\n')).toBeLessThanOrEqual(1);
  });
});
