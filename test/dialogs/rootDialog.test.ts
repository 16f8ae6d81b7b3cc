import { describe, it } from 'vitest';
import { converse, type Line } from '../support/converse.js';

const GREETING = 'Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.';
const MENU = ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer'];
const MORE = ['Met iemand praten', 'Andere taal'];
const greeted: Line[] = [
  ['user', 'hallo'],
  ['bot', GREETING],
  ['bot', 'Waar kan ik je mee helpen?', MENU],
];
const CONTACT: Line[] = [
  ['bot', 'Bel gratis naar VDAB op 0800 30 700.'],
  ['bot', 'Dat kan van maandag tot vrijdag, van 8.00 uur tot 16.30 uur.'],
  ['bot', 'Je vindt ook alle uitleg op vdab.be/loopbaancheques.'],
];

describe('RootDialog: greeting and menu', () => {
  it('When the user opens the chat, Then the bot greets in Dutch and shows three choices plus Meer', () =>
    converse([['opens'], ['bot', GREETING], ['bot', 'Waar kan ik je mee helpen?', MENU]]));

  it('When the user types a number, Then the button with that number is chosen', () =>
    converse([
      ...greeted,
      ['user', '4'],
      ['bot', 'Wat wil je doen?', MORE],
      ['user', '1'],
      ...CONTACT,
      ['bot', 'Kan ik je nog ergens mee helpen?', MENU],
    ]));

  it('When the user types the words with typos, Then the bot still understands', () =>
    converse([
      ...greeted,
      ['user', 'ik wil ne afsrpaak'],
      ['bot', 'Ik zoek een loopbaancentrum voor je gratis eerste gesprek.'],
      ['bot', 'In welke gemeente zoek je een centrum? Typ de postcode of de naam.'],
    ]));
});
