import { ActivityTypes, type Activity } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { TalkToPersonDialog, type TalkToPersonOptions } from '../../dialogs/talkToPerson.js';
import { channelFacts } from '../../src/channels/channelFacts.js';
import { loadVdabContact } from '../../src/domain/vdabContact.js';
import { crisisLineFor, loadCrisisLine } from '../../src/handover/crisisLine.js';
import { HANDOVER_REASONS } from '../../src/handover/model.js';
import { Vocabulary } from '../../src/understanding/vocabulary.js';
import { cardText, handoverWorld, OUT_OF_HOURS } from './world.js';

/**
 * The handover dialog started the way other dialogs start it (`beginDialog(TalkToPersonDialog.id,
 * { reason })`), on its own, so every reason can be tried without the flow that leads to it.
 */
async function startedWith(options: TalkToPersonOptions, worldOptions: Parameters<typeof handoverWorld>[0] = {}) {
  const world = await handoverWorld(worldOptions);
  const dialogs = new DialogSet(world.conversationState.createProperty<DialogState>('reasonTest'));
  dialogs.add(
    new TalkToPersonDialog({
      language: world.language,
      vocabulary: new Vocabulary(world.service.deps.i18n),
      contact: loadVdabContact(),
      channel: channelFacts,
      handover: { service: world.service, crisisLine: (locale) => crisisLineFor(loadCrisisLine(), locale), seemsInDistress: () => false },
    }),
  );
  const says = async (text: string) => {
    const before = world.users.sentTo('r1').length;
    await world.users.processActivity(
      {
        type: ActivityTypes.Message,
        text,
        channelId: 'test',
        locale: 'nl-BE',
        from: { id: 'u1', name: 'user' },
        recipient: { id: 'bot', name: 'bot' },
        conversation: { id: 'r1', isGroup: false, conversationType: 'personal', name: '' },
      } as Activity,
      async (context) => {
        await world.language.beginTurn(context);
        const dc = await dialogs.createContext(context);
        const result = await dc.continueDialog();
        if (result.status === DialogTurnStatus.empty) await dc.beginDialog(TalkToPersonDialog.id, options);
        await world.conversationState.saveChanges(context);
      },
    );
    return world.users
      .sentTo('r1')
      .slice(before)
      .map((a) => a.text);
  };
  return { world, says };
}

describe('TalkToPersonDialog reasons', () => {
  for (const reason of HANDOVER_REASONS) {
    it(`When the dialog starts for reason ${reason}, Then the case carries that reason for staff`, async () => {
      const { world, says } = await startedWith({ reason });
      await says('start');
      await says('Nu chatten');

      const [opened] = await world.store.listOpen();
      expect(opened?.summary.reason).toBe(reason);
      const expected = {
        asked: 'Vraag: Wil met een medewerker praten.',
        missed_twice: 'Vraag: De bot begreep de vraag twee keer niet.',
        refer: 'Vraag: De check zegt: iemand van VDAB moet het bekijken.',
        booking_failed: 'Vraag: Een afspraak maken lukte niet.',
        distress: 'Vraag: Lijkt het moeilijk te hebben. De bot gaf Tele-Onthaal door.',
      }[reason];
      expect(cardText(world.channel.cards()[0] ?? {}).lines[2]).toBe(expected);
    });
  }

  it('When someone seems in distress, Then Tele-Onthaal comes first, then the one question', async () => {
    const { says } = await startedWith({ reason: 'distress' });

    expect(await says('ik zie het niet meer zitten')).toEqual([
      'Het klinkt alsof het zwaar is voor jou. Praat erover met Tele-Onthaal. Bel gratis 106, dag en nacht.',
      'Ik breng je in contact met iemand van VDAB.',
      'Je kan ook zelf gratis bellen: 0800 30 700.',
      'Wil je nu chatten of wil je dat we je bellen?',
    ]);
  });

  it('When no reason is given, Then it is "asked"', async () => {
    const { world, says } = await startedWith({});
    await says('start');
    await says('Nu chatten');
    expect((await world.store.listOpen())[0]?.summary.reason).toBe('asked');
  });
});

describe('TalkToPersonDialog: typed instead of tapped', () => {
  it('When a phone number is typed at "chat or call back", Then it is taken as a call-back to that number, without asking it again', async () => {
    const { world, says } = await startedWith({ reason: 'asked' });
    await says('start');

    expect(await says('0486 12 34 56')).toEqual(['Wanneer bellen we je het best?']);
    expect(await says('namiddag')).toEqual(['Dank je. Een medewerker belt je op 0486 12 34 56.', 'We bellen je in de namiddag.']);
    const [opened] = await world.store.listOpen();
    expect(opened).toMatchObject({
      mode: 'callback',
      summary: { contact: { mode: 'callback', phone: '+32486123456', partOfDay: 'afternoon' } },
    });
  });

  // Was a call-back to VDAB's own number: the words of the "Bel 0800 30 700" button, typed.
  it('When VDAB\'s own number is typed ("Bel 0800 30 700") for the call-back, Then it is no number to call: the user may call it, or type their own', async () => {
    const { world, says } = await startedWith({ reason: 'asked' });
    await says('start');
    const ours = 'Dat is het gratis nummer van VDAB. Dat mag je zelf bellen. Of typ je eigen nummer, dan bellen wij jou.';
    expect(await says('Bel 0800 30 700')).toEqual([ours]);
    expect(await says('bel mij maar')).toEqual(['Op welk telefoonnummer mogen we je bellen?']);
    expect(await says('+32 800 30 700')).toEqual([ours]);
    expect(await world.store.listOpen()).toEqual([]);
    expect(await says('0486 12 34 56')).toEqual(['Wanneer bellen we je het best?']);
  });

  // A probe: "over een uur" got "Bedoel je …? Met iemand praten", which led to "Het lukt nog niet goed" and a loop.
  it('When "over een uur" is typed for when to call, Then as soon as we can; a reply not understood there never offers a person again', async () => {
    const { world, says } = await startedWith({ reason: 'asked' });
    await says('start');
    await says('bel mij maar');
    await says('0486 12 34 56');
    const notUnderstood = ['Sorry, dat begreep ik niet. Tik op een knop of typ het nummer van de knop.', 'Wanneer bellen we je het best?'];
    expect(await says('blablabla')).toEqual(notUnderstood);
    // A second miss: never "Het lukt nog niet goed. Wil je met iemand van VDAB praten?" on the way there.
    expect(await says('blablabla')).toEqual(notUnderstood);
    expect((await says('over een uur'))[0]).toBe('Dank je. Een medewerker belt je op 0486 12 34 56.');
    expect((await world.store.listOpen())[0]?.summary.contact).toMatchObject({ mode: 'callback', phone: '+32486123456' });
  });

  it('When something else is typed there, Then the retry says what can be tapped or typed, with the same buttons', async () => {
    const { says } = await startedWith({ reason: 'asked' });
    await says('start');

    expect(await says('ik weet het niet goed')).toEqual([
      "Tik op 'Nu chatten' of 'Bel me terug'. Of typ je telefoonnummer, dan bellen we je. Niet nodig? Tik op 'Nee, dank je'.",
    ]);
    expect(await says('Nu chatten')).toContain('Ik zoek een medewerker voor je.');
  });

  it('When the choice is said in words ("bel mij maar", then "ok" for when), Then it is a call-back at any time, not a new start', async () => {
    const { world, says } = await startedWith({ reason: 'asked' });
    await says('start');

    expect(await says('bel mij maar')).toEqual(['Op welk telefoonnummer mogen we je bellen?']);
    expect(await says('0486 12 34 56')).toEqual(['Wanneer bellen we je het best?']);
    expect(await says('ok')).toEqual(['Dank je. Een medewerker belt je op 0486 12 34 56.', 'We bellen je zo snel als het kan.']);
    expect((await world.store.listOpen())[0]).toMatchObject({ mode: 'callback', summary: { contact: { partOfDay: 'any' } } });
  });

  it('When a time is typed for the number or for when to call, Then the hours staff call, and a time within them is kept', async () => {
    const { world, says } = await startedWith({ reason: 'asked' });
    await says('start');

    expect(await says('bel mij maar')).toEqual(['Op welk telefoonnummer mogen we je bellen?']);
    // Not "that is no phone number" again and again: when staff call, and that the time comes next.
    expect(await says('s avonds na 6 uur')).toEqual([
      'We bellen van 8.00 uur tot 16.30 uur. Typ eerst je telefoonnummer. Wanneer we bellen, vraag ik daarna.',
    ]);
    expect(await says('0486 12 34 56')).toEqual(['Wanneer bellen we je het best?']);
    expect(await says('na 17u')).toEqual(['We bellen van 8.00 uur tot 16.30 uur. Tik op een knop.']);
    // The hour named is kept with its part of the day (was only "in de voormiddag").
    expect(await says('rond 10 uur')).toEqual([
      'Dank je. Een medewerker belt je op 0486 12 34 56.',
      'We bellen je tussen 10.00 uur en 11.00 uur.',
    ]);
    expect((await world.store.listOpen())[0]).toMatchObject({
      mode: 'callback',
      summary: { contact: { partOfDay: 'morning', between: { from: '10:00', to: '11:00' } } },
    });
  });

  it('When the hours one works are typed for when to call, Then the part of the day outside them; was the part worked ("namiddag" in "\'s namiddags")', async () => {
    for (const [typed, partOfDay] of [
      ["ik werk 's namiddags", 'morning'],
      ['ik werk in de voormiddag', 'afternoon'],
      ['ik werk tot 14u', 'afternoon'],
    ] as const) {
      const { world, says } = await startedWith({ reason: 'asked' });
      await says('start');
      await says('bel mij maar');
      await says('0486 12 34 56');
      await says(typed);
      expect((await world.store.listOpen())[0], typed).toMatchObject({ mode: 'callback', summary: { contact: { partOfDay } } });
    }
  });

  it('When the time typed spans noon or falls after it, Then any time or the afternoon', async () => {
    for (const [typed, partOfDay] of [
      ['tussen 11 en 14 uur', 'any'],
      ['liefst na de middag', 'afternoon'],
    ] as const) {
      const { world, says } = await startedWith({ reason: 'asked' });
      await says('start');
      await says('0486 12 34 56');
      await says(typed);
      expect((await world.store.listOpen())[0], typed).toMatchObject({ summary: { contact: { partOfDay } } });
    }
  });

  it('When "ja" or "oké" is typed at "chat or call back", Then the chat with a person starts, never the retry again and again', async () => {
    for (const typed of ['ja', 'oké', 'ja graag']) {
      const { world, says } = await startedWith({ reason: 'asked' });
      await says('start');
      expect(await says(typed), typed).toContain('Ik zoek een medewerker voor je.');
      expect((await world.store.listOpen())[0], typed).toMatchObject({ mode: 'chat' });
    }
  });

  it('When "ja, bel me terug" is typed, Then it is the call-back it names, not the chat a bare "ja" takes', async () => {
    const { says } = await startedWith({ reason: 'asked' });
    await says('start');
    expect(await says('ja, bel me terug')).toEqual(['Op welk telefoonnummer mogen we je bellen?']);
  });

  it('When there is no number to give at "Op welk telefoonnummer?" ("liever niet"), Then no call-back without one: chatting is the way, now or when staff are back', async () => {
    const { world, says } = await startedWith({ reason: 'asked' });
    await says('start');
    expect(await says('bel mij maar')).toEqual(['Op welk telefoonnummer mogen we je bellen?']);
    // Before: "Typ een telefoonnummer. Bijvoorbeeld: 0470 12 34 56." to someone without one.
    expect(await says('liever niet')).toEqual(["Zonder nummer kunnen we je niet bellen. Wil je liever chatten? Tik dan op 'Terug'."]);
    expect(await world.store.listOpen()).toEqual([]);
    const closed = await startedWith({ reason: 'asked' }, { clock: OUT_OF_HOURS });
    await closed.says('start');
    expect(await closed.says('ja')).toEqual(['Op welk telefoonnummer mogen we je bellen?']);
    expect(await closed.says('liever niet')).toEqual([
      'Zonder nummer kunnen we je niet bellen. Kom later terug, dan kan je hier chatten met een medewerker.',
    ]);
  });

  // Was "Zonder nummer kunnen we je niet bellen": a landline will do as well.
  it('When there is no mobile ("ik heb geen gsm", "ik heb geen telefoon"), Then a landline number will do, or chatting, now or when staff are back', async () => {
    for (const said of ['ik heb geen gsm', 'ik heb geen telefoon']) {
      const { world, says } = await startedWith({ reason: 'asked' });
      await says('start');
      expect(await says('bel mij maar')).toEqual(['Op welk telefoonnummer mogen we je bellen?']);
      expect(await says(said)).toEqual(["Een vast nummer mag ook. Typ het zo: 09 123 45 67. Wil je liever chatten? Tik dan op 'Terug'."]);
      expect(await world.store.listOpen()).toEqual([]);
      expect(await says('09 123 45 67')).toEqual(['Wanneer bellen we je het best?']);
    }
    const closed = await startedWith({ reason: 'asked' }, { clock: OUT_OF_HOURS });
    await closed.says('start');
    expect(await closed.says('ja')).toEqual(['Op welk telefoonnummer mogen we je bellen?']);
    expect(await closed.says('ik heb geen gsm')).toEqual([
      'Een vast nummer mag ook. Typ het zo: 09 123 45 67. Zonder nummer kan je later terugkomen om hier te chatten.',
    ]);
  });

  it('When "chatten" is typed, Then the chat with a person starts', async () => {
    const { says } = await startedWith({ reason: 'asked' });
    await says('start');
    expect(await says('chatten')).toContain('Ik zoek een medewerker voor je.');
  });
});
