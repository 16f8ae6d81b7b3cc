import { MemoryStorage, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { MemoryHandoverStore } from '../../src/handover/memoryStore.js';
import type { HandoverCase } from '../../src/handover/model.js';
import { MemoryReachCounter } from '../../src/staff/reach.js';
import { summaryLines } from '../../src/handover/summary.js';
import { createI18n, translatorFor } from '../../src/i18n/i18n.js';
import { handoverWorld, IN_HOURS, OUT_OF_HOURS } from './world.js';

/** Staff read the summary in Dutch. */
const t = translatorFor(await createI18n(), 'nl');

const MENU = ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer'];
const CALL = 'Bel 0800 30 700';
const theQuestion = [
  { text: 'Ik breng je in contact met iemand van VDAB.', buttons: [] },
  { text: 'Je kan ook zelf gratis bellen: 0800 30 700.', buttons: [CALL] },
  { text: 'Wil je nu chatten of wil je dat we je bellen?', buttons: ['Nu chatten', 'Bel me terug', 'Nee, dank je'] },
];
/** A new conversation asks for a person from the menu. */
async function asksForPerson(user: { says(text: string): Promise<unknown> }): Promise<void> {
  await user.says('hallo');
  await user.says('Met iemand praten');
}

const queued = (position: number) => [
  { text: 'Ik zoek een medewerker voor je.', buttons: [] },
  { text: 'Typ gerust al je vraag. De medewerker leest die straks.', buttons: [] },
  { text: `Je bent nummer ${position} in de rij. Hoe lang het duurt, weet ik nog niet.`, buttons: ['Stoppen met wachten', CALL] },
];

describe('handover triggers', () => {
  it('When the user taps "Met iemand praten", Then the bot asks the one question: chat now or be called back', async () => {
    const world = await handoverWorld();
    const user = world.user('c1');
    await user.says('hallo');

    expect(await user.says('Met iemand praten')).toEqual(theQuestion);
  });

  it('When the user writes "ik wil met ne mens spreken", Then the bot asks the same question', async () => {
    const world = await handoverWorld();
    const user = world.user('c1');
    await user.says('hallo');

    expect(await user.says('ik wil met ne mens spreken')).toEqual(theQuestion);
  });

  it.each(['ik wil da ge mij belt', 'kunde mij eens bellen'])(
    'When the user writes "%s", Then the call asked for is not asked again: only the number is',
    async (said) => {
      const world = await handoverWorld();
      const user = world.user('c1');
      await user.says('hallo');

      expect(await user.says(said)).toEqual([{ text: 'Op welk telefoonnummer mogen we je bellen?', buttons: ['Terug'] }]);
    },
  );

  it('When the user writes only "telefoon", Then the bot asks the same question: a phone may be ours to call', async () => {
    const world = await handoverWorld();
    const user = world.user('c1');
    await user.says('hallo');

    expect(await user.says('telefoon')).toEqual(theQuestion);
  });

  it('When the user writes "jveu qu on m appelle", Then the bot offers French and asks the same question in French', async () => {
    const world = await handoverWorld();
    const user = world.user('c1');
    await user.says('hallo');

    expect(await user.says('jveu qu on m appelle')).toEqual([{ text: 'Voulez-vous continuer en français ?', buttons: ['Oui', 'Non'] }]);
    expect((await user.says('Oui')).at(-1)).toEqual({
      text: 'Voulez-vous chatter maintenant ou être rappelé ?',
      buttons: ['Chatter maintenant', 'Rappelez-moi', 'Non, merci'],
    });
  });

  it('When the eligibility check says refer, Then the bot offers the handover right after the verdict', async () => {
    const world = await handoverWorld();
    const user = world.user('c1');
    await user.says('Kan ik er een krijgen?');
    await user.says('Voor mezelf');
    // Asked once more, plainly, before a person looks at it.
    await user.says('ik weet het niet');

    const replies = await user.says('ik weet het niet');

    expect(replies.map((r) => r.text).slice(-3)).toEqual(theQuestion.map((q) => q.text));
    await user.says('Nu chatten');
    const [opened] = await world.store.listOpen();
    expect(opened?.summary.eligibility).toEqual({
      said: { forWhom: 'self', residence: 'unknown' },
      outcome: 'refer',
      reasons: ['residence_unknown'],
      regime: 'transitional-2025',
    });
  });

  it('When the user then does not want a person after all ("nee", "laat maar"), Then no case is opened and the bot goes on, no loop', async () => {
    for (const no of ['nee', 'laat maar', 'Nee, dank je']) {
      const world = await handoverWorld();
      const user = world.user('c1');
      await asksForPerson(user);

      expect(await user.says(no), no).toEqual([
        { text: 'Oké, dan niet.', buttons: [] },
        { text: 'Kan ik je nog ergens mee helpen?', buttons: MENU },
      ]);
      expect(await world.store.listOpen(), no).toEqual([]);
    }
  });

  it('When a person is asked for again at that question ("met iemand praten", "bel me"), Then no second start: the question reads it', async () => {
    const world = await handoverWorld();
    const user = world.user('c1');
    await asksForPerson(user);

    expect((await user.says('met iemand praten')).map((m) => m.text)).toEqual([
      "Tik op 'Nu chatten' of 'Bel me terug'. Of typ je telefoonnummer, dan bellen we je. Niet nodig? Tik op 'Nee, dank je'.",
    ]);
    expect((await user.says('bel me')).map((m) => m.text)).toEqual(['Op welk telefoonnummer mogen we je bellen?']);
    expect((await user.says('kan je me mailen? an@voorbeeld.be')).map((m) => m.text)).toEqual([
      'We bellen je op. Typ een telefoonnummer, bijvoorbeeld 0470 12 34 56.',
    ]);
  });

  it('When there is no phone for the call-back ("ik heb geen telefoon"), Then a landline or chatting is offered, and \'Terug\' leads to it', async () => {
    const world = await handoverWorld();
    const user = world.user('c1');
    await asksForPerson(user);
    await user.says('Bel me terug');

    expect(await user.says('ik heb geen telefoon')).toEqual([
      { text: "Een vast nummer mag ook. Typ het zo: 09 123 45 67. Wil je liever chatten? Tik dan op 'Terug'.", buttons: ['Terug'] },
    ]);
    expect((await user.says('Terug')).at(-1)).toEqual(theQuestion.at(-1));
    expect(await user.says('Nu chatten')).toEqual(queued(1));
  });

  it('When the user tells what it is about instead of choosing, Then the staff member gets it with the case, and no person is offered again', async () => {
    const world = await handoverWorld();
    const user = world.user('c1');
    await asksForPerson(user);
    const retry = {
      text: "Tik op 'Nu chatten' of 'Bel me terug'. Of typ je telefoonnummer, dan bellen we je. Niet nodig? Tik op 'Nee, dank je'.",
      buttons: ['Nu chatten', 'Bel me terug', 'Nee, dank je'],
    };

    expect(await user.says('ik weet het niet goed')).toEqual([retry]);
    // The second miss in a row: before, "Het lukt nog niet goed. Wil je met iemand van VDAB praten?"
    expect(await user.says('het gaat over mijn contract dat volgende maand stopt')).toEqual([
      { text: 'Dank je. De medewerker van VDAB ziet dit straks ook.', buttons: [] },
      retry,
    ]);
    await user.says('Nu chatten');
    const [opened] = await world.store.listOpen();
    expect(opened?.transcript.map((l) => `${l.from}: ${l.text}`)).toContain('user: het gaat over mijn contract dat volgende maand stopt');
  });

  it.each([
    ['taps the buttons', 'Nu chatten'],
    ['types the number of the button', '1'],
  ])(
    'When the user types a question and then %s to reach a person, Then staff read the question as their last words, not the button',
    async (_how, chat) => {
      const world = await handoverWorld();
      const user = world.user('c1');
      await user.says('hallo');
      await user.says('Mijn opleiding kost 900 euro, hoeveel betaal ik zelf?');
      // The web chat page's own button sends these words.
      await user.says('Met iemand praten');
      await user.says(chat);

      const [opened] = await world.store.listOpen();
      expect(opened && summaryLines(opened, t).slice(0, 2)).toEqual([
        'Vraag: Wil met een medewerker praten.',
        'Laatste bericht: "Mijn opleiding kost 900 euro, hoeveel betaal ik zelf?"',
      ]);
    },
  );

  it('When a person is asked for in the middle of the check and then declined, Then the question that was open comes back', async () => {
    const world = await handoverWorld();
    const user = world.user('c1');
    await user.says('Kan ik er een krijgen?');
    await user.says('Voor mezelf');
    await user.says('met iemand praten');

    expect(await user.says('nee bedankt')).toEqual([
      { text: 'Oké, dan niet.', buttons: [] },
      { text: 'Waar woon je?', buttons: ['Vlaanderen', 'Brussel', 'Ergens anders'] },
    ]);
  });
});

describe('the queue', () => {
  it('When the user chooses to chat, Then they hear their place and an honest wait, and staff get a case', async () => {
    const reach = new MemoryReachCounter(OUT_OF_HOURS);
    const world = await handoverWorld({ reach });
    const user = world.user('c1');
    await user.says('hallo');
    await user.says('Met iemand praten');

    expect(await user.says('Nu chatten')).toEqual(queued(1));
    const [opened] = await world.store.listOpen();
    expect(opened).toMatchObject({
      mode: 'chat',
      state: 'waiting',
      userKey: 'test:c1',
      summary: { reason: 'asked', locale: 'nl', channel: 'other', contact: { mode: 'chat' } },
    });
    expect(opened?.transcript.map((l) => `${l.from}: ${l.text}`)).toEqual([
      'user: hallo',
      'bot: Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.',
      'bot: Waar kan ik je mee helpen?',
      'user: Met iemand praten',
      ...theQuestion.map((q) => `bot: ${q.text}`),
      'user: Nu chatten',
    ]);
    expect(world.channel.cards()).toHaveLength(1);
    expect((await reach.counts(1)).map((c) => [c.event, c.channel, c.locale, c.count])).toEqual([
      ['conversation', 'other', 'nl', 1],
      ['handover', 'other', 'nl', 1],
    ]);
  });

  it('When a case is open, Then the dialogs do not answer: the message goes to staff and the user hears they still wait', async () => {
    const world = await handoverWorld();
    const user = world.user('c1');
    await asksForPerson(user);
    await user.says('Nu chatten');

    expect(await user.says('Wat is een loopbaancheque?')).toEqual([
      { text: 'Je wacht nog op een medewerker. Ik geef je bericht door.', buttons: [] },
      { text: 'Je bent nummer 1 in de rij. Hoe lang het duurt, weet ik nog niet.', buttons: ['Stoppen met wachten', CALL] },
    ]);
    const [opened] = await world.store.listOpen();
    expect((await world.store.messages(opened?.id ?? '')).map((m) => [m.from, m.text])).toEqual([['user', 'Wat is een loopbaancheque?']]);
    expect(world.channel.texts()).toEqual(['Persoon: Wat is een loopbaancheque?']);
  });

  it('When three people wait and the first says "stop", Then the first leaves and the others hear their new place', async () => {
    const world = await handoverWorld();
    const [ann, bob, cas] = [world.user('ann'), world.user('bob'), world.user('cas')];
    for (const u of [ann, bob, cas]) await asksForPerson(u);
    expect(await ann.says('Nu chatten')).toEqual(queued(1));
    expect(await bob.says('Nu chatten')).toEqual(queued(2));
    expect(await cas.says('Nu chatten')).toEqual(queued(3));
    const bobBefore = bob.inbox().length;
    const casBefore = cas.inbox().length;

    expect(await ann.says('stop')).toEqual([
      { text: 'Je staat niet meer in de rij.', buttons: [] },
      { text: 'Kan ik je nog ergens mee helpen?', buttons: MENU },
    ]);

    expect(bob.inbox().slice(bobBefore)).toEqual([
      { text: 'Je bent nu nummer 1 in de rij. Hoe lang het duurt, weet ik nog niet.', buttons: ['Stoppen met wachten', CALL] },
    ]);
    expect(cas.inbox().slice(casBefore)).toEqual([
      { text: 'Je bent nu nummer 2 in de rij. Hoe lang het duurt, weet ik nog niet.', buttons: ['Stoppen met wachten', CALL] },
    ]);
    expect((await world.store.queue()).length).toBe(2);
    expect(world.channel.texts()).toContain('De persoon is gestopt met wachten.');
    // The bot is back: the menu works again.
    expect((await ann.says('Wat is een loopbaancheque?')).length).toBeGreaterThan(0);
    expect(await world.store.openChatOf('test:ann')).toBeUndefined();
  });

  it.each([
    [
      'nl-BE',
      ['hallo', 'Met iemand praten'],
      'Er is nu geen medewerker vrij om met je te chatten. Je kan ook zelf gratis bellen: 0800 30 700.',
      'Kan ik je nog ergens mee helpen?',
    ],
    [
      'fr-BE',
      ['bonjour', "je veux parler à quelqu'un"],
      "Aucun collaborateur n'est libre pour chatter avec vous maintenant. Vous pouvez aussi appeler gratuitement le 0800 30 700.",
      'Puis-je encore vous aider ?',
    ],
    [
      'en-GB',
      ['hello', 'I want to talk to a person'],
      'Nobody is free to chat with you right now. You can also call for free: 0800 30 700.',
      'Can I help you with anything else?',
    ],
  ])(
    'When staff close a case nobody took yet (%s), Then the person hears nobody is free, gets the phone, and the bot is back once',
    async (locale, asks, nobodyFree, back) => {
      const world = await handoverWorld();
      const user = world.user('c1', locale);
      for (const said of asks) await user.says(said);
      await user.says('1');
      const [waiting] = await world.store.listOpen();
      const before = user.inbox().length;

      await world.service.close(waiting?.id ?? '', { kind: 'staff', id: 'console:Anna', name: 'Anna' });

      const told = user.inbox().slice(before);
      expect(told.map((m) => m.text)).toEqual([nobodyFree, back]);
      expect(told[0]?.buttons).toHaveLength(1);
    },
  );

  it('When the user taps "Stoppen met wachten", Then that leaves the queue too', async () => {
    const world = await handoverWorld();
    const user = world.user('c1');
    await asksForPerson(user);
    await user.says('Nu chatten');

    expect((await user.says('Stoppen met wachten'))[0]?.text).toBe('Je staat niet meer in de rij.');
    expect(await world.store.queue()).toEqual([]);
  });

  it('When the user types it in their own words ("stop wachten", "stoppen met wachtn"), Then that leaves the queue; "ik kan niet meer wachten, het is dringend" is passed on', async () => {
    // A probe: "annuleer", "ik wil terug naar de bot" and "ik moet gaan" were passed on to staff.
    for (const leave of ['stop wachten', 'stoppen met wachtn', 'stop waiting', 'annuleer', 'ik wil terug naar de bot', 'ik moet gaan']) {
      const world = await handoverWorld();
      const user = world.user('c1');
      await asksForPerson(user);
      await user.says('Nu chatten');
      await user.says('ik kan niet meer wachten, het is dringend');
      expect(await world.store.queue()).toHaveLength(1);
      expect((await user.says(leave))[0]?.text).toBe('Je staat niet meer in de rij.');
      expect(await world.store.queue()).toEqual([]);
    }
  });

  it('When staff took several chats in the last hour, Then the wait is given in minutes', async () => {
    const world = await handoverWorld();
    const staff = { kind: 'staff' as const, id: 's', name: 'Anna' };
    for (const id of ['x1', 'x2', 'x3', 'x4']) {
      const opened = await world.service.deps.store.open(
        {
          userKey: `test:${id}`,
          reference: { channelId: 'test', conversation: { id, isGroup: false, conversationType: 'personal', name: '' } },
          mode: 'chat',
          transcript: [],
          summary: { reason: 'asked', locale: 'nl', channel: 'other', contact: { mode: 'chat' } },
        },
        world.clock.now(),
      );
      await world.store.take(opened.case.id, staff, world.clock.now());
    }
    const user = world.user('c1');
    await asksForPerson(user);

    expect((await user.says('Nu chatten'))[2]?.text).toBe('Je bent nummer 1 in de rij. Dat duurt ongeveer 15 minuten.');
  });
});

/** What one turn asks of its storage and store, in the order asked. */
function askedLog() {
  const asked: string[] = [];
  /** State storage whose reads take a moment, as they do on Redis. */
  class SlowStorage extends MemoryStorage {
    override async read(keys: string[]): Promise<StoreItems> {
      asked.push('read state');
      await new Promise((resolve) => setImmediate(resolve));
      asked.push('state read');
      return super.read(keys);
    }
  }
  class CountingStore extends MemoryHandoverStore {
    override openChatOf(userKey: string): Promise<HandoverCase | undefined> {
      asked.push('look up open case');
      return super.openChatOf(userKey);
    }
  }
  return { asked, storage: new SlowStorage(), store: new CountingStore({ clock: IN_HOURS }) };
}

describe('the open case, looked up with the turn lock and the state', () => {
  it('When a case is open, Then a turn looks it up once, while its state is being read, and the case answers', async () => {
    const { asked, storage, store } = askedLog();
    const world = await handoverWorld({ storage, store });
    const user = world.user('c1');
    await asksForPerson(user);
    await user.says('Nu chatten');
    asked.length = 0;

    expect((await user.says('Wat is een loopbaancheque?'))[0]?.text).toBe('Je wacht nog op een medewerker. Ik geef je bericht door.');
    expect(asked).toEqual(['read state', 'look up open case', 'state read']);
  });

  it('When a message comes while the turn that opens the case still runs, Then the case answers it, not the dialogs', async () => {
    const world = await handoverWorld();
    const user = world.user('c1');
    await asksForPerson(user);

    // The second turn waits for the first; what it reads ahead is read after the first is done.
    const before = user.inbox().length;
    await Promise.all([user.says('Nu chatten'), user.says('Wat is een loopbaancheque?')]);

    expect(
      user
        .inbox()
        .slice(before)
        .map((m) => m.text),
    ).toEqual([
      ...queued(1).map((m) => m.text),
      'Je wacht nog op een medewerker. Ik geef je bericht door.',
      'Je bent nummer 1 in de rij. Hoe lang het duurt, weet ik nog niet.',
    ]);
    const [opened] = await world.store.listOpen();
    expect((await world.store.messages(opened?.id ?? '')).map((m) => m.text)).toEqual(['Wat is een loopbaancheque?']);
  });
});

describe('outside staff hours', () => {
  /** Jos out of staff hours, with a call-back standing: 0471 23 45 67, in the morning. */
  async function callbackStanding(conversationId: string) {
    const world = await handoverWorld({ clock: OUT_OF_HOURS });
    const jos = world.user(conversationId);
    await jos.says('hallo');
    await jos.says('bel mij op 0471 23 45 67');
    await jos.says('Voormiddag');
    return { world, jos };
  }

  it('When nobody is in, Then the bot says so with the next opening and takes a call-back request', async () => {
    const world = await handoverWorld({ clock: OUT_OF_HOURS });
    const user = world.user('c1');
    await user.says('hallo');

    expect(await user.says('Met iemand praten')).toEqual([
      { text: 'Er is nu geen medewerker. Een medewerker is er weer op maandag 30 november om 8.00 uur.', buttons: [] },
      // The phone line is closed too: when to call, not only the number.
      { text: 'Bel zelf gratis 0800 30 700. Wellicht op weekdagen van 8.00 uur tot 16.30 uur.', buttons: [CALL] },
      { text: 'Wil je dat we je terugbellen?', buttons: ['Ja, bel me terug', 'Nee, dank je'] },
    ]);
    expect(await user.says('Ja, bel me terug')).toEqual([{ text: 'Op welk telefoonnummer mogen we je bellen?', buttons: ['Terug'] }]);
    expect(await user.says('an@voorbeeld.be')).toEqual([
      { text: 'We bellen je op. Typ een telefoonnummer, bijvoorbeeld 0470 12 34 56.', buttons: ['Terug'] },
    ]);
    expect(await user.says('0470 12 34 56')).toEqual([
      { text: 'Wanneer bellen we je het best?', buttons: ['Voormiddag', 'Namiddag', 'Maakt niet uit'] },
    ]);
    expect(await user.says('Voormiddag')).toEqual([
      { text: 'Dank je. Een medewerker belt je op 0470 12 34 56.', buttons: [] },
      { text: 'We bellen je op maandag 30 november in de voormiddag.', buttons: [] },
      { text: 'Kan ik je nog ergens mee helpen?', buttons: MENU },
    ]);

    const [request] = await world.store.listOpen();
    expect(request).toMatchObject({
      mode: 'callback',
      state: 'waiting',
      summary: { contact: { mode: 'callback', phone: '+32470123456', partOfDay: 'morning' } },
    });
    expect(await world.store.queue()).toEqual([]);
    // A call-back request does not stop the bot: the menu still answers.
    expect(await world.store.openChatOf('test:c1')).toBeUndefined();
  });

  it('When the number comes with the wish ("bel mij op 0471 23 45 67"), Then it is not asked again: in hours only when to call, out of hours after who is back', async () => {
    const inHours = await handoverWorld({ clock: IN_HOURS });
    const anna = inHours.user('c1');
    await anna.says('hallo');
    expect(await anna.says('bel mij op 0471 23 45 67')).toEqual([
      { text: 'Wanneer bellen we je het best?', buttons: ['Voormiddag', 'Namiddag', 'Maakt niet uit'] },
    ]);
    expect((await anna.says('Maakt niet uit'))[1]).toEqual({ text: 'We bellen je zo snel als het kan.', buttons: [] });
    expect((await inHours.store.listOpen())[0]?.summary.contact).toEqual({ mode: 'callback', phone: '+32471234567', partOfDay: 'any' });

    const closed = await handoverWorld({ clock: OUT_OF_HOURS });
    const jos = closed.user('c2');
    await jos.says('hallo');
    const asked = await jos.says('ik wil iemand spreken, mijn nummer is 0471234567');
    expect(asked.at(-1)).toEqual({ text: 'Wil je dat we je terugbellen?', buttons: ['Ja, bel me terug', 'Nee, dank je'] });
    // Said without asking to be called: kept for when the call-back is chosen.
    expect(await jos.says('Ja, bel me terug')).toEqual([
      { text: 'Wanneer bellen we je het best?', buttons: ['Voormiddag', 'Namiddag', 'Maakt niet uit'] },
    ]);
    expect((await jos.says('Namiddag')).slice(0, 2)).toEqual([
      { text: 'Dank je. Een medewerker belt je op 0471 23 45 67.', buttons: [] },
      { text: 'We bellen je op maandag 30 november in de namiddag.', buttons: [] },
    ]);
  });

  it('When a person is asked for again after a call-back request ("wanneer bellen ze?"), Then the request stands and is said again, never filed twice', async () => {
    const { world, jos } = await callbackStanding('c4');
    expect(await jos.says('wanneer bellen ze')).toEqual([
      { text: 'Je vroeg al om terug te bellen. Een medewerker belt je op 0471 23 45 67.', buttons: [] },
      { text: 'We bellen je op maandag 30 november in de voormiddag.', buttons: [] },
      { text: 'Kan ik je nog ergens mee helpen?', buttons: MENU },
    ]);
    const [request] = await world.store.listOpen();
    expect(request?.mode).toBe('callback');
    // Called and closed by staff: asking again is a new request.
    await world.store.close(request?.id ?? '', { kind: 'staff', id: 'anna', name: 'Anna' }, new Date('2026-11-30T09:00:00+01:00'));
    expect((await jos.says('wanneer bellen ze')).at(-1)).toEqual({
      text: 'Wil je dat we je terugbellen?',
      buttons: ['Ja, bel me terug', 'Nee, dank je'],
    });
  });

  it('When the free number is asked while a call-back stands ("wat is jullie nummer?"), Then the call-back is said again with the free number and its hours', async () => {
    const { world, jos } = await callbackStanding('c4');
    expect(await jos.says('wat is jullie nummer?')).toEqual([
      { text: 'Je vroeg al om terug te bellen. Een medewerker belt je op 0471 23 45 67.', buttons: [] },
      { text: 'We bellen je op maandag 30 november in de voormiddag.', buttons: [] },
      { text: expect.stringMatching(/^Bel zelf gratis 0800 30 700/), buttons: ['Bel 0800 30 700'] },
      { text: 'Kan ik je nog ergens mee helpen?', buttons: MENU },
    ]);
    expect(await world.store.listOpen()).toHaveLength(1);
  });

  // Was "Tot ziens!": the call on the wrong number.
  it('When another number comes after a call-back request ("oei verkeerd nummer, het is …"), Then the call-back moves to it at the same time; staff see the old one closed', async () => {
    const { world, jos } = await callbackStanding('c6');
    const [old] = await world.store.listOpen();
    expect(await jos.says('oei verkeerd nummer, het is 0470 65 43 21')).toEqual([
      { text: 'Dank je. Een medewerker belt je op 0470 65 43 21.', buttons: [] },
      { text: 'We bellen je op maandag 30 november in de voormiddag.', buttons: [] },
      { text: 'Kan ik je nog ergens mee helpen?', buttons: MENU },
    ]);
    const open = await world.store.listOpen();
    expect(open.map((c) => c.summary.contact)).toEqual([{ mode: 'callback', phone: '+32470654321', partOfDay: 'morning' }]);
    expect(await world.store.get(old?.id ?? '')).toMatchObject({ state: 'closed' });
  });

  // A probe: "verkeerd nummer" alone said "Tot ziens!", and the call on the wrong number stood.
  it('When the number of a call-back is said to be wrong ("het nummer klopt niet"), Then the number is asked; once given, only the new call-back stands', async () => {
    const { world, jos } = await callbackStanding('c8');
    const [old] = await world.store.listOpen();
    expect(await jos.says('het nummer klopt niet')).toEqual([{ text: 'Op welk telefoonnummer mogen we je bellen?', buttons: ['Terug'] }]);
    await jos.says('0472 11 22 33');
    expect((await jos.says('Namiddag'))[0]).toEqual({ text: 'Dank je. Een medewerker belt je op 0472 11 22 33.', buttons: [] });
    expect((await world.store.listOpen()).map((c) => c.summary.contact)).toEqual([
      { mode: 'callback', phone: '+32472112233', partOfDay: 'afternoon' },
    ]);
    expect(await world.store.get(old?.id ?? '')).toMatchObject({ state: 'closed' });
  });

  // Were "Tot ziens!" and the call on the wrong number, or "niet begrepen".
  it.each([
    ['nl-BE', 'mijn nummer was fout', 'Op welk telefoonnummer mogen we je bellen?'],
    ['nl-BE', 'ik heb mij vergist van nummer', 'Op welk telefoonnummer mogen we je bellen?'],
    ['nl-BE', 'ik heb een typfout gemaakt in mijn nummer', 'Op welk telefoonnummer mogen we je bellen?'],
    ['fr-BE', 'je me suis trompé de numéro', 'À quel numéro pouvons-nous vous appeler ?'],
  ])('When (%s) "%s" comes after a call-back request, Then the number is asked again', async (locale, said, asked) => {
    const world = await handoverWorld({ clock: OUT_OF_HOURS });
    const jos = world.user('c10', locale);
    await jos.says(locale === 'nl-BE' ? 'bel mij op 0471 23 45 67' : 'rappelez-moi au 0471 23 45 67');
    await jos.says(locale === 'nl-BE' ? 'Voormiddag' : 'Le matin');
    expect((await jos.says(said)).at(-1)?.text).toBe(asked);
  });

  it('When "bel mij toch maar niet" comes after a call-back request, Then it is closed, never a booking code asked', async () => {
    const { world, jos } = await callbackStanding('c11');
    expect((await jos.says('bel mij toch maar niet'))[0]?.text).toBe('Goed. We bellen je niet.');
    expect(await world.store.listOpen()).toEqual([]);
  });

  // Were "Sorry, dat begreep ik niet" and the question again: only "stop" left the call-back.
  it.each([
    ['the number', [], 'nee laat maar'],
    ['when to call', ['0471 23 45 67'], 'laat maar, niet nodig'],
    ['when to call', ['0471 23 45 67'], 'Nee, dank je'],
  ])('When one takes it back where %s is asked, Then whether to stop; "Stoppen" files no call-back', async (_asked, before, back) => {
    const world = await handoverWorld({ clock: OUT_OF_HOURS });
    const jos = world.user('c12');
    await jos.says('bel mij');
    for (const said of before) await jos.says(said);
    expect(await jos.says(back)).toEqual([{ text: 'Wil je stoppen? Dan bellen we je niet.', buttons: ['Stoppen', 'Verder'] }]);
    await jos.says('Stoppen');
    expect(await world.store.listOpen()).toEqual([]);
  });

  it('When "sorry fout nummer" comes where when to call is asked, Then the number is asked again, never the wrong one kept', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const an = world.user('c9');
    await an.says('hallo');
    await an.says('bel mij op 0471 23 45 67');
    expect(await an.says('sorry fout nummer')).toEqual([{ text: 'Op welk telefoonnummer mogen we je bellen?', buttons: ['Terug'] }]);
    await an.says('0472 11 22 33');
    expect((await an.says('Voormiddag'))[0]).toEqual({ text: 'Dank je. Een medewerker belt je op 0472 11 22 33.', buttons: [] });
  });

  // Was the number asked anew, the one typed lost.
  it('When another number is typed where when to call is asked ("nee wacht, het is …"), Then that number is said and taken, and when to call asked again', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const an = world.user('c7');
    await an.says('hallo');
    await an.says('bel mij op 0471 23 45 67');
    expect(await an.says('nee wacht, het is 0470 65 43 21')).toEqual([
      { text: 'Goed, dan bellen we je op 0470 65 43 21.', buttons: [] },
      { text: 'Wanneer bellen we je het best?', buttons: ['Voormiddag', 'Namiddag', 'Maakt niet uit'] },
    ]);
    expect((await an.says('Namiddag'))[0]).toEqual({ text: 'Dank je. Een medewerker belt je op 0470 65 43 21.', buttons: [] });
    expect((await world.store.listOpen()).map((c) => c.summary.contact)).toEqual([
      { mode: 'callback', phone: '+32470654321', partOfDay: 'afternoon' },
    ]);
  });

  it('When "ik wil toch niet gebeld worden" comes after a call-back request, Then it is closed and staff are told; without one, none is open', async () => {
    const { world, jos } = await callbackStanding('c5');
    const [request] = await world.store.listOpen();
    expect(await jos.says('ik wil toch niet gebeld worden')).toEqual([
      { text: 'Goed. We bellen je niet.', buttons: [] },
      { text: 'Kan ik je nog ergens mee helpen?', buttons: MENU },
    ]);
    expect(await world.store.listOpen()).toEqual([]);
    expect(await world.store.get(request?.id ?? '')).toMatchObject({ state: 'closed' });
    expect(world.channel.texts().some((text) => text.includes('De persoon is gestopt met wachten.'))).toBe(true);
    // Asked again: nothing is open any more.
    expect((await jos.says('bel mij niet'))[0]?.text).toBe('Er staat geen terugbelverzoek van jou open.');
  });

  it('When "après 17h" is typed for when to call, in French, Then the hours staff call, never the button "L\'après-midi" it shares a word with', async () => {
    const world = await handoverWorld({ clock: IN_HOURS });
    const karim = world.user('fr1', 'fr-BE');
    await karim.says('bonjour');
    await karim.says('rappelez moi');
    await karim.says('0470123456');
    expect((await karim.says('apres 17h'))[0]?.text).toBe('Nous appelons de 8 h à 16 h 30. Touchez un bouton.');
    expect(await world.store.listOpen()).toEqual([]);
  });

  it('When the call-back is asked on WhatsApp, Then the number that writes is a button; "dit nummer" is enough, and staff get that number', async () => {
    const world = await handoverWorld({ clock: OUT_OF_HOURS });
    const user = world.user('wa1', 'nl-BE', { channelId: 'whatsapp', waId: '32485123456' });
    await user.says('hallo');
    await user.says('Met iemand praten');

    expect(await user.says('Ja, bel me terug')).toEqual([
      { text: 'Op welk nummer mogen we je bellen? Tik op je nummer, of typ een ander.', buttons: ['0485 12 34 56', 'Terug'] },
    ]);
    expect(await user.says('dit nummer')).toEqual([
      { text: 'Wanneer bellen we je het best?', buttons: ['Voormiddag', 'Namiddag', 'Maakt niet uit'] },
    ]);
    expect((await user.says('Namiddag'))[0]).toEqual({ text: 'Dank je. Een medewerker belt je op 0485 12 34 56.', buttons: [] });
    const [request] = await world.store.listOpen();
    expect(request?.summary.contact).toEqual({ mode: 'callback', phone: '+32485123456', partOfDay: 'afternoon' });

    // Another number typed is the one called, even one close to the button's.
    const other = world.user('wa2', 'nl-BE', { channelId: 'whatsapp', waId: '32485123456' });
    await other.says('Met iemand praten');
    await other.says('Ja, bel me terug');
    await other.says('0485 12 34 57');
    await other.says('Voormiddag');
    const phones = (await world.store.listOpen()).map((r) => (r.summary.contact as { phone?: string }).phone);
    expect(phones.sort()).toEqual(['+32485123456', '+32485123457']);
  });

  // Were a call-back to VDAB itself ("Appeler le 0800 30 700" read as "Rappelez-moi") and the number asked again.
  it.each([
    [
      'fr-BE',
      'Appeler le 0800 30 700',
      "C'est le numéro gratuit du VDAB. Vous pouvez l'appeler vous-même. Ou tapez votre numéro, et nous vous appelons.",
    ],
    ['en', 'Call 0800 30 700', "That is VDAB's free number. You can call it yourself. Or type your own number, and we call you."],
  ])(
    'When the call-yourself button\'s words come back as a reply on WhatsApp (%s "%s"), Then that number is no call-back: the user may call it, or type their own',
    async (locale, tapped, ours) => {
      const world = await handoverWorld({ clock: OUT_OF_HOURS });
      const user = world.user('wa1', locale, { channelId: 'whatsapp', waId: '32485123456' });
      await user.says(locale === 'en' ? 'Talk to someone' : "Parler à quelqu'un");

      expect((await user.says(tapped))[0]?.text).toBe(ours);
      expect(await world.store.listOpen()).toEqual([]);
    },
  );

  it.each([
    ['nl-BE', 'in hours', 'bel mij terug op 0470 12 34 56', 'Wanneer bellen we je het best?'],
    ['nl-BE', 'out of hours', 'ja bel mij op 0470 12 34 56', 'Wanneer bellen we je het best?'],
    ['fr-BE', 'in hours', 'rappelez moi au 0470 12 34 56', 'Quand pouvons-nous vous appeler ?'],
    ['en', 'in hours', 'call me back on 0470 12 34 56', 'When is the best time to call?'],
  ])(
    'When the answer to "chat or call back?" names a number too (%s, %s: "%s"), Then that number is called: it is not asked again',
    async (locale, hours, said, whenQuestion) => {
      const world = await handoverWorld({ clock: hours === 'in hours' ? IN_HOURS : OUT_OF_HOURS });
      const user = world.user('c1', locale);
      await user.says(locale === 'nl-BE' ? 'Met iemand praten' : locale === 'en' ? 'Talk to someone' : "Parler à quelqu'un");

      expect((await user.says(said)).at(-1)?.text).toBe(whenQuestion);
      await user.says(locale === 'nl-BE' ? 'Voormiddag' : locale === 'en' ? 'Morning' : 'Le matin');
      expect((await world.store.listOpen())[0]?.summary.contact).toMatchObject({ mode: 'callback', phone: '+32470123456' });
    },
  );

  it('When the user does not want a call-back, Then the bot gives the free number as a tap-to-call button', async () => {
    const world = await handoverWorld({ clock: OUT_OF_HOURS });
    const user = world.user('c1');
    await asksForPerson(user);

    const replies = await user.says('Nee, dank je');

    expect(replies[0]).toEqual({ text: 'Oké. Bel gerust zelf naar 0800 30 700.', buttons: [CALL] });
    const call = user
      .activities()
      .flatMap((a) => a.suggestedActions?.actions ?? [])
      .find((a) => a.title === CALL);
    expect(call).toMatchObject({ type: 'call', value: 'tel:080030700' });
    expect(await world.store.listOpen()).toEqual([]);
  });

  it('When it is a public holiday on a weekday, Then nobody is in either', async () => {
    const christmas = { now: () => new Date('2026-12-25T10:00:00+01:00') };
    const world = await handoverWorld({ clock: christmas });
    const user = world.user('c1');
    await user.says('hallo');

    expect((await user.says('Met iemand praten'))[0]?.text).toBe(
      'Er is nu geen medewerker. Een medewerker is er weer op maandag 28 december om 8.00 uur.',
    );
  });
});

describe('words of despair while waiting for a person', () => {
  // Was only "Je wacht nog op een medewerker. Ik geef je bericht door."
  it('When "ik zie het echt niet meer zitten" comes while waiting in the queue, Then Tele-Onthaal first, and the place in the queue is kept', async () => {
    const world = await handoverWorld();
    const user = world.user('c1');
    await asksForPerson(user);
    await user.says('Nu chatten');
    const before = await world.store.queue();
    expect(before).toHaveLength(1);

    expect(await user.says('ik zie het echt niet meer zitten')).toEqual([
      { text: 'Het klinkt alsof het zwaar is voor jou. Praat erover met Tele-Onthaal. Bel gratis 106, dag en nacht.', buttons: [] },
      { text: 'Je wacht nog op een medewerker. Ik geef je bericht door.', buttons: [] },
      queued(1)[2],
    ]);
    expect(await world.store.queue()).toEqual(before);
  });
});

describe('"vergeet mij" with a call-back standing', () => {
  // Was the call-back left standing with the phone number, after "Ik heb alles over jou gewist".
  it('When the user asks to be forgotten after asking a call-back, Then the call-back is withdrawn and deleted with its number', async () => {
    const world = await handoverWorld({ clock: OUT_OF_HOURS });
    const jos = world.user('f1');
    await jos.says('hallo');
    await jos.says('bel mij op 0471 23 45 67');
    await jos.says('Voormiddag');
    const [standing] = await world.store.listOpen();
    expect(standing?.summary.contact).toMatchObject({ phone: '+32471234567' });

    await jos.says('vergeet mij');
    await jos.says('Ja, wis alles');

    expect(await world.store.listOpen()).toEqual([]);
    expect(await world.store.get(standing?.id ?? '')).toBeUndefined();
  });
});

describe('what happens to the number', () => {
  // Was "Typ een telefoonnummer": the why of the number was not heard.
  it('When "waarom moet ge mijn nummer weten?" comes where the number is asked, Then what it is for, and the question again', async () => {
    const world = await handoverWorld({ clock: OUT_OF_HOURS });
    const jos = world.user('w1');
    await jos.says('bel mij');
    expect(await jos.says('waarom moet ge mijn nummer weten?')).toEqual([
      { text: 'We hebben je nummer nodig om je te bellen. We gebruiken het alleen daarvoor.', buttons: [] },
      { text: 'Op welk telefoonnummer mogen we je bellen?', buttons: ['Terug'] },
    ]);
  });

  // Were a person (heard in "telefoon") and "Bedoel je …?".
  it.each(['hoe lang bewaren jullie mijn telefoonnummer?', 'wat doen jullie met mijn nummer?'])(
    'When "%s" is asked at the menu, Then what the bot keeps and how to erase it',
    async (asked) => {
      const world = await handoverWorld();
      const user = world.user('w2');
      await user.says('hallo');
      expect((await user.says(asked))[0]?.text).toBe(
        "Ik onthoud dit gesprek hoogstens 30 dagen. Daarna is het weg. Typ 'vergeet mij' om alles nu te wissen.",
      );
      expect(await world.store.listOpen()).toEqual([]);
    },
  );
});
