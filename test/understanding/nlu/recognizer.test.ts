import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/locale.js';
import { readLabelled } from '../../../src/understanding/nlu/evaluation.js';
import type { Recognition } from '../../../src/understanding/nlu/intents.js';
import { ASK_AT, NluRecognizer, SURE_AT } from '../../../src/understanding/nlu/recognizer.js';

let recognitions: { text: string; r: Recognition }[];
beforeAll(async () => {
  const recognizer = await NluRecognizer.train();
  recognitions = [];
  for (const locale of LOCALES) {
    const texts = [...readLabelled(new URL(`./dev/${locale}.json`, import.meta.url)).map((i) => i.text), 'qsdfqsdf', 'ok', 'afspraak'];
    for (const text of texts) recognitions.push({ text, r: await recognizer.recognize(locale, text) });
  }
});

describe('what a recognition promises the dialogs', () => {
  it('When the recognizer is sure, Then it acts on its best reading, which scores at least SURE_AT and is not none', () => {
    const sure = recognitions.filter(({ r }) => r.confidence === 'sure');
    expect(sure.length).toBeGreaterThan(100);
    for (const { text, r } of sure) {
      expect(r.intent, text).not.toBe('none');
      expect(r.score, text).toBeGreaterThanOrEqual(SURE_AT);
      expect(r.alternatives[0]?.intent, text).toBe(r.intent);
    }
  });

  it('When the recognizer is unsure, Then the intent is none and there are exactly two different alternatives, best first, the best between ASK_AT and SURE_AT', () => {
    const unsure = recognitions.filter(({ r }) => r.confidence === 'unsure');
    expect(unsure.length).toBeGreaterThan(0);
    for (const { text, r } of unsure) {
      expect(r.intent, text).toBe('none');
      const [first, second] = r.alternatives;
      expect(r.alternatives, text).toHaveLength(2);
      expect(first?.intent, text).not.toBe(second?.intent);
      expect(first?.score ?? 0, text).toBeGreaterThanOrEqual(second?.score ?? 0);
      expect(first?.score ?? 0, text).toBeGreaterThanOrEqual(ASK_AT);
      expect(first?.score ?? 1, text).toBeLessThan(SURE_AT);
    }
  });

  it('When nothing is understood, Then the intent is none, the best reading is under ASK_AT, and none is never offered as an alternative anywhere', () => {
    for (const { text, r } of recognitions) {
      if (r.confidence === 'unknown') {
        expect(r.intent, text).toBe('none');
        expect(r.alternatives[0]?.score ?? 0, text).toBeLessThan(ASK_AT);
      }
      expect(
        r.alternatives.map((a) => a.intent),
        text,
      ).not.toContain('none');
      expect(r.score, text).toBeGreaterThanOrEqual(0);
      expect(r.score, text).toBeLessThanOrEqual(1);
    }
    expect(recognitions.find((x) => x.text === 'qsdfqsdf')?.r.confidence).toBe('unknown');
  });
});
