import { describe, expect, it } from 'vitest';
import { CALLBACK_MAX_DAYS_AHEAD } from '../../dialogs/talkToPerson.js';
import { handoverWorld, IN_HOURS, OUT_OF_HOURS, cardText, type World } from './world.js';
import { atWhenToCall, CLOSED_DAYS, DONE, PARTS, storedContact } from './callbackLines.js';

/*
 * "Wanneer bellen we je het best?" answered with a day: the day is kept for staff, never only the
 * part of the day. IN_HOURS is Thursday 26 November 2026, 10:00; OUT_OF_HOURS Saturday 28 November.
 */

/** The first days staff call after the weekend of 28 November 2026. */
const NEXT_DAYS = ['Maandag 30 november', 'Dinsdag 1 december', 'Woensdag 2 december'];
/** Said of one day staff do not call, with the days they do as buttons. */
const closedOn = (day: string) =>
  `Op ${day} bellen we niet. We bellen wel op deze dagen, van 8.00 uur tot 16.30 uur. Welke dag past voor jou?`;
const SATURDAY_CLOSED = closedOn('zaterdag 28 november');
const SUNDAY_CLOSED = closedOn('zondag 29 november');

describe('call-back on a day the person names', () => {
  it('When "morgen namiddag" is typed, Then tomorrow afternoon is kept, said back with its date, and staff see the day on the card', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 'd1');

    expect((await user.says('morgen namiddag')).slice(0, 2)).toEqual([
      DONE,
      { text: 'We bellen je op vrijdag 27 november in de namiddag.', buttons: [] },
    ]);
    expect(await storedContact(world)).toEqual({ mode: 'callback', phone: '+32470123456', partOfDay: 'afternoon', day: '2026-11-27' });
    expect(cardText(world.channel.cards()[0] ?? {}).lines).toContain('Contact: bel +32470123456 op vrijdag 27 november, in de namiddag.');
  });

  it('When only "morgen" is typed, Then that day is kept and the bot asks which part of it, never the morning by itself', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 'd2');

    expect(await user.says('morgen')).toEqual([{ text: 'Wanneer bellen we je op vrijdag 27 november?', buttons: PARTS }]);
    expect(await world.store.listOpen()).toEqual([]);
    expect((await user.says('Maakt niet uit'))[1]).toEqual({ text: 'We bellen je op vrijdag 27 november.', buttons: [] });
    expect(await storedContact(world)).toMatchObject({ partOfDay: 'any', day: '2026-11-27' });
    expect(cardText(world.channel.cards()[0] ?? {}).lines).toContain('Contact: bel +32470123456 op vrijdag 27 november, wanneer het past.');
  });

  // Was "in de namiddag": from 13.00, before the hour named.
  it('When the part of that day is typed as a time ("na 14 uur"), Then the afternoon of the day named, from that hour', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 'd3');
    await user.says('dinsdag');

    expect((await user.says('na 14 uur'))[1]?.text).toBe('We bellen je op dinsdag 1 december vanaf 14.00 uur.');
    expect(await storedContact(world)).toMatchObject({
      partOfDay: 'afternoon',
      day: '2026-12-01',
      between: { from: '14:00', to: '16:30' },
    });
  });

  it('When "terug" is said at the part of the named day and a part is tapped, Then no day is kept', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 'd4');
    await user.says('morgen');

    expect(await user.says('terug')).toEqual([{ text: 'Wanneer bellen we je het best?', buttons: PARTS }]);
    expect((await user.says('Voormiddag'))[1]?.text).toBe('We bellen je in de voormiddag.');
    expect(await storedContact(world)).toEqual({ mode: 'callback', phone: '+32470123456', partOfDay: 'morning' });
  });

  it('When a day nobody calls is named (a Saturday, the weekend), Then the bot says so kindly, and the days we do call are the buttons; the part said is kept', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 'd5');

    expect(await user.says('zaterdag voormiddag')).toEqual([{ text: SATURDAY_CLOSED, buttons: NEXT_DAYS }]);
    expect(await world.store.listOpen()).toEqual([]);
    expect((await user.says('Maandag 30 november'))[1]?.text).toBe('We bellen je op maandag 30 november in de voormiddag.');
    expect(await storedContact(world)).toMatchObject({ partOfDay: 'morning', day: '2026-11-30' });

    // Another part typed at the days: that part.
    const typed = await atWhenToCall(world, 'd5b');
    await typed.says('zaterdag voormiddag');
    expect((await typed.says('dinsdag namiddag'))[1]?.text).toBe('We bellen je op dinsdag 1 december in de namiddag.');

    // Days nobody calls: the days we do call are the buttons.
    const weekend = await atWhenToCall(world, 'd6');
    expect(await weekend.says('in het weekend')).toEqual([{ text: CLOSED_DAYS, buttons: NEXT_DAYS }]);
  });

  it(`When a day more than ${CALLBACK_MAX_DAYS_AHEAD} days ahead or a moment that has passed is named, Then the bot says so, with the buttons`, async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 'd7');

    expect(await user.says('over 3 weken')).toEqual([
      {
        text: 'Dat is te ver weg. We bellen je ten laatste op donderdag 10 december. Tik op een knop of typ een andere dag.',
        buttons: PARTS,
      },
    ]);
    // 10.00 on Thursday: 9.00 this morning is over, the afternoon is not.
    const again = await atWhenToCall(world, 'd8');
    expect(await again.says('vanochtend om 9 uur')).toEqual([
      { text: 'Dat moment is al voorbij. Tik op een knop of typ een ander moment.', buttons: PARTS },
    ]);
    expect((await again.says('vandaag na de middag'))[1]?.text).toBe('We bellen je op donderdag 26 november in de namiddag.');
  });

  it('When a time outside staff hours is typed with a day, Then the hours staff call that day', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 'd9');

    expect(await user.says('morgen om 18 uur')).toEqual([
      { text: 'We bellen van 8.00 uur tot 16.30 uur. Tik op een knop.', buttons: PARTS },
    ]);
  });

  it('When a time without a day is typed ("rond 10 uur"), Then the part of the day as before, and no day', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 'd10');

    expect((await user.says('rond 10 uur'))[1]?.text).toBe('We bellen je tussen 10.00 uur en 11.00 uur.');
    expect(await storedContact(world)).toEqual({
      mode: 'callback',
      phone: '+32470123456',
      partOfDay: 'morning',
      between: { from: '10:00', to: '11:00' },
    });
  });

  it('When out of staff hours "morgen" is a Sunday, Then the bot names Monday; "maandag" then asks its part, and the request stands with that day', async () => {
    const world = await handoverWorld({ clock: OUT_OF_HOURS });
    const user = await atWhenToCall(world, 'd11');

    expect(await user.says('morgen')).toEqual([{ text: SUNDAY_CLOSED, buttons: NEXT_DAYS }]);
    expect(await user.says('maandag')).toEqual([{ text: 'Wanneer bellen we je op maandag 30 november?', buttons: PARTS }]);
    expect((await user.says('Namiddag'))[1]?.text).toBe('We bellen je op maandag 30 november in de namiddag.');
    // Asked again later: the same day, never a second request.
    expect((await user.says('wanneer bellen ze'))[1]?.text).toBe('We bellen je op maandag 30 november in de namiddag.');
    expect(await storedContact(world)).toMatchObject({ partOfDay: 'afternoon', day: '2026-11-30' });
  });
});

describe('call-back on a named day, "early"', () => {
  it('When "maandag vroeg", "lundi tôt" or "monday early" is typed, Then the morning of that Monday is kept, not asked', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 'v1');
    expect((await user.says('maandag vroeg')).slice(0, 2)).toEqual([
      DONE,
      { text: 'We bellen je op maandag 30 november in de voormiddag.', buttons: [] },
    ]);
    expect(await storedContact(world)).toMatchObject({ day: '2026-11-30', partOfDay: 'morning' });

    for (const [id, locale, hello, asks, typed, said] of [
      ['v2', 'fr-BE', 'bonjour', 'rappelez moi', 'lundi tôt', 'Nous appelons le lundi 30 novembre, le matin.'],
      ['v3', 'en-GB', 'hello', 'call me back', 'monday early', 'We will call on Monday 30 November, in the morning.'],
    ] as const) {
      const other = await handoverWorld({ clock: IN_HOURS });
      const person = other.user(id, locale);
      for (const reply of [hello, asks, '0470123456']) await person.says(reply);
      expect((await person.says(typed))[1]?.text, typed).toBe(said);
    }
  });
});

describe('call-back on a named day, in French and English', () => {
  it('When "demain après-midi" or "lundi matin" is typed in French, Then that day and part are kept and said back', async () => {
    for (const [typed, said, day, partOfDay] of [
      ['demain après-midi', "Nous appelons le vendredi 27 novembre, l'après-midi.", '2026-11-27', 'afternoon'],
      ['lundi matin', 'Nous appelons le lundi 30 novembre, le matin.', '2026-11-30', 'morning'],
    ] as const) {
      const world = await handoverWorld({ clock: IN_HOURS });
      const karim = world.user('fr1', 'fr-BE');
      await karim.says('bonjour');
      await karim.says('rappelez moi');
      expect(await karim.says('0470123456')).toEqual([
        { text: 'Quand pouvons-nous vous appeler ?', buttons: ['Le matin', "L'après-midi", 'Peu importe'] },
      ]);
      expect((await karim.says(typed))[1]?.text, typed).toBe(said);
      expect(await storedContact(world), typed).toMatchObject({ day, partOfDay });
    }
  });

  it('When "on Monday" is typed in English, Then the part of Monday is asked; "tomorrow morning" is kept at once; Sunday is refused kindly', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const ann = world.user('en1', 'en-GB');
    await ann.says('hello');
    await ann.says('call me back');
    await ann.says('0470123456');
    expect(await ann.says('on Monday')).toEqual([
      { text: 'When is the best time to call on Monday 30 November?', buttons: ['Morning', 'Afternoon', 'Any time'] },
    ]);
    expect((await ann.says('Afternoon'))[1]?.text).toBe('We will call on Monday 30 November, in the afternoon.');
    expect(await storedContact(world)).toMatchObject({ day: '2026-11-30', partOfDay: 'afternoon' });

    const bob = world.user('en2', 'en-GB');
    await bob.says('hello');
    await bob.says('call me back');
    await bob.says('0470123457');
    expect(await bob.says('sunday afternoon')).toEqual([
      {
        text: 'We do not call on Sunday 29 November. We do call on these days, from 8 am to 4.30 pm. Which day suits you?',
        buttons: ['Monday 30 November', 'Tuesday 1 December', 'Wednesday 2 December'],
      },
    ]);
    // A day before the days offered is that day, not the same weekday among them.
    expect((await bob.says('tomorrow morning'))[1]?.text).toBe('We will call on Friday 27 November, in the morning.');
  });
});

describe('call-back: a day said before the question is kept', () => {
  it('When the first message asks a call with a day and part ("kan iemand mij morgen namiddag bellen?"), Then only the number is asked, and that day and part are kept', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = world.user('e1');
    await user.says('hallo');

    expect(await user.says('kan iemand mij morgen namiddag bellen?')).toEqual([
      { text: 'Op welk telefoonnummer mogen we je bellen?', buttons: ['Terug'] },
    ]);
    expect((await user.says('0470 12 34 56')).slice(0, 2)).toEqual([
      DONE,
      { text: 'We bellen je op vrijdag 27 november in de namiddag.', buttons: [] },
    ]);
    expect(await storedContact(world)).toEqual({ mode: 'callback', phone: '+32470123456', partOfDay: 'afternoon', day: '2026-11-27' });
  });

  it('When the first message names only a day ("bel mij maandag terug aub") out of staff hours, Then after the number only the part of that day is asked', async () => {
    const world = await handoverWorld({ clock: OUT_OF_HOURS });
    const user = world.user('e2');
    await user.says('hallo');

    const replies = await user.says('bel mij maandag terug aub');
    expect(replies.at(-1)).toEqual({ text: 'Op welk telefoonnummer mogen we je bellen?', buttons: ['Terug'] });
    expect(await user.says('0470 12 34 56')).toEqual([{ text: 'Wanneer bellen we je op maandag 30 november?', buttons: PARTS }]);
    expect((await user.says('Voormiddag'))[1]?.text).toBe('We bellen je op maandag 30 november in de voormiddag.');
    expect(await storedContact(world)).toMatchObject({ partOfDay: 'morning', day: '2026-11-30' });
  });

  it('When the day said first is one nobody calls ("bel mij zaterdag terug"), Then after the number the bot says so, with the buttons', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = world.user('e3');
    await user.says('hallo');
    await user.says('bel mij zaterdag terug');

    expect(await user.says('0470 12 34 56')).toEqual([{ text: SATURDAY_CLOSED, buttons: NEXT_DAYS }]);
    expect(await world.store.listOpen()).toEqual([]);
  });

  it('When the number comes with a day and an hour ("0470 12 34 56 morgen na 14u"), Then the number is read right and the day and part are kept', async () => {
    for (const [typed, phone, partOfDay, day, said] of [
      ['0470 12 34 56 morgen na 14u', '+32470123456', 'afternoon', '2026-11-27', 'We bellen je op vrijdag 27 november vanaf 14.00 uur.'],
      [
        'mijn nummer is 0470123456, liefst vrijdag voormiddag',
        '+32470123456',
        'morning',
        '2026-11-27',
        'We bellen je op vrijdag 27 november in de voormiddag.',
      ],
      [
        '0499 99 88 77 maandag 14u30',
        '+32499998877',
        'afternoon',
        '2026-11-30',
        'We bellen je op maandag 30 november tussen 14.30 uur en 15.30 uur.',
      ],
    ] as const) {
      const world = await handoverWorld({ clock: IN_HOURS });
      const user = world.user(`e4-${typed}`);
      await user.says('hallo');
      await user.says('Met iemand praten');
      await user.says('Bel me terug');

      expect((await user.says(typed))[1]?.text, typed).toBe(said);
      expect(await storedContact(world), typed).toMatchObject({ mode: 'callback', phone, partOfDay, day });
    }
  });

  it('When a time is typed where the number is asked ("morgen namiddag"), Then it is kept: after the number only what is still missing is asked', async () => {
    const KEPT = { text: 'Dat moment onthoud ik. Typ nu je telefoonnummer. Bijvoorbeeld: 0470 12 34 56.', buttons: ['Terug'] };
    const atNumber = async (conversationId: string, world: World) => {
      const user = world.user(conversationId);
      await user.says('hallo');
      await user.says('Met iemand praten');
      expect(await user.says('Bel me terug')).toEqual([{ text: 'Op welk telefoonnummer mogen we je bellen?', buttons: ['Terug'] }]);
      return user;
    };
    const world = await handoverWorld({ clock: IN_HOURS });
    const whole = await atNumber('k1', world);
    expect(await whole.says('morgen namiddag')).toEqual([KEPT]);
    expect((await whole.says('0470 12 34 56')).slice(0, 2)).toEqual([
      DONE,
      { text: 'We bellen je op vrijdag 27 november in de namiddag.', buttons: [] },
    ]);
    expect(await storedContact(world)).toEqual({ mode: 'callback', phone: '+32470123456', partOfDay: 'afternoon', day: '2026-11-27' });

    // A day alone: only its part is asked; several days: which one.
    const day = await atNumber('k2', await handoverWorld({ clock: IN_HOURS }));
    expect(await day.says('morgen')).toEqual([KEPT]);
    expect(await day.says('0470 12 34 56')).toEqual([{ text: 'Wanneer bellen we je op vrijdag 27 november?', buttons: PARTS }]);
    const week = await atNumber('k3', await handoverWorld({ clock: IN_HOURS }));
    expect(await week.says('volgende week')).toEqual([KEPT]);
    expect(await week.says('0470 12 34 56')).toEqual([
      {
        text: 'Op welke dag bellen we je? Tik op een dag of typ een andere dag.',
        buttons: ['Maandag 30 november', 'Dinsdag 1 december', 'Woensdag 2 december'],
      },
    ]);

    // "Zo snel mogelijk" there is a time too, never the wish to book the recognizer hears in it.
    const soon = await atNumber('k5', await handoverWorld({ clock: IN_HOURS }));
    expect(await soon.says('zo snel mogelijk')).toEqual([KEPT]);
    const [done, when] = await soon.says('0470 12 34 56');
    expect(done).toEqual(DONE);
    expect(when?.text).toMatch(/^We bellen je zo snel als het kan/);

    // "terug" from the number: what was kept there is no longer meant.
    const back = await atNumber('k4', await handoverWorld({ clock: IN_HOURS }));
    expect(await back.says('morgen namiddag')).toEqual([KEPT]);
    await back.says('terug');
    await back.says('Bel me terug');
    expect(await back.says('0470 12 34 56')).toEqual([{ text: 'Wanneer bellen we je het best?', buttons: PARTS }]);
  });

  it('When the number comes with only an hour ("0470 12 34 56 14u"), Then the "14" is no digit of it and the afternoon is kept', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = world.user('e5');
    await user.says('hallo');
    await user.says('Met iemand praten');
    await user.says('Bel me terug');

    expect((await user.says('0470 12 34 56 14u'))[1]?.text).toBe('We bellen je tussen 14.00 uur en 15.00 uur.');
    expect(await storedContact(world)).toEqual({
      mode: 'callback',
      phone: '+32470123456',
      partOfDay: 'afternoon',
      between: { from: '14:00', to: '15:00' },
    });
  });
});

describe('call-back asked at the menu with the number and a time in one message', () => {
  it('When "bel me aub 0470123456 smiddags" is typed at the menu, Then the call-back is taken in for the afternoon, not "Bedoel je …?"', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = world.user('m1');
    await user.says('hallo');

    expect((await user.says('bel me aub 0470123456 smiddags')).slice(0, 2)).toEqual([
      DONE,
      { text: 'We bellen je in de namiddag.', buttons: [] },
    ]);
    expect(await storedContact(world)).toEqual({ mode: 'callback', phone: '+32470123456', partOfDay: 'afternoon' });
  });
});

describe('call-back: several days named', () => {
  const NEXT_WEEK = ['Maandag 30 november', 'Dinsdag 1 december', 'Woensdag 2 december'];
  const WHICH_DAY = 'Op welke dag bellen we je? Tik op een dag of typ een andere dag.';

  it('When "volgende week namiddag" is typed, Then the bot asks which day with the first days staff call; "vrijdag" is next week\'s Friday, in the afternoon', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 'w1');

    expect(await user.says('volgende week namiddag')).toEqual([{ text: WHICH_DAY, buttons: NEXT_WEEK }]);
    expect((await user.says('vrijdag'))[1]?.text).toBe('We bellen je op vrijdag 4 december in de namiddag.');
    expect(await storedContact(world)).toMatchObject({ partOfDay: 'afternoon', day: '2026-12-04' });
  });

  it('When "volgende week" or "na het weekend" is typed, Then a day is tapped or "maakt niet uit" takes the first, and its part is asked', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 'w2');
    expect(await user.says('volgende week')).toEqual([{ text: WHICH_DAY, buttons: NEXT_WEEK }]);
    expect(await user.says('maakt niet uit')).toEqual([{ text: 'Wanneer bellen we je op maandag 30 november?', buttons: PARTS }]);
    expect((await user.says('Maakt niet uit'))[1]?.text).toBe('We bellen je op maandag 30 november.');
    expect(await storedContact(world)).toMatchObject({ partOfDay: 'any', day: '2026-11-30' });

    const after = await atWhenToCall(world, 'w3');
    expect(await after.says('na het weekend')).toEqual([{ text: WHICH_DAY, buttons: NEXT_WEEK }]);
    expect(await after.says('Dinsdag 1 december')).toEqual([{ text: 'Wanneer bellen we je op dinsdag 1 december?', buttons: PARTS }]);
  });

  // A probe: was "We bellen je in de namiddag", the week and the day lost.
  it('When a part of the day is typed where the days are offered ("volgende week", then "Namiddag"), Then the first of those days, in that part', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 'w6');
    await user.says('volgende week');
    expect((await user.says('Namiddag'))[1]?.text).toBe('We bellen je op maandag 30 november in de namiddag.');
    expect(await storedContact(world)).toMatchObject({ partOfDay: 'afternoon', day: '2026-11-30' });
  });

  it('When "deze week nog" is typed on Thursday, Then today and Friday are offered; on Saturday "volgende week" starts on Monday', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 'w4');
    expect(await user.says('deze week nog')).toEqual([{ text: WHICH_DAY, buttons: ['Donderdag 26 november', 'Vrijdag 27 november'] }]);
    expect(await user.says('Vrijdag 27 november')).toEqual([{ text: 'Wanneer bellen we je op vrijdag 27 november?', buttons: PARTS }]);

    const weekend = await handoverWorld({ clock: OUT_OF_HOURS });
    const saturday = await atWhenToCall(weekend, 'w5');
    expect(await saturday.says('volgende week')).toEqual([{ text: WHICH_DAY, buttons: NEXT_WEEK }]);
  });

  it('When "deze week nog" is typed on a Saturday or a Sunday (no call day left), Then it is the answer, said kindly with the days we call; never "afspraak maken?"', async () => {
    const weekend = await handoverWorld({ clock: OUT_OF_HOURS });
    const saturday = await atWhenToCall(weekend, 'w9');
    expect(await saturday.says('deze week nog')).toEqual([{ text: CLOSED_DAYS, buttons: NEXT_DAYS }]);
    expect((await saturday.says('maandag namiddag'))[1]?.text).toBe('We bellen je op maandag 30 november in de namiddag.');

    const sunday = await handoverWorld({ clock: { now: () => new Date('2026-11-29T11:00:00+01:00') } });
    const onSunday = await atWhenToCall(sunday, 'w10');
    expect(await onSunday.says('deze week nog')).toEqual([{ text: SUNDAY_CLOSED, buttons: NEXT_DAYS }]);
  });

  it('When a booking is asked for in words at "Wanneer bellen we je het best?", at the number, or in the check, Then it is still offered', async () => {
    const SWITCH = { text: 'Wil je nu dit doen: afspraak maken? Dan stop ik met deze vragen.', buttons: ['Afspraak maken', 'Iets anders'] };
    const weekend = await handoverWorld({ clock: OUT_OF_HOURS });
    const atTime = await atWhenToCall(weekend, 'w11');
    expect(await atTime.says('ik wil een afspraak maken')).toEqual([SWITCH]);

    const atNumber = weekend.user('w12');
    await atNumber.says('hallo');
    await atNumber.says('Met iemand praten');
    await atNumber.says('Ja, bel me terug');
    expect(await atNumber.says('ik wil deze week nog een afspraak maken')).toEqual([SWITCH]);

    const inCheck = weekend.user('w13');
    await inCheck.says('hallo');
    await inCheck.says('Kan ik er een krijgen?');
    await inCheck.says('voor mezelf');
    expect(await inCheck.says('ik wil deze week nog een afspraak maken')).toEqual([SWITCH]);
  });

  it('When "overmorgen" is typed on Thursday, Then it is Saturday, on which nobody calls', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 'w6');
    expect(await user.says('overmorgen')).toEqual([{ text: SATURDAY_CLOSED, buttons: NEXT_DAYS }]);
  });

  it('When "la semaine prochaine" or "next week" is typed, Then the days are offered in French or English', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const karim = world.user('w7', 'fr-BE');
    await karim.says('bonjour');
    await karim.says('rappelez moi');
    await karim.says('0470123456');
    expect(await karim.says('la semaine prochaine')).toEqual([
      {
        text: 'Quel jour pouvons-nous vous appeler ? Touchez un jour ou tapez un autre jour.',
        buttons: ['Lundi 30 novembre', 'Mardi 1 décembre', 'Mercredi 2 décembre'],
      },
    ]);
    expect((await karim.says('mardi après-midi'))[1]?.text).toBe("Nous appelons le mardi 1 décembre, l'après-midi.");

    const ann = world.user('w8', 'en-GB');
    await ann.says('hello');
    expect(await ann.says('can someone call me next week?')).toEqual([{ text: 'Which phone number can we call?', buttons: ['Back'] }]);
    expect(await ann.says('0470 12 34 57')).toEqual([
      {
        text: 'Which day should we call you? Tap a day or type another day.',
        buttons: ['Monday 30 November', 'Tuesday 1 December', 'Wednesday 2 December'],
      },
    ]);
  });
});
