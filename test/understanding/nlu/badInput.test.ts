import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/locale.js';
import { detectOtherLanguage, MAX_DETECT_CHARS } from '../../../src/understanding/languageDetect.js';
import { INTENTS } from '../../../src/understanding/nlu/intents.js';
import { cut, MAX_INPUT_CHARS } from '../../../src/understanding/nlu/languageModel.js';
import { NluRecognizer } from '../../../src/understanding/nlu/recognizer.js';

let recognizer: NluRecognizer;
beforeAll(async () => {
  recognizer = await NluRecognizer.train();
});

describe.each(LOCALES)('the recognizer under bad input (%s)', (locale) => {
  it('When the message is empty or only spaces, Then it is none with full confidence and no alternatives', async () => {
    expect(await recognizer.recognize(locale, '')).toStrictEqual({ intent: 'none', score: 1, confidence: 'unknown', alternatives: [] });
    expect(await recognizer.recognize(locale, '   \n\t ')).toStrictEqual({
      intent: 'none',
      score: 1,
      confidence: 'unknown',
      alternatives: [],
    });
  });

  it('When the message is only emoji, Then it is none', async () => {
    expect(await recognizer.recognize(locale, '😀🙏👍🏽❤️')).toStrictEqual({
      intent: 'none',
      score: 1,
      confidence: 'unknown',
      alternatives: [],
    });
  });

  it('When the message is only an e-mail address or a link, Then it is none: "an@mail.be" is no "mail me" (a person)', async () => {
    for (const address of ['an@mail', 'an@mail.be', 'jan.peeters@gmail.com', 'https://www.vdab.be/loopbaancheques', 'www.vdab.be']) {
      expect(await recognizer.recognize(locale, address)).toStrictEqual({
        intent: 'none',
        score: 1,
        confidence: 'unknown',
        alternatives: [],
      });
    }
  });

  it('When the message is 10,000 characters of noise, Then it answers none', async () => {
    const result = await recognizer.recognize(locale, 'x'.repeat(10_000));
    expect(result.intent).toBe('none');
  });

  it('When a message is 250 KB long, Then the answer is that of its first MAX_INPUT_CHARS characters (the rest is never read)', async () => {
    const start = { nl: 'ik wil een afspraak maken ', fr: 'je veux prendre rendez-vous ', en: 'i want to make an appointment ' }[locale];
    for (const filler of ['bla ', 'kost prijs betalen ', 'é😀 ', 'x']) {
      const long = `${start}${filler.repeat(Math.ceil(250_000 / filler.length))}`;
      expect(await recognizer.recognize(locale, long)).toStrictEqual(await recognizer.recognize(locale, cut(long)));
      expect(cut(long).length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
    }
  });

  it('When a question drowns in 10,000 characters of filler, Then it is the question or none, never another action', async () => {
    const start = { nl: 'wat kost het', fr: 'combien ça coûte', en: 'how much does it cost' }[locale];
    const result = await recognizer.recognize(locale, `${start} ${'bla '.repeat(2_500)}`);
    expect(['cost', 'none']).toContain(result.intent);
  });
});

describe('mixed and odd input', () => {
  it.each([
    ['nl', 'hallo je veux un rendez-vous please'],
    ['nl', 'ik wil een appointment pour demain'],
    ['fr', 'bonjour ik wil betalen'],
    ['en', '!!!???...'],
    ['nl', '12345'],
    ['nl', '<script>alert(1)</script>'],
    ['nl', '\u0000\u0007\uFFFF'],
  ] as const)('When %s gets "%s", Then it answers with a known intent and a score between 0 and 1', async (locale, text) => {
    const result = await recognizer.recognize(locale, text);
    expect(INTENTS).toContain(result.intent);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
  });

  it('When off-topic questions come in, Then most are none', async () => {
    const offTopic = [
      'wat eten we vanavond',
      'hoe laat vertrekt de trein',
      'ik wil een nieuwe gsm kopen',
      'wie is de koning',
      'hoe oud is de aarde',
      'ik heb hoofdpijn',
    ];
    const nones = (await Promise.all(offTopic.map((t) => recognizer.recognize('nl', t)))).filter((r) => r.intent === 'none');
    expect(nones.length).toBeGreaterThanOrEqual(5);
  });
});

describe('language detection', () => {
  it.each([
    ['je veux un rendez-vous', 'fr'],
    ['combien ça coûte', 'fr'],
    ['i want to talk to someone', 'en'],
    ['how much does it cost', 'en'],
    // Long enough for franc, which reads this line as Dutch: the words alone leave no doubt.
    ['je veux prendre rendez-vous à Gand mardi', 'fr'],
    // SMS French: the elided "qu'on m'appelle" and "kel" are French words too.
    ["jveu qu'on m'appelle", 'fr'],
    ['kel prix stp', 'fr'],
    // A word after an elision is read as itself too ("d'adresse": "adresse"); was Dutch, "je", "pas"
    // and "mail" being Dutch words as well.
    ["je n'ai pas d'adresse mail", 'fr'],
    ["je n'ai pas de téléphone ni d'email", 'fr'],
  ] as const)('When a Dutch conversation gets "%s", Then it notices %s', (text, expected) => {
    expect(detectOtherLanguage(text, 'nl')).toBe(expected);
  });

  it.each([
    'wa kost da',
    'ik wil ne afspraak',
    "ik heb m'n gsm niet",
    "d'r is geen mail",
    'merci',
    'bonjour',
    'ok',
    'hoeveel moet ik betalen',
    'wat is outplacement',
    '',
  ])('When a Dutch conversation gets "%s", Then it stays Dutch', (text) => {
    expect(detectOtherLanguage(text, 'nl')).toBeUndefined();
  });

  it('When a French conversation gets Dutch, Then it notices nl', () => {
    expect(detectOtherLanguage('ik wil een afspraak maken', 'fr')).toBe('nl');
  });

  it('When a message is 250 KB long, Then the language found is that of its first MAX_DETECT_CHARS characters', () => {
    for (const [text, current] of [
      ['je veux un rendez-vous avec quelqu un ', 'nl'],
      ['ik wil een afspraak maken ', 'en'],
      ['wat kost dat ', 'nl'],
    ] as const) {
      const long = text.repeat(Math.ceil(250_000 / text.length));
      expect(detectOtherLanguage(long, current)).toBe(detectOtherLanguage(long.slice(0, MAX_DETECT_CHARS), current));
    }
    expect(detectOtherLanguage('je veux un rendez-vous avec quelqu un '.repeat(10_000), 'nl')).toBe('fr');
  });
});
