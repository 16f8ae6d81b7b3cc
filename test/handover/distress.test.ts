import { describe, expect, it } from 'vitest';
import { distressPhrases, seemsInDistress } from '../../src/handover/distress.js';
import { createI18n } from '../../src/i18n/i18n.js';

const phrases = distressPhrases(await createI18n());

describe('seemsInDistress', () => {
  it.each([
    'ik zie het niet meer zitten',
    "'k zie het nie meer zitten",
    'Ik denk aan ZELFMOORD',
    'soms heb ik zelfmoordgedachten',
    'ik wil er een einde aan maken',
    'je veux mourir',
    'I want to die',
  ])('When someone writes "%s", Then it counts as distress', (text) => {
    expect(seemsInDistress(text, phrases)).toBe(true);
  });

  it.each([
    'ik wil stoppen met mijn job',
    'ik kan mijn werk niet meer aan',
    'wat kost een loopbaancheque',
    'doodmoe van het zoeken naar werk',
    '',
  ])('When someone writes "%s", Then it does not', (text) => {
    expect(seemsInDistress(text, phrases)).toBe(false);
  });

  it('When the words come in another order or with gaps, Then they do not match a phrase', () => {
    expect(seemsInDistress('leven niet meer', ['niet meer leven'])).toBe(false);
    expect(seemsInDistress('niet meer echt leven', ['niet meer leven'])).toBe(false);
  });
});
