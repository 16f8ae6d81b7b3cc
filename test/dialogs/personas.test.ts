import { describe, it } from 'vitest';
import { testBooking } from '../support/booking.js';
import { converse, DATA, type Line } from '../support/converse.js';
import { HELPERS, hello, toPerson } from '../support/lines.js';

/*
 * The people the bot is for, in their own words: Dutch as a second language ("ik niet begrijp"),
 * men of 50 and over who fear for their job, and people who type everything in one message, in
 * capitals, without punctuation, or answer a question with a question.
 */

const DATE = '2026-11-26';

const talk = (lines: readonly Line[]) => converse([...hello, ...lines] as Line[], { date: DATE });

describe('people who type the way they speak', () => {
  it('When someone stops the typing to do it with a person ("laat maar, ik doe het wel met u"), Then the way to a person, never the goodbye of "stop"', async () => {
    await talk([['user', 'laat maar, ik doe het wel met u'], ...toPerson]);
    // In the middle of the check too: no "Bedoel je: Stoppen?".
    await talk([
      ['user', 'Kan ik er een krijgen?'],
      ['says', 'checkEligibility:intro'],
      ['says', 'checkEligibility:forWhom.question', ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other']],
      ['user', 'laat maar ik doe het liever met iemand'],
      ...toPerson,
    ]);
    // A plain "laat maar", or "no" to a person, still stops.
    await talk([
      ['user', 'laat maar'],
      ['says', 'stopped', ['buttons.startAgain']],
    ]);
  });
});

describe('booking, asked in one breath', () => {
  const booking = { date: DATE, booking: testBooking(DATE).parts } as const;
  const askPlace: Line = ['says', 'bookIntake:where.question', HELPERS];
  const startBooking: Line[] = [...hello, ['tap', 'menu.book'], ['says', 'bookIntake:intro'], askPlace];
  const card = (title = 'bookIntake:centres.titleKm'): Line => ['says', [title, DATA, 'bookIntake:centres.modes']];
  const gentCentres: Line[] = [
    card(),
    card(),
    card(),
    ['says', 'bookIntake:centres.question', ['Gent', 'Aalst', 'Sint-Niklaas', 'menu.more']],
  ];

  it('When the place comes with "wanneer kan ik komen" while booking, Then the place is taken, never "Wil je nu dit doen: afspraak maken?"', async () => {
    await converse([...startBooking, ['user', 'gent wanneer kan ik komen'], ...gentCentres], booking);
    // Without a place: what comes first, and the same question; at the centres too.
    const bookingNow: Line = ['says', 'bookIntake:where.bookingNow'];
    await converse([...startBooking, ['user', 'wanneer kan ik komen'], bookingNow, askPlace], booking);
    await converse(
      [...startBooking, ['user', 'gent'], ...gentCentres, ['user', 'wanneer kan ik komen'], bookingNow, gentCentres.at(-1) as Line],
      booking,
    );
  });
});
