import { describe, it } from 'vitest';
import { converse, type Line } from '../support/converse.js';

const MENU = ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer'];
const greeted: Line[] = [
  ['user', 'hallo'],
  ['bot', 'Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.'],
  ['bot', 'Waar kan ik je mee helpen?', MENU],
];
const menu: Line = ['bot', 'Waar kan ik je mee helpen?', MENU];
const clear: Line = ['bot', 'Was dit duidelijk?', ['Ja', 'Nee', 'Meer uitleg']];

describe('"Wat betekent …?"', () => {
  it('When the user asks "wat betekend outplacement" (d/t error), Then it explains the word and shows the menu again', () =>
    converse([
      ...greeted,
      ['user', 'wat betekend outplacement'],
      ['bot', 'Outplacement is hulp bij werk zoeken na een ontslag. Je werkgever betaalt die hulp.'],
      menu,
    ]));

  it('When the user asks about "zelfstandige", Then it explains it, and "zeg het eenvoudiger" gives the short version', () =>
    converse([
      ...greeted,
      ['user', 'wat betekent zelfstandige'],
      ['bot', 'Een zelfstandige werkt voor zichzelf. Hij of zij heeft geen baas. Denk aan een kapper met een eigen zaak.'],
      menu,
      ['user', 'zeg het eenvoudiger'],
      ['bot', 'Iemand zonder baas. Die werkt voor zichzelf.'],
      menu,
    ]));

  it('When the word is not in the glossary, Then it says so and where to ask', () =>
    converse([...greeted, ['user', 'wat betekent dat woord'], ['bot', 'Dat woord staat niet in mijn lijst. Bel gratis 0800 30 700 voor uitleg.'], menu]));

  it('When an English conversation asks about a Dutch term, Then the English explanation comes', () =>
    converse(
      [
        ['user', 'hello'],
        ['bot', 'Hello! I am Loopbaanbot from VDAB. I help you with the career cheque.'],
        ['bot', 'What can I help you with?', ['What is a career cheque?', 'Can I get one?', 'Make an appointment', 'More']],
        ['user', 'what does kennismakingsgesprek mean'],
        ['bot', 'The kennismakingsgesprek is the first talk with a coach. It is free. You get to know the coach.'],
        ['bot', 'What can I help you with?', ['What is a career cheque?', 'Can I get one?', 'Make an appointment', 'More']],
      ],
      { locale: 'en' },
    ));
});

describe('"Zeg het eenvoudiger"', () => {
  it('When the user says it at "Was dit duidelijk?" after the explanation, Then the short version comes and the question stays', () =>
    converse([
      ...greeted,
      ['user', '1'],
      ['bot', /\S/],
      ['bot', /\S/],
      ['bot', /\S/],
      clear,
      ['user', 'zeg het eenvoudiger'],
      ['bot', 'Een loopbaancheque helpt je bij je werk. Je praat met een coach. Het eerste gesprek is gratis.'],
      clear,
    ]));

  it('When nothing was explained yet, Then it says so instead of guessing', () =>
    converse([...greeted, ['user', 'kan da simpeler'], ['bot', 'Ik heb nog niets uitgelegd. Kies wat je wil weten.'], menu]));
});
