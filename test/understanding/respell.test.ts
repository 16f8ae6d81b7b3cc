import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n.js';
import { Respeller } from '../../src/understanding/respell.js';
import { Vocabulary } from '../../src/understanding/vocabulary.js';
import { wordsOf } from '../../src/understanding/text.js';

/** A small word list, so each case shows which list word a typo is put right towards. */
const respeller = new Respeller(['wanneer', 'jullie', 'open', 'gesprek', 'vertrouwelijk'], new Set(['kapster']));
const respell = (text: string) => respeller.respell(wordsOf(text))?.join(' ');

describe('Respeller', () => {
  it('When a word is a list word with a letter left out, doubled or swapped, Then it is put right', () => {
    expect(respell('waneer zijn julie open')).toBe('wanneer zijn jullie open');
    expect(respell('is het gesrpek')).toBe('is het gesprek');
    expect(respell('is het vertrouwlijk')).toBe('is het vertrouwelijk');
  });

  it('When every word is as the lists or the everyday words have it, or no list word is near, Then nothing changes', () => {
    expect(respell('wanneer zijn jullie open')).toBeUndefined();
    // An everyday word stays, however near a list word it is.
    expect(respell('ik ben kapster')).toBeUndefined();
    expect(respell('ik werk bij arcelormittal')).toBeUndefined();
  });

  it('When a word has fewer than five letters or a digit, Then it is never respelled', () => {
    // "opem" is one edit from "open", but four letters are too few to be sure of it ("genk" is no "gene").
    expect(respell('opem')).toBeUndefined();
    expect(respell('wanneer1')).toBeUndefined();
  });

  it('When a word is beyond its typo budget, Then it stays as typed', () => {
    // Two edits from "gesprek": a seven-letter word gets one.
    expect(respell('gesbrak')).toBeUndefined();
    // Three edits from "vertrouwelijk": a long word gets two.
    expect(respell('vertrowlyk')).toBeUndefined();
  });

  it('When two list words are as many edits away, Then a letter left out or two swapped before a letter too many before one changed; else as typed', () => {
    const near = new Respeller(['computer', 'compter', 'ouvert', 'ouverts', 'delen', 'halen'], new Set());
    const put = (text: string) => near.respell(wordsOf(text))?.join(' ');
    // "computr": a letter left out of "computer", one changed of "compter".
    expect(put('geen computr')).toBe('geen computer');
    // "ouvertt": a letter typed twice in "ouvert", one changed of "ouverts".
    expect(put('ouvertt')).toBe('ouvert');
    // "belen": one letter from "delen", two from "halen": the nearer.
    expect(put('belen')).toBe('delen');
    // "veiux": two letters swapped in "vieux", one too many for "veux".
    expect(new Respeller(['vieux', 'veux'], new Set()).respell(['veiux'])).toEqual(['vieux']);
    // "helen": one letter changed of "delen" and of "halen": as typed.
    expect(put('helen')).toBeUndefined();
  });

  it('When a short word lacks a letter or has two swapped, Then it is put right; a short word with a letter changed stays', () => {
    const short = new Respeller(['lezen', 'home', 'gent', 'werk'], new Set());
    const put = (text: string) => short.respell(wordsOf(text))?.join(' ');
    expect(put('ik kan niet lzen')).toBe('ik kan niet lezen');
    expect(put('at hom')).toBe('at home');
    expect(put('ik zoek wrek')).toBe('ik zoek werk');
    // "genk" is one letter changed from "gent": a town of its own, never respelled.
    expect(put('ik woon in genk')).toBeUndefined();
  });

  it('When a letter is typed twice, Then the word with it once, however short ("huiss" is "huis")', () => {
    const doubled = new Respeller(['huis', 'open'], new Set());
    expect(doubled.respell(wordsOf('komen ze aan huiss'))?.join(' ')).toBe('komen ze aan huis');
    expect(doubled.respell(wordsOf('is het oppen'))?.join(' ')).toBe('is het open');
  });

  it("When two list words are as near, Then the one of the message's language; two of it leave the word as typed", () => {
    const languages = [
      { words: new Set(['ik', 'heb', 'geen', 'diploma', 'plat', 'laat']), spellings: new Map<string, string>() },
      { words: new Set(['je', 'n', 'ai', 'pas', 'de', 'diplome']), spellings: new Map<string, string>() },
    ];
    const two = new Respeller(['diploma', 'diplome', 'plat', 'laat'], new Set(), languages);
    const put = (text: string) => two.respell(wordsOf(text))?.join(' ');
    expect(put('ik heb geen diplom')).toBe('ik heb geen diploma');
    expect(put("je n'ai pas de diplom")).toBe('je n ai pas de diplome');
    // "lat": a letter left out of "laat" and of "plat", both Dutch.
    expect(put('ik ben te lat')).toBeUndefined();
  });

  it('When a French article is glued to a known word ("dattente"), Then it is split off', () => {
    const glued = new Respeller(['attente', 'emploi'], new Set());
    expect(glued.respell(wordsOf('une liste dattente, des offres demploi'))?.join(' ')).toBe('une liste d attente des offres d emploi');
  });

  it("When a chat spelling is typed, Then it is written out in the message's language, never where it is another language's word", () => {
    const languages = [
      {
        words: new Set(['ik', 'kan', 'niet', 'goed', 'lezen', 'wat', 'kost', 'het']),
        spellings: new Map([
          ['ni', 'niet'],
          ['kheb', 'ik heb'],
        ]),
      },
      { words: new Set(['je', 'ne', 'sais', 'ni', 'lire', 'pas']), spellings: new Map([['jsuis', 'je suis']]) },
      { words: new Set(['until', 'what', 'time', 'can', 'i', 'call']), spellings: new Map([['wat', 'what']]) },
    ];
    const chat = new Respeller([], new Set(), languages);
    const put = (text: string) => chat.respell(wordsOf(text))?.join(' ');
    expect(put('ik kan ni goed lezen')).toBe('ik kan niet goed lezen');
    // "ni" is French too: in a French message it stays.
    expect(put('je ne sais ni lire')).toBeUndefined();
    // "wat" is English chat for "what", and a Dutch word: Dutch in a Dutch message.
    expect(put('until wat time can i call')).toBe('until what time can i call');
    expect(put('wat kost het')).toBeUndefined();
    // A spelling no other language has as a word is written out in any message.
    expect(put('kheb')).toBe('ik heb');
    expect(put('jsuis')).toBe('je suis');
  });

  it('When a message is longer than a question, Then it is left as it is (bounded work)', () => {
    const story = `${'ik werk al lang in de bouw en '.repeat(6)}waneer zijn julie open`;
    expect(respell(story)).toBeUndefined();
    expect(respell('waneer zijn julie open')).toBeDefined();
  });
});

const vocabulary = new Vocabulary(await createI18n());

describe('Vocabulary.respelled: towards the words of every word list', () => {
  it.each([
    ['waneer zijn julie open', 'wanneer zijn jullie open'],
    ['is het vertrouwlijk', 'is het vertrouwelijk'],
    ['quand est ce que vous etes ouvertt', 'quand est ce que vous etes ouvert'],
    ['is it confidentail', 'is it confidential'],
    ['kheb gen auto', 'ik heb geen auto'],
    ['i dont hve a car', 'i don t have a car'],
    ['jsuis sur une liste dattente', 'je suis sur une liste d attente'],
  ])('When "%s" is typed, Then it reads as "%s"', (typed, meant) => {
    expect(vocabulary.respelled(typed)).toBe(meant);
  });

  it('When a question with a typo ends in a question mark, Then it still asks', () => {
    expect(vocabulary.respelled('ca peut se faire a domicle?')).toBe('ca peut se faire a domicile ?');
  });

  it('When a message is spelt right, Then there is nothing to respell', () => {
    for (const text of ['wanneer zijn jullie open', 'ik ben poetsvrouw', 'ik woon in Kortrijk', 'mijn naam is Mohammed']) {
      expect(vocabulary.respelled(text), text).toBeUndefined();
    }
  });
});
