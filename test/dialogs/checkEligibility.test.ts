import { describe, expect, it } from 'vitest';
import { resultMessages } from '../../dialogs/checkEligibility.js';
import { MemoryStorage } from '../../src/bot/sdk.js';
import { UNKNOWN_ANSWER_REASONS, type EligibilityCheckState } from '../../src/bot/stateShapes.js';
import { ChequeRules } from '../../src/domain/chequeRegimes.js';
import { NEXT_STEP_CODES, REASON_CODES } from '../../src/domain/eligibility.js';
import { createI18n, translatorFor } from '../../src/i18n/i18n.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { resources } from '../../src/i18n/resources.js';
import { converse, play, type Line } from '../support/converse.js';

// ---------------------------------------------------------------------------------------------
// Dutch lines

const MENU = ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer'];
const UNKNOWN = 'Ik weet het niet';
const YES_NO_UNKNOWN = ['Ja', 'Nee', UNKNOWN];

/** The first message is the menu choice itself: greeting, then straight into the check. */
const startCheck: Line[] = [
  ['user', 'Kan ik er een krijgen?'],
  ['bot', 'Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.'],
  ['bot', 'Ik stel je een paar korte vragen. Daarna weet je of het kan.'],
  ['bot', 'Voor wie kijk je dit na?', ['Voor mezelf', 'Voor iemand anders']],
];
const forMyself: Line[] = [...startCheck, ['user', 'Voor mezelf'], ['bot', 'Waar woon je?', ['Vlaanderen', 'Brussel', 'Ergens anders']]];
const askWork: Line = ['bot', 'Wat doe je nu?', ['Werknemer', 'Zelfstandige', 'Geen werk nu', 'Meer']];
const WHAT_COUNTS =
  'Alle jaren als werknemer of zelfstandige tellen samen. Ziek zijn met een contract telt ook mee. ' +
  'Ouderschapsverlof en bevallingsverlof tellen ook mee. Hoe deeltijds werk meetelt, is niet zeker. ' +
  "Twijfel je? Kies dan 'Ik weet het niet'.";
const askYears = (minimum = 7): Line[] => [
  ['bot', WHAT_COUNTS],
  ['bot', 'Hoe lang heb je in totaal al gewerkt?', [`Minder dan ${minimum} jaar`, `${minimum} jaar of meer`, UNKNOWN]],
];
const askChequeUsed: Line = ['bot', 'Heb je al eens een loopbaancheque gebruikt?', ['Nee, nooit', 'Ja', UNKNOWN]];
const askOutplacement: Line = [
  'bot',
  'Outplacement is hulp bij het zoeken naar werk na een ontslag. De werkgever betaalt die hulp. Krijg je nu outplacement aangeboden, of volg je het al?',
  YES_NO_UNKNOWN,
];
const employeeWithSevenYears: Line[] = [
  ...forMyself,
  ['user', 'Vlaanderen'],
  askWork,
  ['user', 'Werknemer'],
  ...askYears(),
  ['user', '7 jaar of meer'],
  askChequeUsed,
];

const ENDS_SOON: Line[] = [
  ['bot', 'Deze regeling loopt tot 31 december 2026. Daarna komt het loopbaankrediet.'],
  ['bot', 'Lukt het bestellen niet? Probeer het de volgende maand opnieuw, of bel gratis 0800 30 700.'],
];
const WHAT_NEXT: Line = ['bot', 'Het eerste gesprek bij een loopbaancentrum is gratis. Zal ik een afspraak maken?', ['Afspraak maken', 'Cheque bestellen', 'Nu niet']];
const YES_YOU_CAN: Line = ['bot', 'Ja, je kan een loopbaancheque krijgen. VDAB kijkt het nog na als je de cheque bestelt.'];
/** A "yes" more than 60 days before the rules end: booking the free first talk is the first button. */
const ELIGIBLE: Line[] = [YES_YOU_CAN, WHAT_NEXT];
/** A "yes" in the last 60 days of the rules (the tests' default day is 26 November 2026). */
const ELIGIBLE_ENDS_SOON: Line[] = [YES_YOU_CAN, ...ENDS_SOON, WHAT_NEXT];
const REFER = 'Dat moet iemand van VDAB bekijken. Ik kan het niet zeker zeggen.';
const NOT_NOW = 'Nee, nu niet. Je kan nu geen loopbaancheque krijgen.';
const CONTACT: Line[] = [
  ['bot', 'Een medewerker van VDAB kijkt het graag met je na.'],
  ['bot', 'Bel gratis naar VDAB op 0800 30 700.'],
  ['bot', 'Dat kan van maandag tot vrijdag, van 8.00 uur tot 16.30 uur.'],
  ['bot', 'Je vindt ook alle uitleg op vdab.be/loopbaancheques.'],
];
const OTHER_WORK: Line[] = [
  ['bot', 'Misschien betaalt het fonds van je sector een deel van een coach terug. Vraag het na.'],
  ['bot', 'Vraag aan je werkgever of die hulp bij je loopbaan betaalt.'],
  ['bot', 'Je kan ook zelf een coach betalen.'],
];
const menuAgain: Line = ['bot', 'Kan ik je nog ergens mee helpen?', MENU];

describe('CheckEligibilityDialog: asks only what is needed, then says yes, no or "ask a person"', () => {
  it('When an employee with 7 years never used a cheque (transitional rules, 2026), Then yes, with the free first talk and how to order', () =>
    converse([
      ...employeeWithSevenYears,
      ['user', 'Nee, nooit'],
      askOutplacement,
      ['user', 'nee'],
      ...ELIGIBLE_ENDS_SOON,
      ['user', 'Nu niet'],
      menuAgain,
    ]));

  it('When the person is eligible on 15 December 2026 and wants to order, Then the end of the rules, the tip and how to order come, then the menu', () =>
    converse(
      [
        ...employeeWithSevenYears,
        ['user', 'Nee, nooit'],
        askOutplacement,
        ['user', 'nee'],
        ...ELIGIBLE_ENDS_SOON,
        ['user', 'cheque bestellen'],
        ['bot', "Bestel de cheque bij VDAB. Dat kan online in 'Mijn loopbaan' op vdab.be/loopbaancheques. Of bel gratis naar 0800 30 700."],
        menuAgain,
      ],
      { date: '2026-12-15' },
    ));

  it('When the person is eligible on 15 December 2026 and taps "Afspraak maken", Then the booking starts at once', () =>
    converse(
      [
        ...employeeWithSevenYears,
        ['user', 'Nee, nooit'],
        askOutplacement,
        ['user', 'nee'],
        ...ELIGIBLE_ENDS_SOON,
        ['user', 'Afspraak maken'],
        ['bot', 'Ik zoek een loopbaancentrum voor je gratis eerste gesprek.'],
        ['bot', /^In welke gemeente/],
      ],
      { date: '2026-12-15' },
    ));

  it('When the user is a jobseeker, Then the years are never asked and the VDAB job coach is offered', () =>
    converse([
      ['user', 'hallo'],
      ['bot', 'Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.'],
      ['bot', 'Waar kan ik je mee helpen?', MENU],
      ['user', '2'],
      ['bot', 'Ik stel je een paar korte vragen. Daarna weet je of het kan.'],
      ['bot', 'Voor wie kijk je dit na?', ['Voor mezelf', 'Voor iemand anders']],
      ['user', '1'],
      ['bot', 'Waar woon je?', ['Vlaanderen', 'Brussel', 'Ergens anders']],
      ['user', '1'],
      askWork,
      ['user', 'Geen werk nu'],
      ['bot', 'Wat past het best?', ['Werkzoekend', 'Student', 'Met pensioen', 'Meer']],
      ['user', 'Werkzoekend'],
      ['bot', `${NOT_NOW}\nDe cheque is voor mensen die nu werken.`],
      [
        'bot',
        'Schrijf je in als werkzoekende bij VDAB. Dan helpt een begeleider van VDAB je gratis. Je kan ook gratis een opleiding volgen.',
      ],
      menuAgain,
    ]));

  it('When the user lives in Wallonia, Then the check stops at once and points to Forem', () =>
    converse([
      ...forMyself,
      ['user', 'Ergens anders'],
      ['bot', 'Waar woon je dan?', ['Wallonië', 'Buitenland', UNKNOWN]],
      ['user', 'Wallonië'],
      ['bot', `${NOT_NOW}\nDe cheque is voor mensen die in Vlaanderen of Brussel wonen.`],
      ['bot', 'In Wallonië helpt Forem verder. Dat is de Waalse dienst voor werk.'],
      menuAgain,
    ]));

  it('When the user does not know the years nor an earlier cheque, Then a person must look at it, with both reasons and the contact lines', () =>
    converse([
      ...forMyself,
      ['user', 'Vlaanderen'],
      askWork,
      ['user', 'Werknemer'],
      ...askYears(),
      ['user', UNKNOWN],
      askChequeUsed,
      // Typed, not tapped: "weet niet" must not be read as "Nee, nooit".
      ['user', 'weet niet'],
      askOutplacement,
      ['user', 'nee'],
      ['bot', `${REFER}\nJe weet niet hoe lang je al gewerkt hebt.\nJe weet niet of je al een cheque gebruikt hebt.`],
      ...CONTACT,
      menuAgain,
    ]));

  it('When the user does not know their work status, Then the check refers at once (no engine value to guess with)', () =>
    converse([
      ...forMyself,
      ['user', 'Vlaanderen'],
      askWork,
      ['user', 'Meer'],
      ['bot', 'Wat past het best?', ['Vast benoemd', 'Helper zelfstandige', UNKNOWN]],
      ['user', UNKNOWN],
      ['bot', `${REFER}\nHet is niet duidelijk wat je nu doet.`],
      ...CONTACT,
      menuAgain,
    ]));

  it('When the user does not know about outplacement but all else is fine, Then a person looks at it instead of a yes', () =>
    converse([
      ...employeeWithSevenYears,
      ['user', 'Nee, nooit'],
      askOutplacement,
      ['user', 'ik weet het niet'],
      ['bot', `${REFER}\nJe weet niet of je outplacement krijgt.`],
      ...CONTACT,
      menuAgain,
    ]));

  it('When the user used a cheque before (transitional rules), Then no, with the other options and the 2027 change', () =>
    converse([
      ...employeeWithSevenYears,
      ['user', 'Ja'],
      ['bot', `${NOT_NOW}\nNu is er alleen een cheque voor wie er nog nooit een gebruikte.`],
      ...OTHER_WORK,
      ['bot', 'Vanaf 2027 komt er misschien iets nieuws: het loopbaankrediet. Dat is nog niet zeker. Kijk later op vdab.be/loopbaancheques.'],
      menuAgain,
    ]));

  it('When someone helps another person, Then every question and the result speak about "hij of zij"', () =>
    converse([
      ...startCheck,
      ['user', 'Voor iemand anders'],
      ['bot', 'Waar woont die persoon?', ['Vlaanderen', 'Brussel', 'Ergens anders']],
      ['user', 'Brussel'],
      ['bot', 'Wat doet hij of zij nu?', ['Werknemer', 'Zelfstandige', 'Geen werk nu', 'Meer']],
      ['user', 'Zelfstandige'],
      ['bot', WHAT_COUNTS],
      ['bot', 'Hoe lang heeft hij of zij in totaal al gewerkt?', ['Minder dan 7 jaar', '7 jaar of meer', UNKNOWN]],
      ['user', '7 jaar of meer'],
      ['bot', 'Heeft hij of zij al eens een loopbaancheque gebruikt?', ['Nee, nooit', 'Ja', UNKNOWN]],
      ['user', 'nee'],
      [
        'bot',
        'Outplacement is hulp bij het zoeken naar werk na een ontslag. De werkgever betaalt die hulp. Krijgt hij of zij nu outplacement aangeboden, of volgt die het al?',
        YES_NO_UNKNOWN,
      ],
      ['user', 'nee'],
      ['bot', 'Ja, hij of zij kan een loopbaancheque krijgen. VDAB kijkt het nog na bij de bestelling.'],
      ...ENDS_SOON,
      ['bot', 'Het eerste gesprek bij een loopbaancentrum is gratis. Zal ik een afspraak voor hem of haar maken?', ['Afspraak maken', 'Cheque bestellen', 'Nu niet']],
      ['user', 'Cheque bestellen'],
      ['bot', "Hij of zij bestelt de cheque bij VDAB. Dat kan online in 'Mijn loopbaan' op vdab.be/loopbaancheques. Of bel samen gratis naar 0800 30 700."],
      menuAgain,
    ]));

  it('When a helper says the person worked less than 7 years, Then the "no" and its options are about that person too', () =>
    converse([
      ...startCheck,
      ['user', '2'],
      ['bot', 'Waar woont die persoon?', ['Vlaanderen', 'Brussel', 'Ergens anders']],
      ['user', '1'],
      ['bot', 'Wat doet hij of zij nu?', ['Werknemer', 'Zelfstandige', 'Geen werk nu', 'Meer']],
      ['user', '1'],
      ['bot', WHAT_COUNTS],
      ['bot', 'Hoe lang heeft hij of zij in totaal al gewerkt?', ['Minder dan 7 jaar', '7 jaar of meer', UNKNOWN]],
      ['user', 'Minder dan 7 jaar'],
      ['bot', 'Nee, nu niet. Hij of zij kan nu geen loopbaancheque krijgen.\nHij of zij heeft nog niet lang genoeg gewerkt.'],
      ['bot', 'Misschien betaalt het fonds van zijn of haar sector een deel van een coach terug. Vraag het na.'],
      ['bot', 'Hij of zij kan de werkgever vragen of die hulp bij de loopbaan betaalt.'],
      ['bot', 'Hij of zij kan ook zelf een coach betalen.'],
      menuAgain,
    ]));

  it('When a civil servant asks (under "Meer"), Then a person must look at it', () =>
    converse([
      ...forMyself,
      ['user', 'Vlaanderen'],
      askWork,
      ['user', 'Meer'],
      ['bot', 'Wat past het best?', ['Vast benoemd', 'Helper zelfstandige', UNKNOWN]],
      ['user', 'Vast benoemd'],
      ...askYears(),
      ['user', '7 jaar of meer'],
      askChequeUsed,
      ['user', 'Nee, nooit'],
      askOutplacement,
      ['user', 'Nee'],
      ['bot', `${REFER}\nVoor vastbenoemde ambtenaren zijn de regels niet duidelijk.`],
      ...CONTACT,
      menuAgain,
    ]));

  it('When the user does not know where they live (typed on the first question), Then the check refers at once', () =>
    converse([
      ...forMyself,
      ['user', 'ik weet het niet'],
      ['bot', `${REFER}\nHet is niet duidelijk waar je woont.`],
      ...CONTACT,
      menuAgain,
    ]));
});

describe('CheckEligibilityDialog: the rules of the day decide the questions', () => {
  const in2021 = { date: '2021-03-01' } as const;
  const usedACheque: Line[] = [
    ...employeeWithSevenYears,
    ['user', 'Ja'],
    ['bot', 'Was dat minder dan 6 jaar geleden?', YES_NO_UNKNOWN],
  ];

  it('When a cheque was used less than 6 years ago under the 2020 rules, Then a person must look at it (a second cheque may be left)', () =>
    converse(
      [
        ...usedACheque,
        ['user', 'Ja'],
        askOutplacement,
        ['user', 'Nee'],
        ['bot', `${REFER}\nMisschien is er nog een tweede cheque over. Dat kan alleen VDAB nakijken.`],
        ...CONTACT,
        menuAgain,
      ],
      in2021,
    ));

  it('When the cheque was used longer than 6 years ago under the 2020 rules, Then yes: that was an earlier portfolio', () =>
    converse([...usedACheque, ['user', 'Nee'], askOutplacement, ['user', 'Nee'], ...ELIGIBLE, ['user', 'nu niet'], menuAgain], in2021));

  it('When checked under the 2013 rules, Then the ranges are about 1 year, and "1 year or more" needs a person (recent work unknown)', () =>
    converse(
      [
        ...forMyself,
        ['user', 'Vlaanderen'],
        askWork,
        ['user', 'Werknemer'],
        ...askYears(1),
        ['user', '1 jaar of meer'],
        askChequeUsed,
        ['user', 'Nee, nooit'],
        askOutplacement,
        ['user', 'Nee'],
        ['bot', `${REFER}\nVDAB moet nakijken of je de laatste tijd genoeg gewerkt hebt.`],
        ...CONTACT,
        menuAgain,
      ],
      { date: '2018-03-01' },
    ));

  it('When checked under the 2013 rules with less than 1 year of work, Then no', () =>
    converse(
      [
        ...forMyself,
        ['user', 'Vlaanderen'],
        askWork,
        ['user', 'Werknemer'],
        ...askYears(1),
        ['user', 'Minder dan 1 jaar'],
        ['bot', `${NOT_NOW}\nJe hebt nog niet lang genoeg gewerkt.`],
        ...OTHER_WORK,
        menuAgain,
      ],
      { date: '2018-03-01' },
    ));

  const creditAnnounced: Line = [
    'bot',
    'Vanaf 1 januari 2027 komt het loopbaankrediet in de plaats van de loopbaancheque. Het Departement WEWIS regelt het, niet VDAB. Nog niet alles is bekend.',
  ];
  const dayAfter: Line[] = [
    ['user', 'Kan ik er een krijgen?'],
    ['bot', 'Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.'],
    creditAnnounced,
    ['bot', 'Ik stel je al één vraag. Dan kan iemand van VDAB je sneller helpen.'],
    ['bot', 'Voor wie kijk je dit na?', ['Voor mezelf', 'Voor iemand anders']],
    ['user', 'Voor mezelf'],
    // What counts as work is known for the cheque only: no explanation of it here.
    ['bot', 'Hoe lang heb je in totaal al gewerkt?', ['Minder dan 7 jaar', '7 jaar of meer', UNKNOWN]],
  ];

  it('When checked on 2 January 2027 with 7 years or more, Then it says what is announced, asks the years, and a person looks at it', () =>
    converse(
      [...dayAfter, ['user', '7 jaar of meer'], ['bot', `${REFER}\nDe regels van het loopbaankrediet zijn nog niet zeker.`], ...CONTACT, menuAgain],
      { date: '2027-01-02' },
    ));

  it('When checked on 2 January 2027 with less than 7 years, Then the reported minimum is named, without a verdict', () =>
    converse(
      [
        ...dayAfter,
        ['user', 'minder dan 7 jaar'],
        ['bot', `${REFER}\nDe regels van het loopbaankrediet zijn nog niet zeker.\nWellicht moet je meer dan 7 jaar gewerkt hebben.`],
        ...CONTACT,
        menuAgain,
      ],
      { date: '2027-01-02' },
    ));
});

describe('CheckEligibilityDialog: going back', () => {
  it('When the user says "terug", Then the previous question is asked again and the new answer counts', () =>
    converse([
      ...employeeWithSevenYears,
      ['user', 'terug'],
      ...askYears(),
      ['user', 'terug'],
      askWork,
      ['user', 'Geen werk nu'],
      ['bot', 'Wat past het best?', ['Werkzoekend', 'Student', 'Met pensioen', 'Meer']],
      ['user', 'terug'],
      askWork,
      ['user', 'Zelfstandige'],
      ...askYears(),
      ['user', 'Minder dan 7 jaar'],
      ['bot', `${NOT_NOW}\nJe hebt nog niet lang genoeg gewerkt.`],
      ...OTHER_WORK,
      menuAgain,
    ]));

  it('When the user says "terug" at the first question about themselves, Then the check starts again at "voor wie"', () =>
    converse([
      ...forMyself,
      ['user', 'terug'],
      ['bot', 'Ik stel je een paar korte vragen. Daarna weet je of het kan.'],
      ['bot', 'Voor wie kijk je dit na?', ['Voor mezelf', 'Voor iemand anders']],
      ['user', 'Voor iemand anders'],
      ['bot', 'Waar woont die persoon?', ['Vlaanderen', 'Brussel', 'Ergens anders']],
    ]));
});

describe('CheckEligibilityDialog: the answers stay in conversation state', () => {
  /** Where botbuilder's ConversationState keeps the conversation of converse() ('channel/conversations/id/'). */
  const stateKey = 'test/conversations/conversation-1/';
  const storedCheck = async (storage: MemoryStorage): Promise<EligibilityCheckState> => {
    const items = await storage.read([stateKey]);
    return JSON.parse(JSON.stringify(items[stateKey]?.eligibilityCheck)) as EligibilityCheckState;
  };

  it('When the check is done, Then what the user said, the engine input and the verdict are stored as plain JSON', async () => {
    const storage = new MemoryStorage();
    await converse([...employeeWithSevenYears, ['user', 'Nee, nooit'], askOutplacement, ['user', 'Nee'], ...ELIGIBLE_ENDS_SOON, ['user', 'Nu niet'], menuAgain], {
      storage,
    });
    expect(await storedCheck(storage)).toEqual({
      version: 1,
      date: '2026-11-26',
      forWhom: 'self',
      said: {
        residence: 'flanders',
        work: 'employee',
        years: { answer: 'at_least', minimumYears: 7 },
        chequeUsed: { answer: 'never' },
        outplacement: 'no',
      },
      input: { residence: 'flanders', work: 'employee', yearsExperience: 7, chequeUsedOn: 'never', outplacement: false },
      result: { outcome: 'eligible', reasons: [], regime: 'transitional-2025', next: ['book_intake', 'order_cheque'] },
    });
  });

  it('When a helper answers "used less than 6 years ago" (2020 rules), Then the stand-in date and the real answer are both kept', async () => {
    const storage = new MemoryStorage();
    await converse(
      [
        ...startCheck,
        ['user', 'Voor iemand anders'],
        ['bot', 'Waar woont die persoon?', ['Vlaanderen', 'Brussel', 'Ergens anders']],
        ['user', 'Brussel'],
        ['bot', 'Wat doet hij of zij nu?', ['Werknemer', 'Zelfstandige', 'Geen werk nu', 'Meer']],
        ['user', 'Werknemer'],
        ['bot', WHAT_COUNTS],
        ['bot', 'Hoe lang heeft hij of zij in totaal al gewerkt?', ['Minder dan 7 jaar', '7 jaar of meer', UNKNOWN]],
        ['user', '7 jaar of meer'],
        ['bot', 'Heeft hij of zij al eens een loopbaancheque gebruikt?', ['Nee, nooit', 'Ja', UNKNOWN]],
        ['user', 'Ja'],
        ['bot', 'Was dat minder dan 6 jaar geleden?', YES_NO_UNKNOWN],
        ['user', 'Nee'],
        [
          'bot',
          'Outplacement is hulp bij het zoeken naar werk na een ontslag. De werkgever betaalt die hulp. Krijgt hij of zij nu outplacement aangeboden, of volgt die het al?',
          YES_NO_UNKNOWN,
        ],
      ],
      { storage, date: '2021-03-01' },
    );
    expect(await storedCheck(storage)).toEqual({
      version: 1,
      date: '2021-03-01',
      forWhom: 'other',
      said: {
        residence: 'brussels',
        work: 'employee',
        years: { answer: 'at_least', minimumYears: 7 },
        chequeUsed: { answer: 'yes', withinYears: { years: 6, answer: 'no' } },
      },
      // 2014-01-01 lies before the 6-year window that starts after 2015-03-01: an earlier portfolio.
      input: { residence: 'brussels', work: 'employee', yearsExperience: 7, chequeUsedOn: '2014-01-01' },
    });
  });

  it('When the user goes back and answers differently, Then the later answers are dropped from state', async () => {
    const storage = new MemoryStorage();
    const chat = await converse(employeeWithSevenYears, { storage });
    expect((await storedCheck(storage)).said).toEqual({
      residence: 'flanders',
      work: 'employee',
      years: { answer: 'at_least', minimumYears: 7 },
    });
    await play(chat, [
      ['user', 'terug'],
      ...askYears(),
      ['user', 'terug'],
      askWork,
      ['user', 'Geen werk nu'],
      ['bot', 'Wat past het best?', ['Werkzoekend', 'Student', 'Met pensioen', 'Meer']],
      ['user', 'Student'],
      ['bot', `${NOT_NOW}\nDe cheque is voor mensen die nu werken.`],
      ['bot', 'Vraag aan VDAB welke andere hulp er nu is. Bel gratis naar 0800 30 700.'],
      menuAgain,
    ]);
    const check = await storedCheck(storage);
    expect(check.said).toEqual({ residence: 'flanders', work: 'student' });
    expect(check.input).toEqual({ residence: 'flanders', work: 'student' });
    expect(check.result).toEqual({ outcome: 'not_eligible', reasons: ['student'], regime: 'transitional-2025', next: ['vdab_other_support'] });
  });
});

describe('CheckEligibilityDialog in French and English', () => {
  const fr = { locale: 'fr-BE' } as const;
  const en = { locale: 'en' } as const;
  const startFr: Line[] = [
    ['user', 'Puis-je en recevoir un ?'],
    ['bot', 'Bonjour ! Je suis Loopbaanbot, le bot du VDAB. Je vous aide avec le chèque carrière.'],
    ['bot', "Je vais vous poser quelques questions courtes. Ensuite, vous saurez si c'est possible."],
    ['bot', 'Pour qui faites-vous cette vérification ?', ['Pour moi', "Quelqu'un d'autre"]],
  ];
  const startEn: Line[] = [
    ['user', 'Can I get one?'],
    ['bot', 'Hello! I am Loopbaanbot from VDAB. I help you with the career cheque.'],
    ['bot', 'I will ask you a few short questions. Then you will know if it is possible.'],
    ['bot', 'Who is this check for?', ['For myself', 'For someone else']],
  ];
  const CONTACT_FR: Line[] = [
    ['bot', 'Appelez gratuitement le VDAB au 0800 30 700.'],
    ['bot', "C'est possible du lundi au vendredi, de 8 h à 16 h 30."],
    ['bot', 'Vous trouvez aussi toutes les explications sur vdab.be/loopbaancheques.'],
  ];
  const menuAgainFr: Line = [
    'bot',
    'Puis-je encore vous aider ?',
    ["C'est quoi un chèque carrière ?", 'Puis-je en recevoir un ?', 'Prendre rendez-vous', 'Plus'],
  ];
  const menuAgainEn: Line = ['bot', 'Can I help you with anything else?', ['What is a career cheque?', 'Can I get one?', 'Make an appointment', 'More']];

  it('When a French-speaking employee is eligible on 15 December 2026, Then yes, the end of the rules, the tip, and booking as the first button', () =>
    converse(
      [
        ...startFr,
        ['user', 'Pour moi'],
        ['bot', 'Où habitez-vous ?', ['Flandre', 'Bruxelles', 'Ailleurs']],
        ['user', 'Flandre'],
        ['bot', 'Que faites-vous en ce moment ?', ['Salarié', 'Indépendant', 'Sans emploi', 'Plus']],
        ['user', 'Salarié'],
        ['bot', /^Toutes les années comme salarié/],
        ['bot', 'Combien de temps avez-vous travaillé en tout ?', ['Moins de 7 ans', '7 ans ou plus', 'Je ne sais pas']],
        ['user', '7 ans ou plus'],
        ['bot', 'Avez-vous déjà utilisé un chèque carrière ?', ['Non, jamais', 'Oui', 'Je ne sais pas']],
        ['user', 'non jamais'],
        ['bot', /^L'outplacement est une aide/, ['Oui', 'Non', 'Je ne sais pas']],
        ['user', 'non'],
        ['bot', /^Oui, vous pouvez recevoir un chèque carrière\./],
        ['bot', "Ce régime dure jusqu'au 31 décembre 2026. Ensuite viendra le crédit carrière."],
        ['bot', 'La commande ne marche pas ? Réessayez le mois suivant, ou appelez gratuitement le 0800 30 700.'],
        [
          'bot',
          "Le premier entretien dans un centre d'orientation est gratuit. Je prends un rendez-vous ?",
          ['Prendre rendez-vous', 'Commander le chèque', 'Pas maintenant'],
        ],
        ['user', 'prendre rendez-vous'],
        ['bot', /^Je cherche un centre/],
        ['bot', /^Dans quelle commune/],
      ],
      { ...fr, date: '2026-12-15' },
    ));

  it('When a French speaker checks on 2 January 2027, Then the crédit carrière is announced, the years are asked, and a person looks at it', () =>
    converse(
      [
        ['user', 'Puis-je en recevoir un ?'],
        ['bot', 'Bonjour ! Je suis Loopbaanbot, le bot du VDAB. Je vous aide avec le chèque carrière.'],
        ['bot', "À partir du 1 janvier 2027, le crédit carrière remplace le chèque carrière. Le Departement WEWIS s'en occupe, pas le VDAB. Tout n'est pas encore connu."],
        ['bot', 'Je vous pose déjà une question. Ainsi, le VDAB peut vous aider plus vite.'],
        ['bot', 'Pour qui faites-vous cette vérification ?', ['Pour moi', "Quelqu'un d'autre"]],
        ['user', 'Pour moi'],
        ['bot', 'Combien de temps avez-vous travaillé en tout ?', ['Moins de 7 ans', '7 ans ou plus', 'Je ne sais pas']],
        ['user', '7 ans ou plus'],
        ['bot', /^.*\nLes règles pour le crédit carrière ne sont pas encore sûres\.$/],
        ['bot', /\S/],
        ...CONTACT_FR,
        menuAgainFr,
      ],
      { ...fr, date: '2027-01-02' },
    ));

  it('When a French-speaking jobseeker in Brussels asks, Then the years are not asked and Actiris is offered', () =>
    converse(
      [
        ...startFr,
        ['user', 'Pour moi'],
        ['bot', 'Où habitez-vous ?', ['Flandre', 'Bruxelles', 'Ailleurs']],
        ['user', 'Bruxelles'],
        ['bot', 'Que faites-vous en ce moment ?', ['Salarié', 'Indépendant', 'Sans emploi', 'Plus']],
        ['user', 'Sans emploi'],
        ['bot', "Qu'est-ce qui correspond le mieux ?", ['Cherche un emploi', 'Étudiant', 'Pensionné', 'Plus']],
        ['user', 'Cherche un emploi'],
        ['bot', 'Non, pas maintenant. Vous ne pouvez pas recevoir de chèque carrière maintenant.\nLe chèque est pour les personnes qui travaillent maintenant.'],
        ['bot', "À Bruxelles, Actiris aide les personnes qui cherchent un emploi. C'est le service bruxellois de l'emploi."],
        menuAgainFr,
      ],
      fr,
    ));

  it('When a French-speaking helper does not know about outplacement, Then the questions say "cette personne" and VDAB must look at it', () =>
    converse(
      [
        ...startFr,
        ['user', "Quelqu'un d'autre"],
        ['bot', 'Où habite cette personne ?', ['Flandre', 'Bruxelles', 'Ailleurs']],
        ['user', 'Flandre'],
        ['bot', 'Que fait cette personne en ce moment ?', ['Salarié', 'Indépendant', 'Sans emploi', 'Plus']],
        ['user', 'Salarié'],
        [
          'bot',
          "Toutes les années comme salarié ou indépendant comptent ensemble. Être malade avec un contrat compte aussi. Le congé parental et le congé de maternité comptent aussi. Pour le travail à temps partiel, le calcul n'est pas sûr. Vous hésitez ? Choisissez alors 'Je ne sais pas'.",
        ],
        ['bot', 'Combien de temps cette personne a-t-elle travaillé en tout ?', ['Moins de 7 ans', '7 ans ou plus', 'Je ne sais pas']],
        ['user', '7 ans ou plus'],
        ['bot', 'Cette personne a-t-elle déjà utilisé un chèque carrière ?', ['Non, jamais', 'Oui', 'Je ne sais pas']],
        ['user', 'Non, jamais'],
        [
          'bot',
          "L'outplacement est une aide pour trouver du travail après un licenciement. L'employeur paie cette aide. Propose-t-on un outplacement à cette personne, ou le suit-elle déjà ?",
          ['Oui', 'Non', 'Je ne sais pas'],
        ],
        ['user', 'je sais pas'],
        ['bot', "Quelqu'un du VDAB doit regarder cela. Je ne peux pas le dire avec certitude.\nVous ne savez pas si cette personne a un outplacement."],
        ['bot', 'Un collaborateur du VDAB regarde cela volontiers avec vous deux.'],
        ...CONTACT_FR,
        menuAgainFr,
      ],
      fr,
    ));

  it('When an English-speaking employee qualifies, Then yes, with the free first talk and how to order', () =>
    converse(
      [
        ...startEn,
        ['user', 'For myself'],
        ['bot', 'Where do you live?', ['Flanders', 'Brussels', 'Somewhere else']],
        ['user', 'Flanders'],
        ['bot', 'What do you do now?', ['Employee', 'Self-employed', 'No job now', 'More']],
        ['user', 'Employee'],
        [
          'bot',
          "All years as an employee or self-employed person count together. Being sick with a contract also counts. Parental leave and maternity leave also count. How part-time work counts is not certain. Not sure? Then choose 'I don't know'.",
        ],
        ['bot', 'How long have you worked in total?', ['Less than 7 years', '7 years or more', "I don't know"]],
        ['user', '7 years or more'],
        ['bot', 'Have you ever used a career cheque?', ['No, never', 'Yes', "I don't know"]],
        ['user', 'No, never'],
        [
          'bot',
          'Outplacement is help to find work after you lose your job. The employer pays for it. Are you offered outplacement now, or do you already follow it?',
          ['Yes', 'No', "I don't know"],
        ],
        ['user', 'no'],
        ['bot', 'Yes, you can get a career cheque. VDAB still checks it when you order the cheque.'],
        ['bot', 'These rules run until 31 December 2026. After that comes the career credit.'],
        ['bot', "Can't order it? Try again next month, or call 0800 30 700 for free."],
        ['bot', 'The first talk at a career centre is free. Shall I make an appointment?', ['Make an appointment', 'Order the cheque', 'Not now']],
        ['user', 'not now'],
        menuAgainEn,
      ],
      en,
    ));

  it('When an English-speaking helper says the person lives in Wallonia, Then the check stops at once', () =>
    converse(
      [
        ...startEn,
        ['user', 'For someone else'],
        ['bot', 'Where does this person live?', ['Flanders', 'Brussels', 'Somewhere else']],
        ['user', 'Somewhere else'],
        ['bot', 'Where does this person live, then?', ['Wallonia', 'Abroad', "I don't know"]],
        ['user', 'Wallonia'],
        ['bot', 'No, not now. This person cannot get a career cheque right now.\nThe cheque is for people who live in Flanders or Brussels.'],
        ['bot', 'In Wallonia, Forem can help. It is the Walloon employment service.'],
        menuAgainEn,
      ],
      en,
    ));
});

describe('CheckEligibilityDialog: result wording and copy', () => {
  const i18nReady = createI18n();

  it('When a verdict has several reasons, Then every one is listed on its own line, then each next step', async () => {
    // The dialog stops at the first definite "no", so several "no" reasons only reach it through
    // the engine's contract; the wording must still list them all.
    const t = translatorFor(await i18nReady, 'nl');
    const messages = resultMessages(
      t,
      { outcome: 'not_eligible', reasons: ['jobseeker', 'too_little_experience', 'outplacement'], regime: 'cheque-2020', next: ['jobseeker_coach', 'outplacement_programme'] },
      { forWhom: 'self', website: 'vdab.be/loopbaancheques', phone: '0800 30 700' },
    );
    expect(messages).toEqual([
      'Nee, nu niet. Je kan nu geen loopbaancheque krijgen.\n' +
        'De cheque is voor mensen die nu werken.\n' +
        'Je hebt nog niet lang genoeg gewerkt.\n' +
        'De cheque gaat niet samen met outplacement.',
      'Schrijf je in als werkzoekende bij VDAB. Dan helpt een begeleider van VDAB je gratis. Je kan ook gratis een opleiding volgen.',
      'Gebruik het outplacement zelf voor hulp bij je loopbaan.',
    ]);
  });

  it('When the year of the next regime is unknown, Then the "wait for 2027" step is left out rather than shown without a year', async () => {
    const t = translatorFor(await i18nReady, 'nl');
    const messages = resultMessages(
      t,
      { outcome: 'not_eligible', reasons: ['used_cheque_before'], regime: 'transitional-2025', next: ['paid_coaching', 'wait_for_2027'] },
      { website: 'vdab.be/loopbaancheques', phone: '0800 30 700' },
    );
    expect(messages).toEqual([
      'Nee, nu niet. Je kan nu geen loopbaancheque krijgen.\nNu is er alleen een cheque voor wie er nog nooit een gebruikte.',
      'Je kan ook zelf een coach betalen.',
    ]);
  });

  it('When a reason or next step code exists, Then every language has a text for it (also without the helper form)', async () => {
    const i18n = await i18nReady;
    const keys = [
      ...[...REASON_CODES, ...UNKNOWN_ANSWER_REASONS].map((code) => `checkEligibility:reason.${code}`),
      ...NEXT_STEP_CODES.map((code) => `checkEligibility:next.${code}`),
      ...(['eligible', 'not_eligible', 'refer'] as const).map((outcome) => `checkEligibility:outcome.${outcome}`),
    ];
    for (const locale of LOCALES) {
      expect(keys.filter((key) => !i18n.exists(key, { lng: locale })), locale).toEqual([]);
    }
  });

  it('When a regime asks for work experience, Then the year ranges for its minimum exist in every language', () => {
    const rules = ChequeRules.load();
    const minimums = new Set(rules.regimes.flatMap((r) => rules.experienceYearsOn(r.validFrom) ?? []));
    expect([...minimums].sort()).toEqual([1, 7]);
    for (const locale of LOCALES) {
      const ranges = resources[locale].checkEligibility.years.ranges as Record<string, { below: string; atLeast: string }>;
      for (const minimum of minimums) expect(ranges[String(minimum)], `${locale} ranges for ${minimum}`).toBeDefined();
    }
  });

  it('When a button label is written, Then it fits a WhatsApp button (20 characters)', () => {
    for (const locale of LOCALES) {
      const copy = resources[locale].checkEligibility;
      const labels = [
        ...Object.values(copy.answers),
        copy.forWhom.self,
        copy.forWhom.other,
        ...Object.values(copy.years.ranges).flatMap((r) => [r.below, r.atLeast]),
      ];
      expect(labels.filter((label) => label.length > 20), locale).toEqual([]);
    }
  });
});
