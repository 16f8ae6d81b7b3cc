import { describe, expect, it } from 'vitest';
import { detectOtherLanguage, mostlyWrittenIn, shortMessageIn } from '../../src/understanding/languageDetect.js';

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

describe('detectOtherLanguage: the language of a message of three words or more', () => {
  it.each([
    // Every word English; the Dutch ones among them English too ("want", "job", "help"): English.
    ['i want job help', 'nl', 'en'],
    ['help me find job', 'nl', 'en'],
    ['je voudrais savoir combien coûte un chèque carrière', 'nl', 'fr'],
    ['ik wil een afspraak maken', 'en', 'nl'],
  ] as const)('When "%s" is said in a chat in %s, Then it is %s', (said, current, language) => {
    expect(detectOtherLanguage(said, current)).toBe(language);
  });

  it.each([
    // A word only the chat's own language has ("ik") keeps it.
    ['ik wil job help', 'nl'],
    // Words of every language ("ok", "stop", "menu") say none.
    ['ok stop menu', 'nl'],
    ['help me please', 'en'],
  ] as const)('When "%s" is said in a chat in %s, Then no other language', (said, current) => {
    expect(detectOtherLanguage(said, current)).toBeUndefined();
  });
});

describe('mostlyWrittenIn: the language of ours a message is written in', () => {
  it.each([
    ['ik ben ayse ik werk als kuisvrouw en wil ander werk', 'nl'],
    ['je travaille depuis dix ans dans le nettoyage', 'fr'],
    ['i want to know if i can get a cheque', 'en'],
  ] as const)('When "%s" is read, Then it is %s', (said, language) => {
    expect(mostlyWrittenIn(said)).toBe(language);
  });

  it.each(['ich brauche Hilfe bitte', 'necesito ayuda con mi trabajo', 'ik wil'])('When "%s" is read, Then it is none of ours', (said) => {
    expect(mostlyWrittenIn(said)).toBeUndefined();
  });
});
