import { describe, expect, it } from 'vitest';
import { Chat, converse, DATA, type BotMessage, type Line } from '../../support/converse.js';
import { hello, HELPERS, menu } from '../../support/lines.js';

/*
 * "Terug" in the booking goes one question back, also where a question was asked again with what
 * an answer said ("online" at the town question, a day at the way of talking); at the booking's
 * first question it goes back to where the user came from, never into a flow that has finished.
 */

const DATE = '2026-11-26';

const askPlace: Line = ['says', 'bookIntake:where.question', HELPERS];
const onlineKept: Line[] = [
  ['says', 'bookIntake:where.modeKept.online'],
  ['says', 'bookIntake:where.nearForRemote', ['answers.any', ...HELPERS]],
];
const card: Line = ['says', ['bookIntake:centres.titleKm', DATA, 'bookIntake:centres.modes']];
const gentModes: Line = [
  'says',
  'bookIntake:modes.question',
  ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online', 'bookIntake:modes.button.walking'],
];

describe('BookIntakeDialog: "Terug" goes one question back', () => {
  it.each([
    ['nl', 'online', 'Terug'],
    ['fr', 'en ligne', 'retour'],
    ['en', 'online', 'back'],
  ])(
    'When %s "%s" is typed at the town question and then "%s", Then the town question comes again, not the menu',
    async (locale, online, back) => {
      await converse(
        [
          ...hello,
          ['tap', 'menu.book'],
          ['says', 'bookIntake:intro'],
          askPlace,
          ['user', online],
          ...onlineKept,
          ['user', back],
          askPlace,
          // The town question is the booking's first: back to where the user came from, the menu.
          ['user', back],
          menu,
        ],
        { date: DATE, locale },
      );
    },
  );

  it.each([
    ['nl', '9000', 'Terug', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']],
    ['fr', '9000', 'retour', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']],
    ['en', '9000', 'back', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']],
  ])(
    'When (%s) the centres near "%s" are shown and then "%s", Then the town question comes again without the introduction',
    async (locale, town, back, centres) => {
      await converse(
        [
          ...hello,
          ['tap', 'menu.book'],
          ['says', 'bookIntake:intro'],
          askPlace,
          ['user', town],
          card,
          card,
          card,
          ['says', 'bookIntake:centres.question', centres],
          ['user', back],
          askPlace,
          ['user', town],
          card,
          card,
          card,
          ['says', 'bookIntake:centres.question', centres],
        ],
        { date: DATE, locale },
      );
    },
  );

  it('When a day is typed at "Hoe wil je het gesprek doen?" and then "Terug", Then the centres come again, not the menu', () =>
    converse(
      [
        ...hello,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        askPlace,
        ['user', '9000'],
        card,
        card,
        card,
        ['says', 'bookIntake:centres.question', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']],
        ['user', 'Gent'],
        gentModes,
        ['user', 'dinsdag'],
        ['says', 'bookIntake:dayKept'],
        gentModes,
        ['user', 'Terug'],
        gentModes,
        ['user', 'Terug'],
        card,
        card,
        card,
        ['says', 'bookIntake:centres.question', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']],
      ],
      { date: DATE },
    ));
});

describe('BookIntakeDialog: "Terug" after the check', () => {
  it('When the check said yes, "Afspraak maken", "Andere gemeente" and "Terug", Then "dicht bij Gent?" comes again; one more "Terug" is the menu, never the check from its start', async () => {
    const chat = await Chat.start({ date: DATE });
    for (const said of ['hallo', 'kan ik er een krijgen?', 'Voor mezelf', 'Gent', 'Werknemer', '7 jaar of meer', 'nee', 'nee'])
      await chat.says(said);
    const last = (replies: BotMessage[]) => replies.at(-1) ?? { text: '', buttons: [] };
    expect(last(await chat.says('Afspraak maken')).text).toBe('Zoek je een centrum dicht bij Gent?');
    expect(last(await chat.says('Andere gemeente')).text).toBe('In welke gemeente zoek je een centrum? Typ de postcode of de naam.');
    expect(last(await chat.says('Terug'))).toEqual({ text: 'Zoek je een centrum dicht bij Gent?', buttons: ['Ja', 'Andere gemeente'] });
    expect(last(await chat.says('Terug')).text).toMatch(/^(Waar kan ik je mee helpen|Kan ik je nog ergens mee helpen)\?$/);
  });
});
