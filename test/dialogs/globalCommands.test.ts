import { describe, it } from 'vitest';
import { converse, type Line } from '../support/converse.js';

interface Language {
  locale: string;
  hello: string;
  greeting: string;
  menu: Line;
  menuAgain: Line;
  explain: string;
  clear: Line;
  help: string[];
  words: { help: string; restart: string; back: string; stop: string };
  stopped: string;
  backAtStart: string;
}

const languages: Language[] = [
  {
    locale: 'nl-BE',
    hello: 'hallo',
    greeting: 'Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.',
    menu: ['bot', 'Waar kan ik je mee helpen?', ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer']],
    menuAgain: ['bot', 'Kan ik je nog ergens mee helpen?', ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer']],
    explain: '1',
    clear: ['bot', 'Was dit duidelijk?', ['Ja', 'Nee', 'Meer uitleg']],
    help: [
      'Ik geef uitleg over de loopbaancheque. Ik help je ook verder op weg.',
      'Tik op een knop. Of typ het nummer van de knop: 1, 2 of 3.',
      "Typ 'terug' voor de vorige vraag. Typ 'opnieuw' om opnieuw te beginnen. Typ 'stop' om te stoppen.",
      "Typ 'met iemand praten' als je hulp van een mens wil.",
    ],
    words: { help: 'help', restart: 'opnieuw', back: 'terug', stop: 'stop' },
    stopped: 'Oké, we stoppen hier. Typ gerust iets als je me weer nodig hebt.',
    backAtStart: 'Je bent al bij het begin.',
  },
  {
    locale: 'fr-BE',
    hello: 'bonjour',
    greeting: 'Bonjour ! Je suis Loopbaanbot, le bot du VDAB. Je vous aide avec le chèque carrière.',
    menu: ['bot', 'Comment puis-je vous aider ?', ["C'est quoi un chèque carrière ?", 'Puis-je en recevoir un ?', 'Prendre rendez-vous', 'Plus']],
    menuAgain: ['bot', 'Puis-je encore vous aider ?', ["C'est quoi un chèque carrière ?", 'Puis-je en recevoir un ?', 'Prendre rendez-vous', 'Plus']],
    explain: '1',
    clear: ['bot', "Est-ce que c'était clair ?", ['Oui', 'Non', "Plus d'infos"]],
    help: [
      "J'explique le chèque carrière. Je vous aide aussi à trouver la suite.",
      'Touchez un bouton. Ou tapez le numéro du bouton : 1, 2 ou 3.',
      "Tapez 'retour' pour la question précédente. Tapez 'recommencer' pour recommencer. Tapez 'stop' pour arrêter.",
      "Tapez 'parler à quelqu'un' pour l'aide d'une personne.",
    ],
    words: { help: 'aide', restart: 'recommencer', back: 'retour', stop: 'arrêter' },
    stopped: "D'accord, on arrête ici. Écrivez-moi quand vous voulez.",
    backAtStart: 'Vous êtes déjà au début.',
  },
  {
    locale: 'en',
    hello: 'hi',
    greeting: 'Hello! I am Loopbaanbot from VDAB. I help you with the career cheque.',
    menu: ['bot', 'What can I help you with?', ['What is a career cheque?', 'Can I get one?', 'Make an appointment', 'More']],
    menuAgain: ['bot', 'Can I help you with anything else?', ['What is a career cheque?', 'Can I get one?', 'Make an appointment', 'More']],
    explain: '1',
    clear: ['bot', 'Was this clear?', ['Yes', 'No', 'Tell me more']],
    help: [
      'I explain the career cheque. I also help you find the next step.',
      'Tap a button. Or type the number of the button: 1, 2 or 3.',
      "Type 'back' for the previous question. Type 'restart' to start again. Type 'stop' to stop.",
      "Type 'talk to someone' for help from a person.",
    ],
    words: { help: 'help', restart: 'restart', back: 'back', stop: 'stop' },
    stopped: 'Okay, we stop here. Just type something when you need me again.',
    backAtStart: 'You are already at the start.',
  },
];

/** The explanation on 26 November 2026: what, the terms, the rules' end; tested in explainCheque.test.ts. */
const explanation: Line[] = [
  ['bot', /\S/],
  ['bot', /\S/],
  ['bot', /\S/],
];

describe.each(languages)('global commands ($locale)', (l) => {
  const start: Line[] = [['user', l.hello], ['bot', l.greeting], l.menu];
  const options = { locale: l.locale };

  it(`When the user types "${l.words.help}" in the middle of a question, Then it explains how to answer and asks the same question again`, () =>
    converse([...start, ['user', l.explain], ...explanation, l.clear, ['user', l.words.help], ...l.help.map((h): Line => ['bot', h]), l.clear], options));

  it(`When the user types "${l.words.restart}", Then it greets again and shows the menu`, () =>
    converse([...start, ['user', l.explain], ...explanation, l.clear, ['user', l.words.restart], ['bot', l.greeting], l.menu], options));

  it(`When the user types "${l.words.back}", Then the previous question comes back, and at the start it says so`, () =>
    converse(
      [...start, ['user', l.explain], ...explanation, l.clear, ['user', l.words.back], l.menu, ['user', l.words.back], ['bot', l.backAtStart], l.menu],
      options,
    ));

  it(`When the user types "${l.words.stop}", Then the bot stops, and the next message starts afresh`, () =>
    converse([...start, ['user', l.explain], ...explanation, l.clear, ['user', l.words.stop], ['bot', l.stopped], ['user', l.explain], ['bot', l.greeting], ...explanation, l.clear], options));
});

describe('global commands across languages', () => {
  it('When a Dutch conversation gets an English "back" or a misspelled "opniew", Then both are understood', () =>
    converse([
      ['user', 'hallo'],
      ['bot', languages[0]!.greeting],
      languages[0]!.menu,
      ['user', '4'],
      ['bot', 'Wat wil je doen?', ['Met iemand praten', 'Andere taal']],
      ['user', 'back'],
      languages[0]!.menu,
      ['user', 'opniew'],
      ['bot', languages[0]!.greeting],
      languages[0]!.menu,
    ]));

  it('When a normal sentence merely contains a command word, Then it is not taken as that command', () =>
    converse([
      ['user', 'hallo'],
      ['bot', languages[0]!.greeting],
      languages[0]!.menu,
      ['user', 'ik wil terug gaan werken'],
      ['bot', 'Ik begrijp je niet goed. Zeg het op een andere manier?'],
    ]));
});

describe('a person is one step away at every question', () => {
  const NL = languages[0]!;
  const contact: Line[] = [
    ['bot', 'Bel gratis naar VDAB op 0800 30 700.'],
    ['bot', 'Dat kan van maandag tot vrijdag, van 8.00 uur tot 16.30 uur.'],
    ['bot', 'Je vindt ook alle uitleg op vdab.be/loopbaancheques.'],
  ];
  const whereDoYouLive: Line = ['bot', 'Waar woon je?', ['Vlaanderen', 'Brussel', 'Ergens anders']];

  it('When the user asks for a person in the middle of the check, Then they get the way to a person and the same question again', () =>
    converse([
      ['user', 'hallo'],
      ['bot', NL.greeting],
      NL.menu,
      ['user', 'Kan ik er een krijgen?'],
      ['bot', 'Ik stel je een paar korte vragen. Daarna weet je of het kan.'],
      ['bot', 'Voor wie kijk je dit na?', ['Voor mezelf', 'Voor iemand anders']],
      ['user', 'Voor mezelf'],
      whereDoYouLive,
      ['user', 'ik wil iemand spreken'],
      ...contact,
      whereDoYouLive,
      ['user', 'Vlaanderen'],
      ['bot', 'Wat doe je nu?', ['Werknemer', 'Zelfstandige', 'Geen werk nu', 'Meer']],
    ]));

  it('When the open question itself offers "Met iemand praten", Then it is taken as that answer', () =>
    converse([
      ['user', 'hallo'],
      ['bot', NL.greeting],
      NL.menu,
      ['user', '1'],
      ...explanation,
      NL.clear,
      ['user', 'nee'],
      ['bot', 'Wat wil je: een eenvoudiger uitleg, of met iemand praten?', ['Eenvoudiger uitleg', 'Met iemand praten']],
      ['user', 'Met iemand praten'],
      ...contact,
      NL.menuAgain,
    ]));

  it('When a French user asks for someone, Then the way to a person comes in French', () =>
    converse(
      [
        ['user', 'bonjour'],
        ['bot', languages[1]!.greeting],
        languages[1]!.menu,
        ['user', '1'],
        ...explanation,
        languages[1]!.clear,
        ['user', 'parler à quelqu’un'],
        ['bot', 'Appelez gratuitement le VDAB au 0800 30 700.'],
        ['bot', "C'est possible du lundi au vendredi, de 8 h à 16 h 30."],
        ['bot', 'Vous trouvez aussi toutes les explications sur vdab.be/loopbaancheques.'],
        languages[1]!.clear,
      ],
      { locale: 'fr-BE' },
    ));
});
