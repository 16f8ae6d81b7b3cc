import { describe, expect, it } from 'vitest';
import { testBooking } from '../../support/booking.js';
import { Chat } from '../../support/converse.js';
import { keysOf } from '../../support/keys.js';

const DATE = '2026-11-26';

async function booking(...said: string[]): Promise<Chat> {
  return bookingIn('nl', 'Afspraak maken', ...said);
}

async function bookingIn(locale: string, book: string, ...said: string[]): Promise<Chat> {
  const chat = await Chat.start({ date: DATE, locale, booking: { ...testBooking(DATE).parts, canRemind: () => false } });
  for (const text of ['hallo', book, ...said]) await chat.says(text);
  return chat;
}

describe("changing one's mind in the middle of booking", () => {
  it('When "nee wacht, eerst weten of ik recht heb" comes at the place or the centre question, Then the check starts, not the place again', async () => {
    for (const before of [[], ['8800']]) {
      const chat = await booking(...before);
      const reply = await chat.says('nee wacht, eerst weten of ik recht heb');
      expect(keysOf(chat, reply.at(-1)?.text)).toContain('checkEligibility:forWhom.question');
    }
  });

  // Found by a blind persona probe: "toch niet, …" at the hours was "Die dag begrijp ik niet"; "non en fait …" at
  // the town question "Je ne connais pas ce lieu".
  it.each([
    ['nl', 'Afspraak maken', ['8800', '1', 'ter plaatse'], 'toch niet, ik wil eerst weten of ik recht heb'],
    ['fr', 'Prendre rendez-vous', [], 'non en fait je veux d abord savoir si j ai droit'],
    ['en', 'Make an appointment', ['8800'], 'no actually, first I want to know if I can get one'],
  ] as const)(
    'When (%s) a change of mind comes in the middle of booking ("%s" then …), Then the check starts',
    async (locale, book, before, said) => {
      const chat = await bookingIn(locale, book, ...before);
      const reply = await chat.says(said);
      expect(keysOf(chat, reply.at(-1)?.text)).toContain('checkEligibility:forWhom.question');
    },
  );

  // Found by a blind persona probe: "Wil je nu dit doen: afspraak maken?", and a tap began the booking anew, all lost.
  it('When "ik wil een ander uur" comes where the name is asked, or "een andere dag" where the contact is, Then the hours again, the rest kept', async () => {
    const atName = await booking('8800', '1', 'ter plaatse', '1');
    const hours = await atName.says('ik wil een ander uur');
    expect(keysOf(atName, hours.at(-1)?.text)).toContain('bookIntake:slots.question');
    const atContact = await booking('8800', '1', 'ter plaatse', '1', 'Marc');
    const days = await atContact.says('een andere dag');
    expect(keysOf(atContact, days.at(-1)?.text)).toContain('bookIntake:slots.question');
    // Not the day chosen before (Friday 27 November).
    expect(days.at(-1)?.buttons[0]).not.toMatch(/^vr 27 nov/);
    // The name is kept: after a new hour, the contact is asked, not the name.
    const next = await atContact.says(days.at(-1)?.buttons[0] ?? '');
    expect(keysOf(atContact, next.at(-1)?.text)).toContain('bookIntake:who.contact');
  });

  it('When "annuleer die afspraak" comes at "Wat wil je aanpassen?" before anything is booked, Then no appointment is made and the menu comes, no offer of a person', async () => {
    const chat = await booking('8800', '1', 'ter plaatse', '1', 'Marc', '0475 12 34 56', 'nee');
    const reply = await chat.says('annuleer die afspraak');
    expect(keysOf(chat, reply[0]?.text)).toContain('bookIntake:summary.notBooked');
    expect(keysOf(chat, reply.at(-1)?.text)).toContain('menu.questionAgain');
  });

  it.each([
    ['nl', 'Afspraak maken', 'gent', 'toch liever aalst', ['9300 Aalst', '3800 Aalst']],
    ['nl', 'Afspraak maken', 'gent', 'nee, in Brugge', ['Brugge', 'Oostende', 'Gent', 'Meer']],
    ['fr', 'Prendre rendez-vous', 'gand', 'plutôt à Alost', ['Aalst', 'Brussel', 'Gent', 'Plus']],
  ])(
    'When (%s) another place comes at "Hoe wil je het gesprek doen?" (%s, %s, then "%s"), Then the centres near it come, never "Bedoel je dit? Wat kost het?"',
    async (locale, book, place, other, shown) => {
      const chat = await bookingIn(locale, book, place, '1');
      expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:modes.question');
      const reply = await chat.says(other);
      expect(reply.at(-1)?.buttons).toEqual(shown);
    },
  );

  it.each([
    ['fr', 'Prendre rendez-vous', 'finalement non'],
    ['fr', 'Prendre rendez-vous', 'non finalement'],
    ['nl', 'Afspraak maken', 'nee toch niet'],
  ])(
    'When (%s, after "%s") "%s" comes where the first name is asked, Then it is no name: the contact is not asked next',
    async (locale, book, said) => {
      const chat = await bookingIn(locale, book, '9000', '1', '1', '1');
      expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:who.name');
      const reply = await chat.says(said);
      expect(keysOf(chat, reply.at(-1)?.text)).not.toContain('bookIntake:who.contact');
      expect(chat.received.map((m) => m.text).join('\n')).not.toMatch(/Finalement|Non Finalement/);
    },
  );

  it.each([
    ['nl', 'Afspraak maken', 'gent', 'ander centrum'],
    ['nl', 'Afspraak maken', 'gent', 'een ander centrum aub'],
    ['fr', 'Prendre rendez-vous', 'gand', 'un autre centre'],
  ])(
    'When (%s, after "%s" and "%s") "%s" comes at "Hoe wil je het gesprek doen?", Then the centres come again, never a way of talking taken and the hours',
    async (locale, book, place, other) => {
      const chat = await bookingIn(locale, book, place, '1');
      const reply = await chat.says(other);
      expect(keysOf(chat, reply.at(-1)?.text)).toContain('bookIntake:centres.question');
      expect(reply.map((m) => keysOf(chat, m.text)).flat()).not.toContain('bookIntake:slots.question');
    },
  );

  it.each([
    ['fr', 'Prendre rendez-vous', 'en ligne', 'non plutôt sur place'],
    ['nl', 'Afspraak maken', 'online', 'nee liever ter plaatse'],
    ['nl', 'Afspraak maken', 'online', 'nee, op locatie'],
    ['en', 'Book a meeting', 'online', 'no, rather in person'],
  ])(
    'When (%s, after "%s" and "%s") "%s" comes at the hours, Then the talk is in person, the hours come again and the booking goes on; never the centres or a person',
    async (locale, book, online, inPerson) => {
      const chat = await bookingIn(locale, book, '9000', '1', online);
      expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:slots.question');
      const reply = await chat.says(inPerson);
      expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['bookIntake:modes.changed.in_person'], ['bookIntake:slots.question']]);
      for (const said of ['1', 'Marc', '0470 12 34 56']) await chat.says(said);
      expect(chat.received.map((m) => keysOf(chat, m.text)).flat()).toContain('bookIntake:summary.mode.in_person');
      expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:summary.question');
    },
  );

  it('When "nee liever ter plaatse" comes at the hours of a centre that only talks online or by phone, Then that is said and its ways are asked', async () => {
    const chat = await booking('9000', 'Aalst', 'online');
    const reply = await chat.says('nee liever ter plaatse');
    expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['bookIntake:modes.notHere.in_person'], ['bookIntake:modes.question']]);
    expect(reply.at(-1)?.buttons).toEqual(['Online', 'Telefoon']);
  });

  it('When "ça marche" comes at the hours, Then it is no walk: what to tap and the hours again; "ça marche pour mardi" shows Tuesday\'s', async () => {
    const chat = await bookingIn('fr', 'Prendre rendez-vous', '9000', '1', 'sur place');
    const okay = await chat.says('ça marche');
    expect(okay.map((m) => keysOf(chat, m.text))).toEqual([['bookIntake:slots.simpler'], ['bookIntake:slots.questionAgain']]);
    const tuesday = await chat.says('ça marche pour mardi');
    expect(tuesday.map((m) => keysOf(chat, m.text))).toEqual([['bookIntake:slots.question']]);
    expect(tuesday.at(-1)?.buttons[0]).toMatch(/^mar\. 1 déc\./);
  });

  it.each([
    ['nl', 'Afspraak maken', [], 'nee liever ter plaatse', 'bookIntake:who.name'],
    ['fr', 'Prendre rendez-vous', ['Marie'], 'non plutôt sur place', 'bookIntake:who.contact'],
    ['en', 'Book a meeting', ['Sam', '0470 12 34 56'], 'no, rather in person', 'bookIntake:summary.question'],
  ] as const)(
    'When (%s, "%s", then %j after the hours) "%s" changes the way of talking, Then it is taken and said, the hour and what was given are kept, and the open question comes again',
    async (locale, book, given, inPerson, question) => {
      const chat = await bookingIn(locale, book, '9000', '1', locale === 'fr' ? 'en ligne' : 'online', '1', ...given);
      const reply = await chat.says(inPerson);
      const keys = reply.map((m) => keysOf(chat, m.text));
      expect(keys[0]).toEqual(['bookIntake:modes.changed.in_person']);
      expect(keys.at(-1)).toContain(question);
      // Neither the hours nor what is kept for how long again.
      expect(keys.flat()).not.toContain('bookIntake:slots.question');
      expect(keys.flat()).not.toContain('bookIntake:who.consent');
      for (const said of ['Marc', '0470 12 34 56'].slice(given.length)) await chat.says(said);
      const summary = chat.received.at(-2)?.text ?? '';
      expect(keysOf(chat, summary)).toContain('bookIntake:summary.mode.in_person');
      expect(summary).toContain(locale === 'en' ? '27 November' : locale === 'fr' ? '27 novembre' : '27 november');
    },
  );

  it('When "Marthe" is typed where the first name is asked, Then it is the name, never "marche" (walking)', async () => {
    const chat = await bookingIn('fr', 'Prendre rendez-vous', '9000', '1', 'en ligne', '1');
    const reply = await chat.says('Marthe');
    expect(reply).toHaveLength(1);
    expect(keysOf(chat, reply[0]?.text)).toContain('bookIntake:who.contact');
    await chat.says('0470 12 34 56');
    expect(chat.received.at(-2)?.text).toContain('Marthe');
    expect(keysOf(chat, chat.received.at(-2)?.text)).toContain('bookIntake:summary.mode.online');
  });
});

describe('changing the way of talking at "Wat wil je aanpassen?"', () => {
  it.each([
    ['nl', 'Afspraak maken', '9000', 'ter plaatse', 'nee', 'liever online', 'online'],
    ['nl', 'Afspraak maken', '9000', 'online', 'nee', 'nee liever ter plaatse', 'in_person'],
    ['fr', 'Prendre rendez-vous', '2000', 'sur place', 'non', 'plutôt par téléphone', 'phone'],
    ['en', 'Book a meeting', '9000', 'online', 'no', 'in person instead', 'in_person'],
  ] as const)(
    'When (%s, "%s", %s, "%s", then "%s" at "Klopt dit?") "%s" comes at "Wat wil je aanpassen?", Then it is said back and "Klopt dit?" comes again with that way and the same hour',
    async (locale, book, place, before, no, other, mode) => {
      const chat = await bookingIn(locale, book, place, '1', before, '1', 'Marc', '0470 12 34 56', no);
      expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:change.question');
      const reply = await chat.says(other);
      const keys = reply.map((m) => keysOf(chat, m.text));
      expect(keys[0]).toEqual([`bookIntake:modes.changed.${mode}`]);
      expect(keys.at(-1)).toContain('bookIntake:summary.question');
      const summary = reply.at(-2)?.text ?? '';
      expect(keysOf(chat, summary)).toContain(`bookIntake:summary.mode.${mode}`);
      expect(summary).toContain('Marc');
      expect(summary).toContain(locale === 'en' ? '27 November' : locale === 'fr' ? '27 novembre' : '27 november');
      expect(keys.flat()).not.toContain('bookIntake:slots.question');
    },
  );

  it('When "plutôt par téléphone" comes at "Que voulez-vous changer ?" for a centre without phone talks, Then that is said and its ways are asked, never the contact', async () => {
    const chat = await bookingIn('fr', 'Prendre rendez-vous', '9000', '1', 'sur place', '1', 'Marc', '0470 12 34 56', 'non');
    const reply = await chat.says('plutôt par téléphone');
    expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['bookIntake:modes.notHere.phone'], ['bookIntake:modes.question']]);
  });

  it('When "telefoon" alone comes at "Wat wil je aanpassen?", Then the contact is what changes, as before', async () => {
    const chat = await booking('9000', '1', 'ter plaatse', '1', 'Marc', '0470 12 34 56', 'nee');
    const reply = await chat.says('telefoon');
    expect(keysOf(chat, reply.at(-1)?.text)).toContain('bookIntake:who.contact');
  });
});
