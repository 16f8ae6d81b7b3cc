import { describe, expect, it } from 'vitest';
import { MemoryStorage } from 'botbuilder';
import type { Clock } from '../../src/domain/calendar.js';
import { handoverWorld, IN_HOURS, OUT_OF_HOURS } from './world.js';
import { atWhenToCall, CLOSED_DAYS, DONE, PARTS, storedContact } from './callbackLines.js';

/*
 * When to call back, said in the words people use: a day refused where days or hours are offered
 * ("vrijdag niet, die passen niet"), "dit weekend", "zo snel mogelijk", "vandaag nog". And a
 * conversation waiting at a call-back question while the bot is redeployed keeps what it was told.
 * IN_HOURS is Thursday 26 November 2026, 10:00; OUT_OF_HOURS Saturday 28 November, 11:00.
 */

const OTHER_DAY = 'Goed, dan een andere dag. Op welke dag bellen we je? Tik op een dag of typ een dag.';
/** Thursday 26 November 2026, 17:00: staff have gone home. */
const THURSDAY_EVENING: Clock = { now: () => new Date('2026-11-26T17:00:00+01:00') };

describe('call-back: a day refused where it was offered', () => {
  it('When "vrijdag niet, die passen niet" is typed at "Wanneer bellen we je op vrijdag?", Then the other days staff call are the buttons; "terug" asks about Friday again', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 'r1');
    expect(await user.says('vrijdag')).toEqual([{ text: 'Wanneer bellen we je op vrijdag 27 november?', buttons: PARTS }]);

    // Today is still open at 10.00; Friday is left out.
    const OTHERS = ['Donderdag 26 november', 'Maandag 30 november', 'Dinsdag 1 december'];
    expect(await user.says('vrijdag niet, die passen niet')).toEqual([{ text: OTHER_DAY, buttons: OTHERS }]);
    expect(await world.store.listOpen()).toEqual([]);
    expect(await user.says('terug')).toEqual([{ text: 'Wanneer bellen we je op vrijdag 27 november?', buttons: PARTS }]);
    expect(await user.says('niet op vrijdag')).toEqual([{ text: OTHER_DAY, buttons: OTHERS }]);
    expect(await user.says('Maandag 30 november')).toEqual([{ text: 'Wanneer bellen we je op maandag 30 november?', buttons: PARTS }]);
    expect((await user.says('Namiddag')).slice(0, 2)).toEqual([
      DONE,
      { text: 'We bellen je op maandag 30 november in de namiddag.', buttons: [] },
    ]);
    expect(await storedContact(world)).toEqual({ mode: 'callback', phone: '+32470123456', partOfDay: 'afternoon', day: '2026-11-30' });
  });

  it('When the parts of the day named do not suit ("die passen niet"), Then that day is left out too; at the days offered, the days after them', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 'r2');
    await user.says('volgende week');
    expect(await user.says('geen van deze')).toEqual([
      { text: OTHER_DAY, buttons: ['Donderdag 3 december', 'Vrijdag 4 december', 'Maandag 7 december'] },
    ]);
    expect(await user.says('Vrijdag 4 december')).toEqual([{ text: 'Wanneer bellen we je op vrijdag 4 december?', buttons: PARTS }]);
    expect(await user.says('die passen niet')).toEqual([
      { text: OTHER_DAY, buttons: ['Donderdag 3 december', 'Maandag 7 december', 'Dinsdag 8 december'] },
    ]);
  });

  it('When no day was offered yet and the hours do not suit ("die passen niet"), Then the hours staff call; "niet op vrijdag" offers the days but Friday', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 'r3');
    expect(await user.says('die passen niet')).toEqual([
      { text: 'We bellen van 8.00 uur tot 16.30 uur. Tik op een knop.', buttons: PARTS },
    ]);
    expect(await user.says('niet op vrijdag')).toEqual([
      { text: OTHER_DAY, buttons: ['Donderdag 26 november', 'Maandag 30 november', 'Dinsdag 1 december'] },
    ]);
  });

  it('When "pas vendredi" or "not friday" is typed at the part of Friday, Then the other days, in French or English', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const karim = world.user('r4', 'fr-BE');
    await karim.says('bonjour');
    await karim.says('rappelez moi');
    await karim.says('0470123456');
    await karim.says('vendredi');
    expect(await karim.says('pas vendredi')).toEqual([
      {
        text: "D'accord, un autre jour. Quel jour pouvons-nous vous appeler ? Touchez un jour ou tapez un jour.",
        buttons: ['Jeudi 26 novembre', 'Lundi 30 novembre', 'Mardi 1 décembre'],
      },
    ]);

    const ann = world.user('r5', 'en-GB');
    await ann.says('hello');
    await ann.says('call me back');
    await ann.says('0470123457');
    await ann.says('on friday');
    expect(await ann.says('not friday')).toEqual([
      {
        text: 'Fine, another day then. Which day should we call you? Tap a day or type a day.',
        buttons: ['Thursday 26 November', 'Monday 30 November', 'Tuesday 1 December'],
      },
    ]);
    expect((await ann.says('monday morning'))[1]?.text).toBe('We will call on Monday 30 November, in the morning.');
  });
});

describe('call-back: "dit weekend", "zo snel mogelijk", "vandaag nog"', () => {
  it('When "dit weekend" is typed at the part of a day named, Then we do not call then, and the days we do call are the buttons', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 's1');
    await user.says('vrijdag');
    expect(await user.says('dit weekend')).toEqual([
      { text: CLOSED_DAYS, buttons: ['Maandag 30 november', 'Dinsdag 1 december', 'Woensdag 2 december'] },
    ]);
    expect((await user.says('dinsdag voormiddag'))[1]?.text).toBe('We bellen je op dinsdag 1 december in de voormiddag.');
    expect(await storedContact(world)).toMatchObject({ day: '2026-12-01', partOfDay: 'morning' });
  });

  it('When "zo snel mogelijk" is typed in staff hours, Then today, said as soon as we can', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 's2');
    expect((await user.says('zo snel mogelijk')).slice(0, 2)).toEqual([
      DONE,
      { text: 'We bellen je zo snel als het kan: op donderdag 26 november.', buttons: [] },
    ]);
    expect(await storedContact(world)).toEqual({ mode: 'callback', phone: '+32470123456', partOfDay: 'any', day: '2026-11-26' });
  });

  it('When "zo snel mogelijk" answers the part of a day named, or the days offered, Then that day, or the first offered, as early as can be', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 's7');
    await user.says('dinsdag');
    expect((await user.says('zo snel mogelijk'))[1]?.text).toBe('We bellen je zo snel als het kan: op dinsdag 1 december.');
    expect(await storedContact(world)).toMatchObject({ day: '2026-12-01', partOfDay: 'any' });

    const week = await atWhenToCall(await handoverWorld({ clock: IN_HOURS }), 's8');
    await week.says('volgende week');
    expect((await week.says('asap'))[1]?.text).toBe('We bellen je zo snel als het kan: op maandag 30 november.');
  });

  it('When "vandaag nog" is typed after staff hours, Then the next day staff call, not "Vandaag bellen we niet meer" and a question again', async () => {
    const world = await handoverWorld({ clock: THURSDAY_EVENING });
    const user = await atWhenToCall(world, 's3');
    expect((await user.says('vandaag nog aub'))[1]).toEqual({
      text: 'We bellen je zo snel als het kan: op vrijdag 27 november.',
      buttons: [],
    });
    expect(await storedContact(world)).toMatchObject({ day: '2026-11-27', partOfDay: 'any' });
  });

  it('When "asap" or "dès que possible" is typed where the number is asked at the weekend, Then it is kept, and after the number Monday is the day', async () => {
    const world = await handoverWorld({ clock: OUT_OF_HOURS });
    const ann = world.user('s4', 'en-GB');
    await ann.says('hello');
    await ann.says('call me back');
    expect(await ann.says('asap')).toEqual([
      { text: 'I will keep that time. Now type your phone number. For example: 0470 12 34 56.', buttons: ['Back'] },
    ]);
    expect((await ann.says('0470 12 34 56'))[1]?.text).toBe('We will call as soon as we can: on Monday 30 November.');

    const karim = world.user('s5', 'fr-BE');
    await karim.says('bonjour');
    expect((await karim.says('rappelez-moi dès que possible svp')).at(-1)?.text).toBe('À quel numéro pouvons-nous vous appeler ?');
    expect((await karim.says('0470 12 34 57'))[1]?.text).toBe('Nous appelons dès que possible : le lundi 30 novembre.');
  });

  it('When "dit weekend" is typed where the number is asked, Then the hours, and after the number the days we call', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = world.user('s6');
    await user.says('hallo');
    await user.says('Met iemand praten');
    await user.says('Bel me terug');
    expect(await user.says('dit weekend')).toEqual([
      {
        text: 'We bellen van 8.00 uur tot 16.30 uur. Typ eerst je telefoonnummer. Wanneer we bellen, vraag ik daarna.',
        buttons: ['Terug'],
      },
    ]);
    expect(await user.says('0470 12 34 56')).toEqual([
      { text: CLOSED_DAYS, buttons: ['Maandag 30 november', 'Dinsdag 1 december', 'Woensdag 2 december'] },
    ]);
  });
});

describe('call-back: a time typed where a tap or the number is asked', () => {
  it('When "zaterdag" and then "zondag dan" are typed where the number is asked, Then the hours each time, never the offer of a person; after the number, Sunday is refused kindly', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = world.user('t1');
    await user.says('hallo');
    await user.says('Met iemand praten');
    await user.says('Bel me terug');
    const HOURS = {
      text: 'We bellen van 8.00 uur tot 16.30 uur. Typ eerst je telefoonnummer. Wanneer we bellen, vraag ik daarna.',
      buttons: ['Terug'],
    };
    expect(await user.says('zaterdag')).toEqual([HOURS]);
    expect(await user.says('zondag dan')).toEqual([HOURS]);
    expect(await user.says('0470 12 34 56')).toEqual([
      {
        text: 'Op zondag 29 november bellen we niet. We bellen wel op deze dagen, van 8.00 uur tot 16.30 uur. Welke dag past voor jou?',
        buttons: ['Maandag 30 november', 'Dinsdag 1 december', 'Woensdag 2 december'],
      },
    ]);
  });

  it('When a time is typed at "Wil je nu chatten of wil je dat we je bellen?" on WhatsApp, Then it is a call-back then: only the number is asked', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = world.user('t2', 'nl-BE', { channelId: 'whatsapp', waId: '32470123456' });
    await user.says('hallo');
    await user.says('kan ik iemand spreken aub');
    expect(await user.says('vrijdag')).toEqual([
      { text: 'Op welk nummer mogen we je bellen? Tik op je nummer, of typ een ander.', buttons: ['0470 12 34 56', 'Terug'] },
    ]);
    expect(await user.says('0470 12 34 56')).toEqual([{ text: 'Wanneer bellen we je op vrijdag 27 november?', buttons: PARTS }]);
    expect((await user.says('smiddags'))[1]?.text).toBe('We bellen je op vrijdag 27 november in de namiddag.');
  });

  it('When the call is asked with "mij belt" and "zo snel mogelijk" in one message, Then only the number is asked, and today is the day', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = world.user('t4');
    await user.says('hallo');
    expect(await user.says('ik wil dat iemand mij belt zo snel mogelijk')).toEqual([
      { text: 'Op welk telefoonnummer mogen we je bellen?', buttons: ['Terug'] },
    ]);
    expect((await user.says('0470 12 34 56'))[1]?.text).toBe('We bellen je zo snel als het kan: op donderdag 26 november.');
  });

  it('When "vrydag" is typed (y for ij), Then it is Friday', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, 't5');
    expect(await user.says('vrydag')).toEqual([{ text: 'Wanneer bellen we je op vrijdag 27 november?', buttons: PARTS }]);
  });

  it('When "dès que possible" answers "Voulez-vous que l\'on vous rappelle ?" at the weekend, Then a call-back on Monday, after the number', async () => {
    const world = await handoverWorld({ clock: OUT_OF_HOURS });
    const karim = world.user('t3', 'fr-BE');
    await karim.says('bonjour');
    await karim.says("je veux parler à quelqu'un");
    expect(await karim.says('dès que possible')).toEqual([{ text: 'À quel numéro pouvons-nous vous appeler ?', buttons: ['Retour'] }]);
    expect((await karim.says('0470123456'))[1]?.text).toBe('Nous appelons dès que possible : le lundi 30 novembre.');
  });
});

/** The stored state of the call-back waterfall in `storage`, for conversation `id`, to rewrite as an older bot wrote it. */
async function rewriteSteps(storage: MemoryStorage, id: string, change: (state: Record<string, unknown>) => void): Promise<void> {
  const key = `test/conversations/${id}/`;
  const item = (await storage.read([key]))[key] as Record<string, unknown>;
  const find = (node: unknown): Record<string, unknown> | undefined => {
    if (typeof node !== 'object' || node === null) return undefined;
    const record = node as Record<string, unknown>;
    if (record.id === 'talkToPerson.steps') return record.state as Record<string, unknown>;
    for (const value of Object.values(record)) {
      const found = find(value);
      if (found) return found;
    }
    return undefined;
  };
  const state = find(item);
  expect(state, 'the call-back waterfall is stored').toBeDefined();
  change(state ?? {});
  await storage.write({ [key]: { ...item, eTag: '*' } });
}

describe('call-back: the bot redeployed while a question waits', () => {
  it('When the state was written before step names were stored, Then the day chosen is kept', async () => {
    const storage = new MemoryStorage();
    const world = await handoverWorld({ clock: IN_HOURS, storage });
    const user = await atWhenToCall(world, 'v1');
    await user.says('vrijdag');
    await rewriteSteps(storage, 'v1', (state) => delete state.layout);

    expect((await user.says('Namiddag')).slice(0, 2)).toEqual([
      DONE,
      { text: 'We bellen je op vrijdag 27 november in de namiddag.', buttons: [] },
    ]);
    expect(await storedContact(world)).toMatchObject({ day: '2026-11-27', partOfDay: 'afternoon' });
  });

  it('When a step was added before the waiting question (state of a bot without "which day"), Then the answer goes to the step after that question, the day is kept, and "terug" still works', async () => {
    const storage = new MemoryStorage();
    const world = await handoverWorld({ clock: IN_HOURS, storage });
    const older = (state: Record<string, unknown>) => {
      // As a bot with steps how, route, partOfDay, partOfNamedDay, callback wrote it.
      expect(state.stepIndex).toBe(4);
      state.layout = ['how', 'route', 'partOfDay', 'partOfNamedDay', 'callback'];
      state.stepIndex = 3;
      const received = state.received as unknown[];
      state.received = [received[0], received[1], received[2], received[4]];
      state.asked = [0, 1, 2, 3];
    };

    const user = await atWhenToCall(world, 'v2');
    await user.says('vrijdag');
    await rewriteSteps(storage, 'v2', older);
    expect((await user.says('Namiddag')).slice(0, 2)).toEqual([
      DONE,
      { text: 'We bellen je op vrijdag 27 november in de namiddag.', buttons: [] },
    ]);
    expect(await storedContact(world)).toMatchObject({ day: '2026-11-27', partOfDay: 'afternoon' });

    const back = await atWhenToCall(world, 'v3');
    await back.says('vrijdag');
    await rewriteSteps(storage, 'v3', older);
    expect(await back.says('terug')).toEqual([{ text: 'Wanneer bellen we je het best?', buttons: PARTS }]);
  });
});

describe('call-back: the hours named are kept, not only the part of the day', () => {
  // Were "in de voormiddag", "zo snel als het kan" and "in de namiddag": staff could have called at 8.30 or 13.00.
  it.each([
    ['voor 10u', 'We bellen je voor 10.00 uur.', { partOfDay: 'morning', between: { from: '08:00', to: '10:00' } }],
    ['liefst niet voor 10u', 'We bellen je vanaf 10.00 uur.', { partOfDay: 'any', between: { from: '10:00', to: '16:30' } }],
    [
      'tussen 12 en 13u',
      'We bellen je tussen 12.00 uur en 13.00 uur.',
      { partOfDay: 'afternoon', between: { from: '12:00', to: '13:00' } },
    ],
    ['na de middag', 'We bellen je in de namiddag.', { partOfDay: 'afternoon' }],
  ])('When "%s" is typed for when to call, Then "%s", and staff get those hours', async (typed, said, contact) => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const user = await atWhenToCall(world, `h-${typed}`);
    expect((await user.says(typed))[1]?.text).toBe(said);
    const stored = await storedContact(world);
    expect(stored).toMatchObject(contact);
    if (!('between' in contact)) expect(stored).not.toHaveProperty('between');
  });
});
