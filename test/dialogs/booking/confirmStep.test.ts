import { describe, expect, it } from 'vitest';
import { converse, DATA, type Line } from '../../support/converse.js';
import { hello, HELPERS, MENU_BUTTONS, summaryOf } from '../../support/lines.js';

/*
 * "Klopt dit?" before anything is booked: "nee toch niet", "annuleer" or "ander centrum" said there
 * are understood as what they say about this booking, never as another flow.
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

const card: Line = ['says', ['bookIntake:centres.titleKm', DATA, 'bookIntake:centres.modes']];
const gentCentres: Line = ['says', 'bookIntake:centres.question', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']];
const FRIDAY_NOON = ['vr 27 nov 12.00 uur', 'vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'menu.more'];
/** The first free hours after Friday: Gent is open on Saturday morning. */
const SATURDAY_MORNING = ['za 28 nov 10.00 uur', 'za 28 nov 10.30 uur', 'za 28 nov 11.00 uur', 'menu.more'];
/** Gent, in person, Friday noon, Ann, a number: up to "Klopt dit?". */
const toSummary: Line[] = [
  ...hello,
  ['tap', 'menu.book'],
  ['says', 'bookIntake:intro'],
  ['says', 'bookIntake:where.question', HELPERS],
  ['user', '9000'],
  card,
  card,
  card,
  gentCentres,
  ['user', '1'],
  [
    'says',
    'bookIntake:modes.question',
    ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online', 'bookIntake:modes.button.walking'],
  ],
  ['user', 'ter plaatse'],
  ['says', 'bookIntake:slots.question', FRIDAY_NOON],
  ['user', '1'],
  ['says', 'bookIntake:who.consent'],
  ['says', 'bookIntake:who.name', HELPERS],
  ['user', 'Ann'],
  ['says', 'bookIntake:who.contact', HELPERS],
  ['user', '0470 12 34 56'],
  summaryOf('in_person'),
  ['says', 'bookIntake:summary.question', ['answers.yes', 'answers.no']],
];
/** "Wat wil je aanpassen?" with "Geen afspraak" among the buttons. */
const changeOrStop: Line = [
  'says',
  'bookIntake:change.question',
  ['bookIntake:change.slot', 'bookIntake:change.centre', 'bookIntake:change.none', 'menu.more'],
];

describe('BookIntakeDialog: "Klopt dit?"', () => {
  it.each(['nee toch niet', 'ik wil toch geen afspraak', 'annuleer'])(
    'When "%s" comes at "Klopt dit?", Then "Geen afspraak" is offered next to what can change; nothing is dropped before it is tapped',
    async (said) => {
      await converse(
        [
          ...toSummary,
          ['user', said],
          changeOrStop,
          ['tap', 'bookIntake:change.none'],
          ['says', 'bookIntake:summary.notBooked'],
          ['says', 'menu.questionAgain', MENU_BUTTONS],
        ],
        { date: DATE },
      );
    },
  );

  it('When "nee toch niet" is followed by "Meer", Then the name and the contact can still be changed', () =>
    converse(
      [
        ...toSummary,
        ['user', 'nee toch niet'],
        changeOrStop,
        ['tap', 'menu.more'],
        ['says', 'bookIntake:change.moreQuestion', ['bookIntake:change.name', 'bookIntake:change.contact']],
      ],
      { date: DATE },
    ));

  it('When "nee ik wil toch een ander centrum" comes at "Klopt dit?", Then the centres come again, never "Wil je nu dit doen: afspraak maken?"', () =>
    converse([...toSummary, ['user', 'nee ik wil toch een ander centrum'], card, card, card, gentCentres], { date: DATE }));

  it.each(['nee, een andere dag', 'de datum klopt niet', 'ja maar de dag is fout', 'not the right day'])(
    'When "%s" comes at "Klopt dit?", Then the hours come from the next day on, never the same Friday again',
    async (said) => {
      await converse([...toSummary, ['user', said], ['says', 'bookIntake:slots.question', SATURDAY_MORNING]], { date: DATE });
    },
  );

  it.each(['het uur klopt niet', 'nee, verkeerd uur'])(
    'When "%s" comes at "Klopt dit?", Then the hours come again straight away, not "Wat wil je aanpassen?"',
    async (said) => {
      await converse([...toSummary, ['user', said], ['says', 'bookIntake:slots.question', FRIDAY_NOON]], { date: DATE });
    },
  );

  it.each(['hallo', 'goeiemorgen'])(
    'When "%s" comes at "Klopt dit?" or at "Wat wil je aanpassen?", Then a hello back and the same question; the booking being made is kept',
    async (said) => {
      const summaryAgain: Line = ['says', 'bookIntake:summary.question', ['answers.yes', 'answers.no']];
      const chat = await converse([...toSummary, ['user', said], ['says', 'sideQuestions:hello'], summaryAgain], { date: DATE });
      const booked = await chat.says('ja');
      expect(booked.map((m) => m.text).join('\n')).toContain('vrijdag 27 november om 12.00 uur bij Demo Loopbaancentrum Gent');
      await converse(
        [...toSummary, ['user', 'nee toch niet'], changeOrStop, ['user', said], ['says', 'sideQuestions:hello'], changeOrStop],
        {
          date: DATE,
        },
      );
    },
  );

  it('When "doe maar" comes at "Klopt dit?", Then it is a yes and books; "doe maar online" changes the way of talking, never a yes', async () => {
    const booked = await (await converse(toSummary, { date: DATE })).says('doe maar');
    expect(booked.map((m) => m.text).join('\n')).toContain('Je afspraak staat vast');
    await converse(
      [
        ...toSummary,
        ['user', 'doe maar online'],
        ['says', 'bookIntake:modes.changed.online'],
        summaryOf('online'),
        ['says', 'bookIntake:summary.question', ['answers.yes', 'answers.no']],
      ],
      { date: DATE },
    );
  });

  // Found by a blind persona probe: "kan het online?" got how centres talk in general, and the summary
  // of an online meeting showed the centre's street.
  it('When "kan het online?" comes at "Klopt dit?", Then the meeting becomes online, shown with the centre but no street; "waar is het?" says how it goes', async () => {
    const chat = await converse(
      [
        ...toSummary,
        ['user', 'kan het online?'],
        ['says', 'bookIntake:modes.changed.online'],
        summaryOf('online'),
        ['says', 'bookIntake:summary.question', ['answers.yes', 'answers.no']],
      ],
      { date: DATE },
    );
    const online = chat.received.at(-2)?.text;
    expect(online).toContain('Centrum: Demo Loopbaancentrum Gent');
    expect(online).not.toContain('Voorbeeldkaai');
    const [where] = await chat.says('waar is het?');
    expect(where?.text).toBe('Het gesprek is online. Het centrum neemt contact met je op.');
  });

  it('When "kan het via de telefoon?" comes at "Klopt dit?" and the centre does not talk by phone, Then that is said and the ways it has are asked', async () => {
    await converse(
      [
        ...toSummary,
        ['user', 'kan het ook via de telefoon?'],
        ['says', 'bookIntake:modes.notHere.phone'],
        [
          'says',
          'bookIntake:modes.question',
          ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online', 'bookIntake:modes.button.walking'],
        ],
      ],
      { date: DATE },
    );
  });

  it('When another day is chosen that way, Then "Klopt dit?" comes back with the new hour, the name and number kept', async () => {
    const chat = await converse([...toSummary, ['user', 'nee, een andere dag'], ['says', 'bookIntake:slots.question', SATURDAY_MORNING]], {
      date: DATE,
    });
    const [summary, question] = await chat.says('za 28 nov 10.30 uur');
    expect(summary?.text).toContain('zaterdag 28 november om 10.30 uur');
    expect(summary?.text).toContain('Ann, 0470 12 34 56');
    expect(question?.text).toBe('Klopt dit?');
  });

  it.each(['hoe laat was het ook alweer', 'welke dag was het', 'wanneer is mijn afspraak'])(
    'When "%s" comes at "Klopt dit?", Then when the meeting being booked is, and "Klopt dit?" again',
    async (said) => {
      await converse(
        [
          ...toSummary,
          ['user', said],
          ['bot', 'Wanneer: vrijdag 27 november om 12.00 uur'],
          ['says', 'bookIntake:summary.question', ['answers.yes', 'answers.no']],
        ],
        { date: DATE },
      );
    },
  );

  it('When "waar is mijn afspraak" comes at "Klopt dit?", Then where the meeting being booked is, never a booking looked up', () =>
    converse(
      [
        ...toSummary,
        ['user', 'waar is mijn afspraak'],
        ['bot', 'Waar: Demo Loopbaancentrum Gent, Voorbeeldkaai 5, 9000 Gent'],
        ['says', 'bookIntake:summary.question', ['answers.yes', 'answers.no']],
      ],
      { date: DATE },
    ));

  it('When "ik wil mijn afspraak annuleren" comes at "Klopt dit?", Then "Geen afspraak" is among the changes: nothing is booked yet', () =>
    converse([...toSummary, ['user', 'ik wil mijn afspraak annuleren'], changeOrStop], { date: DATE }));
});

describe('"Hoe laat was het ook alweer?" with no meeting being booked', () => {
  it('When it is asked at a question of the check, Then the day and hour are chosen when booking, and the question again', async () => {
    const chat = await converse([
      ...hello,
      ['tap', 'menu.check'],
      ['says', 'checkEligibility:intro'],
      ['says', 'checkEligibility:forWhom.question', ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other']],
    ]);
    const [answer, question] = await chat.says('hoe laat was het ook alweer');
    expect(answer?.text).toBe('Je kiest zelf een dag en uur als je een afspraak maakt.');
    expect(question?.text).toBe('Voor wie kijk je dit na?');
  });

  it('When it is asked in the check after a booking was made, Then when that booking is, and the question again', async () => {
    const chat = await converse(toSummary, { date: DATE });
    for (const said of ['ja', 'Nee, bedankt', 'Kan ik er een krijgen?']) await chat.says(said);
    const [answer, question] = await chat.says('hoe laat was het ook alweer');
    expect(answer?.text).toBe('Je afspraak is op vrijdag 27 november om 12.00 uur bij Demo Loopbaancentrum Gent.');
    expect(question?.text).toBe('Voor wie kijk je dit na?');
  });
});
