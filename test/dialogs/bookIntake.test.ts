import { MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ELIGIBILITY_CHECK_VERSION, type EligibilityCheckState } from '../../src/bot/stateShapes.js';
import { converse, play, type Chat, type Line } from '../support/converse.js';
import { attachmentText, testBooking } from '../support/booking.js';

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
/** The way to a person (TalkToPersonDialog), as it is said in Dutch. */
const CONTACT: Line[] = [
  ['bot', 'Bel gratis naar VDAB op 0800 30 700.'],
  ['bot', 'Dat kan van maandag tot vrijdag, van 8.00 uur tot 16.30 uur.'],
  ['bot', 'Je vindt ook alle uitleg op vdab.be/loopbaancheques.'],
];

const DATE = '2026-11-26';

const NL_MENU = ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer'];
const FR_MENU = ["C'est quoi un chèque carrière ?", 'Puis-je en recevoir un ?', 'Prendre rendez-vous', 'Plus'];
const EN_MENU = ['What is a career cheque?', 'Can I get one?', 'Make an appointment', 'More'];

const GENT_CARDS_NL: Line[] = [
  ['bot', '1. Demo Loopbaancentrum Gent, 2 km\nVoorbeeldkaai 5, 9000 Gent\nGesprek: ter plaatse, online of wandelcoaching.'],
  ['bot', '2. Demo Loopbaancentrum Aalst, 25 km\nProefstraat 21, 9300 Aalst\nGesprek: online of telefonisch.'],
  ['bot', '3. Demo Loopbaancentrum Sint-Niklaas, 33 km\nDemostraat 8, 9100 Sint-Niklaas\nGesprek: ter plaatse of online.'],
  ['bot', 'Welk centrum kies je? Je kan ook typen: niet online.', ['Gent', 'Aalst', 'Sint-Niklaas', 'Meer']],
];

const startNl: Line[] = [
  ['user', 'hallo'],
  ['bot', 'Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.'],
  ['bot', 'Waar kan ik je mee helpen?', NL_MENU],
  ['user', 'afspraak maken'],
  ['bot', 'Ik zoek een loopbaancentrum voor je gratis eerste gesprek.'],
  ['bot', 'In welke gemeente zoek je een centrum? Typ de postcode of de naam.'],
];

function decodedIcs(chat: Chat): string {
  const withFile = chat.received.filter((m) => m.attachments?.length);
  expect(withFile).toHaveLength(1);
  const [file] = withFile[0]?.attachments ?? [];
  expect(file?.contentType).toBe('text/calendar');
  return attachmentText(file?.contentUrl);
}

describe('BookIntakeDialog', () => {
  it('When a Dutch user books with a typo in the town, a filter and a wrong number first, Then the stored booking is confirmed with an .ics', async () => {
    const booking = testBooking(DATE);
    const chat = await converse(
      [
        ...startNl,
        ['user', 'Gnet'],
        ...GENT_CARDS_NL,
        ['user', 'ik wil niet online'],
        ['bot', 'Oké. Dit zijn centra die niet alleen online werken.'],
        ...GENT_CARDS_NL,
        ['user', 'Gent'],
        ['bot', 'Hoe wil je het gesprek doen?', ['Ter plaatse', 'Wandelcoaching']],
        ['user', 'ter plaatse'],
        [
          'bot',
          'Deze uren zijn vrij:\n1. vrijdag 27 november om 12.00 uur\n2. vrijdag 27 november om 12.30 uur\n3. vrijdag 27 november om 13.00 uur\nWelk uur past voor jou?',
          ['vr 27 nov 12.00 uur', 'vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'Meer'],
        ],
        ['user', 'vr 27 nov 12.30 uur'],
        ['bot', 'We bewaren je voornaam en nummer of e-mail tot 30 dagen na het gesprek. Het centrum krijgt ze ook.'],
        ['bot', 'Wat is je voornaam?'],
        ['user', 'An'],
        ['bot', 'Op welk gsm-nummer of e-mailadres kan het centrum je bereiken?'],
        ['user', '0470 12 34'],
        ['bot', 'Dat nummer klopt niet. Typ het zo: 0470 12 34 56.'],
        ['user', '0470 12 34 56'],
        ['bot', 'Wil je de dag ervoor een herinnering?', ['Ja', 'Nee']],
        ['user', 'ja'],
        [
          'bot',
          'Je afspraak:\nWanneer: vrijdag 27 november om 12.30 uur\nWaar: Demo Loopbaancentrum Gent, Voorbeeldkaai 5, 9000 Gent\nHet gesprek is ter plaatse.\nVoor: An, +32470123456\nJe krijgt de dag ervoor een herinnering.',
        ],
        ['bot', 'Klopt dit?', ['Ja', 'Nee', 'Aanpassen']],
        ['user', 'ja'],
        ['bot', 'Je afspraak staat vast. Je code is K7M3QX.'],
        ['bot', 'Op vrijdag 27 november om 12.30 uur bij Demo Loopbaancentrum Gent.'],
        ['bot', 'Je gaat naar het centrum.'],
        ['bot', 'Adres: Voorbeeldkaai 5, 9000 Gent. Kaart: https://www.openstreetmap.org/?mlat=51.053&mlon=3.725#map=17/51.053/3.725'],
        ['bot', 'Het gesprek is gratis. Neem je vragen over werk en loopbaan mee.'],
        ['bot', 'Kan je toch niet? Typ dan: annuleer mijn afspraak.'],
        ['bot', 'Zet de afspraak in je agenda met dit bestand.'],
        ['bot', 'Je krijgt de dag ervoor een herinnering.'],
        ['bot', 'Kan ik je nog ergens mee helpen?', NL_MENU],
      ],
      { locale: 'nl-BE', date: DATE, booking: booking.parts },
    );

    const stored = await booking.store.get('K7M3QX');
    expect(stored).toMatchObject({
      code: 'K7M3QX',
      status: 'confirmed',
      centreId: 'demo-gent',
      mode: 'in_person',
      locale: 'nl',
      reminderOptIn: true,
      person: { firstName: 'An', phone: '+32470123456' },
      slot: { centreId: 'demo-gent', start: '2026-11-27T11:30:00.000Z', end: '2026-11-27T12:00:00.000Z' },
    });
    expect(stored?.person.email).toBeUndefined();
    expect(stored?.conversationReference).toMatchObject({ channelId: 'test', conversation: { id: 'conversation-1' } });
    expect(booking.notices).toEqual([['confirmed', 'K7M3QX']]);
    const ics = decodedIcs(chat);
    expect(ics).toContain('BEGIN:VCALENDAR\r\n');
    expect(ics).toContain('UID:K7M3QX@loopbaanbot\r\n');
    expect(ics).toContain('DTSTART:20261127T113000Z\r\n');
    expect(ics).toContain('DTEND:20261127T120000Z\r\n');
    expect(chat.received.find((m) => m.attachments)?.attachments?.[0]?.name).toBe('K7M3QX.ics');
  });

  it('When a French user types "sint niklaas", a day and a wrong e-mail on Web Chat, Then no reminder is offered and the booking holds the e-mail', async () => {
    const booking = testBooking(DATE);
    const chat = await converse(
      [
        ['user', 'bonjour'],
        ['bot', 'Bonjour ! Je suis Loopbaanbot, le bot du VDAB. Je vous aide avec le chèque carrière.'],
        ['bot', 'Comment puis-je vous aider ?', FR_MENU],
        ['user', 'Prendre rendez-vous'],
        ['bot', "Je cherche un centre d'orientation pour votre premier entretien gratuit."],
        ['bot', 'Dans quelle commune cherchez-vous un centre ? Tapez le code postal ou le nom.'],
        ['user', 'sint niklaas'],
        ['bot', '1. Demo Loopbaancentrum Sint-Niklaas, moins de 1 km\nDemostraat 8, 9100 Sint-Niklaas\nEntretien : sur place ou en ligne.'],
        ['bot', '2. Demo Loopbaancentrum Antwerpen, 19 km\nVoorbeeldstraat 1, 2000 Antwerpen\nEntretien : sur place, en ligne ou par téléphone.'],
        ['bot', '3. Demo Loopbaancentrum Aalst, 26 km\nProefstraat 21, 9300 Aalst\nEntretien : en ligne ou par téléphone.'],
        ['bot', 'Quel centre choisissez-vous ? Vous pouvez aussi taper : pas en ligne.', ['Sint-Niklaas', 'Antwerpen', 'Aalst', 'Plus']],
        ['user', '1'],
        ['bot', "Comment voulez-vous faire l'entretien ?", ['Sur place', 'En ligne']],
        ['user', 'Sur place'],
        [
          'bot',
          'Ces heures sont libres :\n1. lundi 30 novembre à 9 h\n2. lundi 30 novembre à 9 h 30\n3. lundi 30 novembre à 10 h\nQuelle heure vous convient ?',
          ['lun. 30 nov. 9 h', 'lun. 30 nov. 9 h 30', 'lun. 30 nov. 10 h', 'Plus'],
        ],
        ['user', 'mardi après-midi'],
        [
          'bot',
          'Ces heures sont libres :\n1. mardi 1 décembre à 13 h\n2. mardi 1 décembre à 13 h 30\n3. mardi 1 décembre à 14 h\nQuelle heure vous convient ?',
          ['mar. 1 déc. 13 h', 'mar. 1 déc. 13 h 30', 'mar. 1 déc. 14 h', 'Plus'],
        ],
        ['user', '3'],
        ['bot', "Nous gardons votre prénom et numéro ou e-mail jusqu'à 30 jours après l'entretien. Le centre les reçoit aussi."],
        ['bot', 'Quel est votre prénom ?'],
        ['user', 'Marie'],
        ['bot', 'À quel numéro de GSM ou adresse e-mail le centre peut-il vous joindre ?'],
        ['user', 'marie@exemple'],
        ['bot', "Cette adresse e-mail n'est pas correcte. Tapez-la ainsi : marie@exemple.be."],
        ['user', 'Marie@Exemple.be'],
        [
          'bot',
          "Votre rendez-vous :\nQuand : mardi 1 décembre à 14 h\nOù : Demo Loopbaancentrum Sint-Niklaas, Demostraat 8, 9100 Sint-Niklaas\nL'entretien a lieu sur place.\nPour : Marie, Marie@exemple.be",
        ],
        ['bot', "C'est correct ?", ['Oui', 'Non', 'Modifier']],
        ['user', 'oui'],
        ['bot', 'Votre rendez-vous est fixé. Votre code est K7M3QX.'],
        ['bot', 'Le mardi 1 décembre à 14 h chez Demo Loopbaancentrum Sint-Niklaas.'],
        ['bot', 'Vous allez au centre.'],
        ['bot', 'Adresse : Demostraat 8, 9100 Sint-Niklaas. Carte : https://www.openstreetmap.org/?mlat=51.165&mlon=4.142#map=17/51.165/4.142'],
        ['bot', "L'entretien est gratuit. Apportez vos questions sur le travail et la carrière."],
        ['bot', 'Vous ne pouvez pas venir ? Tapez alors : annuler mon rendez-vous.'],
        ['bot', 'Ajoutez le rendez-vous à votre agenda avec ce fichier.'],
        ['bot', 'Puis-je encore vous aider ?', FR_MENU],
      ],
      { locale: 'fr-BE', date: DATE, booking: booking.parts, channelId: 'webchat' },
    );
    expect(await booking.store.get('K7M3QX')).toMatchObject({
      locale: 'fr',
      reminderOptIn: false,
      person: { firstName: 'Marie', email: 'Marie@exemple.be' },
      slot: { centreId: 'demo-sint-niklaas', start: '2026-12-01T13:00:00.000Z' },
    });
    expect((await booking.store.get('K7M3QX'))?.conversationReference).toBeUndefined();
    expect(decodedIcs(chat)).toContain('DTSTART:20261201T130000Z\r\n');
  });

  it('When the slot is taken between showing and confirming, Then the English user hears so, gets new choices and books another', async () => {
    const booking = testBooking(DATE);
    const chat = await converse(
      [
        ['user', 'hello'],
        ['bot', 'Hello! I am Loopbaanbot from VDAB. I help you with the career cheque.'],
        ['bot', 'What can I help you with?', EN_MENU],
        ['user', 'book'],
        ['bot', 'I will find a career centre for your free first meeting.'],
        ['bot', 'In which town are you looking for a centre? Type the postcode or the name.'],
        ['user', '9000'],
        ['bot', '1. Demo Loopbaancentrum Gent, 2 km\nVoorbeeldkaai 5, 9000 Gent\nMeeting: in person, online or while walking.'],
        ['bot', '2. Demo Loopbaancentrum Aalst, 25 km\nProefstraat 21, 9300 Aalst\nMeeting: online or by phone.'],
        ['bot', '3. Demo Loopbaancentrum Sint-Niklaas, 33 km\nDemostraat 8, 9100 Sint-Niklaas\nMeeting: in person or online.'],
        ['bot', 'Which centre do you choose? You can also type: not online.', ['Gent', 'Aalst', 'Sint-Niklaas', 'More']],
        ['user', 'only by phone'],
        ['bot', 'OK. These centres work by phone.'],
        ['bot', '1. Demo Loopbaancentrum Aalst, 25 km\nProefstraat 21, 9300 Aalst\nMeeting: online or by phone.'],
        ['bot', '2. Demo Loopbaancentrum Brussel, 50 km\nDemostraat 100, 1000 Brussel\nMeeting: in person, online or by phone.'],
        ['bot', '3. Demo Loopbaancentrum Antwerpen, 52 km\nVoorbeeldstraat 1, 2000 Antwerpen\nMeeting: in person, online or by phone.'],
        ['bot', 'Which centre do you choose? You can also type: not online.', ['Aalst', 'Brussel', 'Antwerpen', 'More']],
        ['user', 'Aalst'],
        [
          'bot',
          'These times are free:\n1. Friday 27 November at 12 pm\n2. Friday 27 November at 12.30 pm\n3. Friday 27 November at 1 pm\nWhich time suits you?',
          ['Fri 27 Nov 12 pm', 'Fri 27 Nov 12.30 pm', 'Fri 27 Nov 1 pm', 'More'],
        ],
        ['user', '1'],
        ['bot', 'We keep your first name and number or e-mail until 30 days after the meeting. The centre gets them too.'],
        ['bot', 'What is your first name?'],
        ['user', 'Sam'],
        ['bot', 'At which mobile number or e-mail address can the centre reach you?'],
        ['user', 'back'],
        ['bot', 'We keep your first name and number or e-mail until 30 days after the meeting. The centre gets them too.'],
        ['bot', 'What is your first name?'],
        ['user', 'Sam'],
        ['bot', 'At which mobile number or e-mail address can the centre reach you?'],
        ['user', '+31 6 12345678'],
        ['bot', 'Would you like a reminder the day before?', ['Yes', 'No']],
        ['user', 'no'],
        [
          'bot',
          'Your appointment:\nWhen: Friday 27 November at 12 pm\nWhere: Demo Loopbaancentrum Aalst, Proefstraat 21, 9300 Aalst\nThe meeting is by phone.\nFor: Sam, +31612345678',
        ],
        ['bot', 'Is this right?', ['Yes', 'No', 'Change']],
      ],
      { locale: 'en-GB', date: DATE, booking: booking.parts },
    );

    // Someone else takes the same slot before the user says yes.
    const [first] = await booking.parts.slots.freeSlots('demo-aalst', { from: new Date(`${DATE}T12:00:00+01:00`), limit: 1 });
    expect(first?.start).toBe('2026-11-27T11:00:00.000Z');
    const other = await booking.store.reserve({
      centreId: 'demo-aalst',
      slot: first!,
      person: { firstName: 'Jo', phone: '+32470000000' },
      locale: 'nl',
      mode: 'phone',
      reminderOptIn: false,
    });
    expect(other).toMatchObject({ ok: true, booking: { code: 'K7M3QX' } });

    await play(chat, [
      ['user', 'yes'],
      ['bot', 'This time was just taken. Choose another time.'],
      [
        'bot',
        'These times are free:\n1. Friday 27 November at 12.30 pm\n2. Friday 27 November at 1 pm\n3. Friday 27 November at 1.30 pm\nWhich time suits you?',
        ['Fri 27 Nov 12.30 pm', 'Fri 27 Nov 1 pm', 'Fri 27 Nov 1.30 pm', 'More'],
      ],
      ['user', '1'],
      [
        'bot',
        'Your appointment:\nWhen: Friday 27 November at 12.30 pm\nWhere: Demo Loopbaancentrum Aalst, Proefstraat 21, 9300 Aalst\nThe meeting is by phone.\nFor: Sam, +31612345678',
      ],
      ['bot', 'Is this right?', ['Yes', 'No', 'Change']],
      ['user', 'yes'],
      ['bot', 'Your appointment is booked. Your code is R8T2WA.'],
      ['bot', 'On Friday 27 November at 12.30 pm at Demo Loopbaancentrum Aalst.'],
      ['bot', 'The meeting is by phone. The centre will contact you.'],
      ['bot', 'Address: Proefstraat 21, 9300 Aalst. Map: https://www.openstreetmap.org/?mlat=50.939&mlon=4.038#map=17/50.939/4.038'],
      ['bot', 'The meeting is free. Bring your questions about work and career.'],
      ['bot', 'Can you not come after all? Then type: cancel my appointment.'],
      ['bot', 'Add the appointment to your calendar with this file.'],
      ['bot', 'Can I help you with anything else?', EN_MENU],
    ]);
    expect(await booking.store.get('R8T2WA')).toMatchObject({
      mode: 'phone',
      person: { firstName: 'Sam', phone: '+31612345678' },
      slot: { start: '2026-11-27T11:30:00.000Z' },
    });
    expect((await booking.store.list()).map((b) => [b.code, b.slot.start])).toEqual([
      ['K7M3QX', '2026-11-27T11:00:00.000Z'],
      ['R8T2WA', '2026-11-27T11:30:00.000Z'],
    ]);
    expect(booking.notices).toEqual([['confirmed', 'R8T2WA']]);
    expect(decodedIcs(chat)).toContain('UID:R8T2WA@loopbaanbot\r\n');
  });

  it('When the postcode is in Wallonia, Then the bot says so and offers centres that work online, without distances', () =>
    converse(
      [
        ...startNl,
        ['user', '5000'],
        ['bot', 'Die plaats ligt niet in Vlaanderen of Brussel.'],
        ['bot', 'De loopbaancheque geldt bij centra in Vlaanderen en Brussel. Een gesprek online of via de telefoon kan ook.'],
        ['bot', 'Wat wil je doen?', ['Online gesprek', 'Gesprek via telefoon', 'Met iemand praten']],
        ['user', 'online gesprek'],
        ['bot', '1. Demo Loopbaancentrum Brussel\nDemostraat 100, 1000 Brussel\nGesprek: ter plaatse, online of telefonisch.'],
        ['bot', '2. Demo Loopbaancentrum Vilvoorde\nDemokaai 15, 1800 Vilvoorde\nGesprek: ter plaatse of online.'],
        ['bot', '3. Demo Loopbaancentrum Aalst\nProefstraat 21, 9300 Aalst\nGesprek: online of telefonisch.'],
        ['bot', 'Welk centrum kies je? Je kan ook typen: niet online.', ['Brussel', 'Vilvoorde', 'Aalst', 'Meer']],
      ],
      { locale: 'nl-BE', date: DATE, booking: testBooking(DATE).parts },
    ));

  it('When the town is unknown twice, Then the bot stops asking and offers online, phone or a person', () =>
    converse(
      [
        ...startNl,
        ['user', 'Xyzzy'],
        ['bot', 'Die plaats ken ik niet. Typ de postcode, bijvoorbeeld 9000.'],
        ['user', 'Qwrtp'],
        ['bot', 'Ik vind die plaats niet in Vlaanderen of Brussel.'],
        ['bot', 'De loopbaancheque geldt bij centra in Vlaanderen en Brussel. Een gesprek online of via de telefoon kan ook.'],
        ['bot', 'Wat wil je doen?', ['Online gesprek', 'Gesprek via telefoon', 'Met iemand praten']],
        ['user', '3'],
        ...CONTACT,
        ['bot', 'Kan ik je nog ergens mee helpen?', NL_MENU],
      ],
      { locale: 'nl-BE', date: DATE, booking: testBooking(DATE).parts },
    ));

  it('When the question offers "Met iemand praten" and the user types it, Then it is that answer, not an interruption', () =>
    converse(
      [
        ...startNl,
        ['user', '5000'],
        ['bot', 'Die plaats ligt niet in Vlaanderen of Brussel.'],
        ['bot', 'De loopbaancheque geldt bij centra in Vlaanderen en Brussel. Een gesprek online of via de telefoon kan ook.'],
        ['bot', 'Wat wil je doen?', ['Online gesprek', 'Gesprek via telefoon', 'Met iemand praten']],
        ['user', 'met iemand praten'],
        ...CONTACT,
        ['bot', 'Kan ik je nog ergens mee helpen?', NL_MENU],
      ],
      { locale: 'nl-BE', date: DATE, booking: testBooking(DATE).parts },
    ));

  it('When the user asks for a person while typing a place, Then they get the way to a person and the same question again', () =>
    converse(
      [
        ...startNl,
        ['user', 'ik wil iemand spreken'],
        ...CONTACT,
        ['bot', 'In welke gemeente zoek je een centrum? Typ de postcode of de naam.'],
        ['user', '9000'],
        ['bot', /^1\. Demo Loopbaancentrum Gent/],
        ['bot', /^2\./],
        ['bot', /^3\./],
        ['bot', /^Welk centrum kies je\?/, ['Gent', 'Aalst', 'Sint-Niklaas', 'Meer']],
      ],
      { locale: 'nl-BE', date: DATE, booking: testBooking(DATE).parts },
    ));

  it('When the user says no at "Klopt dit?", Then nothing is booked', async () => {
    const booking = testBooking(DATE);
    await converse(
      [
        ...startNl,
        ['user', '9000'],
        ...GENT_CARDS_NL,
        ['user', 'wandelcoaching'],
        ['bot', 'Oké. Dit zijn centra die wandelcoaching werken.'],
        ['bot', '1. Demo Loopbaancentrum Gent, 2 km\nVoorbeeldkaai 5, 9000 Gent\nGesprek: ter plaatse, online of wandelcoaching.'],
        ['bot', '2. Demo Loopbaancentrum Brugge, 39 km\nVoorbeeldrei 2, 8000 Brugge\nGesprek: ter plaatse of wandelcoaching.'],
        ['bot', '3. Demo Loopbaancentrum Mechelen, 54 km\nDemolaan 12, 2800 Mechelen\nGesprek: ter plaatse of wandelcoaching.'],
        ['bot', 'Welk centrum kies je? Je kan ook typen: niet online.', ['Gent', 'Brugge', 'Mechelen', 'Meer']],
        ['user', '1'],
        [
          'bot',
          'Deze uren zijn vrij:\n1. vrijdag 27 november om 12.00 uur\n2. vrijdag 27 november om 12.30 uur\n3. vrijdag 27 november om 13.00 uur\nWelk uur past voor jou?',
          ['vr 27 nov 12.00 uur', 'vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'Meer'],
        ],
        ['user', '1'],
        ['bot', 'We bewaren je voornaam en nummer of e-mail tot 30 dagen na het gesprek. Het centrum krijgt ze ook.'],
        ['bot', 'Wat is je voornaam?'],
        ['user', 'An'],
        ['bot', 'Op welk gsm-nummer of e-mailadres kan het centrum je bereiken?'],
        ['user', '85.07.30-033.61'],
        ['bot', 'Je rijksregisternummer heb ik niet nodig. Typ je gsm-nummer of e-mailadres.'],
        ['user', '09 123 45 67'],
        ['bot', 'Wil je de dag ervoor een herinnering?', ['Ja', 'Nee']],
        ['user', 'nee'],
        [
          'bot',
          'Je afspraak:\nWanneer: vrijdag 27 november om 12.00 uur\nWaar: Demo Loopbaancentrum Gent, Voorbeeldkaai 5, 9000 Gent\nHet gesprek is een wandeling.\nVoor: An, +3291234567',
        ],
        ['bot', 'Klopt dit?', ['Ja', 'Nee', 'Aanpassen']],
        ['user', 'nee'],
        ['bot', 'Oké, ik maak geen afspraak.'],
        ['bot', 'Kan ik je nog ergens mee helpen?', NL_MENU],
      ],
      { locale: 'nl-BE', date: DATE, booking: booking.parts },
    );
    expect(await booking.store.list()).toEqual([]);
    expect(booking.notices).toEqual([]);
  });

  it('When the eligibility check was done for someone else, Then the name question asks for their name and the answers go with the booking', async () => {
    const booking = testBooking(DATE);
    const eligibilityCheck: EligibilityCheckState = {
      version: ELIGIBILITY_CHECK_VERSION,
      date: DATE,
      forWhom: 'other',
      said: { residence: 'flanders', work: 'employee' },
      input: { residence: 'flanders', work: 'employee' },
    };
    const storage = new MemoryStorage();
    await storage.write({ 'webchat/conversations/conversation-1/': { eligibilityCheck } });
    const chat = await converse(
      [
        ...startNl,
        ['user', '9000'],
        ...GENT_CARDS_NL,
        ['user', 'Aalst'],
        ['bot', 'Hoe wil je het gesprek doen?', ['Online', 'Telefoon']],
        ['user', 'telefoon'],
        [
          'bot',
          'Deze uren zijn vrij:\n1. vrijdag 27 november om 12.00 uur\n2. vrijdag 27 november om 12.30 uur\n3. vrijdag 27 november om 13.00 uur\nWelk uur past voor jou?',
          ['vr 27 nov 12.00 uur', 'vr 27 nov 12.30 uur', 'vr 27 nov 13.00 uur', 'Meer'],
        ],
        ['user', '1'],
        ['bot', 'We bewaren je voornaam en nummer of e-mail tot 30 dagen na het gesprek. Het centrum krijgt ze ook.'],
        ['bot', 'Wat is de voornaam van wie naar het gesprek gaat?'],
        ['user', 'Fatima'],
        ['bot', 'Op welk gsm-nummer of e-mailadres kan het centrum je bereiken?'],
      ],
      { locale: 'nl-BE', date: DATE, booking: booking.parts, storage, channelId: 'webchat' },
    );
    await play(chat, [
      ['user', '0032 486 11 22 33'],
      [
        'bot',
        'Je afspraak:\nWanneer: vrijdag 27 november om 12.00 uur\nWaar: Demo Loopbaancentrum Aalst, Proefstraat 21, 9300 Aalst\nHet gesprek is via de telefoon.\nVoor: Fatima, +32486112233',
      ],
      ['bot', 'Klopt dit?', ['Ja', 'Nee', 'Aanpassen']],
    ]);
    await chat.says('ja');
    expect(await booking.store.get('K7M3QX')).toMatchObject({ person: { firstName: 'Fatima', phone: '+32486112233' }, eligibility: eligibilityCheck });
  });
});
