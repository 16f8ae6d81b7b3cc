import type { Locale } from '../../src/i18n/locale.js';
import { resources } from '../../src/i18n/resources.js';

/*
 * Reads bot messages back as the translation keys that made them, so transcripts assert what the
 * bot meant rather than its exact wording: a copy edit in locales/ changes the text and the
 * templates alike, and the transcripts stay green. A few golden transcripts keep the real words.
 *
 * A message is split into the templates it is made of ("Je code: {{code}}\nJe afspraak staat
 * vast."), placeholders matching any text. Plural forms count as their base key (`cheques_one` →
 * `cheques`); the helper forms keep their suffix (`question_helper`), because which one was used
 * matters. Where two keys have the same text, either is accepted.
 */

interface Template {
  key: string;
  text: string;
  pattern: RegExp;
  literal: number;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, path: string[], into: [string, string][]): void {
  if (typeof value === 'string') into.push([path.join('.'), value]);
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, [...path, k], into);
  }
}

function keyOf(namespace: string, path: string): string {
  const base = path.replace(PLURAL, '');
  return namespace === 'common' ? base : `${namespace}:${base}`;
}

/** Namespaces whose strings are words to understand, not things the bot says. */
const NOT_SAID = new Set(['understanding', 'glossary.aliases']);

const templatesByLocale = new Map<Locale, Template[]>();

function templates(locale: Locale): Template[] {
  let list = templatesByLocale.get(locale);
  if (!list) {
    const entries: [string, string][] = [];
    for (const [namespace, value] of Object.entries(resources[locale])) {
      if (NOT_SAID.has(namespace)) continue;
      const flat: [string, string][] = [];
      flatten(value, [], flat);
      for (const [path, text] of flat) if (!path.startsWith('aliases.')) entries.push([keyOf(namespace, path), text]);
    }
    list = entries
      .filter(([, text]) => text.trim() !== '')
      .map(([key, text]) => {
        const parts = text.split(/\{\{\s*[\w.]+\s*\}\}/);
        // A placeholder stays on its line, unless the template itself spans lines (a list of hours);
        // at the end of a template it runs to the end of its line ("Wanneer: {{when}}").
        const last = parts.length - 1;
        const inner = text.includes('\n') ? '([\\s\\S]+?)' : '([^\\n]+?)';
        const source = parts.map((piece, i) => (i === 0 ? '' : i === last && piece === '' ? '([^\\n]+)' : inner) + escape(piece)).join('');
        return { key, text, pattern: new RegExp(`${source}(?=\\s|$)`, 'y'), literal: parts.join('').length };
      })
      .sort((a, b) => b.literal - a.literal);
    templatesByLocale.set(locale, list);
  }
  return list;
}

/**
 * The keys a message is made of, in order; each entry lists every key whose template matches
 * there (usually one). Text no template explains comes back as `?<text>`.
 */
export function messageKeys(text: string, locale: Locale = 'nl'): string[][] {
  const found: string[][] = [];
  let at = 0;
  while (at < text.length) {
    while (at < text.length && /\s/.test(text[at] ?? '')) at++;
    if (at >= text.length) break;
    let best: { keys: string[]; end: number; literal: number } | undefined;
    for (const template of templates(locale)) {
      if (best && template.literal < best.literal) break;
      template.pattern.lastIndex = at;
      const match = template.pattern.exec(text);
      if (!match) continue;
      const end = at + match[0].length;
      if (!best || template.literal > best.literal || (template.literal === best.literal && end > best.end))
        best = { keys: [template.key], end, literal: template.literal };
      else if (template.literal === best.literal && end === best.end) best.keys.push(template.key);
    }
    if (!best) {
      const lineEnd = text.indexOf('\n', at);
      found.push([`?${text.slice(at, lineEnd < 0 ? undefined : lineEnd)}`]);
      at = lineEnd < 0 ? text.length : lineEnd;
      continue;
    }
    found.push(best.keys);
    at = best.end;
  }
  return found;
}

/** Every key whose whole text is `text` ("Ja" → answers.yes …): a button's possible keys. */
export function keysWithText(text: string, locale: Locale = 'nl'): string[] {
  return templates(locale)
    .filter((t) => t.text === text)
    .map((t) => t.key);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The label of `key` in `locale`, for a user who taps it. */
export function labelOf(key: string, locale: Locale = 'nl'): string {
  const [namespace, path] = key.includes(':') ? (key.split(':') as [string, string]) : ['common', key];
  let value: unknown = (resources[locale] as Record<string, unknown>)[namespace];
  for (const part of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  if (typeof value !== 'string') throw new Error(`labelOf(): no text for ${key} in ${locale}`);
  return value;
}

/** The keys a chat's message is made of, flat, read in the chat's language ("" when there is none). */
export function keysOf(chat: { readonly locale: Locale }, text: string | undefined): string[] {
  return messageKeys(text ?? '', chat.locale).flat();
}
