import { describe, expect, it } from 'vitest';
import { distressLanguage, distressWords, seemsInDistress } from '../../src/handover/distress.js';
import { createI18n } from '../../src/i18n/i18n.js';

const words = distressWords(await createI18n());

describe('seemsInDistress', () => {
  it.each([
    'ik zie het niet meer zitten',
    "'k zie het nie meer zitten",
    'Ik denk aan ZELFMOORD',
    'soms heb ik zelfmoordgedachten',
    'ik wil er een einde aan maken',
    'je veux mourir',
    'I want to die',
    'ik kan niet meer',
    'Ik kan het niet meer aan.',
    "je n'en peux plus",
    'jen peu plus',
    "je vais me foutre en l'air",
    'je veux mettre fin à mes jours',
    "I can't take it anymore!",
    // Found by a blind persona probe: were a booking, "stop", "Bedoel je …?" or the check.
    "i don't want to live anymore",
    'i wanna die',
    'i want to leave this life',
    'je veux plus vivre',
    'jveux mourir',
    'la vie na plus de sens',
    'ik zie het echt nie meer zitten',
    'kzie het nie meer zitten',
    'ik kan nie meer',
    // Violence at home: someone to talk to, never "Bedoel je: Afspraak maken?".
    'ik word geslagen thuis',
    'mijn man slaat mij',
    'my husband hits me',
    'mon mari me frappe',
    // A clause of its own in a longer message (a probe: were the check, a booking or "Bedoel je dit?").
    'ik heb een burn-out en kan niet meer',
    'ik heb schulden ik kan niet meer',
    'ik heb schulde en kan nie meer',
    'i cant go on anymore',
    'i have debts and cant take it anymore',
    "j'ai des dettes, je n'en peux plus",
    'je suis au bout du rouleau',
    'mon patron me harcèle je craque',
    // Worn out, no sleep (a probe: was "Bedoel je een van deze?").
    'ik ben op van de stress ik kan niet meer slapen',
    'je ne dors plus à cause du stress',
    'my job stresses me so much i cant sleep anymore',
    // A probe: were "niet begrepen" or "Bedoel je …?".
    'ik ga mij iets aandoen',
    'ik wil mij van kant maken',
    'kzie het nimeer zitte',
  ])('When someone writes "%s", Then it counts as distress', (text) => {
    expect(seemsInDistress(text, words)).toBe(true);
  });

  it.each([
    'ik wil stoppen met mijn job',
    'ik kan mijn werk niet meer aan',
    'wat kost een loopbaancheque',
    'doodmoe van het zoeken naar werk',
    'ik kan niet meer komen op dinsdag',
    "je n'en peux plus de ce travail",
    'je dois me battre pour trouver du travail',
    'mijn baas slaapt nooit',
    // The same words that do not stand as a clause of their own.
    'ik kan niet meer werken door mijn rug',
    'mijn rug kan niet meer',
    'ik kan niet meer komen, mijn auto is kapot',
    "i can't go on foot, i have no car",
    '',
  ])('When someone writes "%s", Then it does not', (text) => {
    expect(seemsInDistress(text, words)).toBe(false);
  });

  it('When the words come in another order or with gaps, Then they do not match a phrase', () => {
    const only = { anywhere: ['niet meer leven'], alone: new Set<string>() };
    expect(seemsInDistress('leven niet meer', only)).toBe(false);
    expect(seemsInDistress('niet meer echt leven', only)).toBe(false);
  });
});

describe('distressLanguage', () => {
  it.each([
    ['jveux mourir', 'fr'],
    ['jai envie de mourir', 'fr'],
    ['i wanna die', 'en'],
    ['kzie het nie meer zitten', 'nl'],
  ] as const)('When "%s" is written, Then its words of distress are %s ones', (text, language) => {
    expect(distressLanguage(text, words)).toBe(language);
  });

  it('When the word is every language\'s ("suicide") or there is none, Then no language', () => {
    expect(distressLanguage('suicide', words)).toBeUndefined();
    expect(distressLanguage('wat kost het', words)).toBeUndefined();
  });
});
