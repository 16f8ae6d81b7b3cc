import { describe, it } from 'vitest';
import { converse, type Line } from '../support/converse.js';

const MENU = ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer'];
const YES_NO = ['Ja', 'Nee'];
const YES_NO_MORE = ['Ja', 'Nee', 'Meer uitleg'];

const askExplanation: Line[] = [
  ['user', 'hallo'],
  ['bot', 'Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.'],
  ['bot', 'Waar kan ik je mee helpen?', MENU],
  ['user', 'Wat is een loopbaancheque?'],
];

const WHAT = 'Met een loopbaancheque betaal je minder voor een loopbaancoach. Die helpt je met keuzes over je werk.';

/** One short turn: what the cheque is, the terms of the day, the end of the rules when it is near. */
const explanation = (...terms: string[]): Line[] => [['bot', WHAT], ...terms.map((t): Line => ['bot', t]), ['bot', 'Was dit duidelijk?', YES_NO_MORE]];

const TRANSITIONAL_TERMS =
  'Nu krijg je één loopbaancheque. Dat kan alleen als je nog nooit een cheque gebruikte. ' +
  'Hoeveel uur je krijgt en wat je zelf betaalt, is nog niet zeker. ' +
  'Kijk op vdab.be/loopbaancheques of bel gratis 0800 30 700.';
const ENDS_SOON = 'Deze regeling loopt tot 31 december 2026. Daarna komt het loopbaankrediet.';

const CONTACT: Line[] = [
  ['bot', 'Bel gratis naar VDAB op 0800 30 700.'],
  ['bot', 'Dat kan van maandag tot vrijdag, van 8.00 uur tot 16.30 uur.'],
  ['bot', 'Je vindt ook alle uitleg op vdab.be/loopbaancheques.'],
];
const menuAgain: Line = ['bot', 'Kan ik je nog ergens mee helpen?', MENU];

describe('ExplainChequeDialog: what the cheque is, gives and costs on the day', () => {
  it('When asked on 15 December 2026, Then it gives the transitional terms and says the rules end on 31 December, with what comes after', () =>
    converse([...askExplanation, ...explanation(TRANSITIONAL_TERMS, ENDS_SOON), ['user', 'ja'], ['bot', 'Fijn!'], menuAgain], { date: '2026-12-15' }));

  it('When asked on 31 October 2026 (more than 60 days before the end), Then the end is not mentioned yet', () =>
    converse([...askExplanation, ...explanation(TRANSITIONAL_TERMS)], { date: '2026-10-31' }));

  it('When asked in 2021, Then it gives the 2020 rules: two cheques, 7 hours, 40 euro each', () =>
    converse(
      [
        ...askExplanation,
        ...explanation('Je krijgt 2 loopbaancheques. Samen zijn ze goed voor 7 uur begeleiding. Je betaalt zelf 40 euro per cheque. De overheid betaalt de rest.'),
        ['user', 'top'],
        ['bot', 'Fijn!'],
        menuAgain,
      ],
      { date: '2021-03-01' },
    ));

  it('When asked in April 2025, Then it names 45 euro per cheque', () =>
    converse(
      [...askExplanation, ...explanation('Je krijgt 2 loopbaancheques. Samen zijn ze goed voor 7 uur begeleiding. Je betaalt zelf 45 euro per cheque. De overheid betaalt de rest.')],
      { date: '2025-04-10' },
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

  it('When asked on 2 January 2027, Then it says what is announced about the loopbaankrediet and how sure each part is', () =>
    converse(
      [
        ...askExplanation,
        ['bot', 'Vanaf 1 januari 2027 komt het loopbaankrediet in de plaats van de loopbaancheque. Het Departement WEWIS regelt het, niet VDAB. Nog niet alles is bekend.'],
        [
          'bot',
          'Het gaat om 6 uur begeleiding. Het is voor wie meer dan 7 jaar werkt. Dat is nog niet zeker. ' +
            'Wat het kost, is nog niet bekend. Hoe je het aanvraagt, is nog niet bekend. Kijk op vdab.be/loopbaancheques of bel gratis 0800 30 700.',
        ],
        ['bot', 'Was dit duidelijk?', YES_NO],
        ['user', 'nee'],
        ['bot', 'Wat wil je: een eenvoudiger uitleg, of met iemand praten?', ['Eenvoudiger uitleg', 'Met iemand praten']],
        ['user', 'eenvoudiger'],
        ['bot', 'Het loopbaankrediet is nieuw. Nog niet alles is bekend. Bel gratis 0800 30 700 met je vragen.'],
        ['bot', 'Was dit duidelijk?', YES_NO],
      ],
      { date: '2027-01-02' },
    ));
});

describe('ExplainChequeDialog: "Meer uitleg" and "Was dit duidelijk?"', () => {
  const simplerOrPerson: Line = ['bot', 'Wat wil je: een eenvoudiger uitleg, of met iemand praten?', ['Eenvoudiger uitleg', 'Met iemand praten']];
  const simple: Line = ['bot', 'Een loopbaancheque helpt je bij je werk. Je praat met een coach. Het eerste gesprek is gratis.'];

  it('When the user wants more, Then the details come on request: guidance, the free first talk, privacy', () =>
    converse([
      ...askExplanation,
      ...explanation(TRANSITIONAL_TERMS),
      ['user', 'meer uitleg'],
      ['bot', 'Loopbaanbegeleiding is hulp bij je werk en je loopbaan. Je praat met een coach. Samen zoek je wat bij jou past. Je maakt een plan voor later.'],
      ['bot', 'Het eerste gesprek met een coach is gratis. Dat heet een kennismakingsgesprek. Zo leer je de coach eerst kennen.'],
      ['bot', 'Je werkgever hoeft niets te weten. De begeleiding is in het Nederlands, bij een erkend centrum.'],
      ['bot', 'Was dit duidelijk?', YES_NO],
      ['user', 'ja'],
      ['bot', 'Fijn!'],
      menuAgain,
    ], { date: '2026-10-01' }));

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
    ], { date: '2026-10-01' }));

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
    ], { date: '2026-10-01' }));

  it('When the user would rather talk to someone, Then it gives the free number, its hours and the website', () =>
    converse([...askExplanation, ...explanation(TRANSITIONAL_TERMS), ['user', 'nee'], simplerOrPerson, ['user', 'met iemand praten'], ...CONTACT, menuAgain], {
      date: '2026-10-01',
    }));

  it('When the answer is unclear twice, Then the second retry points to help and a person', () =>
    converse([
      ...askExplanation,
      ...explanation(TRANSITIONAL_TERMS),
      ['user', 'misschien'],
      ['bot', 'Sorry, dat begreep ik niet. Tik op een knop of typ het nummer van de knop.'],
      ['bot', 'Was dit duidelijk?', YES_NO_MORE],
      ['user', 'hmm'],
      ['bot', "Het lukt nog niet. Typ 'help' voor uitleg. Of kies 'Met iemand praten' bij 'Meer'."],
      ['bot', 'Was dit duidelijk?', YES_NO_MORE],
      ['user', '1'],
      ['bot', 'Fijn!'],
      menuAgain,
    ], { date: '2026-10-01' }));
});

describe('ExplainChequeDialog in French and English', () => {
  const startFr: Line[] = [
    ['user', 'bonjour'],
    ['bot', 'Bonjour ! Je suis Loopbaanbot, le bot du VDAB. Je vous aide avec le chèque carrière.'],
    ['bot', 'Comment puis-je vous aider ?', ["C'est quoi un chèque carrière ?", 'Puis-je en recevoir un ?', 'Prendre rendez-vous', 'Plus']],
    ['user', '1'],
  ];
  const menuAgainFr: Line = ['bot', 'Puis-je encore vous aider ?', ["C'est quoi un chèque carrière ?", 'Puis-je en recevoir un ?', 'Prendre rendez-vous', 'Plus']];

  it('When the client speaks French on 15 December 2026, Then the explanation and the end of the rules come in French and "oui" is understood', () =>
    converse(
      [
        ...startFr,
        ['bot', 'Avec un chèque carrière, vous payez moins pour un coach de carrière. Il vous aide à faire des choix pour votre travail.'],
        ['bot', /^Maintenant, vous recevez un seul chèque carrière\..*appelez gratuitement le 0800 30 700\.$/],
        ['bot', 'Ce régime dure jusqu\'au 31 décembre 2026. Ensuite viendra le crédit carrière.'],
        ['bot', "Est-ce que c'était clair ?", ['Oui', 'Non', "Plus d'infos"]],
        ['user', 'oui'],
        ['bot', 'Très bien !'],
        menuAgainFr,
      ],
      { locale: 'fr-BE', date: '2026-12-15' },
    ));

  it('When the client speaks French on 2 January 2027, Then what is announced about the crédit carrière comes in French', () =>
    converse(
      [
        ...startFr,
        ['bot', 'À partir du 1 janvier 2027, le crédit carrière remplace le chèque carrière. Le Departement WEWIS s\'en occupe, pas le VDAB. Tout n\'est pas encore connu.'],
        [
          'bot',
          "Il s'agit de 6 heures d'accompagnement. C'est pour ceux qui travaillent depuis plus de 7 ans. Ce n'est pas encore sûr. " +
            "Le prix n'est pas encore connu. On ne sait pas encore comment le demander. Regardez sur vdab.be/loopbaancheques ou appelez gratuitement le 0800 30 700.",
        ],
        ['bot', "Est-ce que c'était clair ?", ['Oui', 'Non']],
      ],
      { locale: 'fr-BE', date: '2027-01-02' },
    ));

  it('When the client speaks English, Then the explanation is in English with the 2021 figures', () =>
    converse(
      [
        ['user', 'hello'],
        ['bot', 'Hello! I am Loopbaanbot from VDAB. I help you with the career cheque.'],
        ['bot', 'What can I help you with?', ['What is a career cheque?', 'Can I get one?', 'Make an appointment', 'More']],
        ['user', 'what is a career cheque'],
        ['bot', 'With a career cheque, you pay less for a career coach. The coach helps you make choices about your work.'],
        ['bot', 'You get 2 career cheques. Together they give 7 hours of guidance. You pay 40 euros per cheque yourself. The government pays the rest.'],
        ['bot', 'Was this clear?', ['Yes', 'No', 'Tell me more']],
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
