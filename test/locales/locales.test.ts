import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locale.js';
import { resources } from '../../src/i18n/resources.js';
import { plainLanguageProblems } from '../support/plainLanguage.js';

const root = new URL('../../', import.meta.url).pathname;
const localeDir = (locale: string) => join(root, 'locales', locale);
const jsonFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();

/** Word lists the bot understands; they are vocabulary, not messages. */
const VOCABULARY_FILES = new Set(['understanding.json']);

type Leaf = string | string[];
function leaves(value: unknown, prefix = ''): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  if (typeof value === 'string' || Array.isArray(value)) {
    out.set(prefix, value as Leaf);
    return out;
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

function readLocale(locale: string): Map<string, Map<string, Leaf>> {
  return new Map(
    jsonFiles(localeDir(locale)).map((file) => [file, leaves(JSON.parse(readFileSync(join(localeDir(locale), file), 'utf8')))]),
  );
}

const nl = readLocale('nl');

describe('locales', () => {
  it('When a locale file exists, Then it is registered in src/i18n/resources.ts for every language', () => {
    for (const locale of LOCALES) {
      expect(
        jsonFiles(localeDir(locale)).map((f) => f.replace(/\.json$/, '')),
        locale,
      ).toEqual(Object.keys(resources[locale]).sort());
    }
  });

  for (const locale of LOCALES.filter((l) => l !== 'nl')) {
    it(`When Dutch has a key, Then ${locale} has the same key of the same kind with the same placeholders`, () => {
      const other = readLocale(locale);
      expect([...other.keys()]).toEqual([...nl.keys()]);
      for (const [file, nlLeaves] of nl) {
        const theirs = other.get(file) ?? new Map<string, Leaf>();
        expect([...theirs.keys()], `keys of ${locale}/${file}`).toEqual([...nlLeaves.keys()]);
        for (const [key, source] of nlLeaves) {
          const translated = theirs.get(key);
          expect(Array.isArray(translated), `${locale}/${file} ${key} is a list like in nl`).toBe(Array.isArray(source));
          if (typeof source === 'string' && typeof translated === 'string') {
            expect(placeholders(translated), `placeholders of ${locale}/${file} ${key}`).toEqual(placeholders(source));
          }
        }
      }
    });
  }

  it('When a message is written, Then it is plain language: short sentences, one question at most', () => {
    const problems: string[] = [];
    for (const locale of LOCALES) {
      for (const [file, entries] of readLocale(locale)) {
        if (VOCABULARY_FILES.has(file)) continue;
        for (const [key, value] of entries) {
          if (typeof value !== 'string') continue;
          if (value.trim() === '') problems.push(`${locale}/${file} ${key}: empty`);
          for (const problem of plainLanguageProblems(value)) problems.push(`${locale}/${file} ${key}: ${problem}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('code and copy', () => {
  const sourceFiles = (dir: string): string[] =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .map((f) => join(root, dir, f));
  const code = [...sourceFiles('dialogs'), ...sourceFiles('src')].map((path) => ({
    path: path.slice(root.length),
    text: readFileSync(path, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, ''),
  }));

  it('When a dialog names a translation key, Then Dutch has that key', () => {
    const nlKeys = new Set(
      [...nl].flatMap(([file, entries]) => {
        const ns = file.replace(/\.json$/, '');
        // A plural ("…_one", "…_other") is named without its suffix: i18next picks it by `count`.
        const keys = [...entries.keys()].flatMap((k) => [k, k.replace(/_(?:one|other)$/, '')]);
        return keys.flatMap((k) => [`${ns}:${k}`, ns === 'common' ? k : []].flat());
      }),
    );
    const missing = code
      .filter((f) => f.path.startsWith('dialogs/'))
      .flatMap((f) => [...f.text.matchAll(/\b(?:key|label):\s*'([^']+)'/g)].map((m) => `${f.path}: ${m[1]}`))
      .filter((entry) => !nlKeys.has(entry.split(': ')[1] ?? ''));
    expect(missing).toEqual([]);
  });

  it('When code sends text to a user, Then the text comes from locales/, not from a string in code', () => {
    // A literal with three words or more is prose. Developer-facing texts (errors, logs) are allowed.
    const prose = /(['"`])(?:(?!\1).)*\p{L}{2,} \p{L}{2,} \p{L}{2,}(?:(?!\1).)*\1/u;
    // Only code that talks to users; domain, config and CLI messages are for operators.
    const userFacing = /^(dialogs|src\/bot|src\/conversation|src\/understanding)\//;
    const offenders = code
      .filter((f) => userFacing.test(f.path))
      .flatMap((f) =>
        f.text
          .split('\n')
          .filter((line) => prose.test(line))
          .filter((line) => !/Error\(|logger\.\w+\(|stderr\.write|describe\(|\bthrow\b/.test(line))
          .map((line) => `${f.path}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});
