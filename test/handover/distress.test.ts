import { describe, expect, it } from 'vitest';
import { distressWords, seemsInDistress } from '../../src/handover/distress.js';
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
