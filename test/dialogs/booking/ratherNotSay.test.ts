import { describe, expect, it } from 'vitest';
import { chatInBooking } from '../../support/booking.js';
import { keysOf } from '../../support/keys.js';

/*
 * "ik wil mijn naam niet geven", "liever niet", "gaat je niks aan" where the booking asks the
 * first name or the contact: why the centre needs it, and the same question again. Before, the
 * name refused was heard as "wis alles over mij" ("Wil je dat ik alles over jou wis?"), and
 * "liever niet" got the retry "Typ alleen je voornaam".
 */

const DATE = '2026-11-26';
/** Gent, the first centre, at the centre, the first hour: the first name is asked. */
const TO_NAME = ['9000', '1', 'Op het centrum', '1'];

describe('Booking: a detail one would rather not give', () => {
  // "waarom …" was read as a name ("Typ alleen je voornaam").
  it.each([
    'ik wil mijn naam niet geven',
    'liever niet',
    'gaat je niks aan',
    'waarom moet je mijn naam hebben?',
    'waarom mijn naam',
    'waarom vraag je dat',
    // Was the glossary's "Dat woord staat niet in mijn lijst" ("wat wil dat zeggen?" is "what does it mean?").
    'ik wil dat niet zeggen',
  ])('When "%s" is typed at the first name, Then why a name is needed, and the name is asked again; nothing is erased', async (said) => {
    const chat = await chatInBooking(DATE, 'nl', ...TO_NAME);
    const reply = await chat.says(said);
    expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['sideQuestions:nameNeeded'], ['bookIntake:who.name']]);
    const next = await chat.says('Marie');
    expect(keysOf(chat, next.at(-1)?.text)).toEqual(['bookIntake:who.contact']);
  });

  // "ik geef liever geen nummer" went to a person, "waarom …" got "Ik zie je nummer niet".
  it.each(['ik wil mijn nummer niet geven', 'ik geef liever geen nummer', 'waarom moet je mijn nummer hebben'])(
    'When "%s" is typed at the contact, Then an e-mail address will do too, and the question again; never a person',
    async (said) => {
      const chat = await chatInBooking(DATE, 'nl', ...TO_NAME, 'Marie');
      const reply = await chat.says(said);
      expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['sideQuestions:contactNeeded'], ['bookIntake:who.contact']]);
    },
  );

  it('When an e-mail address comes with "liever geen gsm", Then it is the contact', async () => {
    const chat = await chatInBooking(DATE, 'nl', ...TO_NAME, 'Marie');
    const reply = await chat.says('liever geen gsm, mail: marie@example.com');
    expect(keysOf(chat, reply.at(-1)?.text)).toEqual(['bookIntake:summary.question']);
  });

  it('When the meeting is by phone and the number is refused, Then a phone number is needed for that, and the question again', async () => {
    const chat = await chatInBooking(DATE, 'nl', '9000', '2', 'telefonisch', '1', 'Marie');
    const reply = await chat.says('ik wil mijn nummer niet geven');
    expect(keysOf(chat, reply[0]?.text)).toEqual(['sideQuestions:phoneNeeded']);
    expect(reply).toHaveLength(2);
  });

  it.each([
    ['fr', ['9000', '1', 'Sur place', '1'], 'je préfère pas'],
    ['en', ['9000', '1', 'In person', '1'], 'rather not'],
    ['en', ['9000', '1', 'In person', '1'], 'why do you need my name'],
    ['fr', ['9000', '1', 'Sur place', '1'], 'pourquoi vous voulez mon nom ?'],
    ['fr', ['9000', '1', 'Sur place', '1'], 'je veux pas le dire'],
    ['en', ['9000', '1', 'In person', '1'], 'i dont want to say'],
  ] as const)('When (%s) the name is refused or asked why ("%s"), Then the same answer in that language', async (locale, walk, said) => {
    const chat = await chatInBooking(DATE, locale, ...walk);
    const reply = await chat.says(said);
    expect(keysOf(chat, reply[0]?.text)).toEqual(['sideQuestions:nameNeeded']);
  });

  // "mag het een bijnaam zijn?" was "Typ alleen je voornaam"; "Jo" (a Flemish yes too) the plainer question.
  it.each(['mag het een bijnaam zijn?', 'moet dat mijn echte naam zijn'])(
    'When "%s" is typed at the first name, Then a nickname will do, and the name is asked again',
    async (said) => {
      const chat = await chatInBooking(DATE, 'nl', ...TO_NAME);
      const reply = await chat.says(said);
      expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['sideQuestions:nickname'], ['bookIntake:who.name']]);
    },
  );

  it.each([
    ['mijn bijnaam is Jo', 'Jo'],
    ['Jo', 'Jo'],
  ])('When "%s" is typed at the first name, Then %s is the name', async (said, name) => {
    const chat = await chatInBooking(DATE, 'nl', ...TO_NAME);
    const reply = await chat.says(said);
    expect(keysOf(chat, reply.at(-1)?.text)).toEqual(['bookIntake:who.contact']);
    await chat.says('0470123456');
    expect(chat.received.at(-2)?.text).toContain(`${name}, 0470 12 34 56`);
  });
});
