import { describe, it } from 'vitest';
import { converse, type Line } from '../support/converse.js';

const MENU = ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer'];
const YES_NO = ['Ja', 'Nee'];

const askExplanation: Line[] = [
  ['user', 'hallo'],
  ['bot', 'Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.'],
  ['bot', 'Waar kan ik je mee helpen?', MENU],
  ['user', 'Wat is een loopbaancheque?'],
];

/** The four messages, with the terms of the day in the third. */
const explanation = (terms: string): Line[] => [
  ['bot', 'Loopbaanbegeleiding is hulp bij je werk en je loopbaan. Je praat met een coach. Samen zoek je wat bij jou past. Je maakt een plan voor later.'],
  ['bot', 'Het eerste gesprek met een coach is gratis. Dat heet een kennismakingsgesprek. Zo leer je de coach eerst kennen.'],
  ['bot', terms],
  ['bot', 'Je werkgever hoeft niets te weten. De begeleiding is in het Nederlands. Ze gebeurt bij een erkend loopbaancentrum.'],
  ['bot', 'Was dit duidelijk?', YES_NO],
];

const TRANSITIONAL_TERMS =
  'Nu krijg je één loopbaancheque. Dat kan alleen als je nog nooit een cheque gebruikte. ' +
  'Hoeveel uur begeleiding je krijgt, is nog niet zeker. Wat je zelf betaalt, is nog niet zeker. ' +
  'Kijk op vdab.be/loopbaancheques of bel gratis 0800 30 700.';

const CONTACT: Line[] = [
  ['bot', 'Bel gratis naar VDAB op 0800 30 700.'],
  ['bot', 'Dat kan van maandag tot vrijdag, van 8.00 uur tot 16.30 uur.'],
  ['bot', 'Je vindt ook alle uitleg op vdab.be/loopbaancheques.'],
];
const menuAgain: Line = ['bot', 'Kan ik je nog ergens mee helpen?', MENU];

describe('ExplainChequeDialog: what the cheque is, gives and costs', () => {
  it('When asked today (transitional rules), Then it says one cheque for never-users and that hours and price are not confirmed', () =>
    converse([...askExplanation, ...explanation(TRANSITIONAL_TERMS), ['user', 'ja'], ['bot', 'Fijn!'], menuAgain]));

  it('When asked in 2021, Then it gives the 2020 rules: two cheques, 7 hours, 40 euro each', () =>
    converse(
      [
        ...askExplanation,
        ...explanation(
          'Je krijgt 2 loopbaancheques. Samen zijn ze goed voor 7 uur begeleiding. Je betaalt zelf 40 euro per cheque. De overheid betaalt de rest.',
        ),
        ['user', 'top'],
        ['bot', 'Fijn!'],
        menuAgain,
      ],
      { date: '2021-03-01' },
    ));

  it('When asked in 2024 (the date of the rise to 45 euro is unknown), Then it does not name a price', () =>
    converse(
      [
        ...askExplanation,
        ...explanation(
          'Je krijgt 2 loopbaancheques. Samen zijn ze goed voor 7 uur begeleiding. Wat je zelf betaalt, is nog niet zeker. Kijk op vdab.be/loopbaancheques of bel gratis 0800 30 700.',
        ),
      ],
      { date: '2024-01-01' },
    ));

  it('When asked in 2027 (loopbaankrediet not confirmed), Then it says the rules are changing and where to check', () =>
    converse(
      [
        ...askExplanation,
        ...explanation('De regels voor de loopbaancheque veranderen binnenkort. Kijk op vdab.be/loopbaancheques of bel gratis 0800 30 700.'),
      ],
      { date: '2027-02-01' },
    ));
});

describe('ExplainChequeDialog: "Was dit duidelijk?"', () => {
  const simplerOrPerson: Line = ['bot', 'Wat wil je: een eenvoudiger uitleg, of met iemand praten?', ['Eenvoudiger uitleg', 'Met iemand praten']];
  const simple: Line = ['bot', 'Een loopbaancheque helpt je bij je werk. Je praat met een coach. Het eerste gesprek is gratis.'];

  it('When the answer is nee, Then it offers a simpler version, and after that version asks again', () =>
    converse([
      ...askExplanation,
      ...explanation(TRANSITIONAL_TERMS),
      ['user', 'nee'],
      simplerOrPerson,
      ['user', 'eenvoudiger'],
      simple,
      ['bot', 'Was dit duidelijk?', YES_NO],
      ['user', 'ja hoor'],
      ['bot', 'Fijn!'],
      menuAgain,
    ]));

  it('When even the simple version is unclear, Then it gives the way to a person', () =>
    converse([
      ...askExplanation,
      ...explanation(TRANSITIONAL_TERMS),
      ['user', 'neen'],
      simplerOrPerson,
      ['user', '1'],
      simple,
      ['bot', 'Was dit duidelijk?', YES_NO],
      ['user', 'niet echt'],
      ...CONTACT,
      menuAgain,
    ]));

  it('When the user would rather talk to someone, Then it gives the free number, its hours and the website', () =>
    converse([...askExplanation, ...explanation(TRANSITIONAL_TERMS), ['user', 'nee'], simplerOrPerson, ['user', 'met iemand praten'], ...CONTACT, menuAgain]));

  it('When the answer is unclear twice, Then the second retry points to help and a person', () =>
    converse([
      ...askExplanation,
      ...explanation(TRANSITIONAL_TERMS),
      ['user', 'misschien'],
      ['bot', 'Sorry, dat begreep ik niet. Tik op een knop of typ het nummer van de knop.'],
      ['bot', 'Was dit duidelijk?', YES_NO],
      ['user', 'hmm'],
      ['bot', "Het lukt nog niet. Typ 'help' voor uitleg. Of kies 'Met iemand praten' bij 'Meer'."],
      ['bot', 'Was dit duidelijk?', YES_NO],
      ['user', '1'],
      ['bot', 'Fijn!'],
      menuAgain,
    ]));
});

describe('ExplainChequeDialog in French and English', () => {
  it('When the client speaks French, Then the explanation is in French and "oui" is understood', () =>
    converse(
      [
        ['user', 'bonjour'],
        ['bot', 'Bonjour ! Je suis Loopbaanbot, le bot du VDAB. Je vous aide avec le chèque carrière.'],
        ['bot', 'Comment puis-je vous aider ?', ["C'est quoi un chèque carrière ?", 'Puis-je en recevoir un ?', 'Prendre rendez-vous', 'Plus']],
        ['user', '1'],
        ['bot', /^L'orientation de carrière vous aide/],
        ['bot', /^Le premier entretien avec un coach est gratuit\./],
        ['bot', /^Maintenant, vous recevez un seul chèque carrière\..*appelez gratuitement le 0800 30 700\.$/],
        ['bot', /^Votre employeur ne doit rien savoir\..*néerlandais/],
        ['bot', "Est-ce que c'était clair ?", ['Oui', 'Non']],
        ['user', 'oui'],
        ['bot', 'Très bien !'],
        ['bot', 'Puis-je encore vous aider ?', ["C'est quoi un chèque carrière ?", 'Puis-je en recevoir un ?', 'Prendre rendez-vous', 'Plus']],
      ],
      { locale: 'fr-BE' },
    ));

  it('When the client speaks English, Then the explanation is in English with the 2021 figures', () =>
    converse(
      [
        ['user', 'hello'],
        ['bot', 'Hello! I am Loopbaanbot from VDAB. I help you with the career cheque.'],
        ['bot', 'What can I help you with?', ['What is a career cheque?', 'Can I get one?', 'Make an appointment', 'More']],
        ['user', 'what is a career cheque'],
        ['bot', /^Career guidance is help with your work/],
        ['bot', /^The first talk with a coach is free\./],
        ['bot', 'You get 2 career cheques. Together they give 7 hours of guidance. You pay 40 euros per cheque yourself. The government pays the rest.'],
        ['bot', /^Your employer does not need to know\./],
        ['bot', 'Was this clear?', ['Yes', 'No']],
        ['user', 'no'],
        ['bot', 'What do you want: a simpler explanation, or to talk to someone?', ['Simpler explanation', 'Talk to someone']],
        ['user', 'talk to someone'],
        ['bot', 'Call VDAB for free on 0800 30 700.'],
        ['bot', 'You can call from Monday to Friday, from 8 am to 4.30 pm.'],
        ['bot', 'You also find all the information on vdab.be/loopbaancheques.'],
        ['bot', 'Can I help you with anything else?', ['What is a career cheque?', 'Can I get one?', 'Make an appointment', 'More']],
      ],
      { locale: 'en-GB', date: '2021-03-01' },
    ));
});
