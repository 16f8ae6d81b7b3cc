import { describe, expect, it } from 'vitest';
import { testBooking } from '../../support/booking.js';
import { Chat, converse, DATA, play, type Line } from '../../support/converse.js';
import { HELPERS, menuAgain, offerPerson, toPerson, YES_NO } from '../../support/lines.js';

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';
const FRIDAY_NOON = ['vr 27 nov 12.00 uur', 'vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'menu.more'];
const TUESDAY = ['di 1 dec 9.00 uur', 'di 1 dec 9.30 uur', 'di 1 dec 10.00 uur', 'menu.more'];

const card = (title = 'bookIntake:centres.titleKm'): Line => ['says', [title, DATA, 'bookIntake:centres.modes']];
const cards = (first = 'bookIntake:centres.titleKm'): Line[] => [card(first), card(), card()];
const centreQuestion = (...titles: string[]): Line => ['says', 'bookIntake:centres.question', [...titles, 'menu.more']];
const askPlace: Line = ['says', 'bookIntake:where.question', HELPERS];
const afterQuestion: Line = [
  'says',
  'bookIntake:confirmed.after',
  ['bookIntake:confirmed.bringButton', 'bookIntake:confirmed.cancelButton', 'bookIntake:confirmed.noThanks'],
];

/** Near Aalst without the Gent centre the booking leaves; Aalst online at its first hour; "Klopt dit?" says the old one goes. */
const toAalstOnline = (hours = FRIDAY_NOON, yes = 'ja'): Line[] => [
  ...cards('bookIntake:centres.titleNear'),
  centreQuestion('Aalst', 'Brussel', 'Sint-Niklaas'),
  ['tap', 'Aalst'],
  ['says', 'bookIntake:modes.question', ['bookIntake:modes.button.online', 'bookIntake:modes.button.phone']],
  ['user', 'online'],
  ['says', 'bookIntake:slots.question', hours],
  ['user', '1'],
  // Name and number are kept from the booking it replaces: not asked again.
  [
    'says',
    [
      'bookIntake:summary.title',
      'bookIntake:summary.when',
      'bookIntake:summary.centre',
      'bookIntake:summary.mode.online',
      'bookIntake:summary.who',
      'bookIntake:relocate.oldGoes',
    ],
  ],
  ['says', 'bookIntake:summary.question', YES_NO],
  ['user', yes],
  ['says', ['bookIntake:confirmed.code', 'bookIntake:confirmed.done', 'bookIntake:relocate.oldCancelled']],
  ['says', ['bookIntake:confirmed.when', 'bookIntake:confirmed.mode.online']],
  ['says', 'bookIntake:confirmed.calendar'],
  afterQuestion,
];

/** A chat that booked Friday 12.00 in person at Gent (code K7M3QX), left at "Wil je nog iets weten?". */
async function bookedAtGent(locale = 'nl-BE'): Promise<{ booking: ReturnType<typeof testBooking>; chat: Chat }> {
  const booking = testBooking(DATE);
  const chat = await Chat.start({ locale, date: DATE, booking: { ...booking.parts, canRemind: () => false } });
  for (const reply of ['hallo', 'afspraak maken', '9000', 'Gent', '1', '1', 'An', '0470123456', 'ja']) await chat.says(reply);
  expect(chat.received.filter((m) => m.attachments?.[0]?.contentType === 'text/calendar')).toHaveLength(1);
  return { booking, chat };
}

/** One open booking, at Aalst; the Gent one cancelled and without name or number; both centres told. */
async function movedToAalst(booking: ReturnType<typeof testBooking>): Promise<void> {
  const all = await booking.store.list({});
  expect(all.map((b) => [b.code, b.centreId, b.status])).toEqual([
    ['K7M3QX', 'demo-gent', 'cancelled'],
    ['R8T2WA', 'demo-aalst', 'confirmed'],
  ]);
  expect(all[0]?.person).toEqual({ firstName: '' });
  expect(all[1]).toMatchObject({ person: { firstName: 'An', phone: '+32470123456' }, mode: 'online' });
  expect(booking.notices).toEqual([
    ['confirmed', 'K7M3QX'],
    ['confirmed', 'R8T2WA'],
    ['cancelled', 'K7M3QX'],
  ]);
}

describe('Moving a booking to another centre or town', () => {
  it('When "ik wil naar een ander centrum" comes after booking, Then one "Klopt dit?" books the new centre and cancels the old one: one booking stays', async () => {
    const { booking, chat } = await bookedAtGent();
    await play(chat, [
      ['user', 'ik wil naar een ander centrum'],
      ['says', 'bookIntake:relocate.intro'],
      askPlace,
      ['user', '9300'],
      ...toAalstOnline(),
    ]);
    await movedToAalst(booking);
  });

  it('When "kan het in een andere stad?" comes at the menu after booking, Then the booking moves there, not a second one', async () => {
    const { booking, chat } = await bookedAtGent();
    await play(chat, [
      ['user', 'Nee, bedankt'],
      menuAgain,
      ['user', 'kan het in een andere stad?'],
      ['says', 'bookIntake:relocate.intro'],
      askPlace,
      ['user', '9300'],
      ...toAalstOnline(),
    ]);
    await movedToAalst(booking);
  });

  it('When a French user says "je préfère à Alost" after booking, Then the centres near Aalst come at once and the booking moves there', async () => {
    const { booking, chat } = await bookedAtGent('fr-BE');
    await play(chat, [
      ['user', 'je préfère à Alost'],
      ...toAalstOnline(['ven. 27 nov. 12 h', 'ven. 27 nov. 12 h 30', 'ven. 27 nov. 13 h', 'menu.more'], 'oui'),
    ]);
    await movedToAalst(booking);
  });

  it('When an English user asks to move and then names another town at the hours, Then the booking moves to a centre there', async () => {
    const { booking, chat } = await bookedAtGent('en-GB');
    await play(chat, [
      ['user', 'No, thanks'],
      menuAgain,
      ['user', 'move my appointment'],
      ['says', 'manageBooking:booking'],
      ['says', 'manageBooking:move.question', YES_NO],
      ['user', 'yes'],
      ['says', 'bookIntake:slots.question', ['Fri 27 Nov 12.30 pm', 'Fri 27 Nov 1 pm', 'Fri 27 Nov 1.30 pm', 'menu.more']],
      ['user', 'can it be in Alost?'],
      ...toAalstOnline(['Fri 27 Nov 12 pm', 'Fri 27 Nov 12.30 pm', 'Fri 27 Nov 1 pm', 'menu.more'], 'yes'),
    ]);
    await movedToAalst(booking);
  });

  it('When the new slot is taken before "ja", Then the old booking stays as it was and new hours come', async () => {
    const { booking, chat } = await bookedAtGent();
    await play(chat, [
      ['user', 'ik wil naar een ander centrum'],
      ['says', 'bookIntake:relocate.intro'],
      askPlace,
      ['user', '9300'],
      ...toAalstOnline().slice(0, 11),
    ]);
    // Someone else takes Friday 12.00 at Aalst meanwhile.
    const taken = await booking.store.reserve({
      centreId: 'demo-aalst',
      slot: { centreId: 'demo-aalst', start: '2026-11-27T11:00:00.000Z', end: '2026-11-27T11:30:00.000Z' },
      person: { firstName: 'Bram', phone: '+32470000000' },
      locale: 'nl',
      mode: 'online',
      reminderOptIn: false,
    });
    expect(taken.ok).toBe(true);
    await play(chat, [
      ['user', 'ja'],
      ['says', 'bookIntake:slotTaken'],
      ['says', 'bookIntake:slots.question', ['vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'vr 27 nov 13.30 uur', 'menu.more']],
    ]);
    expect(await booking.store.get('K7M3QX')).toMatchObject({ status: 'confirmed', person: { firstName: 'An' } });
    // Nothing was booked or cancelled: no centre was told anything new.
    expect(booking.notices).toEqual([['confirmed', 'K7M3QX']]);
  });
});

describe('Another town named at the hours', () => {
  it('When "kan het dinsdag in Gent?" is typed at the hours, Then the centres near Gent come, and the day said is kept for their hours', () =>
    converse(
      [
        ['user', 'afspraak maken'],
        ['says', 'greetingShort'],
        ['says', 'bookIntake:intro'],
        askPlace,
        ['user', '9100'],
        ...cards(),
        centreQuestion('Sint-Niklaas', 'Antwerpen', 'Mechelen'),
        ['user', '1'],
        ['says', 'bookIntake:modes.question', ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online']],
        ['user', 'ter plaatse'],
        ['says', 'bookIntake:slots.question', ['ma 30 nov 9.00 uur', 'ma 30 nov 9.30 uur', 'ma 30 nov 10.00 uur', 'menu.more']],
        ['user', 'kan het dinsdag in Gent?'],
        ...cards(),
        centreQuestion('Gent', 'Aalst', 'Sint-Niklaas'),
        ['tap', 'Gent'],
        [
          'says',
          'bookIntake:modes.question',
          ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online', 'bookIntake:modes.button.walking'],
        ],
        ['user', 'ter plaatse'],
        ['says', 'bookIntake:slots.question', TUESDAY],
      ],
      { date: DATE, booking: testBooking(DATE).parts },
    ));

  it('When "liever aalst" is typed at the hours, Then the bot asks which Aalst, as when choosing a place', () =>
    converse(
      [
        ['user', 'afspraak maken'],
        ['says', 'greetingShort'],
        ['says', 'bookIntake:intro'],
        askPlace,
        ['user', '9000'],
        ...cards(),
        centreQuestion('Gent', 'Aalst', 'Sint-Niklaas'),
        ['tap', 'Gent'],
        [
          'says',
          'bookIntake:modes.question',
          ['bookIntake:modes.button.in_person', 'bookIntake:modes.button.online', 'bookIntake:modes.button.walking'],
        ],
        ['user', 'ter plaatse'],
        ['says', 'bookIntake:slots.question', FRIDAY_NOON],
        ['user', 'liever aalst'],
        ['says', 'bookIntake:where.whichIn', ['9300 Aalst', '3800 Aalst']],
        ['tap', '9300 Aalst'],
        ...cards('bookIntake:centres.titleNear'),
        centreQuestion('Aalst', 'Brussel', 'Gent'),
      ],
      { date: DATE, booking: testBooking(DATE).parts },
    ));
});

/** The chat of bookedAtGent with a second booking (for someone else, or from before): "Ja, nog een", at Aalst (code R8T2WA), back at the menu. */
async function bookedTwice(): Promise<{ booking: ReturnType<typeof testBooking>; chat: Chat }> {
  const { booking, chat } = await bookedAtGent();
  for (const reply of [
    'Nee, bedankt',
    'afspraak maken',
    'Ja, nog een',
    '9300',
    'Aalst',
    '1',
    '1',
    'Mo',
    '0470999999',
    'ja',
    'Nee, bedankt',
  ])
    await chat.says(reply);
  expect((await booking.store.list({})).filter((b) => b.status === 'confirmed')).toHaveLength(2);
  return { booking, chat };
}

const WHICH = ['Gent, vr 27 nov', 'Aalst, vr 27 nov'];

describe('Several open bookings', () => {
  it('When someone with two open bookings says "afspraak verzetten", Then the bot asks which one by centre and day, and moves that one', async () => {
    const { booking, chat } = await bookedTwice();
    await play(chat, [
      ['user', 'afspraak verzetten'],
      ['says', 'manageBooking:which.question', ['Gent, vr 27 nov', 'Aalst, vr 27 nov']],
      ['tap', 'Gent, vr 27 nov'],
      ['says', 'manageBooking:booking'],
      ['says', 'manageBooking:move.question', YES_NO],
      ['user', 'nee'],
      ['says', 'manageBooking:unchanged'],
      menuAgain,
      ['user', 'annuleer mijn afspraak'],
      ['says', 'manageBooking:which.question', ['Gent, vr 27 nov', 'Aalst, vr 27 nov']],
      ['tap', 'Aalst, vr 27 nov'],
      ['says', 'manageBooking:booking'],
      ['says', 'manageBooking:cancel.question', [...YES_NO, 'manageBooking:menu.move']],
      ['user', 'ja'],
      ['says', 'manageBooking:cancel.done'],
      menuAgain,
    ]);
    expect((await booking.store.list({})).map((b) => [b.code, b.status])).toEqual([
      ['K7M3QX', 'confirmed'],
      ['R8T2WA', 'cancelled'],
    ]);
  });

  it('When "verplaats mijn afspraak naar Aalst" gets two unclear replies at "Over welke afspraak gaat het?", Then Aalst is kept: the booking tapped then moves there', async () => {
    const { chat } = await bookedTwice();
    await play(chat, [
      ['user', 'verplaats mijn afspraak naar Aalst'],
      ['says', 'manageBooking:which.question', WHICH],
      ['user', 'blabla'],
      ['says', 'manageBooking:which.retry', WHICH],
      ['user', 'blabla'],
      ['says', 'manageBooking:which.hint'],
      ['says', 'manageBooking:which.question', [...WHICH, 'menu.person']],
      ['tap', 'Gent, vr 27 nov'],
      // Not "Wil je deze afspraak verplaatsen?" in Gent: the Aalst said at the start is still asked about.
      ['says', 'bookIntake:where.whichIn', ['9300 Aalst', '3800 Aalst']],
    ]);
  });

  it('When someone with two open bookings says "ik wil naar een ander centrum" at the menu, Then the bot asks which one, not moving the last one made by guess', async () => {
    const { chat } = await bookedTwice();
    await play(chat, [
      ['user', 'ik wil naar een ander centrum'],
      ['says', 'manageBooking:which.question', WHICH],
      ['tap', 'Gent, vr 27 nov'],
      ['says', 'bookIntake:relocate.intro'],
      askPlace,
      ['user', '9300'],
      ...cards('bookIntake:centres.titleNear'),
      // Gent is left, so Aalst is offered (moving the Aalst booking would leave Aalst out).
      centreQuestion('Aalst', 'Brussel', 'Sint-Niklaas'),
    ]);
  });

  it('When two unclear replies come at "Welke plaats bedoel je?" on the way, Then the place is not given up: a person is offered, and "Opnieuw proberen" asks it again, the move still on', async () => {
    const { booking, chat } = await bookedTwice();
    await play(chat, [
      ['user', 'verplaats mijn afspraak naar Aalst'],
      ['says', 'manageBooking:which.question', WHICH],
      ['tap', 'Gent, vr 27 nov'],
      ['says', 'bookIntake:where.whichIn', ['9300 Aalst', '3800 Aalst']],
      // An everyday word is no place: where to type one is said.
      ['user', 'blabla'],
      ['says', 'bookIntake:where.simpler', ['9300 Aalst', '3800 Aalst']],
      ['user', 'blabla'],
      // Not "Ik vind die plaats niet in Vlaanderen of Brussel": Aalst was said.
      offerPerson,
      ['tap', 'fallback.tryAgain'],
      ['says', 'bookIntake:where.whichIn', ['9300 Aalst', '3800 Aalst']],
      ['tap', '9300 Aalst'],
      ...cards('bookIntake:centres.titleNear'),
      centreQuestion('Aalst', 'Brussel', 'Sint-Niklaas'),
      ['tap', 'Aalst'],
      ['says', 'bookIntake:modes.question', ['bookIntake:modes.button.online', 'bookIntake:modes.button.phone']],
      ['user', 'online'],
      ['says', 'bookIntake:slots.question', ['vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'vr 27 nov 13.30 uur', 'menu.more']],
      ['user', '1'],
      [
        'says',
        [
          'bookIntake:summary.title',
          'bookIntake:summary.when',
          'bookIntake:summary.centre',
          'bookIntake:summary.mode.online',
          'bookIntake:summary.who',
          'bookIntake:relocate.oldGoes',
        ],
      ],
      ['says', 'bookIntake:summary.question', YES_NO],
    ]);
    expect((await booking.store.list({})).map((b) => [b.code, b.status])).toEqual([
      ['K7M3QX', 'confirmed'],
      ['R8T2WA', 'confirmed'],
    ]);
  });
});

describe('Lost code', () => {
  it('When the code is lost, Then no centre number is made up: the centre on vdab.be, the free number to tap, and a person offered', () =>
    converse(
      [
        ['user', 'afspraak annuleren'],
        ['says', 'greetingShort'],
        ['says', 'manageBooking:code.question', HELPERS],
        ['user', 'ik ben de code kwijt'],
        [
          'bot',
          'Zonder code vind ik je afspraak niet. Het centrum vind je op vdab.be/loopbaancheques. Of bel VDAB gratis op 0800 30 700.',
          ['Bel 0800 30 700'],
        ],
        ['says', 'manageBooking:code.personQuestion', ['menu.person', 'manageBooking:code.hasCode', 'handover:how.no']],
        ['tap', 'menu.person'],
        ...toPerson,
      ],
      { date: DATE, booking: testBooking(DATE).parts },
    ));

  it('When a French user has no code, Then the same, in French', () =>
    converse(
      [
        ['user', 'annuler mon rendez-vous'],
        ['says', 'greetingShort'],
        ['says', 'manageBooking:code.question', HELPERS],
        ['user', "je n'ai pas de code"],
        [
          'bot',
          'Sans code, je ne trouve pas votre rendez-vous. Vous trouvez le centre sur vdab.be/loopbaancheques. Ou appelez le VDAB gratuitement au 0800 30 700.',
          ['Appeler le 0800 30 700'],
        ],
        ['says', 'manageBooking:code.personQuestion', ['menu.person', 'manageBooking:code.hasCode', 'handover:how.no']],
        ['user', 'non'],
        menuAgain,
      ],
      { locale: 'fr-BE', date: DATE, booking: testBooking(DATE).parts },
    ));
});
