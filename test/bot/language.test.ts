import { MemoryStorage, TestAdapter, TurnContext, UserState } from 'botbuilder';
import type { i18n as I18n, TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { Language } from '../../src/bot/language.js';
import type { UserProfile } from '../../src/bot/stateShapes.js';
import { createI18n, translatorFor } from '../../src/i18n/i18n.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { NAMESPACES, resources } from '../../src/i18n/resources.js';

/** An i18next instance whose fixed translators count how often i18next itself is asked. */
async function countingI18n(): Promise<{ i18n: I18n; calls: () => number }> {
  const i18n = await createI18n();
  let calls = 0;
  const getFixedT = i18n.getFixedT.bind(i18n);
  i18n.getFixedT = ((...args: Parameters<I18n['getFixedT']>) => {
    const t = getFixedT(...args) as unknown as (...a: unknown[]) => unknown;
    return ((...a: unknown[]) => {
      calls++;
      return t(...a);
    }) as unknown as TFunction;
  }) as I18n['getFixedT'];
  return { i18n, calls: () => calls };
}

const contextIn = (locale: string) =>
  new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'test',
    locale,
    conversation: { id: 'c', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'u', name: '' },
    recipient: { id: 'bot', name: '' },
  });

async function languageFor(i18n: I18n) {
  return new Language(i18n, new UserState(new MemoryStorage()).createProperty<UserProfile>('profile'));
}

/** Every `namespace:key.path` whose value is a string in a resource tree. */
function stringKeys(tree: unknown, prefix: string): string[] {
  if (typeof tree === 'string') return [prefix];
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) return [];
  return Object.entries(tree).flatMap(([k, v]) => stringKeys(v, prefix.endsWith(':') ? `${prefix}${k}` : `${prefix}.${k}`));
}

describe('Language translators', () => {
  let plain: I18n;
  beforeAll(async () => {
    plain = await createI18n();
  });

  it('When a turn asks for the same text twice, Then i18next resolves it once for the whole process', async () => {
    const { i18n, calls } = await countingI18n();
    const language = await languageFor(i18n);
    for (let turn = 0; turn < 3; turn++) {
      const context = contextIn('nl-BE');
      await language.beginTurn(context);
      expect(language.t(context)('greeting')).toBe(translatorFor(plain, 'nl')('greeting'));
      language.t(context)('greeting');
    }
    expect(calls()).toBe(1);
  });

  it('When a text takes values (a phone number, a name), Then every call goes to i18next and nothing is kept', async () => {
    const { i18n, calls } = await countingI18n();
    const language = await languageFor(i18n);
    const context = contextIn('nl-BE');
    await language.beginTurn(context);
    const first = language.t(context)('error', { phone: '0800 30 700' });
    const second = language.t(context)('error', { phone: '02 555 00 00' });
    expect(first).toContain('0800 30 700');
    expect(second).toContain('02 555 00 00');
    expect(calls()).toBe(2);
  });

  it('When texts are remembered, Then every text of every locale is exactly what i18next gives, each in its own language', async () => {
    const language = await languageFor(await createI18n());
    for (const locale of LOCALES) {
      const context = contextIn(locale);
      await language.beginTurn(context);
      const t = language.t(context) as unknown as (key: string) => unknown;
      const reference = translatorFor(plain, locale) as unknown as (key: string) => unknown;
      const keys = NAMESPACES.flatMap((ns) => stringKeys(resources[locale][ns], ns === 'common' ? '' : `${ns}:`)).map((k) =>
        k.replace(/^\./, ''),
      );
      expect(keys.length).toBeGreaterThan(100);
      for (const key of keys) {
        expect(t(key), `${locale} ${key}`).toBe(reference(key));
        expect(t(key), `${locale} ${key} (remembered)`).toBe(reference(key));
      }
    }
  });
});
