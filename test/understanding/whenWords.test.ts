import { describe, expect, it } from 'vitest';
import { createI18n, listFor } from '../../src/i18n/i18n.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { resources } from '../../src/i18n/resources.js';
import { WHEN_MEANINGS, whenVocabulary, wordsOf } from '../../src/understanding/whenWords.js';

describe('when words', () => {
  it('When the locale files list date words, Then every list has a meaning and every meaning has words', async () => {
    const i18n = await createI18n();
    for (const locale of LOCALES) {
      expect(Object.keys(resources[locale].understanding.when), locale).toEqual(Object.keys(WHEN_MEANINGS));
    }
    const silent = Object.keys(WHEN_MEANINGS).filter((word) =>
      LOCALES.every((locale) => listFor(i18n, locale, `understanding:when.${word}`).length === 0),
    );
    expect(silent).toEqual([]);
  });

  it.each([
    ['après-midi', ['apres', 'midi']],
    ["aujourd'hui", ['aujourd', 'hui']],
    ['Décembre', ['decembre']],
    ['la semaine prochaine', ['la', 'semaine', 'prochaine']],
  ])('When a phrase reads "%s", Then it is matched as the words %j', (phrase, expected) => {
    expect(wordsOf(phrase)).toEqual(expected);
  });

  it('When the vocabulary is built, Then Dutch words come first and every phrase is cut into words', async () => {
    const vocabulary = whenVocabulary(await createI18n());
    expect(vocabulary[0]).toEqual([['vandaag'], WHEN_MEANINGS.today]);
    expect(vocabulary).toContainEqual([['apres', 'midi'], WHEN_MEANINGS.afternoon]);
    expect(vocabulary).toContainEqual([['o', 'clock'], WHEN_MEANINGS.hourUnit]);
    const firstFrench = vocabulary.findIndex(([sequence]) => sequence.join(' ') === 'demain');
    const lastDutch = vocabulary.findIndex(([sequence]) => sequence.join(' ') === 'nooit');
    expect(lastDutch).toBeLessThan(firstFrench);
  });
});
