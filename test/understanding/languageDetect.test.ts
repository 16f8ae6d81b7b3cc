import { describe, expect, it } from 'vitest';
import { shortMessageIn } from '../../src/understanding/languageDetect.js';

describe('shortMessageIn: the language of one or two words', () => {
  it.each([
    ['Rappelez-moi', 'nl', 'fr'],
    ['au secours', 'nl', 'fr'],
    ['bonsoir', 'nl', 'fr'],
    ['thank you', 'nl', 'en'],
    ['dank u', 'fr', 'nl'],
  ] as const)('When "%s" is said in a chat in %s, Then it is %s', (said, current, language) => {
    expect(shortMessageIn(said, current)).toBe(language);
  });

  it.each([
    // Words of several languages, or of the chat's own, say no language.
    ['merci', 'nl'],
    ['ok', 'nl'],
    ['help me', 'nl'],
    ['ja ok', 'nl'],
    // A name or a typo is no language's word.
    ['Mohammed', 'nl'],
    ['rapelz', 'nl'],
    // Three words or more are detectOtherLanguage's to read.
    ['je sais pas', 'nl'],
    ['', 'nl'],
  ] as const)('When "%s" is said in a chat in %s, Then no language', (said, current) => {
    expect(shortMessageIn(said, current)).toBeUndefined();
  });
});
