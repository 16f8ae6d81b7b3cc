import { MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ELIGIBILITY_CHECK_VERSION, type EligibilityCheck } from '../../../src/domain/eligibilityAnswers.js';
import { attachmentText, chatInBooking, testBooking } from '../../support/booking.js';
import { Chat, converse, DATA, play, type Line } from '../../support/converse.js';
import { keysOf, keysWithText, messageKeys } from '../../support/keys.js';
import { HELPERS, hello, menuAgain, summaryOf, toPerson, YES_NO } from '../../support/lines.js';

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

const card = (title = 'bookIntake:centres.titleKm'): Line => ['says', [title, DATA, 'bookIntake:centres.modes']];
const cards = (first = 'bookIntake:centres.titleKm'): Line[] => [card(first), card(), card()];
const centreQuestion = (...titles: string[]): Line => ['says', 'bookIntake:centres.question', [...titles, 'menu.more']];
const askPlace: Line = ['says', 'bookIntake:where.question', HELPERS];
const startBooking: Line[] = [...hello, ['tap', 'menu.book'], ['says', 'bookIntake:intro'], askPlace];
const askName: Line[] = [
  ['says', 'bookIntake:who.consent'],
  ['says', 'bookIntake:who.name', HELPERS],
];
const askContact: Line = ['says', 'bookIntake:who.contact', HELPERS];
const klopt: Line = ['says', 'bookIntake:summary.question', YES_NO];
/** The confirmation turn: code, when and where, the calendar file, then what else to know. */
const confirmed = (
  where: 'address' | 'mode.online' | 'mode.phone' = 'address',
  reminder = false,
  emailed = false,
  files = true,
): Line[] => [
  [
    'says',
    [
      'bookIntake:confirmed.code',
      'bookIntake:confirmed.done',
      ...(reminder ? ['bookIntake:confirmed.reminder'] : []),
      ...(emailed ? ['bookIntake:confirmed.emailed'] : []),
    ],
  ],
  ['says', ['bookIntake:confirmed.when', `bookIntake:confirmed.${where}`]],
  ...(files ? [['says', 'bookIntake:confirmed.calendar'] as Line] : []),
  [
    'says',
    'bookIntake:confirmed.after',
    ['bookIntake:confirmed.bringButton', 'bookIntake:confirmed.cancelButton', 'bookIntake:confirmed.noThanks'],
  ],
];
const FRIDAY_NOON = ['vr 27 nov 12.00 uur', 'vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'menu.more'];
const TUESDAY_AFTERNOON = ['di 1 dec 13.00 uur', 'di 1 dec 13.30 uur', 'di 1 dec 14.00 uur', 'menu.more'];
/** The centres near Sint-Niklaas, the first one chosen, to meet in person: the hours come next. */
const sintNiklaasInPerson: Line[] = [
  ...cards('bookIntake:centres.titleNear'),
  centreQuestion('Sint-Niklaas', 'Antwerpen', 'Aalst'),
  ['user', '1'],
  ['says', 'bookIntake:modes.question', ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online']],
  ['user', 'ter plaatse'],
];
/** The same, up to the question how to meet. */
const sintNiklaasModes: Line[] = sintNiklaasInPerson.slice(0, -1);
/** From the centres near Gent: Aalst, online, the first free hour (the name is asked next). */
const aalstOnlineFirstHour: Line[] = [
  centreQuestion('Gent', 'Aalst', 'Sint-Niklaas'),
  ['tap', 'Aalst'],
  ['says', 'bookIntake:modes.question', ['bookIntake:modes.button.online', 'bookIntake:modes.button.phone']],
  ['user', 'online'],
  ['says', 'bookIntake:slots.question', FRIDAY_NOON],
  ['user', '1'],
];
/** From "Afspraak maken" near Gent to the first name asked, for Aalst online at its first free hour. */
const aalstOnlineToName: Line[] = [
  ['user', '9000'],
  ...cards(),
  ...aalstOnlineFirstHour,
  ['says', 'bookIntake:who.consent'],
  ['says', 'bookIntake:who.name', HELPERS],
];
/** Sint-Niklaas closes at noon on Friday, within the 24 hours' notice: Monday comes first. */
const MONDAY_MORNING = ['ma 30 nov 9.00 uur', 'ma 30 nov 9.30 uur', 'ma 30 nov 10.00 uur', 'menu.more'];
/** Sint-Niklaas, in person: its first free hours, Monday morning. */
const toSintNiklaasHours: Line[] = [
  ...startBooking,
  ['user', 'sint niklaas'],
  ...sintNiklaasInPerson,
  ['says', 'bookIntake:slots.question', MONDAY_MORNING],
];

function decodedIcs(chat: Chat): string {
  const withFile = chat.received.filter((m) => m.attachments?.length);
  expect(withFile).toHaveLength(1);
  const [file] = withFile[0]?.attachments ?? [];
  expect(file?.contentType).toBe('text/calendar');
  return attachmentText(file?.contentUrl);
}

/** A French user books at Sint-Niklaas, up to "Comment voulez-vous faire l'entretien ?". */
const toSintNiklaasInFrench: Line[] = [
  ['user', 'bonjour'],
  ['says', 'greeting'],
  ['says', 'menu.question', ['menu.explain', 'menu.check', 'menu.book', 'menu.more']],
  ['user', 'Prendre rendez-vous'],
  ['says', 'bookIntake:intro'],
  askPlace,
  ['user', 'sint niklaas'],
  ...cards('bookIntake:centres.titleNear'),
  centreQuestion('Sint-Niklaas', 'Antwerpen', 'Aalst'),
  ['user', '1'],
  ['says', 'bookIntake:modes.question', ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online']],
];

describe('BookIntakeDialog: book, with every way of answering', () => {
  it('When the town comes in a sentence with a typo ("in antwerpe"), Then its centres are shown: after "in" a town may be misspelt', () =>
    converse(
      [
        ...startBooking,
        ['user', 'in antwerpe'],
        ...cards('bookIntake:centres.titleNear'),
        centreQuestion('Antwerpen', 'Sint-Niklaas', 'Mechelen'),
      ],
      { date: DATE, booking: { ...testBooking(DATE).parts, canRemind: () => false } },
    ));

  it('When the wish names the town and the way ("afspraak gent niet online"), Then the filtered centres come at once', () =>
    converse(
      [
        ...hello,
        ['user', 'afspraak gent niet online'],
        ...cards(),
        ['says', 'bookIntake:centres.question', ['Gent', 'Sint-Niklaas', 'Brugge', 'menu.more']],
      ],
      { date: DATE },
    ));

  it('When a French user filters the centres ("pas en ligne"), Then the turn stays within 70 words: the typing tip is not repeated', () =>
    converse(
      [
        ['user', 'bonjour'],
        ['says', 'greeting'],
        ['says', 'menu.question', ['menu.explain', 'menu.check', 'menu.book', 'menu.more']],
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        askPlace,
        ['user', '1030'],
        ...cards(),
        centreQuestion('Brussel', 'Vilvoorde', 'Mechelen'),
        ['user', 'pas en ligne'],
        ['says', ['bookIntake:centres.filterWithout', 'bookIntake:centres.titleKm', DATA, 'bookIntake:centres.modes']],
        card(),
        card(),
        ['says', 'bookIntake:centres.question', ['Brussel', 'Vilvoorde', 'Mechelen', 'menu.more']],
      ],
      { date: DATE, locale: 'fr' },
    ));

  it('When a Dutch user books with a typo in the town, a filter and a wrong number first, Then the stored booking is confirmed with an .ics', async () => {
    const booking = testBooking(DATE);
    const chat = await converse(
      [
        ...startBooking,
        ['user', 'Gnet'],
        ...cards(),
        centreQuestion('Gent', 'Aalst', 'Sint-Niklaas'),
        ['user', 'ik wil niet online'],
        ['says', ['bookIntake:centres.filterWithout', 'bookIntake:centres.titleKm', DATA, 'bookIntake:centres.modes']],
        card(),
        card(),
        // Filtered: the tip "typ: niet online" is not said again, and Aalst (online or by phone) is gone.
        ['says', 'bookIntake:centres.question', ['Gent', 'Sint-Niklaas', 'Brugge', 'menu.more']],
        ['tap', 'Gent'],
        ['says', 'bookIntake:modes.question', ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.walking']],
        ['user', 'ter plaatse'],
        ['says', 'bookIntake:slots.question', FRIDAY_NOON],
        ['user', '2'],
        ...askName,
        ['user', 'An'],
        askContact,
        ['user', '0470 12 34 5'],
        ['says', 'bookIntake:who.contactRetry.phone', HELPERS],
        ['user', '0470 12 34 56'],
        ['says', 'bookIntake:reminder.question', YES_NO],
        ['user', 'ja'],
        summaryOf('in_person', true),
        klopt,
        ['user', 'ja'],
        ...confirmed('address', true),
        ['tap', 'bookIntake:confirmed.bringButton'],
        ['says', 'bookIntake:confirmed.bringFree'],
        menuAgain,
      ],
      { date: DATE, booking: { ...booking.parts, canRemind: () => true } },
    );
    const stored = await booking.store.get('K7M3QX');
    expect(stored).toMatchObject({
      centreId: 'demo-gent',
      locale: 'nl',
      mode: 'in_person',
      reminderOptIn: true,
      person: { firstName: 'An', phone: '+32470123456' },
      slot: { centreId: 'demo-gent', start: '2026-11-27T11:30:00.000Z', end: '2026-11-27T12:00:00.000Z' },
    });
    expect(stored?.person.email).toBeUndefined();
    expect(stored?.conversationReference).toMatchObject({ channelId: 'test', conversation: { id: 'conversation-1' } });
    expect(booking.notices).toEqual([['confirmed', 'K7M3QX']]);
    const ics = decodedIcs(chat);
    expect(ics).toContain('UID:K7M3QX@loopbaanbot\r\n');
    expect(ics).toContain('DTSTART:20261127T113000Z\r\n');
    expect(chat.received.find((m) => m.attachments)?.attachments?.[0]?.name).toBe('K7M3QX.ics');

    // "Afspraak maken" again: the booking there is comes first, and "nee" keeps it.
    await play(chat, [
      ['user', 'Afspraak maken'],
      ['bot', 'Je afspraak: vrijdag 27 november om 12.30 uur bij Demo Loopbaancentrum Gent. Voor: An.'],
      ['bot', 'Wil je nog een afspraak maken?', ['Ja, nog een', 'Afspraak verplaatsen', 'Nee, het is goed']],
      ['user', 'nee'],
      ['says', 'manageBooking:unchanged'],
      menuAgain,
      // In dialect, "wanneer is mijne afspraak" is about that booking, not a new one.
      ['user', 'wanneer is mijne afspraak'],
      ['bot', 'Je afspraak: vrijdag 27 november om 12.30 uur bij Demo Loopbaancentrum Gent. Voor: An.'],
      ['says', 'manageBooking:view.question', ['manageBooking:view.keep', 'manageBooking:menu.move', 'manageBooking:menu.cancel']],
    ]);
  });

  it('When a way to meet is asked about ("wat is wandelcoaching?", "is da online"), Then it is explained and the question comes again', () => {
    const modes: Line = [
      'says',
      'bookIntake:modes.question',
      ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online', 'bookIntake:modes.button.walking'],
    ];
    return converse(
      [
        ...startBooking,
        ['user', 'Gent'],
        ...cards(),
        centreQuestion('Gent', 'Aalst', 'Sint-Niklaas'),
        ['tap', 'Gent'],
        modes,
        ['user', 'Wat bedoelt u met wandelcoaching?'],
        ['says', 'glossary:terms.wandelcoaching.explanation'],
        modes,
        ['user', 'is da online'],
        ['says', 'glossary:terms.online.explanation'],
        modes,
        ['user', 'wandelcoaching'],
        ['says', 'bookIntake:slots.question', FRIDAY_NOON],
      ],
      { date: DATE, booking: testBooking(DATE).parts },
    );
  });

  it('When one of two ways to meet is denied ("liever niet online"), Then the other one is taken', () =>
    converse(
      [
        ...startBooking,
        ['user', 'sint niklaas'],
        ...sintNiklaasModes,
        ['user', 'liever ni online'],
        ['says', 'bookIntake:slots.question', MONDAY_MORNING],
      ],
      { date: DATE, booking: testBooking(DATE).parts },
    ));

  it('When something else than a day is typed at the hours ("ik snap het niet meer, kan ik iemand spreken"), Then no "Die dag begrijp ik niet": the way to the person asked for', async () => {
    const options = { date: DATE, booking: testBooking(DATE).parts };
    await converse([...toSintNiklaasHours, ['user', 'ik snap het niet meer, kan ik iemand spreken'], ...toPerson], options);
    // A day that is no day is still "Die dag begrijp ik niet".
    await converse([...toSintNiklaasHours, ['user', '31 februari'], ['says', 'bookIntake:slots.whenRetry', MONDAY_MORNING]], options);
  });

  it('When today\'s weekday is asked ("donderdag" on Thursday) and today is too soon, Then next Thursday\'s hours come, not "niets vrij"', () =>
    converse(
      [
        ...toSintNiklaasHours,
        ['user', 'donderdag na vier uur'],
        // Sint-Niklaas is open on Thursday from 13 to 19 h.
        ['says', 'bookIntake:slots.weekLater'],
        ['says', 'bookIntake:slots.question', ['do 3 dec 16.00 uur', 'do 3 dec 16.30 uur', 'do 3 dec 17.00 uur', 'menu.more']],
      ],
      { date: DATE, booking: testBooking(DATE).parts },
    ));

  /** "vrijdag" typed on Thursday at Sint-Niklaas's hours: the Friday after, said so, with its hours. */
  const toFridayAWeekLater: Line[] = [
    ...toSintNiklaasHours,
    ['user', 'vrijdag'],
    ['says', 'bookIntake:slots.weekLater'],
    ['says', 'bookIntake:slots.question', ['vr 4 dec 9.00 uur', 'vr 4 dec 9.30 uur', 'vr 4 dec 10.00 uur', 'menu.more']],
  ];

  it('When a weekday is asked whose next one is too soon ("vrijdag" on Thursday), Then the Friday after, said so, and "Later" stays on it', () =>
    converse(
      [
        ...toFridayAWeekLater,
        ['tap', 'menu.more'],
        ['says', 'bookIntake:slots.moreQuestion', ['bookIntake:slots.later', 'bookIntake:slots.otherDay']],
        ['tap', 'bookIntake:slots.later'],
        ['says', 'bookIntake:slots.question', ['vr 4 dec 10.30 uur', 'vr 4 dec 11.00 uur', 'vr 4 dec 11.30 uur', 'menu.more']],
      ],
      { date: DATE, booking: testBooking(DATE).parts },
    ));

  // Was today's 9.30, gone: "Vandaag is er geen vrij uur meer" and the first free hours.
  it('When an hour is typed ("9u30") where the hours of the Friday a week later are shown, Then that Friday\'s hour is taken', () =>
    converse([...toFridayAWeekLater, ['user', '9u30'], ...askName], { date: DATE, booking: testBooking(DATE).parts }));

  it('When an hour not shown is typed ("11 uur") where the Friday a week later is shown, Then that Friday\'s hours from then, not today\'s', () =>
    converse(
      [
        ...toFridayAWeekLater,
        ['user', '11 uur'],
        ['says', 'bookIntake:slots.question', ['vr 4 dec 11.00 uur', 'vr 4 dec 11.30 uur', 'menu.more']],
      ],
      { date: DATE, booking: testBooking(DATE).parts },
    ));

  it('When the hours of a day worked are said ("ik werk donderdag tot 16u"), Then that weekday after work, never "Die dag begrijp ik niet"', () =>
    converse(
      [
        ...toSintNiklaasHours,
        ['user', 'ik werk donderdag tot 16u'],
        // Today's Thursday is too soon: the Thursday after, from 16.00.
        ['says', 'bookIntake:slots.weekLater'],
        ['says', 'bookIntake:slots.question', ['do 3 dec 16.00 uur', 'do 3 dec 16.30 uur', 'do 3 dec 17.00 uur', 'menu.more']],
      ],
      { date: DATE, booking: testBooking(DATE).parts },
    ));

  it('When only the holidays will do ("ik kan alleen in de vakantie"), Then which days is asked, no miss; the days typed then give their hours', () =>
    converse(
      [
        ...toSintNiklaasHours,
        // Was "Die dag begrijp ik niet", or after a miss before it, a person offered.
        ['user', 'ik kan alleen in de vakantie'],
        ['says', 'bookIntake:slots.holidayDays', MONDAY_MORNING],
        ['user', 'ik kan alleen in de vakantie'],
        ['says', 'bookIntake:slots.holidayDays', MONDAY_MORNING],
        ['user', 'van 28 tot 31 december'],
        ['says', 'bookIntake:slots.question', ['ma 28 dec 9.00 uur', 'ma 28 dec 9.30 uur', 'ma 28 dec 10.00 uur', 'menu.more']],
      ],
      { date: DATE, booking: testBooking(DATE).parts },
    ));

  it('When a weekday is asked that has free hours ("maandag" on Thursday), Then that Monday, with no word of a week later', () =>
    converse([...toSintNiklaasHours, ['user', 'maandag'], ['says', 'bookIntake:slots.question', MONDAY_MORNING]], {
      date: DATE,
      booking: testBooking(DATE).parts,
    }));

  it('When today\'s weekday and a part of the day that has passed are asked ("maandag voormiddag" on Monday at noon), Then next Monday morning', async () => {
    const chat = await converse([...startBooking], { date: '2026-12-14' });
    await chat.says('1030');
    await chat.says('Brussel');
    const hours = await chat.says('ter plaatse');
    expect(hours.at(-1)?.buttons.length).toBeGreaterThan(0);
    const asked = await chat.says('maandag voormiddag');
    const times = (asked.at(-1)?.buttons ?? []).filter((b) => b !== 'Meer');
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(time).toMatch(/^ma 21 dec (8|9|10|11)\.\d\d uur$/);
  });

  it('When a shown hour is typed out ("maandag 30 november om 9.30 uur"), Then that hour is taken, not the list again', () =>
    converse([...toSintNiklaasHours, ['user', 'maandag 30 november om 9.30 uur'], ...askName], {
      date: DATE,
      booking: testBooking(DATE).parts,
    }));

  // "tien uur" is two letters from "bien sûr": never read as a yes. "half tien" is 9.30.
  it.each(['9.30 uur', 'om 10u', 'tien uur', 'half tien', 'om half 10'])(
    'When only the hour of a shown one is typed ("%s"), Then that hour is taken, not the hours from then on',
    async (said) => {
      await converse([...toSintNiklaasHours, ['user', said], ...askName], { date: DATE, booking: testBooking(DATE).parts });
    },
  );

  it('When a span of hours is typed ("tussen 9 en 10 uur", "na 10 uur"), Then the hours in it are shown to choose from', async () => {
    for (const [said, first] of [
      ['tussen 9 en 10 uur', 'ma 30 nov 9.00 uur'],
      ['na 10 uur', 'ma 30 nov 10.00 uur'],
    ]) {
      const chat = await converse(
        [...startBooking, ['user', 'sint niklaas'], ...sintNiklaasInPerson, ['says', 'bookIntake:slots.question', MONDAY_MORNING]],
        { date: DATE, booking: testBooking(DATE).parts },
      );
      const hours = await chat.says(said);
      expect(hours.at(-1)?.buttons[0], said).toBe(first);
    }
  });

  /** Sint-Niklaas, in person, Monday 9.00: the first name is asked. */
  const sintNiklaasToName: Line[] = [...toSintNiklaasHours, ['user', '1'], ...askName];
  /** Then "ik ben Kevin, mijn gsm is 0470 12 34 56" and no reminder: "Klopt dit?". */
  const kevinToSummary: Line[] = [
    ...sintNiklaasToName,
    ['user', 'ik ben Kevin, mijn gsm is 0470 12 34 56'],
    ['says', 'bookIntake:reminder.question', YES_NO],
    ['user', 'nee'],
    summaryOf('in_person'),
    klopt,
  ];

  it('When "laat maar ik heb hier geen tijd voor" comes mid-booking, Then the bot stops kindly, with a way to start again', () =>
    converse([...sintNiklaasToName, ['user', 'laat maar ik heb hier geen tijd voor'], ['says', 'stopped', ['buttons.startAgain']]], {
      date: DATE,
      booking: testBooking(DATE).parts,
    }));

  it('When "laat maar" or "never mind" alone comes mid-booking, Then the bot asks whether to stop, and "ja" stops kindly', async () => {
    for (const said of ['laat maar', 'never mind'])
      await converse(
        [
          ...sintNiklaasToName,
          ['user', said],
          ['says', 'bookIntake:quit.question', ['fallback.meanings.stop', 'fallback.goOn']],
          ['user', 'ja'],
          ['says', 'stopped', ['buttons.startAgain']],
        ],
        { date: DATE, booking: testBooking(DATE).parts },
      );
  });

  it('When the name comes with a number ("ik ben Kevin, mijn gsm is 0470 12 34 56"), Then the number is not asked again', async () => {
    const chat = await converse([...kevinToSummary], { date: DATE, booking: testBooking(DATE).parts });
    expect(chat.received.at(-2)?.text).toContain('Voor: Kevin, 0470 12 34 56');
  });

  it('When "ben zo terug" or "ik ben terug" comes where the first name is asked, Then the bot waits or welcomes back and asks the name again; nothing starts over', () =>
    converse(
      [
        ...sintNiklaasToName,
        ['user', 'ben zo terug'],
        ['says', 'waiting'],
        askName.at(-1) as Line,
        ['user', 'one moment please'],
        ['says', 'waiting'],
        askName.at(-1) as Line,
        // Back after a while: the question again, whole; "terug" is no step back here.
        ['user', 'ik ben terug'],
        ['says', 'welcomeBack'],
        askName.at(-1) as Line,
        ['user', 'Kevin'],
        ['says', 'bookIntake:who.contact', HELPERS],
      ],
      { date: DATE, booking: testBooking(DATE).parts },
    ));

  it.each(['ja maar', 'ja ma', 'oui mais'])(
    'When "Klopt dit?" gets "%s" and nothing more, Then nothing is booked: the yes is taken back, and what to change is asked',
    async (said) => {
      const booking = testBooking(DATE);
      await converse(
        [
          ...kevinToSummary,
          ['user', said],
          [
            'says',
            'bookIntake:change.question',
            ['bookIntake:change.slot', 'bookIntake:change.centre', 'bookIntake:change.name', 'menu.more'],
          ],
        ],
        { date: DATE, booking: booking.parts },
      );
      expect(await booking.store.get('K7M3QX')).toBeUndefined();
    },
  );

  // A probe: "het uur klopt nie" there showed the summary and "Klopt dit?" again (the "klopt" of nothing to change).
  it.each(['het uur klopt nie', 'uur klopt niet'])(
    'When "Wat wil je aanpassen?" gets "%s", Then the free hours come, never "Klopt dit?" again',
    async (said) => {
      const chat = await converse(
        [
          ...kevinToSummary,
          ['user', 'nee'],
          [
            'says',
            'bookIntake:change.question',
            ['bookIntake:change.slot', 'bookIntake:change.centre', 'bookIntake:change.name', 'menu.more'],
          ],
        ],
        { date: DATE, booking: testBooking(DATE).parts },
      );
      const reply = await chat.says(said);
      expect(reply.at(-1)?.text, said).toMatch(/Welk uur past voor jou\?$/);
    },
  );

  it('When "Klopt dit?" gets "ja ma ik heb een ander nummer", Then nothing is booked: the number is asked again', async () => {
    const booking = testBooking(DATE);
    await converse([...kevinToSummary, ['user', 'ja ma ik heb een ander nummer'], askContact], { date: DATE, booking: booking.parts });
    expect(await booking.store.get('K7M3QX')).toBeUndefined();
  });

  it('When booking near the end of the rules, Then "free" is said up to their last day, and a meeting after it is not promised free, booked or moved', async () => {
    // Monday 28 December 2026: the slots of the coming two weeks run into January, under rules not yet known.
    const date = '2026-12-28';
    const book = async (day: string) => {
      const chat = await Chat.start({ date, booking: testBooking(date).parts });
      await chat.says('hallo');
      const [intro] = await chat.says('Afspraak maken');
      expect(intro?.text).toBe(
        'Ik zoek een loopbaancentrum voor een eerste gesprek. Tot en met 31 december 2026 is dat gratis. Daarna is het nog niet zeker.',
      );
      for (const said of ['9000', 'Gent', 'ter plaatse', day, '1', 'An', '0470 12 34 56']) await chat.says(said);
      // No reminder: then "Klopt dit?" with everything.
      const summary = await chat.says('nee');
      return { chat, summary: summary[0]?.text ?? '' };
    };
    const january = await book('maandag 4 januari');
    expect(january.summary).toContain('Of een gesprek op 4 januari 2027 gratis is, is nog niet zeker.');
    expect((await january.chat.says('ja')).map((m) => m.text).join(' ')).toContain('maandag 4 januari');
    const [bring] = await january.chat.says('Wat neem ik mee?');
    expect(keysWithText(bring?.text ?? '')).toEqual(['bookIntake:confirmed.bring']);

    const december = await book('woensdag 30 december');
    expect(messageKeys(december.summary).flat()).not.toContain('bookIntake:summary.notSureFree');
    await december.chat.says('ja');
    const [bringFree] = await december.chat.says('Wat neem ik mee?');
    expect(keysWithText(bringFree?.text ?? '')).toEqual(['bookIntake:confirmed.bringFree']);
    // Moved into January, it is said and asked before the free day is given up; the code typed with a comma is found.
    const code = /[A-Z0-9]{6}/.exec(december.chat.received.map((m) => m.text).join(' '))?.[0] ?? '';
    await december.chat.says(`ik wil afspraak ${code}, verplaatsen naar maandag 4 januari`);
    await december.chat.says('ja');
    const [notice] = await december.chat.says('1');
    expect(notice?.text).toBe(
      'Of een gesprek op 4 januari 2027 gratis is, is nog niet zeker. Je afspraak op 30 december 2026 is wel gratis.',
    );
    const [moved] = await december.chat.says('ja');
    expect(moved?.text).toMatch(/^Je afspraak is verplaatst naar maandag 4 januari /);
  });

  it('When a French user types "sint niklaas", a day and a wrong e-mail where no reminder can be sent, Then the booking holds the e-mail and no reference', async () => {
    const booking = testBooking(DATE);
    const chat = await converse(
      [
        ...toSintNiklaasInFrench,
        ['user', 'Sur place'],
        ['says', 'bookIntake:slots.question', ['lun. 30 nov. 9 h', 'lun. 30 nov. 9 h 30', 'lun. 30 nov. 10 h', 'menu.more']],
        ['user', 'mardi après-midi'],
        ['says', 'bookIntake:slots.question', ['mar. 1 déc. 13 h', 'mar. 1 déc. 13 h 30', 'mar. 1 déc. 14 h', 'menu.more']],
        ['user', '3'],
        ...askName,
        ['user', "je m'appelle Marie"],
        askContact,
        ['user', 'marie@exemple'],
        ['says', 'bookIntake:who.contactRetry.email', HELPERS],
        ['user', 'Marie@Exemple.be'],
        summaryOf('in_person'),
        klopt,
        ['user', 'oui'],
        // Mail is set up here: she gave an address, so the confirmation says it comes by e-mail too.
        ...confirmed('address', false, true),
      ],
      { locale: 'fr-BE', date: DATE, booking: { ...booking.parts, canRemind: () => false, emailsPerson: true } },
    );
    const stored = await booking.store.get('K7M3QX');
    expect(stored).toMatchObject({
      locale: 'fr',
      reminderOptIn: false,
      person: { firstName: 'Marie', email: 'Marie@exemple.be' },
      slot: { centreId: 'demo-sint-niklaas', start: '2026-12-01T13:00:00.000Z' },
    });
    expect(stored?.conversationReference).toBeUndefined();
    expect(decodedIcs(chat)).toContain('DTSTART:20261201T130000Z\r\n');
  });

  it('When a day is typed before the hours ("mardi après-midi" at "Comment ?"), Then it is kept, the way is asked again, and the hours start on that day', () =>
    converse(
      [
        ...toSintNiklaasInFrench,
        ['user', 'mardi après-midi'],
        ['says', 'bookIntake:dayKept'],
        ['says', 'bookIntake:modes.question', ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online']],
        ['user', 'Sur place'],
        ['says', 'bookIntake:slots.question', ['mar. 1 déc. 13 h', 'mar. 1 déc. 13 h 30', 'mar. 1 déc. 14 h', 'menu.more']],
      ],
      { locale: 'fr-BE', date: DATE, booking: { ...testBooking(DATE).parts, canRemind: () => false } },
    ));

  it('When what is typed at "Comment ?" is neither a way nor a day, Then it is an ordinary miss: "je ne comprends pas" and the question', () =>
    converse(
      [
        ...toSintNiklaasInFrench,
        ['user', 'xyz'],
        ['says', 'notUnderstood'],
        ['says', 'bookIntake:modes.question', ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online']],
      ],
      { locale: 'fr-BE', date: DATE, booking: { ...testBooking(DATE).parts, canRemind: () => false } },
    ));

  it('When the wish names a day ("een afspraak dinsdag namiddag in Sint-Niklaas"), Then the hours start on that day', () =>
    converse(
      [
        // The centres and the question fill the turn: no hello before them.
        ['user', 'ik wil een afspraak dinsdag namiddag in Sint-Niklaas'],
        ...sintNiklaasInPerson,
        ['says', 'bookIntake:slots.question', ['di 1 dec 13.00 uur', 'di 1 dec 13.30 uur', 'di 1 dec 14.00 uur', 'menu.more']],
      ],
      { date: DATE, booking: { ...testBooking(DATE).parts, canRemind: () => false } },
    ));

  it('When the slot is taken between showing and confirming, Then the English user hears so, gets new choices and books another', async () => {
    const booking = testBooking(DATE);
    const chat = await converse(
      [
        ['user', 'hello'],
        ['says', 'greeting'],
        ['says', 'menu.question', ['menu.explain', 'menu.check', 'menu.book', 'menu.more']],
        ['user', 'book'],
        ['says', 'bookIntake:intro'],
        askPlace,
        ['user', '9000'],
        ...cards(),
        centreQuestion('Gent', 'Aalst', 'Sint-Niklaas'),
        ['user', 'only by phone'],
        ['says', ['bookIntake:centres.filterOnly', 'bookIntake:centres.titleKm', DATA, 'bookIntake:centres.modes']],
        card(),
        card(),
        ['says', 'bookIntake:centres.question', ['Aalst', 'Brussel', 'Antwerpen', 'menu.more']],
        ['tap', 'Aalst'],
        ['says', 'bookIntake:slots.question', ['Fri 27 Nov 12 pm', 'Fri 27 Nov 12.30 pm', 'Fri 27 Nov 1 pm', 'menu.more']],
        ['user', '1'],
        ...askName,
        ['user', 'Sam'],
        // By phone the centre must be able to call: an e-mail address is not enough.
        ['says', 'bookIntake:who.phoneForCall', HELPERS],
        ['user', 'sam@example.org'],
        ['says', 'bookIntake:who.contactRetry.emailForCall', HELPERS],
        ['user', '0470 12 34 56'],
        summaryOf('phone'),
        klopt,
      ],
      { locale: 'en', date: DATE, booking: { ...booking.parts, canRemind: () => false } },
    );
    // Someone else takes Friday noon at Aalst before Sam says yes.
    const taken = await booking.store.reserve({
      centreId: 'demo-aalst',
      slot: { centreId: 'demo-aalst', start: '2026-11-27T11:00:00.000Z', end: '2026-11-27T11:30:00.000Z' },
      person: { firstName: 'Other', phone: '+32470000000' },
      locale: 'nl',
      mode: 'phone',
      reminderOptIn: false,
    });
    expect(taken.ok).toBe(true);
    const replies = await chat.says('yes');
    expect(replies.map((r) => messageKeys(r.text, 'en')[0])).toEqual([['bookIntake:slotTaken'], ['bookIntake:slots.question']]);
    await chat.says('1');
    await chat.says('yes');
    expect((await booking.store.get('R8T2WA'))?.slot.start).toBe('2026-11-27T11:30:00.000Z');
  });
});

describe('BookIntakeDialog: how', () => {
  it('When a way the centre does not offer is typed ("telefonisch" at Mechelen), Then the bot says so and offers what it has', () =>
    converse(
      [
        ...startBooking,
        ['user', '2800'],
        ...cards('bookIntake:centres.titleNear'),
        centreQuestion('Mechelen', 'Vilvoorde', 'Brussel'),
        ['tap', 'Mechelen'],
        ['says', 'bookIntake:modes.question', ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.walking']],
        ['user', 'telefonisch'],
        ['says', 'bookIntake:modes.notOffered.phone', ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.walking']],
        ['user', 'wandelen'],
        ['says', 'bookIntake:slots.question', MONDAY_MORNING],
      ],
      { date: DATE, booking: testBooking(DATE).parts },
    ));
});

describe('BookIntakeDialog: a way refused with a time ("geen video")', () => {
  const isMorning = (button: string) => /\b(8|9|10|11)\.\d\d uur$/.test(button);

  it('When "geen video alleen voormiddag" is typed at the centres, Then online is left out and the morning is kept: the hours are mornings', async () => {
    const chat = await Chat.start({ date: DATE, booking: testBooking(DATE).parts });
    for (const said of ['hallo', 'Afspraak maken', 'genk']) await chat.says(said);
    const centres = await chat.says('geen video alleen voormiddag');
    expect(messageKeys(centres[0]?.text ?? '')[0]).toEqual(['bookIntake:centres.filterWithout']);
    const modes = await chat.says('Hasselt');
    expect(modes.at(-1)?.buttons).toEqual(['Ter plaatse', 'Wandelcoaching']);
    const hours = await chat.says('Ter plaatse');
    const shown = hours.at(-1)?.buttons.slice(0, 3) ?? [];
    expect(shown.length).toBe(3);
    expect(shown.every(isMorning), shown.join(', ')).toBe(true);
  });

  it('When "geen video" is typed at "Hoe wil je het gesprek doen?", Then online is left out: the other ways are asked, or the one left is taken', async () => {
    const toModes = async (centre: string) => {
      const chat = await Chat.start({ date: DATE, booking: testBooking(DATE).parts });
      for (const said of ['hallo', 'Afspraak maken', 'genk', centre]) await chat.says(said);
      return chat;
    };
    const hasselt = await toModes('Hasselt');
    const asked = await hasselt.says('geen video');
    expect(messageKeys(asked.at(-1)?.text ?? '')).toEqual([['bookIntake:modes.question']]);
    expect(asked.at(-1)?.buttons).toEqual(['Ter plaatse', 'Wandelcoaching']);
    // Genk meets in person or by phone; "geen video" is meeting the coach: in person.
    const genk = await toModes('Genk');
    const hours = await genk.says('geen video, liefst voormiddag');
    expect(hours.map((m) => messageKeys(m.text))).toEqual([[['bookIntake:momentKept']], [['bookIntake:slots.question']]]);
    expect(hours.at(-1)?.buttons.slice(0, 3).every(isMorning)).toBe(true);
    await genk.says('1');
    await genk.says('An');
    await genk.says('0470123456');
    const summary = await genk.says('nee');
    expect(summary[0]?.text).toContain('Het gesprek is ter plaatse.');
  });
});

describe('BookIntakeDialog: a name and number said with the wish', () => {
  it('When the first message gives name and number with the wish, Then neither is asked; what is kept is still told, and the summary has them', async () => {
    const chat = await converse([], { date: DATE, booking: testBooking(DATE).parts });
    await chat.says('ik ben Kevin, 0470 12 34 56, ik wil een afspraak in gent');
    await chat.says('1');
    await chat.says('online');
    const afterHour = await chat.says('1');
    expect(afterHour.map((m) => messageKeys(m.text))).toEqual([[['bookIntake:who.consent']], [['bookIntake:reminder.question']]]);
    const summary = await chat.says('nee');
    expect(summary[0]?.text).toContain('Voor: Kevin, 0470 12 34 56');
  });
});

describe('BookIntakeDialog: the hours asked, when the centre has none then', () => {
  /** Antwerpen, in person: its first free hours are on screen. */
  const antwerpenHours = async (): Promise<Chat> => {
    const chat = await converse([...startBooking, ['user', '2100'], ...cards(), centreQuestion('Antwerpen', 'Mechelen', 'Sint-Niklaas')], {
      date: DATE,
      booking: testBooking(DATE).parts,
    });
    await chat.says('1');
    await chat.says('ter plaatse');
    return chat;
  };
  const minutesOf = (title: string): number => {
    const [, hours = '0', minutes = '0'] = /(\d{1,2})\.(\d\d) uur/.exec(title) ?? [];
    return Number(hours) * 60 + Number(minutes);
  };

  it('When evenings or Saturday are asked where the centre is closed then, Then the nearest centre open then is offered, and its evening hours follow', async () => {
    const chat = await antwerpenHours();
    const offer = await chat.says("'s avonds of zaterdag");
    expect(offer.map((m) => messageKeys(m.text))).toEqual([
      [['bookIntake:slots.nothingThenElsewhere'], ['bookIntake:slots.elsewhereDistance']],
      [['bookIntake:slots.elsewhereQuestion']],
    ]);
    expect(offer[0]?.text).toContain('Mechelen');
    // As far as the list of centres said.
    const listed = chat.received.map((m) => /Mechelen, (\d+) km/.exec(m.text)?.[1]).find(Boolean);
    expect(listed).toBeDefined();
    expect(offer[0]?.text).toContain(`Dat is ${listed} km van de plaats die je gaf.`);
    const hours = await chat.says('Naar dat centrum');
    const slots = hours.at(-1);
    expect(messageKeys(slots?.text ?? '')).toEqual([['bookIntake:slots.question']]);
    const times = (slots?.buttons ?? []).filter((b) => b !== 'Meer');
    expect(times).toHaveLength(3);
    for (const time of times) expect(minutesOf(time)).toBeGreaterThanOrEqual(17 * 60);
  });

  it('When "Eerste uren hier" is chosen instead, Then the first free hours of this centre', async () => {
    const chat = await antwerpenHours();
    await chat.says("'s avonds of zaterdag");
    const hours = await chat.says('Eerste uren hier');
    expect(hours.at(-1)?.buttons).toEqual(FRIDAY_NOON.map((b) => (b === 'menu.more' ? 'Meer' : b)));
  });

  it('When nothing is free at the time asked and "Later" follows the first free hours, Then later hours, not the same ones again', async () => {
    const chat = await antwerpenHours();
    const first = await chat.says('zaterdag');
    expect(messageKeys(first[0]?.text ?? '')).toEqual([['bookIntake:slots.closedThenRange']]);
    const shown = first.at(-1)?.buttons ?? [];
    await chat.says('Meer');
    const later = await chat.says('Later');
    expect(later.map((m) => messageKeys(m.text))).toEqual([[['bookIntake:slots.question']]]);
    expect(later[0]?.buttons[0]).not.toBe(shown[0]);
    expect(minutesOf(later[0]?.buttons[0] ?? '')).toBeGreaterThan(minutesOf(shown[2] ?? ''));
  });
});

describe('BookIntakeDialog: a "ja" that comes twice', () => {
  it('When the turn that stored the booking could not save the conversation and "ja" comes again, Then the same booking is confirmed, not "taken"', async () => {
    const booking = testBooking(DATE);
    const storage = new MemoryStorage();
    const chat = await Chat.start({ locale: 'nl-BE', date: DATE, storage, booking: { ...booking.parts, canRemind: () => false } });
    for (const reply of ['hallo', 'afspraak maken', '9000', 'Gent', 'Ter plaatse', '1', 'An', '0470123456']) await chat.says(reply);
    // The conversation as it was at "Klopt dit?": what a turn that failed after storing leaves behind.
    const key = 'test/conversations/conversation-1/';
    const atSummary = structuredClone(await storage.read([key]));

    const first = await chat.says('ja');
    await storage.write({ [key]: { ...atSummary[key], eTag: '*' } });
    const again = await chat.says('ja');

    expect(messageKeys(again[0]?.text ?? '')).toEqual(messageKeys(first[0]?.text ?? ''));
    expect(again[0]?.text).toContain('K7M3QX');
    expect(await booking.store.list({})).toHaveLength(1);
    // The centre was told once.
    expect(booking.notices).toEqual([['confirmed', 'K7M3QX']]);
  });
});

describe('BookIntakeDialog: where', () => {
  it('When the postcode is in Wallonia, Then the bot says so and offers centres that work online or by phone, without distances', () =>
    converse(
      [
        ...startBooking,
        ['user', '4000'],
        ['says', ['bookIntake:where.outside', 'bookIntake:where.flandersOnly']],
        ['says', 'bookIntake:where.remoteQuestion', ['bookIntake:where.online', 'bookIntake:where.phone', 'menu.person']],
        ['tap', 'bookIntake:where.online'],
        ...cards('bookIntake:centres.title').map((l): Line =>
          l[0] === 'says' && Array.isArray(l[1]) ? ['says', ['bookIntake:centres.title', DATA, 'bookIntake:centres.modes']] : l,
        ),
        // Only online ones: no tip to type "niet online".
        ['says', 'bookIntake:centres.question', ['Brussel', 'Vilvoorde', 'Aalst', 'menu.more']],
      ],
      { date: DATE },
    ));

  it('When a place in Flanders is typed after one in Wallonia ("namur", then "sint niklaas"), Then its centres come', () =>
    converse(
      [
        ...startBooking,
        ['user', 'namur'],
        ['says', ['bookIntake:where.outside', 'bookIntake:where.flandersOnly']],
        ['says', 'bookIntake:where.remoteQuestion', ['bookIntake:where.online', 'bookIntake:where.phone', 'menu.person']],
        ['user', 'sint niklaas'],
        ...sintNiklaasInPerson,
        ['says', 'bookIntake:slots.question', MONDAY_MORNING],
      ],
      { date: DATE },
    ));

  it('When a day comes with the town ("sint niklaas, liefst dinsdag namiddag"), Then the town is taken and the hours start on that day', () =>
    converse(
      [
        ...startBooking,
        ['user', 'sint niklaas, liefst dinsdag namiddag'],
        ...sintNiklaasInPerson,
        ['says', 'bookIntake:slots.question', TUESDAY_AFTERNOON],
      ],
      { date: DATE },
    ));

  it('When "ander centrum" is typed at the hours, Then the centres near the town come again, and the day said stays', () =>
    converse(
      [
        ...startBooking,
        ['user', 'sint niklaas, liefst dinsdag namiddag'],
        ...sintNiklaasInPerson,
        ['says', 'bookIntake:slots.question', TUESDAY_AFTERNOON],
        ['user', 'ander centrum'],
        ...sintNiklaasInPerson,
        ['says', 'bookIntake:slots.question', TUESDAY_AFTERNOON],
      ],
      { date: DATE },
    ));

  it('When only a day is typed where the town is asked, Then the day is kept, the town asked again, and the hours start on that day', () =>
    converse(
      [
        ...startBooking,
        ['user', 'dinsdag namiddag'],
        ['says', 'bookIntake:dayKept'],
        askPlace,
        ['user', 'sint niklaas'],
        ...sintNiklaasInPerson,
        ['says', 'bookIntake:slots.question', TUESDAY_AFTERNOON],
      ],
      { date: DATE },
    ));

  it('When only a part of the day is typed early ("voormiddag", "le matin"), Then "that moment" is kept, never "that day"', async () => {
    for (const [locale, book, place, said, kept] of [
      ['nl', 'Afspraak maken', 'genk', 'voormiddag', 'Goed, dat moment onthoud ik voor straks.'],
      ['nl', 'Afspraak maken', 'genk', 'dinsdag', 'Goed, die dag onthoud ik voor straks.'],
      ['fr', 'Prendre rendez-vous', 'genk', 'le matin', "D'accord, je retiens ce moment pour plus tard."],
      ['en', 'Make an appointment', 'genk', 'after 5 pm', 'Good, I will keep that time for later.'],
    ] as const) {
      const chat = await Chat.start({ date: DATE, locale, booking: testBooking(DATE).parts });
      for (const text of ['hallo', book, place]) await chat.says(text);
      const [reply] = await chat.says(said);
      expect(reply?.text, said).toBe(kept);
    }
    // Where the town is asked, the same.
    const chat = await converse(startBooking, { date: DATE });
    const [reply] = await chat.says('namiddag');
    expect(reply?.text).toBe('Goed, dat moment onthoud ik voor straks.');
  });

  it('When a day is typed at "Welk centrum kies je?", Then it is kept, only the question comes again, and the hours start on that day', () =>
    converse(
      [
        ...startBooking,
        ['user', 'sint niklaas'],
        ...cards('bookIntake:centres.titleNear'),
        centreQuestion('Sint-Niklaas', 'Antwerpen', 'Aalst'),
        ['user', 'dinsdag namiddag'],
        ['says', 'bookIntake:dayKept'],
        centreQuestion('Sint-Niklaas', 'Antwerpen', 'Aalst'),
        ['user', 'Meer'],
        ...cards(),
        centreQuestion('Mechelen', 'Gent', 'Vilvoorde'),
        ['user', 'Gent'],
        [
          'says',
          'bookIntake:modes.question',
          ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online', 'bookIntake:modes.button.walking'],
        ],
        ['user', 'ter plaatse'],
        // The afternoon starts at one o'clock, after lunch.
        ['says', 'bookIntake:slots.question', TUESDAY_AFTERNOON],
      ],
      { date: DATE },
    ));

  it('When the user asks for a person while typing a place, Then the way to a person comes and the same question again', () =>
    converse([...startBooking, ['user', 'ik wil met iemand praten'], ...toPerson], { date: DATE }));

  it('When "2" is typed at the place question (its buttons show no number), Then it is no button: what to type is said, and the booking goes on', () =>
    converse(
      [
        ...startBooking,
        ['user', '2'],
        ['says', 'bookIntake:where.numberNotPlace', HELPERS],
        ['user', '9000'],
        ...cards(),
        centreQuestion('Gent', 'Aalst', 'Sint-Niklaas'),
      ],
      {
        date: DATE,
      },
    ));

  it.each([
    ['nl', 'xyzzy', 'Typ de naam van je gemeente of je postcode, bijvoorbeeld 9000.'],
    ['nl', 'qwerty', 'Typ de naam van je gemeente of je postcode, bijvoorbeeld 9000.'],
    ['fr', 'xyzzy', 'Tapez le nom de votre commune ou votre code postal, par exemple 9000.'],
  ])(
    'When %s "%s" misses at the town question and "1" comes next, Then "1" is no Terug: what to type is said, and the town typed next finds the centres',
    async (locale, miss, whatToType) => {
      const chat = await Chat.start({ date: DATE, locale });
      for (const said of ['hallo', locale === 'fr' ? 'Prendre rendez-vous' : 'Afspraak maken']) await chat.says(said);
      const [retry] = await chat.says(miss);
      expect(retry?.text).toMatch(/9000/);
      const [kind, ...rest] = await chat.says('1');
      expect(kind?.text).toBe(whatToType);
      expect(rest).toEqual([]);
      expect(kind?.buttons).toHaveLength(2);
      const centres = await chat.says('9000');
      expect(centres.at(-1)?.buttons.slice(0, 3)).toEqual(['Gent', 'Aalst', 'Sint-Niklaas']);
    },
  );
});

describe('BookIntakeDialog: who, and the eligibility answers that go with the booking', () => {
  it('When the eligibility check was done for someone else, Then the name question asks for their name and the answers go with the booking', async () => {
    const booking = testBooking(DATE);
    const storage = new MemoryStorage();
    const check: EligibilityCheck = {
      version: ELIGIBILITY_CHECK_VERSION,
      date: DATE,
      forWhom: 'other',
      said: { residence: 'flanders', work: 'employee' },
      input: { residence: 'flanders', work: 'employee' },
    };
    await storage.write({ 'test/conversations/conversation-1/': { eligibilityCheck: check, eTag: '*' } });
    await converse(
      [
        ...startBooking,
        ['user', '9000'],
        ...cards(),
        ...aalstOnlineFirstHour,
        ['says', 'bookIntake:who.consentOther'],
        ['says', 'bookIntake:who.nameOther', HELPERS],
        ['user', 'Fatima'],
        ['says', 'bookIntake:who.contactOther', HELPERS],
        ['user', '0470123456'],
        summaryOf('online'),
        klopt,
        ['user', 'ja'],
        ...confirmed('mode.online'),
      ],
      { date: DATE, storage, booking: { ...booking.parts, canRemind: () => false } },
    );
    expect((await booking.store.get('K7M3QX'))?.eligibility).toEqual(check);
  });

  it.each([
    ['nl', 'mijn nummer'],
    ['nl', 'ja dat nummer'],
    ['nl', 'dees nummer'],
  ])(
    'When %s "%s" is typed at the contact question where the channel shows no number, Then "Ik zie je nummer niet" and an example, never a handover',
    async (locale, said) => {
      await converse(
        [
          ...startBooking,
          ...aalstOnlineToName,
          ['user', 'Lien'],
          askContact,
          ['user', said],
          ['says', 'bookIntake:who.ownNumberUnseen', HELPERS],
          ['user', '0470123456'],
          summaryOf('online'),
          klopt,
        ],
        { locale, date: DATE, channelId: 'webchat' },
      );
    },
  );

  it.each(['mijn gsm is 0470/12.34.56', 'mijn nummer is +32 470 12 34 56', 'mijn gsm is 0470 12 34 56'])(
    'When "%s" is typed at the contact question where the channel shows no number, Then that number is taken, never "Ik zie je nummer niet"',
    async (said) => {
      await converse([...startBooking, ...aalstOnlineToName, ['user', 'Lien'], askContact, ['user', said], summaryOf('online'), klopt], {
        date: DATE,
        channelId: 'webchat',
      });
    },
  );

  it('When the booking is made on WhatsApp in West-Flemish ("joa"), Then it is made, without a calendar file WhatsApp would not show; "kan ekik nie komen" cancels', async () => {
    const chat = await converse(
      [
        ...startBooking,
        ...aalstOnlineToName,
        ['user', 'Lien'],
        askContact,
        ['user', '0470123456'],
        summaryOf('online'),
        klopt,
        ['user', 'joa'],
        ...confirmed('mode.online', false, false, false),
      ],
      { date: DATE, channelId: 'whatsapp', booking: { ...testBooking(DATE).parts, canRemind: () => false } },
    );
    expect(chat.received.filter((m) => m.attachments?.length)).toEqual([]);
    // "nie" is "niet": not "Wil je nog een afspraak maken?".
    const cancel = await chat.says('kan ekik nie komen, de baby is ziek');
    expect(cancel.at(-1)?.text).toBe('Wil je deze afspraak annuleren?');
  });

  it('When a part of the day follows a day at the hours ("mardi prochain", then "le matin svp"), Then that day\'s morning, not the first mornings to come', async () => {
    const chat = await Chat.start({ date: DATE, locale: 'fr', booking: testBooking(DATE).parts });
    for (const said of ['bonjour', 'Prendre rendez-vous', '9000', 'Gent', 'Sur place']) await chat.says(said);
    const tuesday = await chat.says('mardi prochain');
    expect(tuesday.at(-1)?.buttons[0]).toMatch(/^mar\. 1 déc\./);
    const morning = await chat.says('le matin svp');
    expect(morning.at(-1)?.buttons.slice(0, 3)).toEqual(['mar. 1 déc. 9 h', 'mar. 1 déc. 9 h 30', 'mar. 1 déc. 10 h']);
    // Another day replaces it.
    const thursday = await chat.says('jeudi');
    expect(thursday.at(-1)?.buttons[0]).toMatch(/^jeu\. 3 déc\./);
  });

  it('When "annuleren", "i need to cancel", "i cant come" or "annule le rdv" comes at "Kan ik je nog ergens mee helpen?" after booking, Then that booking is offered to cancel, never a goodbye', async () => {
    for (const [locale, cancel] of [
      ['nl', 'annuleren'],
      ['en', 'i need to cancel'],
      ['en', 'i cant come'],
      ['fr', 'annule le rdv'],
      ['fr', 'jpeux pas venir'],
    ] as const) {
      const chat = await Chat.start({ date: DATE, locale, booking: { ...testBooking(DATE).parts, canRemind: () => false } });
      const words = {
        nl: ['Afspraak maken', 'ja', 'Nee, bedankt'],
        en: ['Make an appointment', 'yes', 'No, thanks'],
        fr: ['Prendre rendez-vous', 'oui', 'Non, merci'],
      }[locale];
      for (const said of ['hallo', words[0], '9000', 'Aalst', 'online', '1', 'Lien', '0470123456']) await chat.says(said);
      await chat.says(words[1]);
      await chat.says(words[2]);
      const asked = await chat.says(cancel);
      expect(messageKeys(asked.at(-1)?.text ?? '', locale), cancel).toEqual([['manageBooking:cancel.question']]);
    }
  });

  // A probe: "ik kom niet", "I can't make it" at "Wil je nog iets weten?" offered a new booking ("kom", "make").
  it('When "ik kom niet", "ik ben verhinderd" or "I can\'t make it" comes right after booking or at the menu, Then that booking is offered to cancel', async () => {
    for (const [locale, cancel, first] of [
      ['nl', 'ik kom niet', false],
      ['nl', 'ik ben verhinderd', false],
      ['en', "I can't make it", false],
      ['nl', 'ik kom toch niet', true],
    ] as const) {
      const chat = await Chat.start({ date: DATE, locale, booking: { ...testBooking(DATE).parts, canRemind: () => false } });
      const words = { nl: ['Afspraak maken', 'ja', 'Nee, bedankt'], en: ['Make an appointment', 'yes', 'No, thanks'] }[locale];
      for (const said of ['hallo', words[0], '9000', 'Aalst', 'online', '1', 'Lien', '0470123456']) await chat.says(said);
      await chat.says(words[1]);
      // At "Wil je nog iets weten?" right after booking, or at the menu after it.
      if (first) await chat.says(words[2]);
      const asked = await chat.says(cancel);
      expect(messageKeys(asked.at(-1)?.text ?? '', locale), cancel).toEqual([['manageBooking:cancel.question']]);
    }
  });

  it('When the booking is made on WhatsApp, Then the number that writes is a button at "how can the centre reach you?"; a tap or "dit nummer" keeps it, another number typed wins', async () => {
    const toContact: Line[] = [...startBooking, ...aalstOnlineToName, ['user', 'Samira']];
    const askOwn: Line = ['says', 'bookIntake:who.contactOrOwn', ['0485 12 34 56', ...HELPERS]];
    for (const [answer, phone] of [
      ['tap', '+32485123456'],
      ['dit nummer', '+32485123456'],
      ['0470 12 34 56', '+32470123456'],
    ] as const) {
      const booking = testBooking(DATE);
      await converse(
        [
          ...toContact,
          askOwn,
          answer === 'tap' ? ['tap', '0485 12 34 56'] : ['user', answer],
          summaryOf('online'),
          klopt,
          ['user', 'ja'],
          ...confirmed('mode.online', false, false, false),
        ],
        { date: DATE, channelId: 'whatsapp', waId: '32485123456', booking: { ...booking.parts, canRemind: () => false } },
      );
      expect((await booking.store.get('K7M3QX'))?.person, answer).toEqual({ firstName: 'Samira', phone });
    }
    // Where the channel gives no number (Web Chat), the question is the plain one.
    await converse([...toContact, askContact], { date: DATE, channelId: 'webchat', waId: '32485123456' });
  });

  it('When a number and an e-mail address are typed on WhatsApp ("0478 12 34 56 of jolien.dv@gmail.com"), Then both go with the booking, never the number that writes instead', async () => {
    const booking = testBooking(DATE);
    await converse(
      [
        ...startBooking,
        ...aalstOnlineToName,
        ['user', 'Jolien'],
        ['says', 'bookIntake:who.contactOrOwn', ['0485 12 34 56', ...HELPERS]],
        ['user', '0478 12 34 56 of jolien.dv@gmail.com'],
        ['bot', /^Je afspraak:\n[^]*\nVoor: Jolien, 0478 12 34 56, jolien\.dv@gmail\.com$/],
        klopt,
        ['user', 'ja'],
        ...confirmed('mode.online', false, false, false),
      ],
      { date: DATE, channelId: 'whatsapp', waId: '32485123456', booking: { ...booking.parts, canRemind: () => false } },
    );
    expect((await booking.store.get('K7M3QX'))?.person).toEqual({
      firstName: 'Jolien',
      phone: '+32478123456',
      email: 'jolien.dv@gmail.com',
    });
  });

  it('When another time is said where the first name is asked, Then it is no name: with "nee wacht" the hours again, else how to pick another time', async () => {
    const toName: Line[] = [...startBooking, ...aalstOnlineToName];
    const options = { date: DATE, booking: { ...testBooking(DATE).parts, canRemind: () => false } };
    await converse(
      [...toName, ['user', 'liever vrijdag voormiddag'], ['says', 'bookIntake:who.nameIsTime', HELPERS], ['user', 'Dirk'], askContact],
      options,
    );
    // Taking back the hour chosen: the hours come again.
    const chat = await converse(toName, options);
    const hours = await chat.says('nee wacht, liever vrijdag voormiddag');
    expect(messageKeys(hours.at(-1)?.text ?? '')).toEqual([['bookIntake:slots.question']]);
  });

  it('When everyday words come where the first name is asked ("ik ben er", "kweet nie", "tis da"), Then they are no name: the question again; "Jolien, 29 jaar" is Jolien', async () => {
    const toName: Line[] = [...startBooking, ...aalstOnlineToName];
    const options = { date: DATE, booking: { ...testBooking(DATE).parts, canRemind: () => false } };
    for (const filler of ['ik ben er', 'kweet nie', 'tis da'])
      await converse([...toName, ['user', filler], ['says', 'bookIntake:who.nameRetry', HELPERS], ['user', 'Jolien'], askContact], options);
    // The age said with the name is no question about the conditions.
    const chat = await converse(
      [...toName, ['user', 'Jolien, 29 jaar'], askContact, ['user', '0470123456'], summaryOf('online'), klopt],
      options,
    );
    expect(chat.received.at(-2)?.text).toContain('Voor: Jolien, 0470 12 34 56');
  });

  it('When a compound first name is typed ("Jan-Willem", "Marie Claire", "mijn naam is Anne Sophie Peeters", "Mohamed Ali"), Then the whole first name is kept, a surname left out', async () => {
    const toName: Line[] = [...startBooking, ...aalstOnlineToName];
    const options = { date: DATE, booking: { ...testBooking(DATE).parts, canRemind: () => false } };
    for (const [typed, name] of [
      ['Jan-Willem', 'Jan-Willem'],
      ['Marie Claire', 'Marie Claire'],
      ['mijn naam is Anne Sophie Peeters', 'Anne Sophie'],
      ['Mohamed Ali', 'Mohamed Ali'],
    ]) {
      const chat = await converse([...toName, ['user', typed], askContact, ['user', '0470123456'], summaryOf('online'), klopt], options);
      expect(chat.received.at(-2)?.text).toContain(`Voor: ${name}, 0470 12 34 56`);
    }
  });

  it('When the way to meet is typed short ("per tel", "via de gsm", "bel mij maar"), Then it is by phone, never a call for a person', async () => {
    for (const typed of ['per tel', 'via de gsm', 'bel mij maar']) {
      const chat = await converse([...startBooking, ['user', '9000'], ...cards(), ...aalstOnlineFirstHour.slice(0, 3)], { date: DATE });
      const reply = await chat.says(typed);
      expect(messageKeys(reply.at(-1)?.text ?? ''), typed).toEqual([['bookIntake:slots.question']]);
    }
  });

  it.each(['ja maar liever woensdag', 'maar woensdag'])(
    'When "%s" is typed at "Hoe wil je het gesprek doen?", Then the day is kept and the question comes again, never a talk by phone ("bel me maar" has "maar" too)',
    async (said) => {
      await converse(
        [
          ...startBooking,
          ['user', '9000'],
          ...cards(),
          ...aalstOnlineFirstHour.slice(0, 3),
          ['user', said],
          ['says', 'bookIntake:dayKept'],
          ['says', 'bookIntake:modes.question', ['bookIntake:modes.button.online', 'bookIntake:modes.button.phone']],
          ['user', 'online'],
          ['says', 'bookIntake:slots.question', ['wo 2 dec 9.00 uur', 'wo 2 dec 9.30 uur', 'wo 2 dec 10.00 uur', 'menu.more']],
        ],
        { date: DATE },
      );
    },
  );

  it('When "ja maar liever woensdag" is typed at "Klopt dit?", Then the hours of Wednesday come, not "Wat wil je aanpassen?"; nothing is booked yet', async () => {
    const booking = testBooking(DATE);
    await converse(
      [
        ...startBooking,
        ...aalstOnlineToName,
        ['user', 'Lien'],
        askContact,
        ['user', '0470123456'],
        summaryOf('online'),
        klopt,
        ['user', 'ja maar liever woensdag'],
        ['says', 'bookIntake:slots.question', ['wo 2 dec 9.00 uur', 'wo 2 dec 9.30 uur', 'wo 2 dec 10.00 uur', 'menu.more']],
      ],
      { date: DATE, booking: { ...booking.parts, canRemind: () => false } },
    );
    expect(await booking.store.list({})).toEqual([]);
  });

  it('When "kan het later?" is typed at "Klopt dit?", Then the hours come again, never the offer to move a booking that does not exist yet', async () => {
    const booking = testBooking(DATE);
    await converse(
      [
        ...startBooking,
        ...aalstOnlineToName,
        ['user', 'Lien'],
        askContact,
        ['user', '0470123456'],
        summaryOf('online'),
        klopt,
        ['user', 'kan het later?'],
        ['says', 'bookIntake:slots.question', FRIDAY_NOON],
      ],
      { date: DATE, booking: { ...booking.parts, canRemind: () => false } },
    );
    expect(await booking.store.list({})).toEqual([]);
  });

  it('When "ik weet het nog niet" is typed at how to meet, at the hours and at "Klopt dit?", Then each is said more plainly and asked again, never "Bedoel je: Hoe werkt dit?"', () =>
    converse(
      [
        ...startBooking,
        ['user', '9000'],
        ...cards(),
        ...aalstOnlineFirstHour.slice(0, 3),
        ['user', 'ik weet het nog niet'],
        ['says', 'bookIntake:modes.simpler'],
        ['says', 'bookIntake:modes.question', ['bookIntake:modes.button.online', 'bookIntake:modes.button.phone']],
        ['user', 'online'],
        ['says', 'bookIntake:slots.question', FRIDAY_NOON],
        ['user', 'ik weet het nog niet'],
        ['says', 'bookIntake:slots.simpler'],
        ['says', 'bookIntake:slots.questionAgain', FRIDAY_NOON],
        ['user', '1'],
        ['says', 'bookIntake:who.consent'],
        ['says', 'bookIntake:who.name', HELPERS],
        ['user', 'Lien'],
        askContact,
        ['user', '0470123456'],
        summaryOf('online'),
        klopt,
        ['user', 'ik weet het nog niet'],
        ['says', 'bookIntake:summary.simpler'],
        klopt,
      ],
      { date: DATE },
    ));

  it.each(['ik kom langs', 'ik kom liever langs', 'liefst op kantoor', 'naar het kantoor'])(
    'When "%s" is typed at "Hoe wil je het gesprek doen?", Then it is a talk at the centre',
    async (said) => {
      await converse(
        [
          ...startBooking,
          ['user', '9000'],
          ...cards(),
          centreQuestion('Gent', 'Aalst', 'Sint-Niklaas'),
          ['tap', 'Gent'],
          [
            'says',
            'bookIntake:modes.question',
            ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online', 'bookIntake:modes.button.walking'],
          ],
          ['user', said],
          ['says', 'bookIntake:slots.question', FRIDAY_NOON],
          ['user', '1'],
          ...askName,
          ['user', 'An'],
          askContact,
          ['user', '0470123456'],
          summaryOf('in_person'),
          klopt,
        ],
        { date: DATE },
      );
    },
  );

  it('When the booking is asked "voor mijn moeder", Then the name and the number asked are hers, not "je voornaam"', () =>
    converse(
      [
        ...hello,
        ['user', 'ik wil een afspraak voor mijn moeder in Gent'],
        ...cards(),
        ...aalstOnlineFirstHour,
        ['bot', 'We bewaren de voornaam en het nummer of e-mail tot 30 dagen na het gesprek. Het centrum krijgt ze ook.'],
        ['bot', 'Wat is de voornaam van wie naar het gesprek gaat?', ['Terug', 'Met iemand praten']],
        ['user', 'Fatima'],
        ['bot', 'Op welk gsm-nummer of e-mailadres kan het centrum jullie bereiken?', ['Terug', 'Met iemand praten']],
      ],
      { date: DATE },
    ));
});

describe('BookIntakeDialog: the town said in the check', () => {
  const nearGent: Line = ['says', 'bookIntake:where.nearHome', ['answers.yes', 'bookIntake:where.otherPlace']];
  /** A check that ended with the town typed at "Waar woon je?" ("ik woon in Gent"). */
  async function storedCheck(): Promise<{ storage: MemoryStorage; check: EligibilityCheck }> {
    const storage = new MemoryStorage();
    const check: EligibilityCheck = {
      version: ELIGIBILITY_CHECK_VERSION,
      date: DATE,
      forWhom: 'self',
      said: { residence: 'flanders', work: 'employee' },
      input: { residence: 'flanders', work: 'employee' },
      home: { postcode: '9000', name: 'Gent', lat: 51.0543, lon: 3.7174 },
    };
    await storage.write({ 'test/conversations/conversation-1/': { eligibilityCheck: check, eTag: '*' } });
    return { storage, check };
  }

  it('When "hoe dan?" or "hoe bedoel je" comes at "Zoek je een centrum dicht bij Gent?", Then the question in plainer words and again; never "Die plaats ken ik niet"', async () => {
    for (const said of ['hoe dan?', 'hoe bedoel je'])
      await converse(
        [
          ...hello,
          ['tap', 'menu.book'],
          ['says', 'bookIntake:intro'],
          nearGent,
          ['user', said],
          ['says', 'bookIntake:where.simpler'],
          nearGent,
        ],
        { date: DATE, storage: (await storedCheck()).storage },
      );
  });

  it('When the town was typed in the check, Then the booking offers centres near it; "ja" lists them, and the town does not go with the booking', async () => {
    const booking = testBooking(DATE);
    const { storage, check } = await storedCheck();
    await converse(
      [
        ...hello,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        nearGent,
        ['user', 'ja'],
        ...cards('bookIntake:centres.titleNear'),
        ...aalstOnlineFirstHour,
        ...askName,
        ['user', 'Fatima'],
        askContact,
        ['user', '0470123456'],
        summaryOf('online'),
        klopt,
        ['user', 'ja'],
        ...confirmed('mode.online'),
      ],
      { date: DATE, storage, booking: { ...booking.parts, canRemind: () => false } },
    );
    const { home: _home, ...answers } = check;
    expect((await booking.store.get('K7M3QX'))?.eligibility).toEqual(answers);
  });

  it('When another town is wanted ("nee", or a town typed), Then the place question comes, or the centres near that town', async () => {
    await converse([...hello, ['tap', 'menu.book'], ['says', 'bookIntake:intro'], nearGent, ['user', 'nee'], askPlace], {
      date: DATE,
      storage: (await storedCheck()).storage,
    });
    await converse(
      [
        ...hello,
        ['tap', 'menu.book'],
        ['says', 'bookIntake:intro'],
        nearGent,
        ['user', 'sint niklaas'],
        ...cards('bookIntake:centres.titleNear'),
        centreQuestion('Sint-Niklaas', 'Antwerpen', 'Aalst'),
      ],
      { date: DATE, storage: (await storedCheck()).storage },
    );
  });
});

describe('BookIntakeDialog: golden transcript', () => {
  /** "9000", the three centres near Gent, "Gent" tapped, and how the meeting is held. */
  const toGentModes: Line[] = [
    ['user', '9000'],
    ...cards(),
    centreQuestion('Gent', 'Aalst', 'Sint-Niklaas'),
    ['tap', 'Gent'],
    [
      'says',
      'bookIntake:modes.question',
      ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online', 'bookIntake:modes.button.walking'],
    ],
  ];

  it('When a French-speaking user books, Then the start and the summary say the guidance is in Dutch, before they confirm', async () => {
    const booking = testBooking(DATE);
    await converse(
      [
        ...hello,
        ['tap', 'menu.book'],
        ['bot', "Je cherche un centre d'orientation pour votre premier entretien gratuit. L'accompagnement se fait en néerlandais."],
        askPlace,
        ...toGentModes,
        ['user', 'sur place'],
        ['says', 'bookIntake:slots.question', ['ven. 27 nov. 12 h', 'ven. 27 nov. 12 h 30', 'ven. 27 nov. 13 h', 'menu.more']],
        ['user', '1'],
        ...askName,
        ['user', 'Anne'],
        askContact,
        ['user', '0470 12 34 56'],
        [
          'bot',
          "Votre rendez-vous :\nQuand : vendredi 27 novembre à 12 h\nOù : Demo Loopbaancentrum Gent, Voorbeeldkaai 5, 9000 Gent\nL'entretien a lieu sur place, en néerlandais.\nPour : Anne, 0470 12 34 56",
        ],
        ['bot', "C'est correct ?", ['Oui', 'Non']],
      ],
      { date: DATE, locale: 'fr', booking: { ...booking.parts, canRemind: () => false } },
    );
  });

  it('When a Dutch user books at Gent, Then these are the exact words of the summary and the confirmation', async () => {
    const booking = testBooking(DATE);
    const chat = await converse(
      [
        ...startBooking,
        ...toGentModes,
        ['user', 'ter plaatse'],
        ['says', 'bookIntake:slots.question', FRIDAY_NOON],
        ['user', '1'],
        ...askName,
        ['user', 'An'],
        askContact,
        ['user', '0470 12 34 56'],
        [
          'bot',
          'Je afspraak:\nWanneer: vrijdag 27 november om 12.00 uur\nWaar: Demo Loopbaancentrum Gent, Voorbeeldkaai 5, 9000 Gent\nHet gesprek is ter plaatse.\nVoor: An, 0470 12 34 56',
        ],
        ['bot', 'Klopt dit?', ['Ja', 'Nee']],
        ['user', 'ja'],
        ['bot', 'Je code: K7M3QX\nJe afspraak staat vast. Bewaar deze code.'],
        [
          'bot',
          'Op vrijdag 27 november om 12.00 uur bij Demo Loopbaancentrum Gent.\nAdres: Voorbeeldkaai 5, 9000 Gent\nBekijk op de kaart: https://www.openstreetmap.org/?mlat=51.053&mlon=3.725#map=17/51.053/3.725',
        ],
        ['bot', 'Zet de afspraak in je agenda met dit bestand.'],
        ['bot', 'Wil je nog iets weten?', ['Wat neem ik mee?', 'Kan ik annuleren?', 'Nee, bedankt']],
      ],
      { date: DATE, booking: { ...booking.parts, canRemind: () => false } },
    );
    expect(chat.received.at(-2)?.attachments?.[0]?.name).toBe('K7M3QX.ics');
  });
});

describe('BookIntakeDialog: another place named at "Klopt dit?"', () => {
  // Were "Oké, we stoppen hier" (heard as cancelling: the name and number lost) and "Bedoel je …?".
  it.each(['nee, ik wil toch naar Sint-Niklaas', 'liever in Sint-Niklaas'])(
    'When "%s" comes at the summary, Then the centres near that place; the name and number stay for the new summary',
    async (said) => {
      const chat = await chatInBooking('2026-12-09', 'nl', '9000', '1', 'Ter plaatse', '2', 'Fatma', '0485 99 88 77');
      expect(keysOf(chat, chat.received.at(-1)?.text)).toEqual(['bookIntake:summary.question']);
      const reply = await chat.says(said);
      expect(reply.at(-1)?.buttons[0]).toBe('Sint-Niklaas');
      for (const step of ['1', 'Ter plaatse', '1']) await chat.says(step);
      const summary = chat.received.at(-2)?.text ?? '';
      expect(summary).toContain('9100 Sint-Niklaas');
      expect(summary).toContain('Voor: Fatma, 0485 99 88 77');
    },
  );
});
