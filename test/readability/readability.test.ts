import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locale.js';
import { fleschDouma } from '../../src/readability/fleschDouma.js';
import { plainLanguageProblems } from '../support/plainLanguage.js';

/** Douma's "fairly easy" (6th–7th grade); the B1 floor for a dialog's script (channels.md §8.2). */
const MIN_FLESCH_DOUMA = 70;

const localeDir = (locale: string) => new URL(`../../locales/${locale}/`, import.meta.url).pathname;

/** Vocabulary, not messages: the words the bot understands, and the glossary's headwords. */
const isVocabulary = (file: string, key: string) => file === 'understanding.json' || (file === 'glossary.json' && /\.word$/.test(key));

function messages(locale: string): Map<string, { key: string; text: string }[]> {
  const leaves = (value: unknown, prefix: string): { key: string; text: string }[] => {
    if (typeof value === 'string') return [{ key: prefix, text: value }];
    if (Array.isArray(value) || value === null || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  };
  const dir = localeDir(locale);
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((file) => [file, leaves(JSON.parse(readFileSync(join(dir, file), 'utf8')), '').filter((m) => !isVocabulary(file, m.key))]),
  );
}

describe('readability gate', () => {
  const dutch = messages('nl');
  const scores = Object.fromEntries(
    [...dutch]
      .filter(([, list]) => list.length > 0)
      .map(([file, list]) => [file.replace(/\.json$/, ''), fleschDouma(list.map((m) => m.text))]),
  );

  it(`When a dialog's Dutch messages are read as one script, Then they score at least ${MIN_FLESCH_DOUMA} on Flesch-Douma`, () => {
    console.info('Flesch-Douma per namespace', scores);
    const tooHard = Object.entries(scores).filter(([, score]) => score !== undefined && score < MIN_FLESCH_DOUMA);
    expect(tooHard).toEqual([]);
  });

  it('When the Dutch copy is scored, Then every namespace with messages has a score', () => {
    expect(Object.entries(scores).filter(([, score]) => score === undefined)).toEqual([]);
    expect(Object.keys(scores)).toEqual(expect.arrayContaining(['common', 'explainCheque', 'freeText', 'glossary', 'talkToPerson']));
  });

  it.each(LOCALES)('When a %s message is written, Then no sentence is longer than 15 words', (locale) => {
    const problems = [...messages(locale)].flatMap(([file, list]) =>
      list.flatMap((m) => plainLanguageProblems(m.text).map((p) => `${locale}/${file} ${m.key}: ${p}`)),
    );
    expect(problems).toEqual([]);
  });
});
