import { describe, expect, it } from 'vitest';
import type { NewBooking } from '../../../src/booking/model.js';
import { Chat, converse, play, type Line } from '../../support/converse.js';
import { attachmentText, testBooking } from '../../support/booking.js';
import { hello, HELPERS, menu, menuAgain, YES_NO } from '../../support/lines.js';

const DATE = '2026-11-26';
const FR_MENU = ["C'est quoi un chèque carrière ?", 'Puis-je en recevoir un ?', 'Prendre rendez-vous', 'Plus'];

/** Friday 27 November, 12.00 in Brussels, at the Gent demo centre. */
const FRIDAY_NOON = { centreId: 'demo-gent', start: '2026-11-27T11:00:00.000Z', end: '2026-11-27T11:30:00.000Z' };

const booked = (overrides: Partial<NewBooking> = {}): NewBooking => ({
  centreId: 'demo-gent',
  slot: FRIDAY_NOON,
  person: { firstName: 'An', phone: '+32470123456' },
  locale: 'nl',
  mode: 'in_person',
  reminderOptIn: false,
  ...overrides,
});

/** "hallo", then a wish about one's booking in a chat that booked none: "Wat is de code van je afspraak?". */
const toCodeQuestion = (wish: string): Line[] => [
  ['user', 'hallo'],
  ['says', 'greeting'],
  menu,
  ['user', wish],
  ['says', 'manageBooking:code.question', HELPERS],
];

/** "ik wil annuleren" at "Wil je nog iets weten?" right after booking: yes, the booking, and "annuleren?". */
const wantsToCancel: Line[] = [
  ['user', 'ik wil annuleren'],
  ['says', 'bookIntake:confirmed.cancel'],
  ['says', 'manageBooking:booking'],
  ['says', 'manageBooking:cancel.question', [...YES_NO, 'manageBooking:menu.move']],
];

/** A Dutch chat that has booked Friday 12.00 at Gent, and the booking backend it used. */
/** `atAfter`: the chat stays at "Wil je nog iets weten?" right after the booking; else back at the menu. */
async function bookedChat(atAfter = false): Promise<{ booking: ReturnType<typeof testBooking>; chat: Chat }> {
  const booking = testBooking(DATE);
  const chat = await Chat.start({ locale: 'nl-BE', date: DATE, booking: { ...booking.parts, canRemind: () => false } });
  await bookInConversation(chat, atAfter);
  return { booking, chat };
}

/** Books Friday 12.00 at Gent through the dialog, without checking the messages (bookIntake.test does). */
async function bookInConversation(chat: Chat, atAfter = false): Promise<void> {
  for (const reply of ['hallo', 'afspraak maken', '9000', 'Gent', 'Ter plaatse', '1', 'An', '0470123456', 'ja']) await chat.says(reply);
  expect(chat.received.filter((m) => m.attachments?.[0]?.contentType === 'text/calendar')).toHaveLength(1);
  if (!atAfter) await chat.says('Nee, bedankt');
}

describe('ManageBookingDialog', () => {
  it('When the user says "annuleer mijn afspraak" in the conversation they booked in, Then the booking is cancelled and its slot is free', async () => {
    const { booking, chat } = await bookedChat();
    expect(await booking.store.takenStarts('demo-gent', FRIDAY_NOON.start, FRIDAY_NOON.end)).toEqual(new Set([FRIDAY_NOON.start]));

    await play(chat, [
      ['user', 'annuleer mijn afspraak'],
      ['says', 'manageBooking:booking'],
      ['says', 'manageBooking:cancel.question', [...YES_NO, 'manageBooking:menu.move']],
      ['user', 'ja'],
      ['says', 'manageBooking:cancel.done'],
      menuAgain,
      ['user', 'afspraak annuleren'],
      ['says', 'manageBooking:alreadyCancelled'],
      menuAgain,
    ]);
    expect(await booking.store.get('K7M3QX')).toMatchObject({ status: 'cancelled' });
    expect(await booking.store.takenStarts('demo-gent', FRIDAY_NOON.start, FRIDAY_NOON.end)).toEqual(new Set());
    expect(booking.notices).toEqual([
      ['confirmed', 'K7M3QX'],
      ['cancelled', 'K7M3QX'],
    ]);
  });

  it('When a French user starts a new conversation with "annuler mon rendez-vous" and the code, Then that booking is cancelled', async () => {
    const booking = testBooking(DATE);
    await booking.store.reserve(booked({ locale: 'fr' }));
    await converse(
      [
        ['user', 'annuler mon rendez-vous k7m3qx'],
        ['bot', 'Bonjour !'],
        ['bot', 'Votre rendez-vous : vendredi 27 novembre à 12 h chez Demo Loopbaancentrum Gent. Pour : An.'],
        ['bot', 'Voulez-vous annuler ce rendez-vous ?', ['Oui', 'Non', 'Déplacer le rendez-vous']],
        ['user', 'oui'],
        ['bot', 'Votre rendez-vous est annulé. Le centre est prévenu.'],
        ['bot', 'Puis-je encore vous aider ?', FR_MENU],
      ],
      { locale: 'fr-BE', date: DATE, booking: booking.parts },
    );
    expect(await booking.store.get('K7M3QX')).toMatchObject({ status: 'cancelled' });
    expect(booking.notices).toEqual([['cancelled', 'K7M3QX']]);
  });

  it('When an English user asks to cancel without a code in a new conversation, Then the bot asks it, retries a wrong one and keeps the booking on "no"', async () => {
    const booking = testBooking(DATE);
    await booking.store.reserve(booked({ locale: 'en' }));
    await converse(
      [
        ['user', 'hello'],
        ['says', 'greeting'],
        menu,
        ['user', 'cancel my appointment'],
        ['says', 'manageBooking:code.question', HELPERS],
        ['user', 'K7M3QZ'],
        ['says', 'manageBooking:code.retry', HELPERS],
        ['user', 'k7m 3qx'],
        ['says', 'manageBooking:booking'],
        ['says', 'manageBooking:cancel.question', [...YES_NO, 'manageBooking:menu.move']],
        ['user', 'no'],
        ['says', 'manageBooking:unchanged'],
        menuAgain,
      ],
      { locale: 'en-GB', date: DATE, booking: booking.parts },
    );
    expect(await booking.store.get('K7M3QX')).toMatchObject({ status: 'confirmed', slot: FRIDAY_NOON });
    expect(booking.notices).toEqual([]);
  });

  it.each([
    ['nl', 'ik wil mijn afspraak annuleren', 'K7M3QY', 'K7M3QZ', 'K7M3QX'],
    ['fr', 'annuler mon rendez-vous', 'ABC', 'XYZ12', 'k7m3qx'],
    ['en', 'cancel my appointment', 'ABC', 'hmm', 'K7M3QX'],
  ] as const)(
    'When (%s, "%s") a code is missed twice, Then the bot says where the code is and asks it again, with a person as a button; never the offer of a person instead',
    async (locale, cancel, first, second, right) => {
      const booking = testBooking(DATE);
      await booking.store.reserve(booked({ locale }));
      await converse(
        [
          ['user', cancel],
          ['says', 'greetingShort'],
          ['says', 'manageBooking:code.question', HELPERS],
          ['user', first],
          ['says', 'manageBooking:code.retry', HELPERS],
          ['user', second],
          ['says', 'manageBooking:code.whereToFind'],
          ['says', 'manageBooking:code.questionAgain', ['manageBooking:code.noCode', ...HELPERS]],
          ['user', right],
          ['says', 'manageBooking:booking'],
          ['says', 'manageBooking:cancel.question', [...YES_NO, 'manageBooking:menu.move']],
        ],
        { locale, date: DATE, booking: booking.parts, channelId: 'webchat' },
      );
    },
  );

  // Were "Quel est le code de votre rendez-vous ?", as if no code had been typed.
  it.each([
    ['fr', 'je veux annuler mon rdv, code 7FRZV2', 'manageBooking:cancel.question', [...YES_NO, 'manageBooking:menu.move']],
    ['nl', 'verzet mijn afspraak K7M3QZ naar donderdag', 'manageBooking:move.question', YES_NO],
  ] as const)(
    'When (%s) the wish comes with a code no booking has ("%s"), Then that code is not found, and the right one is taken',
    async (locale, wish, question, buttons) => {
      const booking = testBooking(DATE);
      await booking.store.reserve(booked({ locale }));
      await converse(
        [
          ['user', wish],
          ['says', 'greetingShort'],
          ['says', 'manageBooking:code.retry', HELPERS],
          ['user', 'K7M3QX'],
          ['says', 'manageBooking:booking'],
          ['says', question, buttons],
        ],
        { locale, date: DATE, booking: booking.parts, channelId: 'webchat' },
      );
    },
  );

  // Was a new booking ("Ik zoek een loopbaancentrum …"): the meeting named, asked whether it still stands.
  it('When "ik heb vorige week een afspraak gemaakt voor 11 december. gaat die nog door?" is asked, Then that booking is looked up, never a new one', () =>
    converse(toCodeQuestion('ik heb vorige week een afspraak gemaakt voor 11 december. gaat die nog door?'), {
      date: DATE,
      booking: testBooking(DATE).parts,
    }));

  it('When a code is missed a third time, after where to find it, Then the centre and VDAB are pointed to and a person is offered', () =>
    converse(
      [
        ...toCodeQuestion('ik wil mijn afspraak annuleren'),
        ['user', 'K7M3QY'],
        ['says', 'manageBooking:code.retry', HELPERS],
        ['user', 'K7M3QZ'],
        ['says', 'manageBooking:code.whereToFind'],
        ['says', 'manageBooking:code.questionAgain', ['manageBooking:code.noCode', ...HELPERS]],
        ['user', 'blabla'],
        ['says', 'manageBooking:code.giveUp', ['Bel 0800 30 700']],
        ['says', 'manageBooking:code.personQuestion', ['menu.person', 'manageBooking:code.hasCode', 'handover:how.no']],
      ],
      { date: DATE, booking: testBooking(DATE).parts },
    ));

  it('When the user has no code ("weet ik niet", "ik ben de code kwijt"), Then the bot says at once where to find the centre and VDAB\'s free number, with buttons', async () => {
    for (const noCode of ['weet ik niet', 'ik ben de code kwijt']) {
      await converse(
        [
          ['user', 'hallo'],
          ['says', 'greeting'],
          menu,
          ['user', 'ik wil mijn afspraak verzetten'],
          ['says', 'manageBooking:code.question', HELPERS],
          ['user', noCode],
          ['says', 'manageBooking:code.withoutCode', ['Bel 0800 30 700']],
          ['says', 'manageBooking:code.personQuestion', ['menu.person', 'manageBooking:code.hasCode', 'handover:how.no']],
          ['user', 'nee'],
          menuAgain,
        ],
        { date: DATE, booking: testBooking(DATE).parts },
      );
    }
  });

  it('When the first words are that the code is lost ("ik ben mijn code kwijt", "I forgot my booking code"), Then no question for it: where the centre is, VDAB\'s number and a person', async () => {
    for (const lost of ['ik ben mijn code kwijt', 'ik weet mijn code niet']) {
      await converse(
        [
          ['user', 'hallo'],
          ['says', 'greeting'],
          menu,
          ['user', lost],
          ['says', 'manageBooking:code.withoutCode', ['Bel 0800 30 700']],
          ['says', 'manageBooking:code.personQuestion', ['menu.person', 'manageBooking:code.hasCode', 'handover:how.no']],
        ],
        { date: DATE, booking: testBooking(DATE).parts },
      );
    }
  });

  // Found by a blind persona probe: "yes" and "tomorrow 10 o clock" were each "I cannot find that code".
  it('When "ja" or words that are no code come at the code question, Then to type it, and what a code looks like; never "Die code vind ik niet"', () =>
    converse(
      [
        ...toCodeQuestion('ik wil mijn afspraak annuleren'),
        ['user', 'ja'],
        ['says', 'manageBooking:code.typeIt', HELPERS],
        ['user', 'morgen om 10 uur'],
        ['says', 'manageBooking:code.notACode', HELPERS],
      ],
      { date: DATE, booking: testBooking(DATE).parts },
    ));

  it('When "ik heb de code" is typed instead of the code, Then the code is asked again, not "without a code I cannot find it"', () =>
    converse(
      [
        // "verzetten" is how Flanders says "verplaatsen": a move, not a new booking.
        ...toCodeQuestion('afspraak verzetten'),
        ['user', 'ik heb de code'],
        ['says', 'manageBooking:code.typeIt', HELPERS],
        ['user', 'XXXXXX'],
        ['says', 'manageBooking:code.retry', HELPERS],
      ],
      { date: DATE, booking: testBooking(DATE).parts },
    ));

  it('When the user says "verplaats mijn afspraak", Then new slots are shown and the booking moves with its code and a new .ics', async () => {
    const { booking, chat } = await bookedChat();
    await play(chat, [
      ['user', 'verplaats mijn afspraak'],
      ['says', 'manageBooking:booking'],
      ['says', 'manageBooking:move.question', YES_NO],
      ['user', 'ja'],
      ['says', 'bookIntake:slots.question', ['vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'vr 27 nov 13.30 uur', 'menu.more']],
    ]);
    // Someone else takes 13.00 before the user picks it.
    await booking.store.reserve(
      booked({ slot: { centreId: 'demo-gent', start: '2026-11-27T12:00:00.000Z', end: '2026-11-27T12:30:00.000Z' } }),
    );
    await play(chat, [
      ['user', '2'],
      ['says', 'bookIntake:slotTaken'],
      ['says', 'bookIntake:slots.question', ['vr 27 nov 12.30 uur', 'vr 27 nov 13.30 uur', 'vr 27 nov 14.00 uur', 'menu.more']],
      ['user', 'vr 27 nov 14.00 uur'],
      ['says', 'manageBooking:move.done'],
      ['says', 'bookIntake:confirmed.calendar'],
      menuAgain,
    ]);
    expect(await booking.store.get('K7M3QX')).toMatchObject({
      status: 'confirmed',
      slot: { centreId: 'demo-gent', start: '2026-11-27T13:00:00.000Z', end: '2026-11-27T13:30:00.000Z' },
    });
    expect(await booking.store.takenStarts('demo-gent', FRIDAY_NOON.start, FRIDAY_NOON.end)).toEqual(new Set());
    expect(booking.notices).toEqual([
      ['confirmed', 'K7M3QX'],
      ['rescheduled', 'K7M3QX'],
    ]);
    const files = chat.received.flatMap((m) => m.attachments ?? []);
    expect(files).toHaveLength(2);
    const moved = attachmentText(files[1]?.contentUrl);
    expect(moved).toContain('UID:K7M3QX@loopbaanbot\r\n');
    expect(moved).toContain('DTSTART:20261127T130000Z\r\n');
  });

  it('When the move names a day ("verplaats mijn afspraak naar dinsdag"), Then the new hours start on that day', async () => {
    const { chat } = await bookedChat();
    await play(chat, [
      ['user', 'kan ik mijn afspraak verplaatsen naar dinsdag'],
      ['says', 'manageBooking:booking'],
      ['says', 'manageBooking:move.question', YES_NO],
      ['user', 'ja'],
      ['says', 'bookIntake:slots.question', ['di 1 dec 9.00 uur', 'di 1 dec 9.30 uur', 'di 1 dec 10.00 uur', 'menu.more']],
    ]);
  });

  // Found by a blind persona probe: "Dag en uur" (the button of "Wat wil je aanpassen?") was "dag", a goodbye.
  it.each(['Dag en uur', 'een ander uur'])(
    'When "%s" answers "Wil je deze afspraak verplaatsen?", Then it is a yes: the new hours come',
    async (said) => {
      const { chat } = await bookedChat();
      await play(chat, [
        ['user', 'ik moet afspraak verplaatsen'],
        ['says', 'manageBooking:booking'],
        ['says', 'manageBooking:move.question', YES_NO],
        ['user', said],
        ['says', 'bookIntake:slots.question', ['vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'vr 27 nov 13.30 uur', 'menu.more']],
      ]);
    },
  );

  it('When "afspraak verplaatsen" answers "Wil je deze afspraak verplaatsen?", Then it is a yes: the new hours come', async () => {
    const { chat } = await bookedChat();
    await play(chat, [
      ['user', 'ik moet afspraak verplaatsen mijn kind is ziek'],
      ['says', 'manageBooking:booking'],
      ['says', 'manageBooking:move.question', YES_NO],
      ['user', 'afspraak verplaatsen'],
      ['says', 'bookIntake:slots.question', ['vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'vr 27 nov 13.30 uur', 'menu.more']],
    ]);
  });
  const lookAtIt = [
    'says',
    'manageBooking:view.question',
    ['manageBooking:view.keep', 'manageBooking:menu.move', 'manageBooking:menu.cancel'],
  ] as const;

  it('When the user asks "wanneer is mijn afspraak?", Then the booking is shown, not a new one started; "Nee, het is goed" keeps it', async () => {
    const { booking, chat } = await bookedChat();
    await play(chat, [
      ['user', 'wanneer is mijn afspraak?'],
      ['bot', 'Je afspraak: vrijdag 27 november om 12.00 uur bij Demo Loopbaancentrum Gent. Voor: An.'],
      lookAtIt,
      ['tap', 'manageBooking:view.keep'],
      ['says', 'manageBooking:unchanged'],
      menuAgain,
    ]);
    expect(await booking.store.get('K7M3QX')).toMatchObject({ status: 'confirmed', slot: FRIDAY_NOON });
  });

  // Found by a blind persona probe: the recognizer hears cancelling in "gaat … nog door?", and the
  // booking was put up for cancelling; at the check's "Voor wie?" the question was read as "Voor mezelf".
  it.each(['gaat mijn afspraak nog door?', 'ik heb al een afspraak gemaakt, gaat die nog door?'])(
    'When the user asks "%s", Then the booking is shown and nothing is put up for cancelling',
    async (question) => {
      const { booking, chat } = await bookedChat();
      await play(chat, [['user', question], ['says', 'manageBooking:booking'], lookAtIt]);
      expect(await booking.store.get('K7M3QX')).toMatchObject({ status: 'confirmed' });
    },
  );

  it('When "ik heb al een afspraak gemaakt, gaat die nog door?" is asked at the check\'s "Voor wie kijk je dit na?", Then when that booking is, and the question again', async () => {
    const { chat } = await bookedChat();
    const forWhom = [
      'says',
      'checkEligibility:forWhom.question',
      ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other'],
    ] as const;
    await play(chat, [
      ['user', 'Kan ik er een krijgen?'],
      ['says', 'checkEligibility:intro'],
      forWhom,
      ['user', 'ik heb al een afspraak gemaakt, gaat die nog door?'],
      ['bot', 'Je afspraak is op vrijdag 27 november om 12.00 uur bij Demo Loopbaancentrum Gent.'],
      forWhom,
    ]);
  });

  // Found by a blind persona probe: the booking came without its code; with no booking here the code was asked back.
  it('When "wat is mijn code?" is asked, Then the booking comes with its code; in a chat with no booking, where the centre and VDAB are', async () => {
    const { chat } = await bookedChat();
    const [shown] = await chat.says('wat is mijn code?');
    expect(shown?.text).toBe('Je afspraak: vrijdag 27 november om 12.00 uur bij Demo Loopbaancentrum Gent. Voor: An.\nJe code: K7M3QX');
    await converse(
      [
        ...hello,
        ['user', 'wat is mijn code?'],
        ['says', 'manageBooking:code.withoutCode', ['Bel 0800 30 700']],
        ['says', 'manageBooking:code.personQuestion', ['menu.person', 'manageBooking:code.hasCode', 'handover:how.no']],
      ],
      { date: DATE, booking: testBooking(DATE).parts },
    );
  });

  it('When "Wil je nog iets weten?" right after booking gets "kan ik mijn afspraak nog eens zien?", Then the booking is shown, no new one started', async () => {
    const { chat } = await bookedChat(true);
    await play(chat, [
      ['user', 'kan ik mijn afspraak nog eens zien?'],
      ['bot', 'Je afspraak: vrijdag 27 november om 12.00 uur bij Demo Loopbaancentrum Gent. Voor: An.'],
      lookAtIt,
    ]);
  });

  it('When "annuleren?" gets "ja ma eigenlijk liever verzetten naar volgende week", Then nothing is cancelled: next week\'s hours come', async () => {
    const { booking, chat } = await bookedChat(true);
    await play(chat, [
      ...wantsToCancel,
      ['user', 'ja ma eigenlijk liever verzetten naar volgende week'],
      ['says', 'bookIntake:slots.question', ['ma 30 nov 9.00 uur', 'ma 30 nov 9.30 uur', 'ma 30 nov 10.00 uur', 'menu.more']],
    ]);
    expect(await booking.store.get('K7M3QX')).toMatchObject({ status: 'confirmed' });
  });

  it('When "Wil je nog iets weten?" right after booking gets "ja", Then which one is asked, not "Sorry, dat begreep ik niet"', async () => {
    const { chat } = await bookedChat(true);
    await play(chat, [
      ['user', 'ja'],
      ['says', 'menu.pickAgain'],
      [
        'says',
        'bookIntake:confirmed.after',
        ['bookIntake:confirmed.bringButton', 'bookIntake:confirmed.cancelButton', 'bookIntake:confirmed.noThanks'],
      ],
    ]);
  });

  it('When "Wil je nog iets weten?" right after booking gets "ik wil annuleren", Then yes, and the booking with "annuleren?" at once', async () => {
    const { booking, chat } = await bookedChat(true);
    await play(chat, [...wantsToCancel, ['user', 'ja'], ['says', 'manageBooking:cancel.done'], menuAgain]);
    expect(await booking.store.get('K7M3QX')).toMatchObject({ status: 'cancelled' });
  });

  // Found by a blind persona probe: "annule mon rdv" was "votre rendez-vous ne change pas" (the
  // menu's "cancel" answer, which this question does not know), "deplacer mon rdv" the same.
  it.each([
    ['annuleer mijn afspraak aub', 'cancelled'],
    ['ja annuleer mijn afspraak', 'cancelled'],
    ['verzet mijn afspraak', 'moved'],
  ] as const)(
    'When "annuleren?" gets "%s", a message about one\'s booking, Then it is that question\'s own answer',
    async (said, outcome) => {
      const { booking, chat } = await bookedChat(true);
      await play(chat, wantsToCancel);
      const replies = await chat.says(said);
      if (outcome === 'cancelled') {
        expect(replies[0]?.text).toBe('Je afspraak is geannuleerd. Het centrum weet het.');
        expect(await booking.store.takenStarts('demo-gent', FRIDAY_NOON.start, FRIDAY_NOON.end)).toEqual(new Set());
      } else {
        expect(replies.at(-1)?.text).toMatch(/^Deze uren zijn vrij:/);
      }
    },
  );

  // Found by a blind persona probe: "kan nie komen" made it the question to cancel, and the day was lost after it.
  it('When "ik kan nie komen op die dag, kan ik da verzetten" is said after booking, Then moving is asked, and "naar donderdag" gives Thursday\'s hours', async () => {
    const { chat } = await bookedChat();
    await play(chat, [
      ['user', 'ik kan nie komen op die dag, kan ik da verzetten'],
      ['says', 'manageBooking:booking'],
      ['says', 'manageBooking:move.question', YES_NO],
    ]);
    expect((await chat.says('naar donderdag aub')).at(-1)?.buttons[0]).toMatch(/^do /);
  });

  // Found by a blind persona probe: "verschoven" was no move (a second booking was offered), and the
  // day named after "naar" was lost beside "die dag" (the hours of the day booked came).
  it('When "… nie op die dag, kan da verschoven worden naar volgende week donderdag" comes at "Wil je nog iets weten?", Then moving is asked, and "ja" gives that Thursday\'s hours', async () => {
    const { chat } = await bookedChat(true);
    await play(chat, [
      ['user', 'oei ik kan toch nie op die dag kan da verschoven worden naar volgende week donderdag'],
      ['says', 'manageBooking:booking'],
      ['says', 'manageBooking:move.question', YES_NO],
    ]);
    // 26 November 2026 is a Thursday: next week's is 3 December.
    expect((await chat.says('ja')).at(-1)?.buttons[0]).toMatch(/^do 3 dec /);
  });

  it('When "Afspraak verplaatsen" is tapped under the booking, Then the new hours come at once; "Afspraak annuleren" still asks first', async () => {
    const { booking, chat } = await bookedChat();
    await play(chat, [
      ['user', 'heb ik een afspraak?'],
      ['says', 'manageBooking:booking'],
      lookAtIt,
      ['tap', 'manageBooking:menu.move'],
      ['says', 'bookIntake:slots.question', ['vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'vr 27 nov 13.30 uur', 'menu.more']],
      ['user', 'stop'],
      ['says', 'stopped', ['buttons.startAgain']],
      ['user', 'hallo'],
      ['says', 'greeting'],
      menu,
      ['user', 'Meer'],
      ['says', 'menu.moreQuestion', ['menu.person', 'menu.language', 'menu.myBooking']],
      ['tap', 'menu.myBooking'],
      ['says', 'menu.myBookingQuestion', ['menu.viewBooking', 'manageBooking:menu.move', 'manageBooking:menu.cancel']],
      ['tap', 'menu.viewBooking'],
      ['says', 'manageBooking:booking'],
      lookAtIt,
      ['tap', 'manageBooking:menu.cancel'],
      // The booking is on screen: only the question.
      ['says', 'manageBooking:cancel.question', [...YES_NO, 'manageBooking:menu.move']],
      ['user', 'ja'],
      ['says', 'manageBooking:cancel.done'],
      menuAgain,
    ]);
    expect(await booking.store.get('K7M3QX')).toMatchObject({ status: 'cancelled' });
  });

  it('When moving and "vrijdag kan niet" is typed at the hours, Then the hours offered skip Fridays', async () => {
    const { chat } = await bookedChat();
    await play(chat, [
      ['user', 'heb ik een afspraak?'],
      ['says', 'manageBooking:booking'],
      lookAtIt,
      ['tap', 'manageBooking:menu.move'],
      ['says', 'bookIntake:slots.question', ['vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'vr 27 nov 13.30 uur', 'menu.more']],
      ['user', 'vrijdag kan niet'],
      ['says', 'bookIntake:slots.question', ['za 28 nov 10.00 uur', 'za 28 nov 10.30 uur', 'za 28 nov 11.00 uur', 'menu.more']],
    ]);
  });

  it('When a new conversation says it has a booking and wants another day ("ik heb afspraak maar ik wil andere dag"), Then the code is asked to move it, not a place for a new one', async () => {
    const booking = testBooking(DATE);
    await booking.store.reserve(booked());
    await converse(
      [
        ['user', 'hallo ik heb afspraak maar ik wil andere dag'],
        ['says', 'greetingShort'],
        ['says', 'manageBooking:code.question', HELPERS],
      ],
      { date: DATE, booking: booking.parts },
    );
  });

  it('When a new conversation asks about "mon rendez-vous" or "my appointment", Then the code is asked to find it, not a place for a new one', async () => {
    const booking = testBooking(DATE);
    await booking.store.reserve(booked({ locale: 'fr' }));
    await converse(
      [
        ['user', "c'est quand mon rendez-vous ?"],
        ['says', 'greetingShort'],
        ['says', 'manageBooking:code.question', HELPERS],
        ['user', 'K7M3QX'],
        ['bot', 'Votre rendez-vous : vendredi 27 novembre à 12 h chez Demo Loopbaancentrum Gent. Pour : An.'],
        [
          'bot',
          'Voulez-vous changer quelque chose à votre rendez-vous ?',
          ["Non, c'est bon", 'Déplacer le rendez-vous', 'Annuler le rendez-vous'],
        ],
      ],
      { locale: 'fr-BE', date: DATE, booking: booking.parts },
    );
    await converse([...hello, ['user', 'where is my appointment?'], ['says', 'manageBooking:code.question', HELPERS]], {
      locale: 'en',
      date: DATE,
      booking: booking.parts,
    });
  });

  it('When "Wil je deze afspraak verplaatsen?" is answered with a day ("dinsdag"), Then that is a yes, and the hours start that day', async () => {
    const { chat } = await bookedChat();
    await play(chat, [
      ['user', 'verplaats mijn afspraak'],
      ['says', 'manageBooking:booking'],
      ['says', 'manageBooking:move.question', YES_NO],
      ['user', 'dinsdag'],
      ['says', 'bookIntake:slots.question', ['di 1 dec 9.00 uur', 'di 1 dec 9.30 uur', 'di 1 dec 10.00 uur', 'menu.more']],
    ]);
  });

  it('When "Wil je deze afspraak verplaatsen?" is answered "kan het een dag later", Then the hours of the day after the one booked; was the same day again', async () => {
    const { chat } = await bookedChat();
    await play(chat, [
      ['user', 'verplaats mijn afspraak'],
      ['says', 'manageBooking:booking'],
      ['says', 'manageBooking:move.question', YES_NO],
    ]);
    const reply = await chat.says('kan het een dag later');
    expect(reply.at(-1)?.buttons[0]).toMatch(/^za 28 nov/);
    expect(
      reply
        .at(-1)
        ?.buttons.slice(0, 3)
        .every((b) => b.startsWith('za 28 nov')),
    ).toBe(true);
  });

  it('When the move names a shift from the day booked ("kan ik mijn afspraak een dag later zetten"), Then after the yes the hours of that day come', async () => {
    const { chat } = await bookedChat();
    await play(chat, [
      ['user', 'kan ik mijn afspraak een dag later zetten'],
      ['says', 'manageBooking:booking'],
      ['says', 'manageBooking:move.question', YES_NO],
    ]);
    const reply = await chat.says('ja');
    expect(reply.at(-1)?.buttons[0]).toMatch(/^za 28 nov/);
  });

  it('When a booking on a free day is moved into January 2027 (not known to be free), Then that is said and asked before it moves; "Nee" keeps the old one', async () => {
    const { booking, chat } = await bookedChat();
    const toJanuary: Line[] = [
      ['user', 'verplaats mijn afspraak'],
      ['says', 'manageBooking:booking'],
      ['says', 'manageBooking:move.question', YES_NO],
      ['user', 'ja'],
      ['says', 'bookIntake:slots.question', ['vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'vr 27 nov 13.30 uur', 'menu.more']],
      ['user', 'maandag 4 januari'],
      ['says', 'bookIntake:slots.question', ['ma 4 jan 9.00 uur', 'ma 4 jan 9.30 uur', 'ma 4 jan 10.00 uur', 'menu.more']],
      ['user', 'ma 4 jan 9.00 uur'],
      ['bot', 'Of een gesprek op 4 januari 2027 gratis is, is nog niet zeker. Je afspraak op 27 november 2026 is wel gratis.'],
      ['says', 'manageBooking:move.confirmNotSureFree', ['answers.yes', 'manageBooking:move.keepOld']],
    ];
    await play(chat, [...toJanuary, ['user', 'nee'], ['says', 'manageBooking:unchanged'], menuAgain]);
    expect((await booking.store.get('K7M3QX'))?.slot).toEqual(FRIDAY_NOON);
    // "Ja": it moves, and the notice is not said a second time.
    await play(chat, [
      ...toJanuary,
      ['user', 'ja'],
      ['says', 'manageBooking:move.done'],
      ['says', 'bookIntake:confirmed.calendar'],
      menuAgain,
    ]);
    expect((await booking.store.get('K7M3QX'))?.slot.start).toBe('2027-01-04T08:00:00.000Z');
  });

  it('When someone wants to make "mijn afspraak", Then that is a new booking, not a look at one', () =>
    converse(
      [...hello, ['user', 'ik wil mijn afspraak maken'], ['says', 'bookIntake:intro'], ['says', 'bookIntake:where.question', HELPERS]],
      {
        date: DATE,
      },
    ));
});

describe('Which of several bookings', () => {
  const WHICH = ['Gent, vr 27 nov', 'Aalst, vr 27 nov'];

  /** A Dutch chat with two open bookings, Friday 12.00 at Gent and at Aalst, back at the menu. */
  async function twoBookings(): Promise<Chat> {
    const { chat } = await bookedChat();
    for (const reply of ['afspraak maken', 'Ja, nog een', '9300', 'Aalst', '1', '1', 'Mo', '0470999999', 'ja', 'Nee, bedankt'])
      await chat.says(reply);
    return chat;
  }

  it('When a reply at "Over welke afspraak gaat het?" is missed twice, Then the bot says to tap or type what is on a button, and asks again with the bookings and a person as buttons; never the offer of a person instead', async () => {
    const chat = await twoBookings();
    await play(chat, [
      ['user', 'annuleer mijn afspraak'],
      ['says', 'manageBooking:which.question', WHICH],
      ['user', 'blabla'],
      ['says', 'manageBooking:which.retry', WHICH],
      ['user', 'ik weet het niet'],
      ['says', 'manageBooking:which.hint'],
      ['says', 'manageBooking:which.question', [...WHICH, 'menu.person']],
      ['user', 'aalst'],
      ['says', 'manageBooking:booking'],
      ['says', 'manageBooking:cancel.question', [...YES_NO, 'manageBooking:menu.move']],
    ]);
    expect(chat.received.map((m) => m.text).join('\n')).toContain('Of typ wat op een knop staat, bijvoorbeeld Gent.');
  });

  /** Three bookings: Friday 12.00 at Gent (An, K7M3QX), Tuesday 9.00 at Aalst (Mo, R8T2WA), Tuesday 10.00 at Gent (Lea, H5N9PD). */
  async function threeBookings(): Promise<{ booking: ReturnType<typeof testBooking>; chat: Chat }> {
    const { booking, chat } = await bookedChat();
    for (const [place, centre, when, name] of [
      ['9300', 'Aalst', 'dinsdag', 'Mo'],
      ['9000', 'Gent', 'dinsdag om 10 uur', 'Lea'],
    ] as const)
      for (const reply of ['afspraak maken', 'Ja, nog een', place, centre, '1', when, '1', name, '0470999999', 'ja', 'Nee, bedankt'])
        await chat.says(reply);
    expect((await booking.store.list({})).map((b) => [b.code, b.slot.start])).toEqual([
      ['K7M3QX', '2026-11-27T11:00:00.000Z'],
      ['R8T2WA', '2026-12-01T08:00:00.000Z'],
      ['H5N9PD', '2026-12-01T09:00:00.000Z'],
    ]);
    return { booking, chat };
  }
  const THREE = ['Gent, vr 27 nov', 'Aalst, di 1 dec', 'Gent, di 1 dec'];
  const TUESDAYS = ['Aalst, di 1 dec', 'Gent, di 1 dec'];
  const bookingOf = (name: string): Line => ['bot', new RegExp(`^Je afspraak: .* Voor: ${name}\\.$`)];

  it('When the appointment is named by its weekday ("die van vrijdag"), Then that booking is chosen', async () => {
    const { chat } = await threeBookings();
    await play(chat, [
      ['user', 'afspraak verzetten'],
      ['says', 'manageBooking:which.question', THREE],
      ['user', 'die van vrijdag'],
      bookingOf('An'),
      ['says', 'manageBooking:move.question', YES_NO],
    ]);
  });

  for (const tuesday of ['die van dinsdag', 'mardi', 'the Tuesday one'])
    it(`When "${tuesday}" names two bookings, Then the bot asks again with only those two, and "die van 10 uur" then chooses one`, async () => {
      const { chat } = await threeBookings();
      await play(chat, [
        ['user', 'afspraak verzetten'],
        ['says', 'manageBooking:which.question', THREE],
        ['user', tuesday],
        ['says', 'manageBooking:which.narrowed', TUESDAYS],
        ['user', 'die van 10 uur'],
        bookingOf('Lea'),
        ['says', 'manageBooking:move.question', YES_NO],
        // The day and hour named the booking: the new hours are not Tuesdays at 10.
        ['user', 'ja'],
        ['says', 'bookIntake:slots.question', ['vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'vr 27 nov 13.30 uur', 'menu.more']],
      ]);
    });

  it('When the appointment is named by its hour ("die van 9 uur"), Then that booking is chosen; a day none is on is said so', async () => {
    const { chat } = await threeBookings();
    await play(chat, [
      ['user', 'afspraak verzetten'],
      ['says', 'manageBooking:which.question', THREE],
      ['user', 'die van woensdag'],
      ['says', 'manageBooking:which.noneThen', THREE],
      ['user', 'die van 9 uur'],
      bookingOf('Mo'),
      ['says', 'manageBooking:move.question', YES_NO],
      // The hour named the booking: it is no wish for the new hour.
      ['user', 'ja'],
      ['says', 'bookIntake:slots.question', ['vr 27 nov 12.00 uur', 'vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'menu.more']],
    ]);
  });

  for (const monday of ['de afspraak op maandag', 'mijn afspraak van maandag', 'le rendez-vous de lundi', 'the appointment on monday'])
    it(`When "${monday}" names a day no booking is on, Then that is said and the question again, never "Afspraak maken" offered`, async () => {
      const { chat } = await threeBookings();
      await play(chat, [
        ['user', 'afspraak verzetten'],
        ['says', 'manageBooking:which.question', THREE],
        ['user', monday],
        ['says', 'manageBooking:which.noneThen', THREE],
        ['user', 'die van vrijdag'],
        bookingOf('An'),
        ['says', 'manageBooking:move.question', YES_NO],
      ]);
    });

  it('When a wrong code is typed at "Over welke afspraak gaat het?", Then the code is said not to be found, as before', async () => {
    const chat = await twoBookings();
    await play(chat, [
      ['user', 'annuleer mijn afspraak'],
      ['says', 'manageBooking:which.question', WHICH],
      ['user', 'K7M3QZ'],
      ['says', 'manageBooking:code.retry', WHICH],
    ]);
  });
});
