import { TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { plainTextOf, renderForChannel, renderWhatsApp, replyText, speakWithChoices, WHATSAPP_LIMITS } from '../../src/channels/render.js';
import { messageOf, toActivity } from '../../src/conversation/activity.js';
import type { ListPayload, OutboundPayload, TextPayload } from '../../src/channels/whatsapp/payloads.js';
import { listMessage } from '../support/whatsapp.js';
import { shorten, splitText } from '../../src/channels/text.js';
import { composeTestBot } from '../support/bot.js';
import type { Button } from '../../src/conversation/message.js';

const buttons = (...titles: string[]): Button[] => titles.map((title, i) => ({ value: `v${i + 1}`, title }));
const labels = { listButton: 'Kies hier', numberedChoices: 'Typ het nummer van je keuze.' };
const TO = '32470000001';
const addressed = { messaging_product: 'whatsapp', recipient_type: 'individual', to: TO };
const menu = toActivity({ text: 'Waar kan ik je mee helpen?', buttons: buttons('Uitleg', 'Voorwaarden', 'Afspraak maken', 'Meer') });
const eleven = buttons(...Array.from({ length: 11 }, (_, i) => `Keuze ${i + 1}`));

describe('rendering for Bot Framework channels', () => {
  const MENU_SPOKEN = 'Waar kan ik je mee helpen? Kies: Uitleg, Voorwaarden, Afspraak maken, Meer.';
  /** Numbered on screen ("1. Uitleg"); a tap still sends the answer's own words. */
  const numberedAs = (...titles: string[]) => titles.map((title, i) => ({ type: 'imBack', title: `${i + 1}. ${title}`, value: title }));
  const MENU_SHOWN = { to: [], actions: numberedAs('Uitleg', 'Voorwaarden', 'Afspraak maken', 'Meer') };

  for (const channel of ['webchat', 'directline', 'emulator']) {
    it(`When ${channel} gets 4 and 11 answers, Then all stay suggested actions and speak names them after the text`, () => {
      expect(renderForChannel(menu, channel, 'nl')).toStrictEqual({
        ...menu,
        locale: 'nl-BE',
        speak: MENU_SPOKEN,
        suggestedActions: MENU_SHOWN,
      });
      const many = toActivity({ text: 'Kies', buttons: eleven });
      const rendered = renderForChannel(many, channel);
      expect(rendered.suggestedActions?.actions).toStrictEqual(numberedAs(...eleven.map((b) => b.title)));
      expect(rendered.speak).toBe(`Kies Kies: ${eleven.map((b) => b.title).join(', ')}.`);
      expect(rendered.attachments).toBeUndefined();
    });
  }

  it('When a question reads a typed number as its own answer (years of work), Then its buttons show no number, on every channel', () => {
    const years = toActivity({
      text: 'Hoe lang?',
      buttons: buttons('Minder dan 7 jaar', '7 jaar of meer', 'Ik weet het niet'),
      unnumbered: true,
    });
    const plain = ['Minder dan 7 jaar', '7 jaar of meer', 'Ik weet het niet'].map((title) => ({ type: 'imBack', title, value: title }));
    for (const channel of ['webchat', 'msteams'])
      expect(renderForChannel(years, channel, 'nl').suggestedActions?.actions).toStrictEqual(plain);
    const message = messageOf(years);
    expect(message?.unnumbered).toBe(true);
    const [payload] = renderWhatsApp(message ?? { text: '' }, TO, labels);
    const shown = (payload as { interactive: { action: { buttons: { reply: { id: string; title: string } }[] } } }).interactive.action
      .buttons;
    // A tap still sends the full title (the id), never a bare number.
    expect(shown.map((b) => b.reply)).toStrictEqual([
      { id: '1:Minder dan 7 jaar', title: 'Minder dan 7 jaar' },
      { id: '2:7 jaar of meer', title: '7 jaar of meer' },
      { id: '3:Ik weet het niet', title: 'Ik weet het niet' },
    ]);
  });

  it('When a channel is not one the bot knows (a test adapter included), Then it gets what Web Chat gets', () => {
    const withPhone = toActivity({ text: 'Bel gratis 0800 30 700.', buttons: buttons('Ja') });
    expect(renderForChannel(withPhone, 'test', 'nl')).toStrictEqual(renderForChannel(withPhone, 'webchat', 'nl'));
    expect(renderForChannel(withPhone, 'test', 'nl').text).toBe('Bel gratis [0800 30 700](tel:080030700).');
  });

  it('When Teams gets 3 answers, Then they stay suggested actions, read out after the text', () => {
    const three = toActivity({ text: 'Was dit duidelijk?', buttons: buttons('Ja', 'Nee', 'Eenvoudiger') });
    expect(renderForChannel(three, 'msteams', 'nl')).toStrictEqual({
      ...three,
      locale: 'nl-BE',
      speak: 'Was dit duidelijk? Kies: Ja, Nee, Eenvoudiger.',
      suggestedActions: { to: [], actions: numberedAs('Ja', 'Nee', 'Eenvoudiger') },
    });
  });

  it('When Teams gets a 4th answer, Then all 4 move to a hero card of imBack buttons, since Teams shows only 3 suggested actions', () => {
    const rendered = renderForChannel(menu, 'msteams', 'nl');
    expect(rendered).toStrictEqual({
      type: 'message',
      text: 'Waar kan ik je mee helpen?',
      speak: MENU_SPOKEN,
      locale: 'nl-BE',
      textFormat: 'plain',
      inputHint: 'expectingInput',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.hero',
          content: {
            buttons: numberedAs('Uitleg', 'Voorwaarden', 'Afspraak maken', 'Meer'),
          },
        },
      ],
    });
  });

  it('When a message has a tap-to-call button, Then web chat keeps it and Teams (which cannot open tel: links) drops it', () => {
    const withCall = { ...toActivity({ text: 'Bel gratis 0800 30 700.', buttons: [{ value: 'leave', title: 'Stoppen met wachten' }] }) };
    const actions = [...(withCall.suggestedActions?.actions ?? []), { type: 'call', title: 'Bel 0800 30 700', value: 'tel:080030700' }];
    const activity = { ...withCall, suggestedActions: { to: [], actions } };

    expect(renderForChannel(activity, 'directline').suggestedActions?.actions.map((a) => [a.type, a.title])).toEqual([
      ['imBack', '1. Stoppen met wachten'],
      ['call', 'Bel 0800 30 700'],
    ]);
    expect(renderForChannel(activity, 'msteams').suggestedActions?.actions.map((a) => a.type)).toEqual(['imBack']);
    const callOnly = { ...toActivity({ text: 'Bel gratis 0800 30 700.' }), suggestedActions: { to: [], actions: actions.slice(1) } };
    expect(renderForChannel(callOnly, 'msteams').suggestedActions).toBeUndefined();
  });

  it('When an activity has text but no speak (sent by other code), Then every channel gets speak = text', () => {
    for (const channel of ['webchat', 'directline', 'emulator', 'test', 'msteams']) {
      expect(renderForChannel({ type: 'message', text: 'Fijn!' }, channel).speak, channel).toBe('Fijn!');
    }
  });

  it('When an activity brings its own speak, Then it is kept as it is', () => {
    const own = { ...toActivity({ text: 'Fijn!', buttons: buttons('Ja') }), speak: '<speak>Fijn</speak>' };
    expect(renderForChannel(own, 'webchat').speak).toBe('<speak>Fijn</speak>');
  });

  it('When the activity is not a message or is for WhatsApp, Then it is left alone', () => {
    expect(renderForChannel({ type: 'typing' }, 'msteams')).toStrictEqual({ type: 'typing' });
    expect(renderForChannel(menu, 'whatsapp')).toBe(menu);
  });

  it('When a neutral activity is read back, Then it gives the message with each button sending its title', () => {
    expect(messageOf(menu)).toStrictEqual({
      text: 'Waar kan ik je mee helpen?',
      buttons: ['Uitleg', 'Voorwaarden', 'Afspraak maken', 'Meer'].map((t) => ({ title: t, value: t })),
    });
    expect(messageOf({ type: 'typing' })).toBeUndefined();
  });
});

describe('tappable phone numbers and web addresses, and choices read aloud, per channel', () => {
  const text = 'Kijk op vdab.be/loopbaancheques of bel gratis 0800 30 700.';
  const linked = 'Kijk op [vdab.be/loopbaancheques](https://vdab.be/loopbaancheques) of bel gratis [0800 30 700](tel:080030700).';
  const message = toActivity({ text, buttons: buttons('Ja', 'Nee') });

  for (const channel of ['webchat', 'directline', 'msteams']) {
    it(`When ${channel} gets a phone number and a web address, Then both are Markdown links with the text as label`, () => {
      const rendered = renderForChannel(message, channel, 'nl');
      expect(rendered.text).toBe(linked);
      expect(rendered.textFormat).toBe('markdown');
      expect(rendered.speak).toBe(`${text} Kies: Ja, Nee.`);
      expect(plainTextOf(rendered)).toBe(text);
    });
  }

  it('When a number is written from abroad or as a mobile number, Then it links to the digits with +32 kept', () => {
    const rendered = renderForChannel(toActivity({ text: 'Bel +32 2 508 38 11 of 0470 12 34 56.' }), 'webchat');
    expect(rendered.text).toBe('Bel [+32 2 508 38 11](tel:+3225083811) of [0470 12 34 56](tel:0470123456).');
  });

  it('When a message has no number or address, Then it stays plain text', () => {
    expect(renderForChannel(menu, 'webchat', 'nl').textFormat).toBe('plain');
    expect(renderForChannel(menu, 'webchat', 'nl').text).toBe('Waar kan ik je mee helpen?');
  });

  it('When text with links also holds what the user typed, Then their * _ [ ] stay as typed and cannot make a link', () => {
    const rendered = renderForChannel(toActivity({ text: 'Naam: [klik](javascript:alert(1)) *Jan_de*\nBel 0800 30 700.' }), 'webchat');
    expect(rendered.text).toBe('Naam: \\[klik\\](javascript:alert(1)) \\*Jan\\_de\\*\n\nBel [0800 30 700](tel:080030700).');
    expect(plainTextOf(rendered)).toBe('Naam: [klik](javascript:alert(1)) *Jan_de*\nBel 0800 30 700.');
  });

  it('When a booking names its map address, Then web chat shows a short link label; WhatsApp keeps the address', () => {
    const map = 'https://www.openstreetmap.org/?mlat=51.053&mlon=3.725#map=17/51.053/3.725';
    const where = {
      nl: `Adres: Voorbeeldkaai 5, 9000 Gent\nBekijk op de kaart: ${map}`,
      en: `Address: Voorbeeldkaai 5, 9000 Gent\nSee on the map: ${map}`,
    };
    const nl = renderForChannel(toActivity({ text: where.nl }), 'webchat', 'nl');
    expect(nl.text).toBe(`Adres: Voorbeeldkaai 5, 9000 Gent\n\n[Bekijk op de kaart](${map})`);
    expect(plainTextOf(nl)).toBe(where.nl);
    expect(renderForChannel(toActivity({ text: where.en }), 'webchat', 'en').text).toBe(
      `Address: Voorbeeldkaai 5, 9000 Gent\n\n[See on the map](${map})`,
    );
    const fr = renderForChannel(toActivity({ text: `Adresse : Voorbeeldkaai 5, 9000 Gent\nVoir sur la carte : ${map}` }), 'webchat', 'fr');
    expect(fr.text).toMatch(new RegExp(`\\n\\n\\[Voir sur la carte\\]\\(${map.replace(/[?.#/]/g, '\\$&')}\\)$`));
    expect(plainTextOf(fr)).toBe(`Adresse : Voorbeeldkaai 5, 9000 Gent\nVoir sur la carte : ${map}`);
    // An address in the middle of a sentence stays as it is.
    expect(renderForChannel(toActivity({ text: `Zie ${map} voor de weg.` }), 'webchat', 'nl').text).toBe(
      `Zie [${map}](${map}) voor de weg.`,
    );
    const [payload] = renderWhatsApp({ text: where.nl }, TO, labels);
    expect((payload as TextPayload).text.body).toBe(where.nl);
  });

  it('When a message holds a map address, Then read-aloud says the label, never the address, and still names the answers', () => {
    const map = 'https://www.openstreetmap.org/?mlat=51.053&mlon=3.725#map=17/51.053/3.725';
    const booked = toActivity({ text: `Adres: Voorbeeldkaai 5, 9000 Gent\nBekijk op de kaart: ${map}`, buttons: buttons('Ja', 'Nee') });
    expect(renderForChannel(booked, 'directline', 'nl').speak).toBe(
      'Adres: Voorbeeldkaai 5, 9000 Gent\nBekijk op de kaart. Kies: Ja, Nee.',
    );
    const fr = renderForChannel(toActivity({ text: `Adresse : Voorbeeldkaai 5, 9000 Gent\nCarte : ${map}` }), 'webchat', 'fr');
    expect(fr.speak).toBe('Adresse : Voorbeeldkaai 5, 9000 Gent\nCarte.');
    const inSentence = renderForChannel(toActivity({ text: `Zie ${map} voor de weg.` }), 'msteams', 'nl');
    expect(inSentence.speak).toBe('Zie voor de weg.');
    // The text on screen keeps its link.
    expect(renderForChannel(booked, 'directline', 'nl').text).toContain(`(${map})`);
  });

  // Found by a blind persona probe: on WhatsApp the read-aloud text of a booking held the map address.
  it('When WhatsApp gets a message with a map address, Then only its speak changes: the text as read aloud, without the address', () => {
    const map = 'https://www.openstreetmap.org/?mlat=51.053&mlon=3.725#map=17/51.053/3.725';
    const withMap = toActivity({ text: `Adres: Voorbeeldkaai 5, 9000 Gent\nBekijk op de kaart: ${map}` });
    const shaped = renderForChannel(withMap, 'whatsapp');
    expect(shaped.speak).toBe('Adres: Voorbeeldkaai 5, 9000 Gent\nBekijk op de kaart.');
    expect(shaped.text).toBe(withMap.text);
  });

  it('When WhatsApp gets the same message, Then it stays plain text (WhatsApp links numbers itself)', () => {
    expect(renderForChannel(message, 'whatsapp')).toBe(message);
    const [payload] = renderWhatsApp({ text }, TO, labels);
    expect((payload as TextPayload).text.body).toBe(text);
  });

  it('When a French message has ? ! : ; after a space, Then that space does not break (U+00A0), in the text and on the buttons; taps send the words', () => {
    const question = toActivity({
      text: "Votre code : K7M3QX. C'est clair ? Super !",
      buttons: buttons('Oui', "C'est quoi un chèque carrière ?"),
    });
    for (const channel of ['webchat', 'msteams']) {
      const rendered = renderForChannel(question, channel, 'fr');
      expect(rendered.text, channel).toBe("Votre code\u00a0: K7M3QX. C'est clair\u00a0? Super\u00a0!");
      expect(rendered.suggestedActions?.actions.map((a) => [a.title, a.value])).toEqual([
        ['1. Oui', 'Oui'],
        ["2. C'est quoi un chèque carrière\u00a0?", "C'est quoi un chèque carrière ?"],
      ]);
      // The copy as the dialog wrote it, and read aloud as written.
      expect(plainTextOf(rendered)).toBe("Votre code : K7M3QX. C'est clair ? Super !");
      expect(rendered.speak?.startsWith("Votre code : K7M3QX. C'est clair ? Super !")).toBe(true);
    }
    // With links: the number and the address keep their own colons.
    const call = renderForChannel(toActivity({ text: 'Appelez le 0800 30 700 : c’est gratuit. Voir vdab.be ; merci.' }), 'webchat', 'fr');
    expect(call.text).toBe('Appelez le [0800 30 700](tel:080030700)\u00a0: c’est gratuit. Voir [vdab.be](https://vdab.be)\u00a0; merci.');
    expect(plainTextOf(call)).toBe('Appelez le 0800 30 700 : c’est gratuit. Voir vdab.be ; merci.');
    // Dutch and English are left as they are.
    expect(renderForChannel(toActivity({ text: 'Klaar ? Ja !' }), 'webchat', 'nl').text).toBe('Klaar ? Ja !');
  });

  it('When the message is French or English, Then the choices are read in that language', () => {
    const question = toActivity({ text: "C'est clair ?", buttons: buttons('Oui', 'Non', "C'est quoi un chèque carrière ?") });
    expect(renderForChannel(question, 'webchat', 'fr').speak).toBe("C'est clair ? Choisissez : Oui, Non, C'est quoi un chèque carrière.");
    expect(renderForChannel(question, 'webchat', 'fr').locale).toBe('fr-BE');
    expect(speakWithChoices('Was this clear?', ['Yes', 'No'], 'en')).toBe('Was this clear? Choose: Yes, No.');
    expect(renderForChannel({ ...question, locale: 'en-GB' }, 'webchat').speak).toBe(
      "C'est clair ? Choose: Oui, Non, C'est quoi un chèque carrière.",
    );
  });
});

describe('the render hook in the bot', () => {
  const run = async (channelId: string, ...texts: string[]): Promise<Partial<Activity>[]> => {
    const { app } = await composeTestBot();
    const adapter = new TestAdapter((context) => app.run(context), {
      channelId,
      conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: '' },
      from: { id: 'u1', name: 'u' },
      recipient: { id: 'bot', name: 'bot' },
    });
    for (const text of ['hallo', ...texts]) await adapter.processActivity({ type: 'message', text, locale: 'nl-BE' });
    return adapter.activeQueue.splice(0);
  };

  it('When a Teams user says hallo, Then the menu of 3 answers + Meer arrives as a hero card, with speak', async () => {
    const [greeting, menuActivity] = await run('msteams');
    expect(greeting?.speak).toBe(greeting?.text);
    expect(menuActivity?.suggestedActions).toBeUndefined();
    expect(menuActivity?.speak).toBe(
      'Waar kan ik je mee helpen? Kies: Wat is een loopbaancheque, Kan ik er een krijgen, Afspraak maken, Meer.',
    );
    expect(menuActivity?.attachments?.[0]?.content).toStrictEqual({
      buttons: ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer'].map((t, i) => ({
        type: 'imBack',
        title: `${i + 1}. ${t}`,
        value: t,
      })),
    });
  });

  it('When a Direct Line user says hallo, Then the same menu comes as 4 suggested actions', async () => {
    const [, menuActivity] = await run('directline');
    expect(menuActivity?.suggestedActions?.actions.map((a) => [a.title, a.value])).toEqual([
      ['1. Wat is een loopbaancheque?', 'Wat is een loopbaancheque?'],
      ['2. Kan ik er een krijgen?', 'Kan ik er een krijgen?'],
      ['3. Afspraak maken', 'Afspraak maken'],
      ['4. Meer', 'Meer'],
    ]);
    expect(menuActivity?.attachments).toBeUndefined();
  });

  it('When the user switches to French in the chat, Then every message from the switch on carries fr-BE and reads its choices in French', async () => {
    const activities = (await run('directline', 'Meer', 'Andere taal', 'Français')).filter((a) => a.type === 'message');
    const locales = activities.map((a) => a.locale);
    const switched = locales.indexOf('fr-BE');
    expect(switched).toBeGreaterThan(0);
    expect(locales.slice(0, switched).every((l) => l === 'nl-BE')).toBe(true);
    expect(locales.slice(switched).every((l) => l === 'fr-BE')).toBe(true);
    expect(activities.at(-1)?.speak).toMatch(/ Choisissez : .+\.$/);
  });
});

describe('rendering for WhatsApp', () => {
  const rowsOf = (payload: OutboundPayload | undefined) => (payload as ListPayload).interactive.action.sections[0]?.rows ?? [];

  it('When a message has no buttons, Then it is one text message without link preview', () => {
    expect(renderWhatsApp({ text: 'Fijn!' }, TO, labels)).toStrictEqual([
      { ...addressed, type: 'text', text: { body: 'Fijn!', preview_url: false } },
    ]);
  });

  it('When there are 3 answers that fit 20 characters with their number, Then they are numbered reply buttons whose ids carry the full title', () => {
    const seventeen = 'Zeventien tekens!';
    expect(`3. ${seventeen}`).toHaveLength(WHATSAPP_LIMITS.buttonTitle);
    expect(renderWhatsApp({ text: 'Was dit duidelijk?', buttons: buttons('Ja', 'Nee', seventeen) }, TO, labels)).toStrictEqual([
      {
        ...addressed,
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: 'Was dit duidelijk?' },
          action: {
            buttons: [
              { type: 'reply', reply: { id: '1:Ja', title: '1. Ja' } },
              { type: 'reply', reply: { id: '2:Nee', title: '2. Nee' } },
              { type: 'reply', reply: { id: `3:${seventeen}`, title: `3. ${seventeen}` } },
            ],
          },
        },
      },
    ]);
  });

  it('When there is a 4th answer, Then the answers become a list with the localised list button', () => {
    expect(
      renderWhatsApp(
        { text: 'Waar kan ik je mee helpen?', buttons: buttons('Uitleg', 'Voorwaarden', 'Afspraak maken', 'Meer') },
        TO,
        labels,
      ),
    ).toStrictEqual([
      listMessage(TO, 'Waar kan ik je mee helpen?', [
        { id: '1:Uitleg', title: '1. Uitleg' },
        { id: '2:Voorwaarden', title: '2. Voorwaarden' },
        { id: '3:Afspraak maken', title: '3. Afspraak maken' },
        { id: '4:Meer', title: '4. Meer' },
      ]),
    ]);
  });

  it('When a title is more than 20 characters with its number, Then it is not cut into a button but shown whole as a list row, and the tap maps back to it', () => {
    const title = 'Kan ik er een krijg'; // 19 characters, 22 with "2. "
    const [payload] = renderWhatsApp({ text: 'Kies', buttons: buttons('Ja', title) }, TO, labels);
    expect(payload?.type === 'interactive' && payload.interactive.type).toBe('list');
    const rows = rowsOf(payload);
    expect(rows[1]).toStrictEqual({ id: `2:${title}`, title: `2. ${title}` });
    expect(replyText(rows[1]?.id ?? '', rows[1]?.title ?? '')).toBe(title);
  });

  it('When a title is longer than a list row allows, Then it is shortened with "…", shown whole in the description, and the tap still sends the full title', () => {
    const title = 'Wat is een loopbaancheque precies?'; // 34
    const rows = rowsOf(renderWhatsApp({ text: 'Kies', buttons: buttons(title, 'Meer', 'Terug', 'Stop') }, TO, labels)[0]);
    expect(rows[0]).toStrictEqual({ id: `1:${title}`, title: '1. Wat is een loopbaanc…', description: title });
    expect(rows[0]?.title.length).toBeLessThanOrEqual(WHATSAPP_LIMITS.rowTitle);
    expect(replyText(rows[0]?.id ?? '', rows[0]?.title ?? '')).toBe(title);
  });

  it('When two titles would read the same once shortened, Then their numbers keep them apart, and each maps back to its own title', () => {
    const a = 'Een afspraak maken in Gent of Brugge';
    const b = 'Een afspraak maken in Antwerpen';
    const rows = rowsOf(renderWhatsApp({ text: 'Kies', buttons: buttons(a, b, 'Meer', 'Stop') }, TO, labels)[0]);
    expect(rows.map((r) => r.title)).toEqual(['1. Een afspraak maken…', '2. Een afspraak maken…', '3. Meer', '4. Stop']);
    expect(rows.every((r) => r.title.length <= WHATSAPP_LIMITS.rowTitle)).toBe(true);
    expect(rows.map((r) => replyText(r.id, r.title))).toEqual([a, b, 'Meer', 'Stop']);
  });

  it('When there are 11 answers, more than a list holds, Then they are numbered in the text and the user types the number', () => {
    const payloads = renderWhatsApp({ text: 'Kies je centrum.', buttons: eleven }, TO, labels);
    expect(payloads).toHaveLength(1);
    const body = (payloads[0] as TextPayload).text.body;
    expect(body).toBe(
      ['Kies je centrum.', '', ...eleven.map((b, i) => `${i + 1}. ${b.title}`), '', 'Typ het nummer van je keuze.'].join('\n'),
    );
  });

  it('When a text is longer than WhatsApp allows, Then it is split at sentence ends into messages below the limit, losing nothing', () => {
    const sentence = 'Dit is een zin van een lange uitleg over de loopbaancheque. ';
    const text = sentence.repeat(150).trim(); // 9000 characters
    const bodies = renderWhatsApp({ text }, TO, labels).map((p) => (p as TextPayload).text.body);
    expect(bodies).toHaveLength(3);
    for (const body of bodies) {
      expect(body.length).toBeLessThanOrEqual(WHATSAPP_LIMITS.textBody);
      expect(body.endsWith('loopbaancheque.')).toBe(true);
    }
    expect(bodies.join(' ')).toBe(text);
  });

  it('When a question with buttons is longer than an interactive body allows, Then the start goes first as text and the buttons carry the last part', () => {
    const intro = 'Eerst wat uitleg in een zin. '.repeat(50).trim(); // 1449
    const payloads = renderWhatsApp({ text: `${intro}\n\nWas dit duidelijk?`, buttons: buttons('Ja', 'Nee') }, TO, labels);
    expect(payloads.map((p) => p.type)).toEqual(['text', 'interactive']);
    const last = payloads[1];
    const body = last?.type === 'interactive' ? last.interactive.body.text : '';
    expect(body.length).toBeLessThanOrEqual(WHATSAPP_LIMITS.interactiveBody);
    expect(body.endsWith('Was dit duidelijk?')).toBe(true);
    expect(`${(payloads[0] as TextPayload).text.body} ${body}`.replace(/\s+/g, ' ')).toBe(`${intro} Was dit duidelijk?`);
  });

  it('When text has Markdown WhatsApp does not show, Then it becomes what WhatsApp shows', () => {
    const [payload] = renderWhatsApp({ text: '## Let op\n**Gratis:** zie [de website](https://www.vdab.be/loopbaancheques).' }, TO, labels);
    expect((payload as TextPayload).text.body).toBe('Let op\n*Gratis:* zie de website (https://www.vdab.be/loopbaancheques).');
  });
});

describe('splitText', () => {
  it('When one word is longer than the limit, Then only that word is cut', () => {
    expect(splitText('kort abcdefghij', 6)).toEqual(['kort', 'abcdef', 'ghij']);
  });

  it('When the limit is not a positive integer, Then it says so', () => {
    expect(() => splitText('x', 0)).toThrow(new RangeError('splitText(): limit must be a positive integer, got 0.'));
  });
});

describe('shortening a title', () => {
  it('When a question is one mark too long, Then it loses the question mark and keeps every word', () => {
    expect(shorten('2. Kan ik er een krijgen?', 24)).toBe('2. Kan ik er een krijgen');
  });

  it('When dropping the mark is not enough, Then it is cut at a word with "…"', () => {
    expect(shorten('3. Wat kost een loopbaancheque?', 24)).toBe('3. Wat kost een…');
    expect(shorten('Ja', 24)).toBe('Ja');
  });
});
