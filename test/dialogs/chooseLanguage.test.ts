import { MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { Chat, converse, type Line } from '../support/converse.js';

/** Said after a switch the user asked for with a question: whatever the chat's language, the guidance is in Dutch. */
const GUIDANCE_FR = "L'accompagnement dans un centre d'orientation se fait en néerlandais.";
const GUIDANCE_EN = 'The guidance at a career centre is in Dutch.';
const NL_MENU = ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer'];
const FR_MENU = ["C'est quoi un chèque carrière ?", 'Puis-je en recevoir un ?', 'Prendre rendez-vous', 'Plus'];

const EN_MENU = ['What is a career cheque?', 'Can I get one?', 'Make an appointment', 'More'];
/** Someone who has only chosen a language has not been helped yet: the greeting, in that language. */
const greetedInFrench: Line[] = [
  ['bot', 'Bonjour ! Je suis Loopbaanbot, le bot du VDAB. Je vous aide avec le chèque carrière.'],
  ['bot', 'Comment puis-je vous aider ?', FR_MENU],
];
const greetedInEnglish: Line[] = [
  ['bot', 'Hello! I am Loopbaanbot from VDAB. I help you with the career cheque.'],
  ['bot', 'What can I help you with?', EN_MENU],
];

const switchToFrench: Line[] = [
  ['user', 'hallo'],
  ['bot', 'Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.'],
  ['bot', 'Waar kan ik je mee helpen?', NL_MENU],
  ['user', 'meer'],
  ['bot', 'Wat wil je doen?', ['Met iemand praten', 'Andere taal', 'Mijn afspraak']],
  ['user', 'andere taal'],
  ['bot', 'In welke taal wil je verder?', ['Nederlands', 'Français', 'English']],
  ['user', 'Français'],
  ['bot', "D'accord, on continue en français."],
  ...greetedInFrench,
];

describe('ChooseLanguageDialog', () => {
  it('When the user picks Français, Then the bot goes on in French in the same turn', () => converse(switchToFrench));

  it('When the user chose French before, Then a new conversation starts in French even if the client says Dutch', async () => {
    const storage = new MemoryStorage();
    await converse(switchToFrench, { storage, conversationId: 'first' });
    await converse(
      [
        ['user', 'hallo'],
        ['bot', 'Bonjour ! Je suis Loopbaanbot, le bot du VDAB. Je vous aide avec le chèque carrière.'],
        ['bot', 'Comment puis-je vous aider ?', FR_MENU],
      ],
      { storage, conversationId: 'second', locale: 'nl-BE' },
    );
  });

  // A greeting many Muslims use, in any language: before, "Sorry, dat begreep ik niet". So was a Flemish "hee".
  it.each(['salam aleykum', 'Salaam', 'assalamu alaikum', 'hee', 'heey'])(
    'When the user greets with "%s", Then the bot greets back',
    async (said) => {
      await converse([
        ['user', said],
        ['bot', 'Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.'],
        ['bot', 'Waar kan ik je mee helpen?', NL_MENU],
      ]);
    },
  );

  it('When "Andere taal" is chosen by its number ("2" under "Meer"), Then the languages are asked, not the second one taken', () =>
    converse([
      ['user', 'hallo'],
      ['says', 'greeting'],
      ['says', 'menu.question', ['menu.explain', 'menu.check', 'menu.book', 'menu.more']],
      ['user', '4'],
      ['says', 'menu.moreQuestion', ['menu.person', 'menu.language', 'menu.myBooking']],
      ['user', '2'],
      ['bot', 'In welke taal wil je verder?', ['Nederlands', 'Français', 'English']],
      ['user', '3'],
      ['bot', 'Fine, we continue in English.'],
      ...greetedInEnglish,
    ]));

  it('When the user types "frans" or a number at the language question, Then that is understood too', () =>
    converse([
      ['user', 'hallo'],
      ['bot', /^Hallo!/],
      ['bot', 'Waar kan ik je mee helpen?', NL_MENU],
      ['user', 'andere taal'],
      ['bot', 'In welke taal wil je verder?', ['Nederlands', 'Français', 'English']],
      ['user', '3'],
      ['bot', 'Fine, we continue in English.'],
      ...greetedInEnglish,
      ['user', 'other language'],
      ['bot', 'Which language do you want to continue in?', ['Nederlands', 'Français', 'English']],
      ['user', 'nederlands'],
      ['bot', 'Goed, we praten verder in het Nederlands.'],
      ['bot', /^Hallo!/],
      ['bot', 'Waar kan ik je mee helpen?', NL_MENU],
    ]));

  it('When the language is changed after the user was helped, Then the menu says "nog iets?", without a new greeting', () =>
    converse([
      ['user', 'hallo'],
      ['bot', /^Hallo!/],
      ['bot', 'Waar kan ik je mee helpen?', NL_MENU],
      ['user', 'wat is een loopbaancheque'],
      ['bot', /^Met een loopbaancheque/],
      ['bot', /./],
      ['bot', 'Was dit duidelijk?', ['Ja', 'Nee', 'Meer uitleg']],
      ['user', 'ja'],
      ['bot', 'Fijn!'],
      ['bot', 'Kan ik je nog ergens mee helpen?', NL_MENU],
      ['user', 'english please'],
      ['bot', 'Fine, we continue in English.'],
      ['bot', 'Can I help you with anything else?', EN_MENU],
    ]));

  it('When the client reports a language the bot does not speak, Then it speaks Dutch', () =>
    converse(
      [
        ['user', 'hallo'],
        ['bot', 'Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.'],
        ['bot', 'Waar kan ik je mee helpen?', NL_MENU],
      ],
      { locale: 'de-DE' },
    ));
  const hello: Line[] = [
    ['user', 'hallo'],
    ['bot', /^Hallo!/],
    ['bot', 'Waar kan ik je mee helpen?', NL_MENU],
  ];

  it('When the wish asks for the language ("kan ik in het Frans praten?", "kan in frans?"), Then the bot goes on in French at once, and says the guidance is in Dutch', async () => {
    const inFrench = "D'accord, on continue en français. L'accompagnement dans un centre d'orientation se fait en néerlandais.";
    for (const asked of ['kan ik in het frans praten?', 'kan in frans?'])
      await converse([...hello, ['user', asked], ['bot', inFrench], ...greetedInFrench]);
    // Only named, not asked: the switch alone.
    await converse([...hello, ['user', 'frans'], ['bot', "D'accord, on continue en français."], ...greetedInFrench]);
  });

  it('When a language is named to ask whether one must speak it ("neerlandais obligatoire?", "is dutch mandatory?"), Then the guidance is in Dutch, and the chat stays in its language', async () => {
    await converse(
      [['opens'], ...greetedInFrench, ['user', 'neerlandais obligatoire?'], ['bot', GUIDANCE_FR], greetedInFrench[1] as Line],
      {
        locale: 'fr',
      },
    );
    await converse([['opens'], ...greetedInEnglish, ['user', 'is dutch mandatory?'], ['bot', GUIDANCE_EN], greetedInEnglish[1] as Line], {
      locale: 'en',
    });
  });

  it('When the first message is only a greeting of another language ("bonjour", "good morning") where no client language is known, Then the bot introduces itself in it and offers it', async () => {
    await converse(
      [
        ['user', 'bonjour'],
        greetedInFrench[0] as Line,
        ['bot', 'Voulez-vous continuer en français ?', ['Oui', 'Non']],
        ['user', 'oui'],
        ['bot', "D'accord, on continue en français."],
        greetedInFrench[1] as Line,
      ],
      { channelId: 'whatsapp' },
    );
    await converse([['user', 'good morning'], greetedInEnglish[0] as Line, ['bot', 'Do you want to continue in English?', ['Yes', 'No']]], {
      channelId: 'whatsapp',
    });
    // Everyone's greeting is no language of its own.
    await converse(
      [
        ['user', 'hallo'],
        ['bot', /^Hallo!/],
        ['bot', 'Waar kan ik je mee helpen?', NL_MENU],
      ],
      { channelId: 'whatsapp' },
    );
  });

  // Was "Sorry, dat begreep ik niet" ("Rappelez-moi") or the Dutch help and greeting: one or two
  // words, none Dutch, all French, are too short for the language detector.
  // "good morning" was "Goed. Tik op wat je wil doen.", read from "good".
  it.each([
    ['Rappelez-moi', 'Voulez-vous continuer en français ?', ['Oui', 'Non']],
    ['aidez-moi', 'Voulez-vous continuer en français ?', ['Oui', 'Non']],
    ['au secours', 'Voulez-vous continuer en français ?', ['Oui', 'Non']],
    ['bonsoir', 'Voulez-vous continuer en français ?', ['Oui', 'Non']],
    ['good morning', 'Do you want to continue in English?', ['Yes', 'No']],
  ])('When "%s" is typed at the menu of a Dutch chat, Then that language is offered', async (said, offer, buttons) => {
    await converse([...hello, ['user', said], ['bot', offer, buttons]]);
  });

  // Found by a blind persona probe: read in French, "price?" was "privé": the privacy notice.
  it('When "price?" is typed at the menu of a French chat, Then English is offered, never the privacy notice', () =>
    converse([['user', 'bonjour'], ...greetedInFrench, ['user', 'price?'], ['bot', 'Do you want to continue in English?', ['Yes', 'No']]], {
      locale: 'fr',
    }));

  // Found by a blind persona probe: "Flandre" was lost, and "Où habitez-vous ?" asked after it.
  it('When the offer of French is answered with an answer ("Flandre") after a wish for the check, Then French, and that answer is kept for the check', async () => {
    const chat = await Chat.start();
    await chat.opens();
    expect((await chat.says('bjr jveux savoir si jpeux avoir le cheque')).at(-1)?.text).toBe('Voulez-vous continuer en français ?');
    expect((await chat.says('Flandre')).at(-1)?.text).toBe('Pour qui faites-vous cette vérification ?');
    expect((await chat.says('Pour moi')).at(-1)?.text).toBe('Que faites-vous en ce moment ?');
  });

  it('When the offer of French is answered "ja", Then that yes is written in Dutch: the chat stays Dutch', () =>
    converse([
      ...hello,
      ['user', 'bonsoir'],
      ['bot', 'Voulez-vous continuer en français ?', ['Oui', 'Non']],
      ['user', 'ja'],
      ['bot', 'Goed, we praten verder in het Nederlands.'],
      ['bot', 'Waar kan ik je mee helpen?', NL_MENU],
    ]));

  it('When "Rappelez-moi" is typed at the menu and French taken, Then the call-back it asked for goes on in French', () =>
    converse([
      ...hello,
      ['user', 'Rappelez-moi'],
      ['bot', 'Voulez-vous continuer en français ?', ['Oui', 'Non']],
      ['user', 'Oui'],
      ['bot', 'À quel numéro pouvons-nous vous appeler ?', ['Retour']],
    ]));

  // "sorry" and "qwerty" were "Do you want to continue in English?".
  it.each(['merci', 'ok', 'hallo', 'help', 'sorry', 'qwerty'])(
    'When "%s", a word of Dutch chats too or nobody\'s, is typed at the menu, Then no language is offered',
    async (said) => {
      const chat = await Chat.start();
      await chat.opens();
      expect((await chat.says(said)).map((m) => m.text)).not.toContain('Voulez-vous continuer en français ?');
      expect(chat.received.map((m) => m.text)).not.toContain('Do you want to continue in English?');
    },
  );

  it('When someone says which language they do not speak ("ik spreek geen Nederlands"), Then that one is not chosen: the question comes', () =>
    converse([
      ...hello,
      ['user', 'ik spreek geen nederlands'],
      ['bot', 'In welke taal wil je verder?', ['Nederlands', 'Français', 'English']],
    ]));

  it('When someone says their Dutch is weak ("ik spreek slecht Nederlands"), Then the language question, never "the guidance is in Dutch" alone', async () => {
    for (const weak of ['ik spreek slecht nederlands', 'ik spreek een beetje nederlands'])
      await converse([...hello, ['user', weak], ['bot', 'In welke taal wil je verder?', ['Nederlands', 'Français', 'English']]]);
    // Written in English: on in English at once.
    await converse([
      ...hello,
      ['user', 'my dutch is bad'],
      ['bot', 'Fine, we continue in English.'],
      ['bot', /^Hello!/],
      ['bot', 'What can I help you with?', EN_MENU],
    ]);
  });

  it('When someone asks for a language the bot does not speak, Then it says which ones it speaks, and asks', async () => {
    // Written in another script, whatever it says ("Hello, can we speak Ukrainian?", "Hello, do you speak Arabic?").
    // Written in Latin letters in that language: before, "Bedoel je dit? Andere taal", in Dutch.
    for (const asked of [
      'kan ik in het turks praten?',
      'spreekt u arabisch?',
      'Привіт, можна українською?',
      'مرحبا هل تتكلم العربية',
      'Merhaba, Türkçe konuşuyor musunuz',
      'Dzień dobry, czy mówi pan po polsku?',
      'buna ziua, vorbiti romana?',
      // Asking for help in a language the bot does not speak: before, "Sorry, dat begreep ik niet" or "Bedoel je …?".
      'hola necesito ayuda',
      'buenos dias',
      'bom dia preciso de ajuda',
      'guten Tag, ich brauche Hilfe',
      'iş arıyorum',
    ])
      await converse([
        ...hello,
        ['user', asked],
        ['bot', 'Ik spreek Nederlands, Frans en Engels. De begeleiding in een loopbaancentrum is in het Nederlands.'],
        ['bot', 'In welke taal wil je verder?', ['Nederlands', 'Français', 'English']],
      ]);
  });
  // Was the language question: the message lost, and after "Nederlands" the menu as if nothing was said.
  it.each([
    'merhaba ik ben ayse ik werk als kuisvrouw met dienstencheques 9 jaar mijn rug doet pijn ik wil ander werk',
    'salam alaikum ik wil weten of ik een cheque kan krijgen',
  ])(
    'When a greeting of a language the bot does not speak opens a message in Dutch ("%s"), Then the message is read: the check starts',
    async (said) => {
      const chat = await Chat.start();
      await chat.opens();
      const replies = await chat.says(said);
      expect(replies.map((m) => m.text)).toContain('Ik stel je een paar korte vragen. Daarna weet je of het kan.');
      expect(replies.map((m) => m.text).join(' ')).not.toContain('In welke taal');
    },
  );

  // Was the language question alone: which language the guidance is in went unsaid.
  it.each([
    [
      'nl',
      'in welke taal is het?',
      'Ik spreek Nederlands, Frans en Engels. De begeleiding in een loopbaancentrum is in het Nederlands.',
      'In welke taal wil je verder?',
    ],
    [
      'fr',
      "c'est en quelle langue ?",
      "Je parle néerlandais, français et anglais. L'accompagnement dans un centre d'orientation se fait en néerlandais.",
      'Dans quelle langue voulez-vous continuer ?',
    ],
    [
      'en',
      'what language is it in?',
      'I speak Dutch, French and English. The guidance at a career centre is in Dutch.',
      'Which language do you want to continue in?',
    ],
  ] as const)(
    'When (%s) "%s" is asked, Then the languages of the chat and of the guidance, and the language question',
    async (locale, asked, said, question) => {
      const chat = await Chat.start({ locale });
      await chat.opens();
      const reply = await chat.says(asked);
      expect(reply).toEqual([
        { text: said, buttons: [] },
        { text: question, buttons: ['Nederlands', 'Français', 'English'] },
      ]);
    },
  );

  it('When "I don\'t speak Dutch" is typed in an English chat, Then the guidance is in Dutch, said, and the menu (was "Which language?"); written in French in a Dutch chat, French', async () => {
    await converse(
      [
        ['user', 'hello'],
        ['bot', /^Hello!/],
        ['bot', 'What can I help you with?', EN_MENU],
        ['user', "I don't speak Dutch"],
        ['bot', GUIDANCE_EN],
        ['bot', 'What can I help you with?', EN_MENU],
        ['user', 'my dutch is not good, is that a problem?'],
        ['bot', GUIDANCE_EN],
        ['bot', 'What can I help you with?', EN_MENU],
      ],
      { locale: 'en' },
    );
    await converse(
      [
        ['user', 'bonjour'],
        ['bot', 'Bonjour ! Je suis Loopbaanbot, le bot du VDAB. Je vous aide avec le chèque carrière.'],
        ['bot', 'Comment puis-je vous aider ?', FR_MENU],
        ['user', "je ne parle pas bien néerlandais, c'est un problème ?"],
        ['bot', GUIDANCE_FR],
        ['bot', 'Comment puis-je vous aider ?', FR_MENU],
      ],
      { locale: 'fr' },
    );
    await converse([
      ...hello,
      ['user', 'bonjour je parle pas neerlandais'],
      ['bot', "D'accord, on continue en français."],
      ...greetedInFrench,
    ]);
  });

  it("When weak Dutch is said beside asking for the check or telling one's work, Then the guidance is in Dutch, said, and the check starts with what was told (was the answer alone, the check lost)", async () => {
    await converse(
      [
        ['user', 'hello'],
        ['bot', /^Hello!/],
        ['bot', 'What can I help you with?', EN_MENU],
        ['user', 'i am working in warehouse in antwerp since 8 year, can i have cheque? my dutch not good'],
        ['bot', GUIDANCE_EN],
        ['bot', 'I will ask you a few short questions. Then you will know if it is possible.'],
        // Working in Antwerp is no home there: where one lives is still asked.
        ['bot', 'Where do you live?', ['Flanders', 'Brussels', 'Somewhere else']],
      ],
      { locale: 'en' },
    );
    await converse(
      [
        ['user', 'bonjour'],
        ['bot', 'Bonjour ! Je suis Loopbaanbot, le bot du VDAB. Je vous aide avec le chèque carrière.'],
        ['bot', 'Comment puis-je vous aider ?', FR_MENU],
        ['user', 'je parle pas bien néerlandais, est-ce que je peux avoir le chèque ?'],
        ['bot', GUIDANCE_FR],
        ['bot', "Je vais vous poser quelques questions courtes. Ensuite, vous saurez si c'est possible."],
        // "je parle …" is about oneself: whom the check is for is not asked.
        ['bot', 'Où habitez-vous ?', ['Flandre', 'Bruxelles', 'Ailleurs']],
      ],
      { locale: 'fr' },
    );
  });

  // Found by a blind persona probe: the guidance answer came, then the menu; the booking or the call was lost.
  it('When weak Dutch is said beside a booking or a call-back ("je ne parle pas néerlandais. je voudrais prendre rendez-vous"), Then that starts, after the guidance in Dutch is said', async () => {
    const booking = await Chat.start({ locale: 'fr' });
    await booking.opens();
    const booked = await booking.says('je ne parle pas néerlandais. je voudrais prendre rendez-vous');
    // The booking's first words say it is in Dutch themselves.
    expect(booked.map((m) => m.text)).toEqual([
      "Je cherche un centre d'orientation pour votre premier entretien gratuit. L'accompagnement se fait en néerlandais.",
      'Dans quelle commune cherchez-vous un centre ? Tapez le code postal ou le nom.',
    ]);
    const call = await Chat.start({ locale: 'en' });
    await call.opens();
    const called = await call.says('I dont speak dutch, can you call me back?');
    expect(called.map((m) => m.text)).toEqual([GUIDANCE_EN, 'Which phone number can we call?']);
  });

  it('When "bonjour" is greeted in French and the offer is answered with a wish ("je veux un rendez-vous"), Then French, and the booking starts at once', () =>
    converse([
      ['user', 'bonjour'],
      ['bot', 'Bonjour ! Je suis Loopbaanbot, le bot du VDAB. Je vous aide avec le chèque carrière.'],
      ['bot', 'Voulez-vous continuer en français ?', ['Oui', 'Non']],
      ['user', 'je veux un rendez-vous'],
      ['bot', /^Je cherche un centre d'orientation/],
      ['bot', /^Dans quelle commune/, ['Retour', "Parler à quelqu'un"]],
    ]));

  it('When the first wish is asked in English and the offer is answered with another ("I want an appointment"), Then the latest wish starts', () =>
    converse([
      ['user', 'can I get one?'],
      ['bot', 'Hello!'],
      ['bot', 'Do you want to continue in English?', ['Yes', 'No']],
      ['user', 'I want an appointment'],
      ['bot', /^I will find a career centre/],
      ['bot', /^In which town/, ['Back', 'Talk to someone']],
    ]));

  it('When the very first message asks something in French or English ("bonjour, je cherche du travail", "I want an appointment"), Then the hello is in that language, never a Dutch "Hallo!" before the offer', async () => {
    await converse(
      [
        ['user', 'bonjour, je cherche du travail'],
        ['bot', 'Bonjour !'],
        ['bot', 'Voulez-vous continuer en français ?', ['Oui', 'Non']],
        ['user', 'oui'],
        ['bot', /^Vous cherchez du travail \?/],
        [
          'bot',
          'Comment puis-je vous aider ?',
          ["C'est quoi un chèque carrière ?", 'Puis-je en recevoir un ?', 'Prendre rendez-vous', 'Plus'],
        ],
      ],
      { channelId: 'webchat', locale: 'nl' },
    );
    await converse(
      [
        ['user', 'I want an appointment'],
        ['bot', 'Hello!'],
        ['bot', 'Do you want to continue in English?', ['Yes', 'No']],
      ],
      { channelId: 'webchat', locale: 'nl' },
    );
  });

  // Found by a blind persona probe: read in Dutch, "près" was "prijs" (a Dutch hello and the price); with
  // "bonjour" before it the wish was lost, and "oui" gave the menu.
  it.each(['bonjour je cherche un centre près de Bruxelles', 'je cherche un centre pres de Bruxelles'])(
    'When the very first message on WhatsApp is "%s", Then French is offered, and after "oui" the centres near that place come',
    async (first) => {
      await converse(
        [
          ['user', first],
          ['bot', /^Bonjour !/],
          ['bot', 'Voulez-vous continuer en français ?', ['Oui', 'Non']],
          ['user', 'oui'],
          ['bot', /^1\. Demo Loopbaancentrum Brussel/],
          ['bot', /^2\. /],
          ['bot', /^3\. /],
          ['bot', 'Quel centre choisissez-vous ?', ['Brussel', 'Vilvoorde', 'Mechelen', 'Plus']],
        ],
        { channelId: 'whatsapp' },
      );
    },
  );

  it('When the very first message asks the price in French on WhatsApp ("c est combien"), Then French is offered first, and the price follows the yes in French', () =>
    converse(
      [
        ['user', 'c est combien'],
        ['bot', 'Bonjour !'],
        ['bot', 'Voulez-vous continuer en français ?', ['Oui', 'Non']],
        ['user', 'oui'],
        ['bot', /^Le premier entretien dans un centre est gratuit\./],
        ['bot', 'Comment puis-je vous aider ?', FR_MENU],
      ],
      { channelId: 'whatsapp' },
    ));

  it('When the offer of French is answered with "français", Then that is a yes', () =>
    converse([
      ...hello,
      ['user', 'je voudrais un rendez vous svp'],
      ['bot', 'Voulez-vous continuer en français ?', ['Oui', 'Non']],
      ['user', 'français'],
      ['bot', /^Je cherche un centre d'orientation/],
      ['bot', /^Dans quelle commune/, ['Retour', "Parler à quelqu'un"]],
    ]));
  it('When the offer of French is answered in French words, not "oui" ("salarie", "c\'est combien"), Then the chat goes on in French, and the booking asked for first is offered', async () => {
    await converse([
      ['user', 'kan ik een cheque krijgen'],
      ['says', 'greetingShort'],
      ['says', 'checkEligibility:intro'],
      ['says', 'checkEligibility:forWhom.question', ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other']],
      ['user', 'voor mij'],
      ['says', 'checkEligibility:residence.question', ['flanders', 'brussels', 'elsewhere'].map((a) => `checkEligibility:answers.${a}`)],
      ['user', 'je suis perdue'],
      ['bot', 'Voulez-vous continuer en français ?', ['Oui', 'Non']],
      ['user', 'salarie'],
      ['bot', "D'accord, on continue en français."],
      ['bot', 'Où habitez-vous ?', ['Flandre', 'Bruxelles', 'Ailleurs']],
    ]);
    await converse([
      ...hello,
      ['user', 'je voudrais un rendez vous svp'],
      ['bot', 'Voulez-vous continuer en français ?', ['Oui', 'Non']],
      ['user', 'cest combien'],
      ['bot', /^Le premier entretien dans un centre est gratuit\./],
      // The booking asked for first is offered, not dropped for the menu; "oui" starts it.
      ['bot', 'Voulez-vous prendre rendez-vous ?', ['Oui', 'Non']],
      ['user', 'oui'],
      ['bot', /^Je cherche un centre d'orientation/],
      ['bot', /^Dans quelle commune/, ['Retour', "Parler à quelqu'un"]],
    ]);
  });

  it('When "je parle pas bien neerlandais" is typed in the Dutch chat, Then it goes on in French at once: the question that was open, or the greeting', async () => {
    await converse([
      ['user', 'kan ik een cheque krijgen'],
      ['says', 'greetingShort'],
      ['says', 'checkEligibility:intro'],
      ['says', 'checkEligibility:forWhom.question', ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other']],
      ['user', 'voor mij'],
      ['says', 'checkEligibility:residence.question', ['flanders', 'brussels', 'elsewhere'].map((a) => `checkEligibility:answers.${a}`)],
      ['user', 'je parle pas bien neerlandais'],
      ['bot', "D'accord, on continue en français."],
      ['bot', 'Où habitez-vous ?', ['Flandre', 'Bruxelles', 'Ailleurs']],
    ]);
    await converse([['user', 'je parle pas bien neerlandais'], ['bot', "D'accord, on continue en français."], ...greetedInFrench]);
  });

  it('When the language changes at the hours question, Then the hour buttons come in the new language too', async () => {
    const chat = await converse([], { locale: 'fr' });
    await chat.says('rdv a gand');
    await chat.says('1');
    const hours = await chat.says('1');
    expect(hours.at(-1)?.buttons[0]).toBe('ven. 27 nov. 12 h');
    const reply = await chat.says('je prefere parler neerlandais');
    expect(reply.at(-1)).toEqual({
      text: 'Welk uur past voor jou?',
      buttons: ['vr 27 nov 12.00 uur', 'vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'Meer'],
    });
  });

  it('When the offer is answered "nee" or in Dutch, Then the chat stays Dutch', () =>
    converse([
      ...hello,
      ['user', 'je voudrais un rendez vous svp'],
      ['bot', 'Voulez-vous continuer en français ?', ['Oui', 'Non']],
      ['user', 'ik wil liever in het nederlands verder'],
      ['says', 'bookIntake:intro'],
      ['says', 'bookIntake:where.question', ['buttons.back', 'menu.person']],
    ]));

  it('When "bonjour" at the menu is offered French and answered in Dutch with a wish or a question, Then Dutch, and that wish or question is answered (was the menu again)', async () => {
    const offered: Line[] = [...hello, ['user', 'bonjour'], ['bot', 'Voulez-vous continuer en français ?', ['Oui', 'Non']]];
    await converse([
      ...offered,
      ['user', 'ik wil een afspraak'],
      ['says', 'bookIntake:intro'],
      ['says', 'bookIntake:where.question', ['buttons.back', 'menu.person']],
    ]);
    const chat = await converse(offered, { date: '2026-12-07' });
    const price = await chat.says('dag, wat kost het?');
    expect(price[0]?.text).toMatch(/^Het eerste gesprek bij een centrum is gratis\./);
    expect(price.at(-1)?.buttons).toEqual(NL_MENU);
    // French taken at the menu offer: the menu as at the start, in French.
    await converse([
      ...offered,
      ['user', 'oui'],
      ['bot', "D'accord, on continue en français."],
      ['bot', 'Comment puis-je vous aider ?', FR_MENU],
    ]);
  });

  it('When the offer of English in a French chat is answered in two French words ("pour moi"), Then the chat stays French, and "pour moi" answers whom the check is for', () =>
    converse(
      [
        ['opens'],
        ...greetedInFrench,
        ['user', 'can i have it'],
        ['bot', 'Do you want to continue in English?', ['Yes', 'No']],
        ['user', 'pour moi'],
        ['says', 'checkEligibility:intro'],
        ['says', 'checkEligibility:residence.question', ['flanders', 'brussels', 'elsewhere'].map((a) => `checkEligibility:answers.${a}`)],
      ],
      { locale: 'fr' },
    ));

  it('When a French first message asks for the check and the offer of French is answered "pour moi", Then the check goes on in French with that answer kept, not the conditions in brief', () =>
    converse(
      [
        ['user', 'bonjour je peux avoir un chèque carrière?'],
        ['bot', 'Bonjour !'],
        ['bot', 'Voulez-vous continuer en français ?', ['Oui', 'Non']],
        ['user', 'pour moi'],
        ['bot', "Je vais vous poser quelques questions courtes. Ensuite, vous saurez si c'est possible."],
        ['bot', 'Où habitez-vous ?', ['Flandre', 'Bruxelles', 'Ailleurs']],
      ],
      { channelId: 'whatsapp' },
    ));

  it('When the first message asks for English ("hi, do you speak english?"), Then the answer is in English, without a Dutch hello first', () =>
    converse([['user', 'hi, do you speak english?'], ['bot', `Fine, we continue in English. ${GUIDANCE_EN}`], ...greetedInEnglish], {
      channelId: 'whatsapp',
    }));

  it('When the first message is "parlez-vous français ?", Then the bot goes on in French ("parlez" is no "parler à quelqu\'un")', () =>
    converse([['user', 'parlez-vous français ?'], ['bot', `D'accord, on continue en français. ${GUIDANCE_FR}`], ...greetedInFrench]));
});
