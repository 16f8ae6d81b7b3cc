import { describe, it } from 'vitest';
import { converse, DATA, type Line } from '../../support/converse.js';
import { hello, HELPERS, menu, MENU_BUTTONS, toPerson } from '../../support/lines.js';

/*
 * What the user tells before the booking asks it: where they live (a place in Wallonia, at the
 * menu or in the check) and "zo snel mogelijk" before the hours. Nothing they said is asked again
 * or lost.
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

const card: Line = ['says', ['bookIntake:centres.titleKm', DATA, 'bookIntake:centres.modes']];
const askPlace: Line = ['says', 'bookIntake:where.question', HELPERS];
const gentCentres: Line = ['says', 'bookIntake:centres.question', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']];
const gentModes: Line = [
  'says',
  'bookIntake:modes.question',
  ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online', 'bookIntake:modes.button.walking'],
];
/** "9000" typed where the place is asked: the three nearest centres, and which one. */
const inGent: Line[] = [['user', '9000'], card, card, card, gentCentres];
/** The first free hour taken (tomorrow: none is free today, and that is said), then the first name asked. */
const firstHourTaken: Line[] = [
  ['says', ['bookIntake:slots.notToday', 'bookIntake:slots.soonest']],
  ['says', 'bookIntake:who.consent'],
  ['says', 'bookIntake:who.name', HELPERS],
];
/** Gent's centre and a meeting there picked by number, then the first free hour taken. */
const gentInPersonFirstHour: Line[] = [['user', '1'], gentModes, ['user', '1'], ...firstHourTaken];
const remoteQuestion: Line = [
  'says',
  'bookIntake:where.remoteQuestion',
  ['bookIntake:where.online', 'bookIntake:where.phone', 'menu.person'],
];
const livesInWallonia: Line[] = [['says', 'bookIntake:where.livesInWallonia'], remoteQuestion];
const homeSaid: Line = ['says', 'menu.homeSaid', ['menu.check', 'menu.book', 'fallback.somethingElse']];

describe('BookIntakeDialog: a place in Wallonia said before', () => {
  it.each([
    ['nl', 'ik woon in Luik'],
    ['fr', "j'habite liège"],
    ['en', 'i live in liège'],
  ])(
    'When "%s: %s" is said at the menu and the booking is tapped, Then the town is not asked again and the bot says what living there means',
    async (locale, said) => {
      await converse(
        [
          ['opens'],
          ['says', 'greeting'],
          ['says', 'menu.question', MENU_BUTTONS],
          ['user', said],
          homeSaid,
          ['tap', 'menu.book'],
          ['says', 'bookIntake:intro'],
          ...livesInWallonia,
        ],
        {
          locale,
          date: DATE,
        },
      );
    },
  );

  it('When the check heard "Luik" at "Waar woon je?", Then "Afspraak maken" afterwards does not ask the town again', () =>
    converse(
      [
        ['opens'],
        ['says', 'greeting'],
        ['says', 'menu.question', MENU_BUTTONS],
        ['user', 'ik woon in Luik'],
        homeSaid,
        ['tap', 'menu.check'],
        ['says', ['checkEligibility:outcome.not_eligible', 'checkEligibility:reason.lives_outside_flanders_brussels']],
        ['says', 'checkEligibility:next.forem'],
        ['says', 'menu.questionAgain', MENU_BUTTONS],
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        ...livesInWallonia,
      ],
      { date: DATE },
    ));

  it('When "ik woon in Luik" is said at the menu, then "Iets anders", Then a booking later still does not ask the town: what living there means', () =>
    converse(
      [
        ...hello,
        ['user', 'ik woon in Luik'],
        homeSaid,
        ['tap', 'fallback.somethingElse'],
        ['says', 'fallback.sayItDifferently'],
        menu,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        ...livesInWallonia,
      ],
      { date: DATE },
    ));

  it('When "ik woon in Gent" is said at the menu, then "Iets anders", Then a booking later offers centres near Gent, never the town asked as if nothing was said', () =>
    converse(
      [
        ...hello,
        ['user', 'ik woon in Gent'],
        homeSaid,
        ['tap', 'fallback.somethingElse'],
        ['says', 'fallback.sayItDifferently'],
        menu,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        ['says', 'bookIntake:where.nearHome', ['answers.yes', 'bookIntake:where.otherPlace']],
        ['user', 'ja'],
        card,
        card,
        card,
        gentCentres,
      ],
      { date: DATE },
    ));

  it('When "ik woon in Luik" is typed at the town question, Then the bot says what living in Wallonia means, and a town in Flanders typed next still works', () =>
    converse(
      [
        ...hello,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        askPlace,
        ['user', 'ik woon in Luik'],
        ...livesInWallonia,
        ['user', 'gent'],
        card,
        card,
        card,
        gentCentres,
      ],
      { date: DATE },
    ));

  it('When the wish itself says it ("ik woon in luik en wil een afspraak"), Then the town is not asked', () =>
    converse([...hello, ['user', 'ik woon in luik en wil een afspraak'], ['says', 'bookIntake:intro'], ...livesInWallonia], {
      date: DATE,
    }));
});

describe('BookIntakeDialog: "zo snel mogelijk" said before the hours', () => {
  it.each([
    ['nl', 'zo snel mogelijk'],
    ['fr', 'le plus vite possible'],
    ['en', 'as soon as possible'],
  ])(
    'When %s "%s" is said at the town question, Then it is kept and the first free hour is taken when the hours come',
    async (locale, said) => {
      await converse(
        [
          ...hello,
          ['tap', 'menu.book'],
          ['says', 'bookIntake:intro'],
          askPlace,
          ['user', said],
          ['says', 'bookIntake:soonestKept'],
          askPlace,
          ...inGent,
          ...gentInPersonFirstHour,
        ],
        { locale, date: DATE },
      );
    },
  );

  it('When "zo snel mogelijk" is said at the centre question, Then it is kept, never read as the wish to book again', () =>
    converse(
      [
        ...hello,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        askPlace,
        ...inGent,
        ['user', 'zo snel mogelijk'],
        ['says', 'bookIntake:soonestKept'],
        gentCentres,
        ...gentInPersonFirstHour,
      ],
      { date: DATE },
    ));

  it('When "zo snel mogelijk" is said at "Hoe wil je het gesprek doen?", Then it is kept, never "Wil je nu dit doen: afspraak maken?"', () =>
    converse(
      [
        ...hello,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        askPlace,
        ...inGent,
        ['user', '1'],
        gentModes,
        ['user', 'zo snel mogelijk'],
        ['says', 'bookIntake:soonestKept'],
        gentModes,
        ['user', 'ter plaatse'],
        ...firstHourTaken,
      ],
      { date: DATE },
    ));

  it.each([
    ['nl', 'ik wil vandaag nog een afspraak'],
    ['fr', "je veux un rendez-vous aujourd'hui même"],
    ['en', 'i want an appointment today if possible'],
  ])(
    'When the wish asks for today (%s "%s"), Then at the hours the bot says today has none and takes the first free hour',
    async (locale, wish) => {
      await converse([...hello, ['user', wish], ['says', 'bookIntake:intro'], askPlace, ...inGent, ...gentInPersonFirstHour], {
        locale,
        date: DATE,
      });
    },
  );

  it('When the wish says it ("ik wil zo snel mogelijk een afspraak"), Then the first free hour is taken when the hours come', () =>
    converse(
      [
        ...hello,
        ['user', 'ik wil zo snel mogelijk een afspraak'],
        ['says', 'bookIntake:intro'],
        askPlace,
        ...inGent,
        ...gentInPersonFirstHour,
      ],
      { date: DATE },
    ));

  it('When the town comes with it ("9000 zo snel mogelijk"), Then both are kept', () =>
    converse(
      [
        ...hello,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        askPlace,
        ['user', '9000 zo snel mogelijk'],
        card,
        card,
        card,
        gentCentres,
        ...gentInPersonFirstHour,
      ],
      { date: DATE },
    ));

  it('When a day comes after it ("zo snel mogelijk", then "dinsdag"), Then the day said last counts: the hours of that day', () =>
    converse(
      [
        ...hello,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        askPlace,
        ['user', 'zo snel mogelijk'],
        ['says', 'bookIntake:soonestKept'],
        askPlace,
        ...inGent,
        ['user', 'dinsdag'],
        ['says', 'bookIntake:dayKept'],
        gentCentres,
        ['user', '1'],
        gentModes,
        ['user', '1'],
        ['says', 'bookIntake:slots.question', ['di 1 dec 9.00 uur', 'di 1 dec 9.30 uur', 'di 1 dec 10.00 uur', 'menu.more']],
      ],
      { date: DATE },
    ));

  it('When a message only mentions urgency among other words ("ik heb dringend hulp nodig met mijn loopbaan"), Then it is no time kept', () =>
    converse(
      [
        ...hello,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        askPlace,
        ['user', 'ik heb dringend hulp nodig met mijn loopbaan'],
        ['says', 'bookIntake:where.unknown', HELPERS],
      ],
      { date: DATE },
    ));
});

describe('BookIntakeDialog: a day said at the menu', () => {
  /** Saturday 28 November, the weekend after the Thursday of DATE: the Gent centre's hours that day, as each language writes them. */
  const SATURDAY = {
    nl: ['za 28 nov 10.00 uur', 'za 28 nov 10.30 uur', 'za 28 nov 11.00 uur'],
    fr: ['sam. 28 nov. 10 h', 'sam. 28 nov. 10 h 30', 'sam. 28 nov. 11 h'],
    en: ['Sat 28 Nov 10 am', 'Sat 28 Nov 10.30 am', 'Sat 28 Nov 11 am'],
  } as const;
  const weekendHours = (locale: keyof typeof SATURDAY = 'nl'): Line => [
    'says',
    'bookIntake:slots.question',
    [...SATURDAY[locale], 'menu.more'],
  ];
  const timeSaid: Line = ['says', 'menu.timeSaid', ['menu.book', 'menu.check', 'fallback.somethingElse']];

  it.each([
    ['nl', 'dit weekend'],
    ['fr', 'ce week-end'],
    ['en', 'this weekend please'],
  ] as const)('When %s "%s" is said at the menu, Then the booking starts, and its hours start that weekend', async (locale, said) => {
    await converse(
      [
        ...hello,
        ['user', said],
        ['says', 'bookIntake:intro'],
        askPlace,
        ...inGent,
        ['user', '1'],
        gentModes,
        ['user', '1'],
        weekendHours(locale),
      ],
      { locale, date: DATE },
    );
  });

  it('When "vandaag nog" or "today if possible" is said at the menu, Then the booking starts and takes the first free hour, saying today has none (a centre needs a day)', async () => {
    for (const [locale, said] of [
      ['nl', 'vandaag nog'],
      ['en', 'today if possible'],
    ] as const) {
      await converse([...hello, ['user', said], ['says', 'bookIntake:intro'], askPlace, ...inGent, ...gentInPersonFirstHour], {
        locale,
        date: DATE,
      });
    }
  });

  it('When "kan het dit weekend?" is asked at the menu, Then the day is kept and the booking offered; after "Iets anders", a booking later starts its hours that weekend', () =>
    converse(
      [
        ...hello,
        ['user', 'kan het dit weekend?'],
        timeSaid,
        ['tap', 'fallback.somethingElse'],
        ['says', 'fallback.sayItDifferently'],
        menu,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        askPlace,
        ...inGent,
        ['user', '1'],
        gentModes,
        ['user', '1'],
        weekendHours(),
      ],
      { date: DATE },
    ));

  it.each([
    ['nl', 'kan het ook in het weekend'],
    ['nl', 'kan het ook op zaterdag'],
    ['fr', "c'est possible aussi le samedi ?"],
    // Before: "Bedoel je …?" for the questions, "niet begrepen" for "ik kom", "ik zal … komen".
    ['nl', 'ik kom zaterdag'],
    ['nl', 'ik zal zaterdag komen'],
    // Before: the check read from "kan ik ook"; "Bedoel je …?" with the reason before the question.
    ['nl', 'kan ik ook op zaterdag'],
    ['nl', 'ik werk overdag, kan ik zaterdag komen?'],
    // Was a booking's code asked: "i … can … come" came close to "i cant come" (to cancel).
    ['en', 'i work at night, can i come on saturday?'],
    // Asked whether there is a free hour (were "Sorry, dat begreep ik niet").
    ['nl', 'heb je iets op zaterdag'],
    ['nl', 'ik heb zaterdag tijd'],
    ['fr', 'avez-vous quelque chose samedi ?'],
    ['en', 'do you have anything on saturday'],
  ] as const)(
    'When %s "%s" (a time with "ook", "aussi", or told with "ik kom") is said at the menu, Then the day is kept and the booking offered',
    async (locale, said) => {
      await converse([...hello, ['user', said], timeSaid], { locale, date: DATE });
    },
  );

  it.each([
    ['nl', 'zaterdag in gent'],
    ['nl', 'heb je iets op zaterdag in gent?'],
    ['fr', 'samedi à gand'],
    ['en', 'saturday in ghent'],
  ] as const)(
    'When %s "%s" (a time and a place) is said at the menu, Then the centres near that place, and their hours start that day',
    async (locale, said) => {
      await converse(
        [...hello, ['user', said], card, card, card, gentCentres, ['user', '1'], gentModes, ['user', '1'], weekendHours(locale)],
        {
          locale,
          date: DATE,
        },
      );
    },
  );

  it('When the first message is "kan het dit weekend?", Then a short hello, the day kept, the booking offered; its hours start that weekend', () =>
    converse(
      [
        ['user', 'kan het dit weekend?'],
        ['says', 'greetingShort'],
        timeSaid,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        askPlace,
        ...inGent,
        ['user', '1'],
        gentModes,
        ['user', '1'],
        weekendHours(),
      ],
      { date: DATE },
    ));
});

describe('BookIntakeDialog: "online" at the place question', () => {
  const FRIDAY = ['vr 27 nov 12.00 uur', 'vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'menu.more'];
  const onlineKept: Line[] = [
    ['says', 'bookIntake:where.modeKept.online'],
    ['says', 'bookIntake:where.nearForRemote', ['answers.any', ...HELPERS]],
  ];

  it.each([
    ['nl', 'online'],
    ['nl', 'via internet'],
    ['nl', 'kan het online?'],
    ['en', 'online please'],
    ['fr', 'en ligne'],
  ])(
    'When %s "%s" is typed where the town is asked, Then it is kept (only centres that work online), never "Die plaats ken ik niet"; a town typed next shows them, and no "Hoe wil je het gesprek doen?"',
    async (locale, said) => {
      await converse([...hello, ['tap', 'menu.book'], ['says', 'bookIntake:intro'], askPlace, ['user', said], ...onlineKept, ...inGent], {
        locale,
        date: DATE,
      });
    },
  );

  it('When "online" is typed, then "Maakt niet uit", Then the centres that work online, without distances; the hours come without asking how', () =>
    converse(
      [
        ...hello,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        askPlace,
        ['user', 'online'],
        ...onlineKept,
        ['tap', 'answers.any'],
        ['says', ['bookIntake:centres.title', DATA, 'bookIntake:centres.modes']],
        ['says', ['bookIntake:centres.title', DATA, 'bookIntake:centres.modes']],
        ['says', ['bookIntake:centres.title', DATA, 'bookIntake:centres.modes']],
        ['says', 'bookIntake:centres.question', ['Brussel', 'Vilvoorde', 'Aalst', 'menu.more']],
        ['user', 'Vilvoorde'],
        ['says', 'bookIntake:slots.question', ['ma 30 nov 9.00 uur', 'ma 30 nov 9.30 uur', 'ma 30 nov 10.00 uur', 'menu.more']],
      ],
      { date: DATE },
    ));

  it('When "online" is typed, Then "Maakt niet uit" comes with Terug and a person, numbered as shown: "3" is the way to a person, "1" any place', async () => {
    const toOnline: Line[] = [...hello, ['tap', 'menu.book'], ['says', 'bookIntake:intro'], askPlace, ['user', 'online'], ...onlineKept];
    await converse([...toOnline, ['user', '3'], ...toPerson], { date: DATE });
    const onlineCard: Line = ['says', ['bookIntake:centres.title', DATA, 'bookIntake:centres.modes']];
    await converse(
      [
        ...toOnline,
        ['user', '1'],
        onlineCard,
        onlineCard,
        onlineCard,
        ['says', 'bookIntake:centres.question', ['Brussel', 'Vilvoorde', 'Aalst', 'menu.more']],
      ],
      { date: DATE },
    );
  });

  it('When "online" is typed, then "9000", Then the Gent centre is met online: no "Hoe wil je het gesprek doen?" though it works three ways', () =>
    converse(
      [
        ...hello,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        askPlace,
        ['user', 'online'],
        ...onlineKept,
        ...inGent,
        ['user', 'Gent'],
        ['says', 'bookIntake:slots.question', FRIDAY],
      ],
      { date: DATE },
    ));
});
