import { describe, expect, it } from 'vitest';
import { testBooking } from '../support/booking.js';
import { Chat, converse, DATA, type ChatOptions, type Line } from '../support/converse.js';
import { keysOf } from '../support/keys.js';
import { didYouMean, forWhom, greeting, hello, HELPERS, menu, queuedIn, residence, toPerson, work } from '../support/lines.js';

/*
 * A person is one tap away: whoever asks for one in their own words (a long sentence, dialect,
 * typos, no accents, in Dutch, French or English), at the menu or in the middle of a question,
 * gets the way to a person. Never an answer read from a word of it, "niet begrepen", or the
 * answer about the bot.
 */

const DATE = '2026-11-26';
/** The way to a person in staff hours, with the free number's button in the chat's language. */
const toPersonIn = (call: string): Line[] => [toPerson[0] as Line, ['says', 'handover:callSelf', [call]], toPerson[2] as Line];
const toPersonEn = toPersonIn('Call 0800 30 700');
const toPersonFr = toPersonIn('Appeler le 0800 30 700');
const booking = (): Partial<ChatOptions> => ({ booking: { ...testBooking(DATE).parts, canRemind: () => false } });

const years: Line[] = [
  ['says', 'checkEligibility:years.whatCounts'],
  [
    'says',
    'checkEligibility:years.question',
    ['checkEligibility:years.ranges.7.below', 'checkEligibility:years.ranges.7.atLeast', 'checkEligibility:answers.unknown'],
  ],
];
const toForWhom: Line[] = [...hello, ['tap', 'menu.check'], ['says', 'checkEligibility:intro'], forWhom];
const toResidence: Line[] = [...toForWhom, ['tap', 'checkEligibility:forWhom.self'], residence];
const toWork: Line[] = [...toResidence, ['tap', 'checkEligibility:answers.flanders'], work];
const toYears: Line[] = [...toWork, ['tap', 'checkEligibility:answers.employee'], ...years];

const askMode: Line = [
  'says',
  'bookIntake:modes.question',
  ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online', 'bookIntake:modes.button.walking'],
];
const card: Line = ['says', ['bookIntake:centres.titleKm', DATA, 'bookIntake:centres.modes']];
/** From "hallo" to "Hoe wil je het gesprek doen?" at the Gent centre. */
const toMode: Line[] = [
  ...hello,
  ['tap', 'menu.book'],
  ['says', 'bookIntake:intro'],
  ['says', 'bookIntake:where.question', HELPERS],
  ['user', '9000'],
  card,
  card,
  card,
  ['says', 'bookIntake:centres.question', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']],
  ['tap', 'Gent'],
  askMode,
];

describe("a person asked for in a sentence of one's own, in the middle of the check", () => {
  it('When "I would prefer to speak to an actual human being if that is possible" comes at a question, Then the way to a person', async () => {
    const said = 'I would prefer to speak to an actual human being if that is possible';
    await converse([...toForWhom, ['user', said], ...toPersonEn], { date: DATE, locale: 'en' });
    await converse([...toYears, ['user', said], ...toPersonEn], { date: DATE, locale: 'en' });
  });

  it('When Flemish dialect asks for a person ("kan ik nie ne mens aan de lijn krijgen"), Then the way to a person, never "niet begrepen"', async () => {
    await converse([...toResidence, ['user', 'kan ik nie ne mens aan de lijn krijgen'], ...toPerson], { date: DATE });
    await converse([...toWork, ['user', 'kheb gin goesting in ne robot ik wil ne mens'], ...toPerson], { date: DATE });
  });

  // Found by a blind persona probe: "nie" respelled "niet", with the comma gone, denied the call that followed.
  it('When a call is asked after not understanding ("ik snap die vragen nie, kan er iemand mij bellen aub"), Then the number to call is asked, never the years again', async () => {
    const chat = await Chat.start({ date: DATE });
    await chat.opens();
    for (const said of ['kan ik er een krijgen', 'voor mezelf', 'antwerpen', 'arbeider']) await chat.says(said);
    const reply = await chat.says('ik snap die vragen nie, kan er iemand mij bellen aub');
    expect(reply.at(-1)?.text).toBe('Op welk telefoonnummer mogen we je bellen?');
  });

  it('When the bot is refused ("ik wil niet met een robot praten", "pas un robot", "not a bot"), Then the way to a person, never what the bot is', async () => {
    await converse([...toResidence, ['user', 'ik wil niet met een robot praten'], ...toPerson], { date: DATE });
    await converse([...hello, ['user', 'geen robot aub'], ...toPerson], { date: DATE });
    await converse([...toResidence, ['user', 'je ne veux pas parler à un robot'], ...toPersonFr], { date: DATE, locale: 'fr' });
    await converse([...toForWhom, ['user', "I don't want to talk to a bot"], ...toPersonEn], { date: DATE, locale: 'en' });
    // Asked, it is a question about the bot: what it is, and the question again.
    await converse([...toResidence, ['user', 'ben jij geen robot?'], ['says', 'sideQuestions:iAmABot'], residence], { date: DATE });
  });

  it('When "let me speak to someone please" comes at "Who is this check for?", Then a person, never "Someone else"', () =>
    converse([...toForWhom, ['user', 'let me speak to someone please'], ...toPersonEn], { date: DATE, locale: 'en' }));

  it('When "ik versta het niet, kan iemand mij helpen" or "je comprends pas, quelqu un peut m aider" comes at a question, Then a person, never an answer', async () => {
    await converse([...toYears, ['user', 'ik versta het niet, kan iemand mij helpen'], ...toPerson], { date: DATE });
    await converse([...toResidence, ['user', 'je comprends pas, quelqu un peut m aider'], ...toPersonFr], { date: DATE, locale: 'fr' });
  });

  it('When a person is asked for and then not wanted ("Nee, dank je"), Then the same question again: nothing given is lost', () =>
    converse(
      [
        ...toYears,
        ['user', 'graag een mens'],
        ...toPerson,
        ['tap', 'handover:how.no'],
        ['says', 'handover:how.declined'],
        years[1] as Line,
      ],
      { date: DATE },
    ));

  it('When "ik snap het niet" comes at "Wil je nu chatten of wil je dat we je bellen?", Then what each way means, never "typ dan: met iemand praten"', () =>
    converse(
      [
        ...hello,
        ['user', 'ik wil met iemand praten'],
        ...toPerson,
        ['user', 'ik snap het niet'],
        ['says', 'handover:how.simpler'],
        toPerson[2] as Line,
      ],
      {
        date: DATE,
      },
    ));
});

describe('the way to a person named in the asking', () => {
  const callIn = { nl: 'Bel 0800 30 700', fr: 'Appeler le 0800 30 700', en: 'Call 0800 30 700' } as const;

  // Was "Er staat geen terugbelverzoek van jou open" ("bel me niet" heard as a call-back taken
  // back), or "Wil je nu chatten of wil je dat we je bellen?" after chatting was asked for.
  it.each([
    ['nl', 'bel me niet, ik wil chatten'],
    ['nl', 'kan ik hier met iemand chatten?'],
    ['fr', "ne m'appelez pas, je préfère chatter"],
    ['en', "don't call me, I want to chat"],
    ['en', 'I would like to chat with someone'],
  ] as const)(
    'When (%s) "%s" is said at the menu, Then the chat with a person starts, never the choice between chatting and a call',
    async (locale, said) => {
      await converse([...hello, ['user', said], ...queuedIn(callIn[locale])], { date: DATE, locale });
    },
  );

  // Was "Tik gewoon op een knop om te antwoorden", or a chat offered to one who cannot type.
  it.each([
    ['nl', 'ik kan niet typen, kan iemand mij bellen?'],
    ['nl', 'ik kan niet goed lezen, bel mij aub'],
    ['fr', "je ne sais pas écrire, vous pouvez m'appeler ?"],
    ['en', "I can't type, can someone call me?"],
    // The chat refused, a call asked: was "Wil je nu chatten of wil je dat we je bellen?".
    ['nl', 'ik wil niet chatten, bel mij'],
    ['fr', 'je ne veux pas chatter, appelez-moi'],
    ['en', "I don't want to chat, call me please"],
    // A call asked for in so many words: was the choice between chatting and a call, "Bel me terug" tapped again.
    ['nl', 'kunt ge mij bellen?'],
    ['nl', 'kunde mij eens bellen'],
    ['nl', 'ik wil dat iemand me terugbelt'],
    ['fr', 'rappelez-moi svp'],
    ['fr', "vous pouvez m'appeler ?"],
    ['en', 'can you call me back?'],
    ['en', 'please give me a call'],
  ] as const)('When (%s) "%s" is said, Then the call-back: the number is asked, no chat offered', async (locale, said) => {
    await converse([...hello, ['user', said], ['says', 'handover:callback.phone', ['buttons.back']]], { date: DATE, locale });
  });

  it('When the chat is refused ("ik wil niet gebeld worden", "is this chat private?"), Then no person: the call-back taken back, what the bot keeps', async () => {
    await converse([...hello, ['user', 'ik wil niet gebeld worden'], ['says', 'handover:callback.noneOpen'], menu], { date: DATE });
    const chat = await converse(hello, { date: DATE, locale: 'en' });
    expect((await chat.says('is this chat private?'))[0]?.text).toMatch(/^I keep this conversation for 30 days/);
  });
});

describe('the free number tried in vain', () => {
  // Was "Bedoel je …?", or the way to a person that told them to call the number that failed them.
  const calledInVain: Line[] = [toPerson[0] as Line, ['says', 'handover:calledInVain'], toPerson[2] as Line];

  it('When someone says they called and nobody answers ("ik heb al gebeld maar niemand neemt op"), Then a person, with a call back offered and never the number again', async () => {
    for (const said of ['ik heb al gebeld maar niemand neemt op', 'ik bel al heel de dag naar vdab maar ik kom er niet door'])
      await converse([...hello, ['user', said], ...calledInVain], { date: DATE });
    // As the first message, in English and French.
    for (const [locale, said] of [
      ['en', 'I called but nobody answers'],
      ['fr', "j'ai appelé mais personne ne répond"],
    ] as const)
      await converse([['user', said], ['says', 'greetingShort'], ...calledInVain], { date: DATE, locale });
  });
});

describe('a job that sounds like staff', () => {
  it('When "je suis conseillère en banque" answers "Que faites-vous en ce moment ?", Then it is read as work, never the way to an adviser', () =>
    converse(
      [
        ...toWork,
        ['user', 'je suis conseillère en banque'],
        didYouMean('checkEligibility:answers.employee', 'checkEligibility:answers.self_employed'),
      ],
      { date: DATE, locale: 'fr' },
    ));
});

describe('a name that sounds like a call', () => {
  it('When "je m appelle marie" is said at the menu, Then it is a hello, no wish for a person ("m\'appelle" is no "appelle-moi")', () =>
    converse([...hello, ['user', 'je m appelle marie'], greeting, menu], { date: DATE, locale: 'fr' }));

  it('When the name comes with a wish to be called ("je m\'appelle Marie, appelez-moi svp"), Then the call-back: the number is asked', () =>
    converse([...hello, ['user', "je m'appelle Marie, appelez-moi svp"], ['says', 'handover:callback.phone', ['buttons.back']]], {
      date: DATE,
      locale: 'fr',
    }));
});

describe('a person asked for at the menu', () => {
  it('When "kheb gin goesting in ne robot ik wil ne mens" is said, Then the way to a person, not the answer about the bot', async () => {
    await converse([...hello, ['user', 'kheb gin goesting in ne robot ik wil ne mens'], ...toPerson], { date: DATE });
    await converse([...hello, ['user', 'je veux pas un robot je veux un humain'], ...toPersonFr], { date: DATE, locale: 'fr' });
  });

  it('When it is the first message ("kan ik nie ne mens aan de lijn krijgen"), Then a short hello and the way to a person', () =>
    converse([['user', 'kan ik nie ne mens aan de lijn krijgen'], ['says', 'greetingShort'], ...toPerson], { date: DATE }));

  it('When "ben jij een robot?" is asked, Then still the answer about the bot, then the menu', () =>
    converse([...hello, ['user', 'ben jij een robot?'], ['says', 'sideQuestions:iAmABot'], menu], { date: DATE }));
});

describe('a person asked for while booking', () => {
  it('When "ik wil liever met een echte persoon spreken" comes at "Hoe wil je het gesprek doen?", Then a person, not "Ter plaatse"', () =>
    converse([...toMode, ['user', 'ik wil liever met een echte persoon spreken'], ...toPerson], { date: DATE, ...booking() }));

  it('When "kan iemand mij bellen" comes there, Then it is the way of meeting asked (by phone, which this centre does not do), not a person', () =>
    converse(
      [
        ...toMode,
        ['user', 'kan iemand mij bellen'],
        [
          'says',
          'bookIntake:modes.notOffered.phone',
          ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online', 'bookIntake:modes.button.walking'],
        ],
      ],
      { date: DATE, ...booking() },
    ));
});

describe('a call asked in words the recognizer misreads', () => {
  // Were a booking ("in de voormiddag" heard as moving one), with the number and the time lost.
  it.each([
    ['bel mij in de voormiddag op 0478123456', 'handover:callback.when.morning'],
    ['bel mij morgen in de voormiddag op 0478123456', 'handover:callback.whenDay.morning'],
  ])('When "%s" is the first thing typed, Then the call-back is taken on that number at that time', async (said, when) => {
    const chat = await Chat.start({ date: '2026-12-09' });
    await chat.opens();
    const reply = await chat.says(said);
    expect(reply.map((m) => keysOf(chat, m.text)[0])).toEqual(['handover:callback.done', when, 'menu.questionAgain']);
    expect(reply[0]?.text).toContain('0478 12 34 56');
  });

  // Were "Bedoel je dit?", "Sorry, dat begreep ik niet" and "Sorry, dat was niet duidelijk".
  it.each(['belme', 'mijn situatie is ingewikkeld', "c'est un cas particulier"])(
    'When "%s" is typed at the menu, Then the way to a person',
    async (said) => {
      await converse([...hello, ['user', said], ...toPerson], { date: DATE });
    },
  );
});

it('When "bel mij aub ik kan ni goe lezen" is typed at the menu, Then the call asked for is not asked again: only the number', async () => {
  const chat = await Chat.start({ date: DATE });
  await chat.opens();
  const reply = await chat.says('bel mij aub ik kan ni goe lezen');
  expect(reply.map((m) => keysOf(chat, m.text)[0])).toEqual(['handover:callback.phone']);
});

describe('"nee" to a choice of meanings', () => {
  // Was "Tot ziens!": a "no, none of these" ended the chat.
  it('When "nee" answers "Bedoel je een van deze?", Then say it otherwise, and the menu again', async () => {
    const chat = await Chat.start({ date: DATE });
    await chat.opens();
    const offered = await chat.says('ik werk op de Amerikaanse ambassade als chauffeur. kan ik een loopbaancheque?');
    expect(keysOf(chat, offered.at(-1)?.text)).toContain('fallback.didYouMean');
    const reply = await chat.says('nee');
    expect(reply.map((m) => keysOf(chat, m.text)[0])).toEqual(['fallback.sayItDifferently', 'menu.question']);
  });
});
