import { describe, expect, it } from 'vitest';
import { converse, type Line } from '../support/converse.js';
import { costEndingSoon, greeting, hello, menu, toPerson } from '../support/lines.js';

const moreMenu: Line = ['says', 'menu.moreQuestion', ['menu.person', 'menu.language', 'menu.myBooking']];
const askPlace: Line[] = [
  ['says', 'bookIntake:intro'],
  ['says', 'bookIntake:where.question', ['buttons.back', 'menu.person']],
];
const askForWhom: Line[] = [
  ['says', 'checkEligibility:intro'],
  ['says', 'checkEligibility:forWhom.question', ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other']],
];

describe('RootDialog: greeting and menu', () => {
  it('When the user opens the chat, Then the bot greets and shows three choices plus Meer', () => converse([['opens'], greeting, menu]));

  it('When "dag" is typed at the first menu, Then it is a Flemish hello, not a goodbye; after help it takes leave', async () => {
    await converse([['opens'], greeting, menu, ['user', 'dag'], ['says', 'greetingShort'], menu]);
    const chat = await converse([...hello]);
    await chat.says('Wat is een loopbaancheque?');
    await chat.says('ja');
    expect((await chat.says('dag'))[0]?.text).toMatch(/^Tot ziens/);
  });

  it('When "nee" or "nee dank je" is the answer to "Waar kan ik je mee helpen?", Then nothing is needed: goodbye, with a way to start again; never "niet begrepen"', async () => {
    const goodbye: Line = ['says', 'goodbye', ['buttons.startAgain']];
    for (const no of ['nee', 'nee dank je', 'neen']) await converse([['opens'], greeting, menu, ['user', no], goodbye]);
    await converse([['opens'], greeting, menu, ['user', 'non merci'], goodbye], { locale: 'fr' });
    // A no with a question is the question: "nee maar wat kost het" gets the price.
    const [price] = await (await converse(hello)).says('nee maar wat kost het');
    expect(price?.text).not.toMatch(/^Tot ziens/);
  });

  it('When "doei", "bedankt" or "bye" comes after the chat stopped or took leave, Then the goodbye again, never a new hello; "hallo" starts afresh', async () => {
    const goodbye: Line = ['says', 'goodbye', ['buttons.startAgain']];
    for (const leave of ['doei', 'bedankt', 'ok bedankt', 'tot ziens']) {
      await converse([...hello, ['user', 'stop'], ['says', 'stopped', ['buttons.startAgain']], ['user', leave], goodbye]);
    }
    await converse([...hello, ['user', 'nee dank je'], goodbye, ['user', 'daag'], goodbye, ['user', 'hallo'], greeting, menu]);
    await converse([['opens'], greeting, menu, ['user', 'stop'], ['says', 'stopped', ['buttons.startAgain']], ['user', 'bye'], goodbye], {
      locale: 'en',
    });
    // In a new chat "dag" is a Flemish hello.
    await converse([['user', 'dag'], greeting, menu]);
  });

  it('When someone introduces themselves at the menu ("ik heet Fatima", "je m\'appelle Marie", "my name is Tom"), Then a hello back and the menu, never "niet begrepen"', async () => {
    await converse([...hello, ['user', 'ik heet Fatima'], greeting, menu]);
    await converse([...hello, ['user', 'mijn naam is Marie'], greeting, menu]);
    const chat = await converse([['user', 'bonjour'], greeting, menu, ['user', "je m'appelle Marie"], greeting, menu], { locale: 'fr' });
    expect(chat.received.at(-2)?.text).toMatch(/^Bonjour/);
    await converse([['user', 'hello'], greeting, menu, ['user', 'my name is Tom'], greeting, menu], { locale: 'en' });
  });

  it('When only a first name is typed at the menu ("Marie", "Fatima", "johan peeters", "John"), Then a hello back, never a guess read from the name', async () => {
    for (const name of ['Marie', 'Fatima', 'johan peeters']) await converse([...hello, ['user', name], greeting, menu]);
    await converse([['user', 'hello'], greeting, menu, ['user', 'John'], greeting, menu], { locale: 'en' });
    // An e-mail address or a number is no name said to greet.
    const [address] = await (await converse(hello)).says('jan@gmail.com');
    expect(address?.text).not.toMatch(/^Hallo/);
    // A name with a question, or with an everyday word, is read as before.
    await converse([...hello, ['user', 'jan wat kost het'], costEndingSoon, menu], { date: '2026-12-07' });
  });

  it.each([
    ['nl', 'ik heb een vraag'],
    ['nl', 'vraagje'],
    ['fr', "j'ai une question"],
    ['en', 'quick question'],
    // The subject still to come (was "niet begrepen").
    ['nl', 'ik heb een vraag over'],
    ['fr', "j'ai une question sur"],
    ['en', 'i have a question about'],
  ])(
    'When %s "%s" announces a question at the menu without asking it, Then "ask away" and the menu; never "niet begrepen"',
    async (locale, said) => {
      await converse([...hello, ['user', said], ['says', 'menu.askAway'], menu], { locale });
    },
  );

  it('When a question is announced with what it is about ("ik heb een vraag over de prijs"), Then that is what is answered', async () => {
    await converse([...hello, ['user', 'ik heb een vraag over de prijs'], costEndingSoon, menu], { date: '2026-12-07' });
    await converse([...hello, ['user', 'een vraag over de prijs'], costEndingSoon, menu], { date: '2026-12-07' });
    await converse([...hello, ['user', 'i have a question about the price'], costEndingSoon, menu], { date: '2026-12-07', locale: 'en' });
  });

  it('When the user types a number, Then the button with that number is chosen', () =>
    converse([...hello, ['user', '4'], moreMenu, ['user', '1'], ...toPerson]));

  it('When the user types the words with typos, Then the bot still understands', () =>
    converse([...hello, ['user', 'ik wil ne afsrpaak'], ...askPlace]));

  it('When the first message already says what the user wants, Then the greeting is followed by that flow', () =>
    converse([['user', 'kan ik er een krijgen?'], ['says', 'greetingShort'], ...askForWhom]));

  it('When the first message asks a side question, Then it is answered before the menu', () =>
    converse(
      [
        ['user', 'hoeveel moet ik betaale'],
        ['says', 'greetingShort'],
        [
          'says',
          ['sideQuestions:firstMeetingFree', 'explainCheque:terms.cheques', 'explainCheque:terms.hours', 'explainCheque:terms.price'],
        ],
        menu,
      ],
      { date: '2021-03-01' },
    ));

  it('When a first booking names a day part ("ik wil een afspraak in Sint-Niklaas dinsdag in de voormiddag"), Then it is a new booking, no code is asked', async () => {
    const chat = await converse([...hello]);
    const reply = await chat.says('ik wil een afspraak in Sint-Niklaas volgende dinsdag in de voormiddag');
    expect(reply.at(-1)?.text).toBe('Welk centrum kies je?');
  });

  it('When a first message is only "afspraak" and a town ("afspraak mechelen"), Then the centres of that town come at once', async () => {
    const chat = await converse([...hello]);
    const reply = await chat.says('afspraak mechelen');
    expect(reply.at(-1)).toMatchObject({ text: 'Welk centrum kies je?' });
    expect(reply.at(-1)?.buttons[0]).toBe('Mechelen');
  });

  it('When the menu is answered with a town ("gent") or a postcode, Then that is where a centre is looked for', async () => {
    for (const place of ['gent', '9000']) {
      const chat = await converse([...hello]);
      const reply = await chat.says(place);
      expect(reply.at(-1)?.text, place).toBe('Welk centrum kies je?');
      expect(reply.at(-1)?.buttons[0], place).toBe('Gent');
    }
  });

  it('When the menu is answered with a time ("avond", "zaterdag of avond"), Then a meeting at that time is looked for, never a goodbye', async () => {
    for (const time of ['avond', 'zaterdag of avond', 'liefst morgen namiddag']) {
      const chat = await converse([...hello]);
      const reply = await chat.says(time);
      expect(reply.map((m) => m.text).join(' '), time).toContain('In welke gemeente zoek je een centrum?');
      await chat.says('3600');
      await chat.says('Genk');
      const slots = await chat.says('Ter plaatse');
      // The time said at the menu is the one the hours are looked for at: Genk has none then.
      expect(slots[0]?.text, time).toMatch(/^Hier is er dan niets vrij\./);
    }
    // "Tot morgen" takes leave.
    await converse([...hello, ['user', 'tot morgen'], ['says', 'goodbye', ['buttons.startAgain']]]);
    // So does a thanks with "dat was het" (was "Oké, we stoppen hier.", heard as a stop).
    await converse([...hello, ['user', 'bedankt, dat was het'], ['says', 'goodbye', ['buttons.startAgain']]]);
  });

  it('When the loopbaankrediet has replaced the cheque (2027), Then the greeting says career guidance, not "the cheque"', async () => {
    const chat = await converse([], { date: '2027-01-06' });
    const reply = await chat.says('hallo');
    expect(reply[0]?.text).toBe('Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met loopbaanbegeleiding.');
  });

  it('When the first message is "met iemand praten", Then the way to a person comes at once', () =>
    converse([['user', 'met iemand praten'], ['says', 'greetingShort'], ...toPerson]));
});

describe('RootDialog: "Meer"', () => {
  it('When a main-menu answer is typed inside "Meer", Then it works there too', () =>
    converse([...hello, ['tap', 'menu.more'], moreMenu, ['user', 'Afspraak maken'], ...askPlace]));

  it('When "meer" is typed again under "Meer" (no such button there), Then the same question: no stop, no village Meer', () =>
    converse([...hello, ['user', 'meer'], moreMenu, ['user', 'meer'], moreMenu]));

  it('When "Plus" is mistyped ("pluss"), Then it is "Plus", never a stop (the recognizer hears "plus" as stop)', () =>
    converse([['user', 'bonjour'], ['says', 'greeting'], menu, ['user', 'pluss'], moreMenu], { locale: 'fr' }));

  it('When "Mijn afspraak" is tapped under "Meer", Then it asks see, move or cancel, and each asks for the booking', async () => {
    const myBooking: Line[] = [
      ...hello,
      ['tap', 'menu.more'],
      moreMenu,
      ['tap', 'menu.myBooking'],
      ['says', 'menu.myBookingQuestion', ['menu.viewBooking', 'manageBooking:menu.move', 'manageBooking:menu.cancel']],
    ];
    const askCode: Line = ['says', 'manageBooking:code.question', ['buttons.back', 'menu.person']];
    await converse([...myBooking, ['tap', 'manageBooking:menu.move'], askCode]);
    await converse([...myBooking, ['user', '3'], askCode]);
    await converse([...myBooking, ['tap', 'menu.viewBooking'], askCode]);
  });

  it('When "terug" is typed inside "Meer", Then the main menu comes back, not "Meer" again', () =>
    converse([
      ['user', 'meer'],
      ['says', 'greetingShort'],
      moreMenu,
      ['user', 'terug'],
      menu,
      ['user', 'terug'],
      ['says', 'backAtStart'],
      menu,
    ]));

  it('When "uitleg" is typed inside "Meer", Then the explanation starts', () =>
    converse(
      [
        ...hello,
        ['tap', 'menu.more'],
        moreMenu,
        ['user', 'wat is een loopbaancheque'],
        ['says', 'explainCheque:what'],
        ['says', ['explainCheque:terms.cheques', 'explainCheque:terms.hours', 'explainCheque:terms.price']],
        ['says', 'explainCheque:clear', ['answers.yes', 'answers.no', 'explainCheque:more']],
      ],
      { date: '2021-03-01' },
    ));
});

/** The global commands in each language, at a question in the middle of a flow. */
const COMMAND_CASES = [
  { locale: 'nl-BE', help: 'help', restart: 'opnieuw', back: 'terug', stop: 'stop', person: 'met iemand praten', call: 'Bel 0800 30 700' },
  {
    locale: 'fr-BE',
    help: 'aide',
    restart: 'recommencer',
    back: 'retour',
    stop: 'arrêter',
    person: 'parler à quelqu’un',
    call: 'Appeler le 0800 30 700',
  },
  { locale: 'en', help: 'help', restart: 'restart', back: 'back', stop: 'stop', person: 'talk to a person', call: 'Call 0800 30 700' },
];

describe.each(COMMAND_CASES)('global commands ($locale)', (c) => {
  const atForWhom: Line[] = [['tap', 'menu.check'], ...askForWhom];
  const start: Line[] = [['opens'], greeting, menu, ...atForWhom];
  const options = { locale: c.locale };

  it(`When the user types "${c.help}" at a question, Then it explains how to answer and asks the same question again`, () =>
    converse(
      [...start, ['user', c.help], ['says', 'help.what'], ['says', 'help.how'], ['says', 'help.commands'], askForWhom[1] as Line],
      options,
    ));

  it(`When the user types "${c.restart}", Then it greets again and shows the menu`, () =>
    converse([...start, ['user', c.restart], greeting, menu], options));

  it(`When the user types "${c.back}", Then the previous question comes back, and at the start it says so`, () =>
    converse([...start, ['user', c.back], menu, ['user', c.back], ['says', 'backAtStart'], menu], options));

  it(`When the user asks for a person mid-question and then types "${c.back}", Then the question they left comes back`, () =>
    converse(
      [
        ...start,
        ['user', c.person],
        ['says', 'handover:intro'],
        ['says', 'handover:callSelf', [c.call]],
        toPerson[2] as Line,
        ['user', c.back],
        askForWhom[1] as Line,
        ['user', c.back],
        menu,
      ],
      options,
    ));

  it(`When the user types "${c.stop}", Then the bot stops with a way to start again, and the next message starts afresh`, () =>
    converse(
      [...start, ['user', c.stop], ['says', 'stopped', ['buttons.startAgain']], ['tap', 'buttons.startAgain'], greeting, menu],
      options,
    ));
});

describe('"terug" after asking for a person', () => {
  const atPlace: Line[] = [...hello, ['tap', 'menu.book'], ...askPlace];

  it('When "Met iemand praten" is tapped at the place question and then "terug", Then the place question comes back, not the menu', () =>
    converse([...atPlace, ['tap', 'menu.person'], ...toPerson, ['user', 'terug'], askPlace[1] as Line]));

  it('When the person flow asked a second question, Then "terug" goes back in it first, then to the question it interrupted', () =>
    converse([
      ...atPlace,
      ['tap', 'menu.person'],
      ...toPerson,
      ['tap', 'handover:how.callback'],
      ['says', 'handover:callback.phone', ['buttons.back']],
      ['user', 'terug'],
      ...toPerson,
      ['user', 'terug'],
      askPlace[1] as Line,
    ]));

  it('When a person is asked for at the menu and then "terug", Then the menu comes back', () =>
    converse([...hello, ['user', 'met iemand praten'], ...toPerson, ['user', 'terug'], menu]));
});

describe('commands and answers', () => {
  it('When a Dutch conversation gets an English "back" or a misspelled "opniew", Then both are understood', () =>
    converse([...hello, ['user', '4'], moreMenu, ['user', 'back'], menu, ['user', 'opniew'], greeting, menu]));

  it('When "hallo" comes in the middle of a question, Then the bot says hello and asks the same question: nothing is lost', () =>
    converse([...hello, ['tap', 'menu.check'], ...askForWhom, ['user', 'hallo'], ['says', 'sideQuestions:hello'], askForWhom[1] as Line]));

  it('When the user says goodbye, Then the bot says goodbye with a way to start again', () =>
    converse([...hello, ['user', 'tot ziens'], ['says', 'goodbye', ['buttons.startAgain']]]));

  it('When a short goodbye comes mid-question, Then the bot says goodbye; a longer sentence once heard as one is read as what it says', async () => {
    await converse([
      ...hello,
      ['tap', 'menu.check'],
      ...askForWhom,
      ['user', 'bedankt, tot ziens'],
      ['says', 'goodbye', ['buttons.startAgain']],
    ]);
    // "je vis à gand" (four words) is what the recognizer once took for a goodbye; it tells about
    // oneself, so at "Pour qui ?" it is the answer "for me", and Gent is where one lives.
    await converse(
      [
        ['user', "est-ce que j'ai droit au chèque ?"],
        ['says', 'greetingShort'],
        ...askForWhom,
        ['user', 'je vis à gand'],
        [
          'says',
          'checkEligibility:work.question',
          ['checkEligibility:answers.employee', 'checkEligibility:answers.self_employed', 'checkEligibility:answers.noJob', 'menu.more'],
        ],
      ],
      { locale: 'fr-BE' },
    );
  });

  it('When the open question offers "Met iemand praten", Then typing it is that answer', () =>
    converse(
      [
        ...hello,
        ['user', '1'],
        ['says', 'explainCheque:what'],
        ['says', ['explainCheque:terms.cheques', 'explainCheque:terms.hours', 'explainCheque:terms.price']],
        ['says', 'explainCheque:clear', ['answers.yes', 'answers.no', 'explainCheque:more']],
        ['user', 'nee'],
        ['says', 'explainCheque:simplerOrPerson', ['explainCheque:simpler', 'menu.person']],
        ['user', 'Met iemand praten'],
        ...toPerson,
      ],
      { date: '2021-03-01' },
    ));

  it('When "andere taal" is typed at a question, Then the language question comes, and then the same question in the new language', () =>
    converse([
      ...hello,
      ['tap', 'menu.check'],
      ...askForWhom,
      ['user', 'andere taal'],
      ['says', 'chooseLanguage:question', ['chooseLanguage:nl', 'chooseLanguage:fr', 'chooseLanguage:en']],
      ['tap', 'chooseLanguage:fr'],
      ['bot', "D'accord, on continue en français."],
      ['bot', 'Pour qui faites-vous cette vérification ?', ['Pour moi', "Quelqu'un d'autre"]],
    ]));
});

describe('a long message', () => {
  it('When a long story is typed at a question, Then other work runs between the readings of it, and the question still takes it in', async () => {
    const chat = await converse([...hello, ['user', 'Kan ik er een krijgen?'], ...askForWhom]);
    const story = `Voor mezelf. ${'Ik werk al jaren in de bouw en mijn rug doet pijn, ik wil iets anders. '.repeat(8)}`;
    expect(story.length).toBeGreaterThan(300);
    let turnDone = false;
    let otherWorkRanDuringTurn = false;
    const turn = chat.says(story).then((reply) => {
      turnDone = true;
      return reply;
    });
    setImmediate(() => {
      otherWorkRanDuringTurn = !turnDone;
    });
    const reply = await turn;
    expect(otherWorkRanDuringTurn).toBe(true);
    expect(reply.at(-1)?.text).toBe('Waar woon je?');
  });
});
