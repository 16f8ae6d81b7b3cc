import { describe, it } from 'vitest';
import { converse, type Line } from '../support/converse.js';

const MENU = ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer'];
const greeted: Line[] = [
  ['user', 'hallo'],
  ['bot', 'Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.'],
  ['bot', 'Waar kan ik je mee helpen?', MENU],
];
const menu: Line = ['bot', 'Waar kan ik je mee helpen?', MENU];
const menuAgain: Line = ['bot', 'Kan ik je nog ergens mee helpen?', MENU];
const CONTACT: Line[] = [
  ['bot', 'Bel gratis naar VDAB op 0800 30 700.'],
  ['bot', 'Dat kan van maandag tot vrijdag, van 8.00 uur tot 16.30 uur.'],
  ['bot', 'Je vindt ook alle uitleg op vdab.be/loopbaancheques.'],
];
const EXPLANATION_START = 'Met een loopbaancheque betaal je minder voor een loopbaancoach. Die helpt je met keuzes over je werk.';
const TERMS_2021 = 'Je krijgt 2 loopbaancheques. Samen zijn ze goed voor 7 uur begeleiding. Je betaalt zelf 40 euro per cheque. De overheid betaalt de rest.';

describe('free text at the main menu', () => {
  it('When the user types "wa kost da", Then the bot gives the terms of the day and shows the menu again', () =>
    converse([...greeted, ['user', 'wa kost da'], ['bot', TERMS_2021], menu], { date: '2021-03-01' }));

  it('When the user types "wa kost da" on 15 December 2026, Then the terms come with the end of the rules and what follows', () =>
    converse(
      [
        ...greeted,
        ['user', 'wa kost da'],
        ['bot', /^Nu krijg je één loopbaancheque\..* Hoeveel uur je krijgt en wat je zelf betaalt, is nog niet zeker\./],
        ['bot', 'Deze regeling loopt tot 31 december 2026. Daarna komt het loopbaankrediet.'],
        menu,
      ],
      { date: '2026-12-15' },
    ));

  it('When the user types "wa kost da" on 2 January 2027, Then it says what is announced, that the price is not known, and where to check', () =>
    converse(
      [
        ...greeted,
        ['user', 'wa kost da'],
        ['bot', /^Vanaf 1 januari 2027 komt het loopbaankrediet/],
        ['bot', /Wat het kost, is nog niet bekend\..*bel gratis 0800 30 700\.$/],
        menu,
      ],
      { date: '2027-01-02' },
    ));

  it('When the user types "wat is een loopbaanchek" with a typo, Then the explanation starts', () =>
    converse([...greeted, ['user', 'wat is een loopbaanchek'], ['bot', EXPLANATION_START], ['bot', /\S/], ['bot', /\S/], ['bot', 'Was dit duidelijk?', ['Ja', 'Nee', 'Meer uitleg']]]));

  it('When the user types "ik wil me iemand praten" in dialect, Then the bot gives the way to a person', () =>
    converse([...greeted, ['user', 'ik wil me iemand praten'], ...CONTACT, menuAgain]));

  it('When the first message of a conversation is "hoeveel moet ik betaale", Then it greets, answers and shows the menu', () =>
    converse(
      [
        ['user', 'hoeveel moet ik betaale'],
        ['bot', 'Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.'],
        ['bot', TERMS_2021],
        menu,
      ],
      { date: '2021-03-01' },
    ));

  it('When the user asks about privacy, Then it says how long the conversation is kept and that answers stay out of the logs', () =>
    converse([
      ...greeted,
      ['user', 'wat doen jullie me mijn gegevens'],
      ['bot', 'Ik onthoud dit gesprek hoogstens 30 dagen. Daarna is het weg.'],
      ['bot', 'Ik schrijf je antwoorden niet in mijn logboek. Ook je naam niet.'],
      ['bot', 'Vragen over je gegevens? Bel gratis 0800 30 700.'],
      menu,
    ]));

  it('When the bot does not understand three times, Then it asks to rephrase, then shows likely choices, then offers a person', () =>
    converse([
      ...greeted,
      ['user', 'voetbal vanavond'],
      ['bot', 'Ik begrijp je niet goed. Zeg het op een andere manier?'],
      ['user', 'qsdfqsdf'],
      ['bot', 'Bedoel je een van deze dingen?', ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Met iemand praten']],
      ['user', 'zzzz'],
      ['bot', 'Ik begrijp het nog niet. Een medewerker helpt je graag verder.'],
      ...CONTACT,
      menuAgain,
    ]));

  it('When the user taps one of the likely choices, Then that flow starts', () =>
    converse([
      ...greeted,
      ['user', 'voetbal vanavond'],
      ['bot', 'Ik begrijp je niet goed. Zeg het op een andere manier?'],
      ['user', 'qsdfqsdf'],
      ['bot', 'Bedoel je een van deze dingen?', ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Met iemand praten']],
      ['user', 'Met iemand praten'],
      ...CONTACT,
      menuAgain,
    ]));
});

describe('another language noticed', () => {
  it('When a Dutch conversation gets French, Then the bot asks in French whether to switch, and switches on "oui"', () =>
    converse([
      ...greeted,
      ['user', 'je ne parle pas bien le néerlandais'],
      ['bot', 'Voulez-vous continuer en français ?', ['Oui', 'Non']],
      ['user', 'Oui'],
      ['bot', "D'accord, on continue en français."],
      ['bot', 'Comment puis-je vous aider ?', ["C'est quoi un chèque carrière ?", 'Puis-je en recevoir un ?', 'Prendre rendez-vous', 'Plus']],
    ]));

  it('When the user says no to the switch, Then the conversation stays Dutch', () =>
    converse([
      ...greeted,
      ['user', 'how much does it cost'],
      ['bot', 'Do you want to continue in English?', ['Yes', 'No']],
      ['user', 'no'],
      ['bot', 'Goed, we praten verder in het Nederlands.'],
      menu,
    ]));
});
