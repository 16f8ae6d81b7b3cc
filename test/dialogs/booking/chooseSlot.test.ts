import { describe, expect, it } from 'vitest';
import { Chat, converse, DATA, type Line } from '../../support/converse.js';
import { hello, HELPERS } from '../../support/lines.js';

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';
/** "Vandaag nog" and the like: with that notice nothing is free today, and the bot says so. */
const NL_NOT_TODAY = 'Vandaag is er geen vrij uur meer.';
const FR_NOT_TODAY = "Aujourd'hui, il n'y a plus d'heure libre.";
const EN_NOT_TODAY = 'There is no free time left today.';

const FRIDAY_NOON = ['vr 27 nov 12.00 uur', 'vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'menu.more'];
/** The afternoon starts after lunch, at one o'clock. */
const FRIDAY_AFTERNOON = ['vr 27 nov 13.00 uur', 'vr 27 nov 13.30 uur', 'vr 27 nov 14.00 uur', 'menu.more'];
const card: Line = ['says', ['bookIntake:centres.titleKm', DATA, 'bookIntake:centres.modes']];
const hoursInGent: Line[] = [
  ...hello,
  ['tap', 'menu.book'],
  ['says', 'bookIntake:intro'],
  ['says', 'bookIntake:where.question', HELPERS],
  ['user', 'gent'],
  card,
  card,
  card,
  ['says', 'bookIntake:centres.question', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']],
  ['user', 'gent'],
  [
    'says',
    'bookIntake:modes.question',
    ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online', 'bookIntake:modes.button.walking'],
  ],
  ['user', 'ter plaatse'],
  ['says', 'bookIntake:slots.question', FRIDAY_NOON],
];
const afternoon: Line = ['says', 'bookIntake:slots.question', FRIDAY_AFTERNOON];

describe('ChooseSlotDialog: a part of the day refused or asked at the hours', () => {
  it.each([
    'ik heb geen tijd voormiddag alleen namiddag',
    'niet in de voormiddag',
    'voormiddag kan ik niet',
    'pas le matin',
    'not in the morning',
    'only afternoons',
    'alleen namiddag want ik werk voormiddag',
    // The hours one works, told alone (were the mornings, or the first free hour).
    'ik werk in de voormiddag',
    'je travaille le matin',
    'I work until 1 pm',
  ])('When the user says "%s" at the hours, Then afternoon hours come, never another flow', async (said) => {
    await converse([...hoursInGent, ['user', said], afternoon], { date: DATE });
  });

  it('When "namiddag" alone is said at hours from noon, Then the afternoon hours come, not the same list again', () =>
    converse([...hoursInGent, ['user', 'namiddag'], afternoon], { date: DATE }));

  it('When the afternoon is chosen, Then the booking goes on with the first name', () =>
    converse(
      [
        ...hoursInGent,
        ['user', 'alleen namiddag want ik werk voormiddag'],
        afternoon,
        ['tap', 'vr 27 nov 14.00 uur'],
        ['says', 'bookIntake:who.consent'],
        ['says', 'bookIntake:who.name', HELPERS],
      ],
      { date: DATE },
    ));
});

describe('ChooseSlotDialog: a miss at the hours keeps the centre and the way of meeting', () => {
  it('When "ik wil een afspraak maken" is said at the hours, Then no offer starts the booking over: the hours come again', () =>
    converse(
      [
        ...hoursInGent,
        ['user', 'ik wil een afspraak maken'],
        ['says', 'notUnderstood'],
        ['says', 'bookIntake:slots.question', FRIDAY_NOON],
        ['user', '1'],
        ['says', 'bookIntake:who.consent'],
        ['says', 'bookIntake:who.name', HELPERS],
      ],
      { date: DATE },
    ));
});

describe('ChooseSlotDialog: none of the hours shown', () => {
  const laterOrOtherDay: Line = ['says', 'bookIntake:slots.moreQuestion', ['bookIntake:slots.later', 'bookIntake:slots.otherDay']];

  it.each(['geen van deze', 'die passen niet', 'none of these', 'aucune'])(
    'When "%s" is said at the hours, Then later or another day is asked, not "Die dag begrijp ik niet"',
    async (typed) => {
      await converse([...hoursInGent, ['user', typed], laterOrOtherDay], { date: DATE });
    },
  );

  // Found by a blind persona probe: "Plus" typed there again was this question again, and again.
  it('When "Meer" is typed at "Wil je later of een andere dag?", Then later hours come', async () => {
    const chat = await converse([...hoursInGent, ['tap', 'menu.more'], laterOrOtherDay], { date: DATE });
    const [hours] = await chat.says('Meer');
    expect(hours?.text).toMatch(/^Deze uren zijn vrij:/);
    expect(hours?.text).not.toContain('12.00 uur');
  });

  it('When a day is refused ("vrijdag past niet"), Then the hours of the next day come, not that question', () =>
    converse(
      [
        ...hoursInGent,
        ['user', 'vrijdag past niet'],
        ['says', 'bookIntake:slots.question', ['za 28 nov 10.00 uur', 'za 28 nov 10.30 uur', 'za 28 nov 11.00 uur', 'menu.more']],
      ],
      { date: DATE },
    ));
});

describe('ChooseSlotDialog: the hours shown too early or too late', () => {
  /** The hour of a slot button ("vr 27 nov 12.30 uur"), in minutes of the day. */
  const minutesOf = (button: string): number => {
    const [, hours, minutes] = /(\d{1,2})[.:](\d{2})/.exec(button) ?? [];
    return Number(hours) * 60 + Number(minutes);
  };
  const slotsOf = (buttons: readonly string[]) => buttons.filter((b) => /\d[.:]\d{2}/.test(b));

  // "te vroeg" was "Bedoel je: Wat is een loopbaancheque?"; "trop tôt" was "Die dag begrijp ik niet".
  it.each(['te vroeg', 'die zijn te vroeg', 'trop tôt', 'too early'])(
    'When "%s" is said at the hours from noon, Then later hours: each after the last one shown',
    async (said) => {
      const chat = await converse(hoursInGent, { date: DATE });
      const shown = slotsOf(chat.received.at(-1)?.buttons ?? []);
      const next = slotsOf((await chat.says(said)).at(-1)?.buttons ?? []);
      expect(next.length).toBeGreaterThan(0);
      for (const slot of next) expect(minutesOf(slot)).toBeGreaterThan(minutesOf(shown.at(-1) ?? ''));
    },
  );

  // "vroeger" was "Wil je nu dit doen: afspraak verplaatsen?"; "te laat" gave later hours (read from "laat").
  it.each(['te laat', 'die zijn te laat', 'vroeger', 'un peu plus tôt', 'earlier please'])(
    'When "%s" is said at the hours from noon, Then hours earlier in the day: mornings, never the same hours',
    async (said) => {
      const chat = await converse(hoursInGent, { date: DATE });
      const next = slotsOf((await chat.says(said)).at(-1)?.buttons ?? []);
      expect(next.length).toBeGreaterThan(0);
      for (const slot of next) expect(minutesOf(slot)).toBeLessThan(12 * 60);
    },
  );
});

describe('ChooseSlotDialog: "vroeg" with a day', () => {
  it('When "donderdag vroeg" is said where the centre opens on Thursday afternoons only, Then the morning is looked for: a centre open then is offered', async () => {
    const chat = await Chat.start({ date: DATE });
    for (const said of ['hallo', 'afspraak maken', 'mechelen', 'Mechelen', 'Ter plaatse']) await chat.says(said);
    const offer = await chat.says('donderdag vroeg');
    expect(offer[0]?.text).toBe('Hier is er dan niets vrij. Bij Demo Loopbaancentrum Brussel wel. Dat is 22 km van de plaats die je gaf.');
    const hours = await chat.says('Naar dat centrum');
    expect(hours.at(-1)?.buttons).toEqual(['do 3 dec 9.00 uur', 'do 3 dec 9.30 uur', 'do 3 dec 10.00 uur', 'Meer']);
  });
});

/** Antwerpen (open Monday to Friday), in person: its first free hours are on screen. */
async function antwerpenHours(locale = 'nl-BE'): Promise<Chat> {
  const chat = await Chat.start({ date: DATE, locale });
  const inPerson = { 'nl-BE': 'ter plaatse', 'fr-BE': 'sur place', 'en-GB': 'in person' }[locale] ?? '';
  for (const said of ['hallo', 'afspraak maken', '2100', '1', inPerson]) await chat.says(said);
  return chat;
}

/** Antwerpen's first free hour taken with "today" said too soon, then the first name asked. */
const FIRST_HOUR_TAKEN: Record<string, readonly [string, string]> = {
  'nl-BE': [`${NL_NOT_TODAY} Dan nemen we het eerste vrije uur: vrijdag 27 november om 12.00 uur.`, 'Wat is je voornaam?'],
  'fr-BE': [`${FR_NOT_TODAY} Alors, nous prenons la première heure libre : vendredi 27 novembre à 12 h.`, 'Quel est votre prénom ?'],
  'en-GB': [`${EN_NOT_TODAY} Then we take the first free time: Friday 27 November at 12 pm.`, 'What is your first name?'],
};

const FIRST_HOURS = ['vr 27 nov 12.00 uur', 'vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'Meer'];

describe('ChooseSlotDialog: "zo snel mogelijk", "vandaag nog" at the hours', () => {
  it.each([
    ['nl-BE', 'zo snel mogelijk'],
    ['nl-BE', 'vandaag nog aub'],
    ['fr-BE', 'dès que possible'],
    ['fr-BE', "aujourd'hui même"],
    ['en-GB', 'asap'],
    ['en-GB', 'today if possible'],
    // The earliest, in the words people use for it (these got "Je ne comprends pas ce jour" or a guess).
    ['nl-BE', 'het vroegste'],
    ['nl-BE', 'de eerste vrije'],
    ['fr-BE', 'le plus tôt'],
    ['en-GB', 'as early as possible'],
    ['en-GB', 'first available'],
    // Was "Sorry, dat begreep ik niet".
    ['nl-BE', 'de eerste die vrij is'],
    ['fr-BE', 'le premier libre'],
    ['en-GB', 'the first one free'],
  ])(
    'When %s "%s" is said, Then the bot says today has no free hour, takes the first one, says it, and asks the name',
    async (locale, said) => {
      const chat = await antwerpenHours(locale);
      const replies = await chat.says(said);
      const [taken, name] = FIRST_HOUR_TAKEN[locale];
      expect(replies[0]?.text).toBe(taken);
      expect(replies.at(-1)?.text).toBe(name);
    },
  );

  it.each([
    ['nl-BE', 'vandaag', `${NL_NOT_TODAY} Dit zijn de eerste vrije uren.`],
    ['nl-BE', 'kan het vandaag?', `${NL_NOT_TODAY} Dit zijn de eerste vrije uren.`],
    ['fr-BE', "aujourd'hui", `${FR_NOT_TODAY} Voici les premières heures libres.`],
    ['en-GB', 'today', `${EN_NOT_TODAY} These are the first free times.`],
  ])(
    'When %s "%s" is asked at the hours, Then the bot says today has no free hour and shows the first ones',
    async (locale, said, today) => {
      const chat = await antwerpenHours(locale);
      const replies = await chat.says(said);
      expect(replies.map((m) => m.text)[0]).toBe(today);
      expect(replies.at(-1)?.buttons[0]).toMatch(/27/);
    },
  );

  it('When a later day comes with it ("maandag zo vroeg mogelijk"), Then the first free hour of that day; "Klopt dit?" shows it', async () => {
    const chat = await antwerpenHours();
    expect((await chat.says('maandag zo vroeg mogelijk'))[0]?.text).toBe(
      'Dan nemen we het eerste vrije uur: maandag 30 november om 9.00 uur.',
    );
    await chat.says('An');
    const summary = await chat.says('0470123456');
    expect(summary.map((m) => m.text).join('\n')).toContain('maandag 30 november om 9.00 uur');
  });
});

describe('ChooseSlotDialog: "zo snel mogelijk" with days or hours ruled out or named', () => {
  it.each([
    ['nl-BE', 'zo snel mogelijk maar niet op vrijdag', 'Dan nemen we het eerste vrije uur: maandag 30 november om 9.00 uur.'],
    ['nl-BE', 'niet op vrijdag, zo snel mogelijk', 'Dan nemen we het eerste vrije uur: maandag 30 november om 9.00 uur.'],
    ['fr-BE', 'le plus vite possible mais pas vendredi', 'Alors, nous prenons la première heure libre : lundi 30 novembre à 9 h.'],
    ['en-GB', 'asap but not on friday', 'Then we take the first free time: Monday 30 November at 9 am.'],
    ['nl-BE', 'zo snel mogelijk in de namiddag', 'Dan nemen we het eerste vrije uur: vrijdag 27 november om 13.00 uur.'],
  ])(
    'When %s "%s" is said at the hours, Then the first free hour that fits is taken (was Friday, the day ruled out, or the morning)',
    async (locale, said, taken) => {
      const chat = await antwerpenHours(locale);
      expect((await chat.says(said))[0]?.text).toBe(taken);
    },
  );
});

describe('ChooseSlotDialog: days the centre is closed ("dit weekend", "zaterdag voormiddag")', () => {
  it.each([
    [
      'nl-BE',
      'dit weekend',
      'Op zaterdag 28 november en zondag 29 november is dit centrum dicht. Het is open van maandag tot vrijdag. Dit zijn de eerste vrije uren.',
    ],
    [
      'nl-BE',
      'zaterdag voormiddag',
      'Op zaterdag 28 november is dit centrum dicht. Het is open van maandag tot vrijdag. Dit zijn de eerste vrije uren.',
    ],
    [
      'fr-BE',
      'ce week-end',
      'Ce centre est fermé le samedi 28 novembre et dimanche 29 novembre. Il est ouvert du lundi au vendredi. Voici les premières heures libres.',
    ],
    [
      'en-GB',
      'this weekend',
      'This centre is closed on Saturday 28 November and Sunday 29 November. It is open from Monday to Friday. These are the first free times.',
    ],
  ])(
    'When %s "%s" is said, Then the bot says kindly the centre is closed then and when it is open, and the first free hours follow',
    async (locale, said, closed) => {
      const chat = await antwerpenHours(locale);
      const replies = await chat.says(said);
      expect(replies[0]).toEqual({ text: closed, buttons: [] });
      expect(replies).toHaveLength(2);
      if (locale === 'nl-BE') expect(replies[1]?.buttons).toEqual(FIRST_HOURS);
    },
  );
});

// A probe: "de laatste" at the centres took "Meer" (more centres), "den eerste" was not understood.
describe('the centres by their place ("de laatste", "den eerste")', () => {
  it.each([
    ['de laatste', 'Sint-Niklaas'],
    ['den eerste', 'Gent'],
  ])('When "%s" is typed at the centres near 9000, Then that centre is chosen (%s), never "Meer"', async (said, centre) => {
    const chat = await Chat.start({ date: DATE });
    for (const line of ['hallo', 'afspraak maken', '9000']) await chat.says(line);
    const shown = await chat.says(said);
    const direct = await Chat.start({ date: DATE });
    for (const line of ['hallo', 'afspraak maken', '9000']) await direct.says(line);
    expect(shown).toEqual(await direct.says(centre));
  });
});
