import { describe, expect, it } from 'vitest';
import { chatInBooking, testBooking, type BookingLanguage } from '../../support/booking.js';
import { Chat } from '../../support/converse.js';
import { keysOf } from '../../support/keys.js';

/*
 * A phone number or e-mail address typed in the booking before it is asked ("0470123456" at the
 * hours): kept for later, said so in one line, and the open question again. The contact question
 * then does not come: the summary shows what was typed.
 */

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

/** At the booking's first question in `locale` on DATE. */
const bookingIn = (locale: BookingLanguage) => chatInBooking(DATE, locale);

/** Gent (9000), its centre, the first way of talking, the first free hour, then a first name. */
const STEPS = ['9000', '1', '1', '1', 'Sam'];

describe('BookIntakeDialog: a phone number or e-mail address typed before it is asked', () => {
  it.each([
    ['nl', 0, '0470123456', 'bookIntake:who.numberKept', '0470 12 34 56'],
    ['fr', 1, 'mon numéro est 0470 12 34 56', 'bookIntake:who.numberKept', '0470 12 34 56'],
    ['fr', 3, '0470123456', 'bookIntake:who.numberKept', '0470 12 34 56'],
    ['en', 2, 'sam@example.com', 'bookIntake:who.emailKept', 'sam@example.com'],
    ['nl', 4, '0470 12 34 56', 'bookIntake:who.numberKept', '0470 12 34 56'],
    // "le" before the number, dots and a slash in it: still only a number, never "gsm" as talking by phone.
    ['fr', 1, 'mon gsm est le 0470/12.34.56', 'bookIntake:who.numberKept', '0470 12 34 56'],
    ['fr', 3, 'mon numéro est le +32 470 12 34 56', 'bookIntake:who.numberKept', '0470 12 34 56'],
    ['nl', 3, 'mijn gsm-nr is 0470.12.34.56', 'bookIntake:who.numberKept', '0470 12 34 56'],
    // Another's number offered for someone without a phone: were a person offered ("use my number") and "that day" not understood.
    ['en', 3, 'use my number 0470123456', 'bookIntake:who.numberKept', '0470 12 34 56'],
    ['en', 3, 'she has no phone, use mine 0470123456', 'bookIntake:who.numberKept', '0470 12 34 56'],
    ['nl', 3, 'zij heeft geen gsm, neem de mijne 0470123456', 'bookIntake:who.numberKept', '0470 12 34 56'],
    ['fr', 0, "elle n'a pas de gsm, prenez le mien 0470123456", 'bookIntake:who.numberKept', '0470 12 34 56'],
  ] as const)(
    'When (%s) before answer %i the contact "%s" is typed, Then it is kept (%s), the question comes again, and the contact is not asked later',
    async (locale, at, contact, kept, shown) => {
      const chat = await bookingIn(locale);
      for (const said of STEPS.slice(0, at)) await chat.says(said);
      const asked = chat.received.at(-1);
      const reply = await chat.says(contact);
      expect(keysOf(chat, reply[0]?.text)).toEqual([kept]);
      // The same question again, with the same buttons: nothing was lost.
      expect(reply.at(-1)?.buttons).toEqual(asked?.buttons);
      expect(reply).toHaveLength(2);
      for (const said of STEPS.slice(at)) await chat.says(said);
      const all = chat.received.map((m) => keysOf(chat, m.text)).flat();
      expect(all).not.toContain('bookIntake:who.contact');
      expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:summary.question');
      expect(chat.received.at(-2)?.text).toContain(`Sam, ${shown}`);
    },
  );

  it('When a number was typed in a booking that was stopped, Then a new booking asks the contact again', async () => {
    const chat = await bookingIn('nl');
    await chat.says('0470123456');
    await chat.says('stop');
    await chat.says('Afspraak maken');
    for (const said of STEPS) await chat.says(said);
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:who.contact');
  });
});

// Was kept as the user's own number ("Voor: Jan, 080 03 07 00"), a centre calling VDAB's free line.
describe("BookIntakeDialog: a free or premium line typed as one's number", () => {
  it.each([
    ['nl', 3, '0800 30 700'],
    ['fr', 1, 'mon numéro est le 0800 30 700'],
  ] as const)('When (%s) before answer %i "%s" is typed, Then nothing is kept: one\'s own number comes later', async (locale, at, line) => {
    const chat = await bookingIn(locale);
    for (const said of STEPS.slice(0, at)) await chat.says(said);
    const asked = chat.received.at(-1);
    const reply = await chat.says(line);
    expect(keysOf(chat, reply[0]?.text)).toEqual(['bookIntake:who.serviceNumberEarly']);
    expect(reply.at(-1)?.buttons).toEqual(asked?.buttons);
    for (const said of STEPS.slice(at)) await chat.says(said);
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:who.contact');
  });

  it.each([
    ['nl', '0800 30 700'],
    ['en', '0903 12 345'],
  ] as const)(
    'When (%s) "%s" is typed for the contact, Then the centre cannot call it: one\'s own is asked, and taken',
    async (locale, line) => {
      const chat = await bookingIn(locale);
      for (const said of STEPS) await chat.says(said);
      expect(keysOf(chat, (await chat.says(line))[0]?.text)).toEqual(['bookIntake:who.contactRetry.service']);
      await chat.says('0470 12 34 56');
      expect(chat.received.at(-2)?.text).toContain('Sam, 0470 12 34 56');
    },
  );
});

describe('BookIntakeDialog: a first name typed before it is asked', () => {
  it.each([
    ['nl', 1, 'mijn naam is Mohamed', 'Mohamed'],
    ['nl', 3, 'ik heet Fatma', 'Fatma'],
    ['fr', 2, "je m'appelle Marie", 'Marie'],
    ['en', 0, 'my name is Sam', 'Sam'],
    // A name typed alone, where no answer reads it: was "Sorry, dat begreep ik niet" at the way of talking.
    ['nl', 2, 'Mohamed El Amrani', 'Mohamed'],
    ['fr', 3, 'Fatima', 'Fatima'],
  ] as const)(
    'When (%s) before answer %i "%s" is typed, Then the name is kept, the question comes again, and the name is not asked later',
    async (locale, at, said, name) => {
      const chat = await bookingIn(locale);
      for (const step of STEPS.slice(0, at)) await chat.says(step);
      const asked = chat.received.at(-1);
      const reply = await chat.says(said);
      expect(keysOf(chat, reply[0]?.text)).toEqual(['bookIntake:who.nameKept']);
      expect(reply.at(-1)?.buttons).toEqual(asked?.buttons);
      expect(reply).toHaveLength(2);
      // The rest of the booking without the name: the contact is the next question after the hour.
      for (const step of STEPS.slice(at, 4)) await chat.says(step);
      await chat.says('0470123456');
      const all = chat.received.map((m) => keysOf(chat, m.text)).flat();
      expect(all).not.toContain('bookIntake:who.name');
      expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:summary.question');
      expect(chat.received.at(-2)?.text).toContain(`${name}, 0470 12 34 56`);
    },
  );

  // Were kept as the names "Vrij op woensdag", "Disponible le mercredi" and "Moe", the day unread.
  it.each([
    ['nl', 'ik ben vrij op woensdag', 'wo 2 dec'],
    ['fr', 'je suis disponible le mercredi', 'mer. 2 déc.'],
    ['en', "I'm free on Wednesday", 'Wed 2 Dec'],
  ] as const)('When (%s) "%s" is typed at the hours, Then that day\'s hours come, never a name kept', async (locale, said, day) => {
    const chat = await bookingIn(locale);
    for (const step of STEPS.slice(0, 3)) await chat.says(step);
    const reply = await chat.says(said);
    expect(reply.flatMap((m) => keysOf(chat, m.text))).not.toContain('bookIntake:who.nameKept');
    expect(reply.at(-1)?.buttons[0]).toContain(day);
  });

  it.each([
    ['nl', 'ik ben moe'],
    ['en', "I'm tired"],
    // Capitals, but words of the language after a given name: something said, no name. Without
    // a capital, "jan" may be January.
    ['nl', 'Marie Komt Ook'],
    ['nl', 'jan'],
    // French words in the form for a woman (a blind persona probe: "Pour : Indépendante" on the booking).
    ['fr', 'je suis indépendante'],
    ['fr', 'je suis salariée'],
    ['fr', 'je suis perdue'],
  ] as const)('When (%s) "%s" is typed at the hours, Then no name is kept', async (locale, said) => {
    const chat = await bookingIn(locale);
    for (const step of STEPS.slice(0, 3)) await chat.says(step);
    const reply = await chat.says(said);
    expect(reply.flatMap((m) => keysOf(chat, m.text))).not.toContain('bookIntake:who.nameKept');
  });

  it('When a name was typed in a booking that was stopped, Then a new booking asks the name again', async () => {
    const chat = await bookingIn('nl');
    await chat.says('mijn naam is Mohamed');
    await chat.says('stop');
    await chat.says('Afspraak maken');
    for (const said of STEPS.slice(0, 4)) await chat.says(said);
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:who.name');
  });

  it('When the booking is for someone else and the own name was typed early, Then the name asked is still theirs', async () => {
    const chat = await Chat.start({ date: DATE, booking: { ...testBooking(DATE).parts, canRemind: () => false } });
    await chat.says('hallo');
    await chat.says('ik wil een afspraak voor mijn moeder in Gent');
    await chat.says('mijn naam is Karim');
    for (const said of STEPS.slice(1, 4)) await chat.says(said);
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:who.nameOther');
  });

  // Was "Je naam onthoud ik" and then her name asked all the same: a promise broken.
  it.each([
    ['nl', 'ik wil een afspraak voor mijn moeder in Gent', 'ze heet Fatima'],
    ['en', 'I want an appointment for my mother in Gent', 'her name is Fatima'],
  ] as const)(
    'When (%s) the booking is for someone else and "%s" is followed by "%s", Then that name is kept and not asked',
    async (locale, wish, said) => {
      const chat = await Chat.start({ date: DATE, locale, booking: { ...testBooking(DATE).parts, canRemind: () => false } });
      await chat.says(locale === 'nl' ? 'hallo' : 'hello');
      await chat.says(wish);
      for (const step of STEPS.slice(1, 3)) await chat.says(step);
      const reply = await chat.says(said);
      expect(keysOf(chat, reply[0]?.text)).toEqual(['bookIntake:who.nameKeptOther']);
      await chat.says(STEPS[3]);
      await chat.says('0470123456');
      const all = chat.received.map((m) => keysOf(chat, m.text)).flat();
      expect(all).not.toContain('bookIntake:who.nameOther');
      expect(chat.received.at(-2)?.text).toContain('Fatima, 0470 12 34 56');
    },
  );
});

describe('BookIntakeDialog: no mobile phone, or neither a phone nor e-mail, said before the contact is asked', () => {
  it.each([
    // Was "Sorry, dat begreep ik niet" at the hours: another number or an e-mail address will do.
    ['nl', 3, 'ze heeft geen gsm', 'bookIntake:who.noPhoneLater'],
    ['nl', 0, 'ik heb geen gsm', 'bookIntake:who.noPhoneLater'],
    ['en', 3, 'she has no phone', 'bookIntake:who.noPhoneLater'],
    // Was "Een e-mailadres is niet nodig. Een telefoonnummer is genoeg.": a landline or a trusted person's number will do.
    ['nl', 3, 'ik heb geen gsm en geen mail', 'bookIntake:who.noContactLater'],
    ['fr', 4, "pas de téléphone ni d'email", 'bookIntake:who.noContactLater'],
    ['en', 0, 'I have no phone or email', 'bookIntake:who.noContactLater'],
  ] as const)('When (%s) before answer %i "%s" is typed, Then %s, and the same question again', async (locale, at, said, key) => {
    const chat = await bookingIn(locale);
    for (const step of STEPS.slice(0, at)) await chat.says(step);
    const asked = chat.received.at(-1);
    const reply = await chat.says(said);
    expect(reply).toHaveLength(2);
    expect(keysOf(chat, reply[0]?.text)).toEqual([key]);
    // The same question (the hours asked again without their list), with the same buttons.
    expect(reply.at(-1)?.buttons).toEqual(asked?.buttons);
  });
});
