import { describe, expect, it } from 'vitest';
import {
  daysLaterSaid,
  findModeFilter,
  laterWordsOf,
  nameAndContactInWish,
  nameBesideContact,
  parseCallableContact,
  parseContact,
  parseCorrection,
  parseFirstName,
  placeInShortWish,
  placeInWish,
  type NameCorrectionWords,
  withoutDeniedModes,
} from '../../../dialogs/booking/parsers.js';
import { loadCentres } from '../../../src/booking/centres.js';
import { InMemoryCentreDirectory } from '../../../src/booking/directory.js';
import { loadPlaces, loadWalloonPlaces } from '../../../src/booking/places.js';
import { createI18n } from '../../../src/i18n/i18n.js';
import { plainTokens } from '../../../src/understanding/nlu/spelling.js';
import { normalize, tokens } from '../../../src/understanding/text.js';
import { Vocabulary } from '../../../src/understanding/vocabulary.js';

describe('parseFirstName', () => {
  const intros = [
    'ik heet',
    'ik ben',
    "je m'appelle",
    'k noem',
    'k noeme',
    'mijne naam is',
    'hij heet',
    'mijn cliënt heet',
    'het is voor mijn cliënt',
  ];
  const notNames = new Set(['ja', 'ok', 'nee', 'oui']);

  it.each([
    ['An', 'An'],
    // Two letters are a name; so is one sign of a script that writes names that way.
    ['Jo', 'Jo'],
    ['明', '明'],
    ['ik ben mohamed', 'Mohamed'],
    ['an-sofie', 'An-Sofie'],
    ["je m'appelle zoë", 'Zoë'],
    // Only the first name is kept, as the privacy note says.
    ['Jan de Smet', 'Jan'],
    ['dirk peeters', 'Dirk'],
    // One word may be a name and a word at once.
    ['Roos', 'Roos'],
    ['Will', 'Will'],
    ['Anne Claire', 'Anne'],
    // In dialect: the longer intro wins ("k noeme", not "k noem" + "E Marc").
    ['k noeme marc', 'Marc'],
    ['mijne naam is marc', 'Marc'],
    // Booking for someone else.
    ['hij heet Ahmed', 'Ahmed'],
    ['mijn cliënt heet Ahmed', 'Ahmed'],
    // A social worker booking for a client: the comma after the intro is no part of the name.
    ['het is voor mijn cliënt, Fatima El Amrani', 'Fatima'],
  ])('When "%s" is typed, Then the name is "%s"', (typed, name) => {
    expect(parseFirstName(typed, intros)).toStrictEqual({ ok: true, value: name, guess: true });
  });

  // "x" was taken as the name: a letter alone is a key hit.
  it.each(['0470 12 34 56', 'ander centrum', 'weet ik niet', 'wat kost dat', 'pas maintenant', 'x', 'ik ben a'])(
    'When the reply "%s" is not a name, Then the retry says what to type',
    (typed) => {
      expect(parseFirstName(typed, intros)).toStrictEqual({ ok: false, retry: { key: 'bookIntake:who.nameRetry' } });
    },
  );

  it.each(['ja', 'OK', 'nee', 'oui'])('When "%s" (a yes or no) is typed at the name, Then it is no name: the retry', (typed) => {
    expect(parseFirstName(typed, intros, notNames)).toStrictEqual({ ok: false, retry: { key: 'bookIntake:who.nameRetry' } });
  });

  /** The booking's words that are never a name: yes and no, and the words of the locale files (notNameWords). */
  const fillers = async (): Promise<Set<string>> => {
    const vocabulary = new Vocabulary(await createI18n());
    return new Set([...notNames, ...vocabulary.allLocales('understanding:notNameWords').flatMap((w) => plainTokens(w))]);
  };

  it.each([
    'ik ben terug',
    'kweet nie',
    'tis da',
    'Terug',
    'wacht efkes',
    'ben zo terug',
    'je suis de retour',
    'moment',
    "I'm back",
    'hold on',
  ])('When "%s" (everyday words, no name) is typed at the name, Then it is no name: the retry', async (typed) => {
    expect(parseFirstName(typed, [...intros, 'je suis', "i'm"], await fillers())).toStrictEqual({
      ok: false,
      retry: { key: 'bookIntake:who.nameRetry' },
    });
  });

  it.each([
    ['Ben', 'Ben'],
    ['ik ben Ben', 'Ben'],
    ['Roos', 'Roos'],
    ['Jan de Smet', 'Jan'],
    ['Anne Claire', 'Anne'],
  ])('When "%s" is typed, Then the words that are never a name leave it a name: "%s"', async (typed, name) => {
    expect(parseFirstName(typed, intros, await fillers())).toStrictEqual({ ok: true, value: name, guess: true });
  });

  it.each([
    ['Jan-Willem', 'Jan-Willem'],
    ['Marie Claire', 'Marie Claire'],
    ['anne sophie peeters', 'Anne Sophie'],
    ['Mohamed Ali', 'Mohamed Ali'],
    ['ik heet Marie Claire', 'Marie Claire'],
    ['mijn naam is Anne Sophie Peeters', 'Anne Sophie'],
    ["c'est Marie Claire", 'Marie Claire'],
    ['hij heet Mohamed Ali', 'Mohamed Ali'],
    // A surname is still left out.
    ['Dirk Peeters', 'Dirk'],
    ['Fatima El Amrani', 'Fatima'],
    ['Jan de Smet', 'Jan'],
  ])(
    'When the compound first name "%s" is typed with the words of the locale files, Then the whole first name is kept: "%s"',
    async (typed, name) => {
      const vocabulary = new Vocabulary(await createI18n());
      const givenNames = new Set(vocabulary.allLocalesNormalized('understanding:givenNames'));
      const nameIntros = vocabulary.allLocales('understanding:nameIntro');
      expect(parseFirstName(typed, nameIntros, await fillers(), [], givenNames)).toStrictEqual({ ok: true, value: name, guess: true });
    },
  );

  it.each([
    ['Jolien, 29 jaar', 'Jolien'],
    ['Jolien 29j', 'Jolien'],
    ['ik ben Jolien, 29 jaar oud', 'Jolien'],
    ["je m'appelle Fatou, 41 ans", 'Fatou'],
    ['Sam, 35 years old', 'Sam'],
  ])('When "%s" gives an age after the name, Then the name is "%s", said for sure', (typed, name) => {
    expect(parseFirstName(typed, intros, notNames, ['jaar', 'jaar oud', 'j', 'ans', 'years old'])).toStrictEqual({
      ok: true,
      value: name,
      guess: false,
    });
  });

  it.each(['29 jaar', 'ik ben 29 jaar'])('When "%s" gives an age and no name, Then it is no name: the retry', (typed) => {
    expect(parseFirstName(typed, intros, notNames, ['jaar'])).toStrictEqual({ ok: false, retry: { key: 'bookIntake:who.nameRetry' } });
  });
});

describe('nameBesideContact', () => {
  const words = {
    nameIntros: ['ik ben', "je m'appelle"],
    contactIntros: ['mijn gsm is', 'gsm', 'mail', 'en', 'mon numero est'],
    notNames: new Set(['ja']),
  };

  it.each([
    ['ik ben kevin mijn gsm is 0470 12 34 56', 'Kevin', { kind: 'phone', value: '+32470123456' }],
    ['Kevin 0470123456', 'Kevin', { kind: 'phone', value: '+32470123456' }],
    ['kevin, kevin@voorbeeld.be', 'Kevin', { kind: 'email', value: 'kevin@voorbeeld.be' }],
    ['An en gsm 0470/12.34.56', 'An', { kind: 'phone', value: '+32470123456' }],
    ["je m'appelle samira mon numero est 0485 11 22 33", 'Samira', { kind: 'phone', value: '+32485112233' }],
  ])('When "%s" is typed at the name, Then the name is %s and the contact is kept', (typed, name, contact) => {
    expect(nameBesideContact(typed, words)).toStrictEqual({ name, contact });
  });

  it.each(['Kevin', '0470 12 34 56', 'ja 0470 12 34 56', 'wat doe je met 0470 12 34 56', 'Kevin 0470 12'])(
    'When "%s" holds no name with a whole contact, Then nothing is read',
    (typed) => {
      expect(nameBesideContact(typed, words)).toBeUndefined();
    },
  );
});

describe('nameAndContactInWish', () => {
  const words = { nameIntros: ['ik ben', 'jsuis', "je m'appelle"], contactIntros: [], notNames: new Set(['ja']) };

  it.each([
    ['jsuis fatou 0485123456 je veux un rdv mercredi apres midi a anderlecht', 'Fatou', { kind: 'phone', value: '+32485123456' }],
    ['ik ben Kevin, 0470 12 34 56, ik wil een afspraak in Gent', 'Kevin', { kind: 'phone', value: '+32470123456' }],
  ])('When the booking is asked for with "%s", Then %s and the contact are kept', (wish, name, contact) => {
    expect(nameAndContactInWish(wish, words)).toStrictEqual({ name, contact });
  });

  it.each([
    // An everyday word after "ik ben" is no name; without a contact nothing is read.
    'ik ben werkloos 0470123456 ik wil een afspraak in gent',
    'ik ben Kevin en ik wil een afspraak in Gent',
    'jsuis fatou je veux un rdv',
  ])('When "%s" is the wish, Then no name and contact are taken from it', (wish) => {
    expect(nameAndContactInWish(wish, words)).toBeUndefined();
  });
});

describe('parseContact', () => {
  it('When a number stands in a sentence, Then it is the contact, in E.164', () => {
    expect(parseContact('mijn gsm is 0470 12 34 56')).toStrictEqual({ ok: true, value: { kind: 'phone', value: '+32470123456' } });
  });

  it('When someone says they have no mobile or e-mail, Then the retry says one of the three will do, or a person', () => {
    for (const said of ['ik heb geen gsm', "je n'ai pas d'e-mail", 'I do not have a phone']) {
      expect(parseContact(said, { noContact: ['geen gsm', "pas d'e-mail", 'do not have a phone'] })).toStrictEqual({
        ok: false,
        retry: { key: 'bookIntake:who.contactRetry.noMobile' },
      });
    }
    expect(parseContact('09 123 45 67', { noContact: ['geen gsm'] })).toStrictEqual({
      ok: true,
      value: { kind: 'phone', value: '+3291234567' },
    });
  });

  it('When someone else is the way to reach one, Then the retry asks for that number, and is sure it answers this question', async () => {
    const vocabulary = new Vocabulary(await createI18n());
    for (const said of ['via mijn zoon', 'ik heb geen gsm, bel mijn dochter', 'le numéro de mon fils', "my wife's number"]) {
      expect(parseContact(said, vocabulary), said).toStrictEqual({
        ok: false,
        retry: { key: 'bookIntake:who.contactRetry.viaOther' },
        decisive: true,
        sure: true,
        noMiss: true,
      });
    }
    expect(parseCallableContact('bel mijn zoon maar', vocabulary)).toMatchObject({
      retry: { key: 'bookIntake:who.contactRetry.viaOtherForCall' },
    });
    // A question about someone else is no way to reach one; nor does a number typed with a name need one.
    expect(parseContact('kan mijn zoon ook een afspraak maken', vocabulary)).toStrictEqual({
      ok: false,
      retry: { key: 'bookIntake:who.contactRetry.unclear' },
    });
    expect(parseContact('0470 12 34 56 van mijn zoon', vocabulary)).toStrictEqual({
      ok: true,
      value: { kind: 'phone', value: '+32470123456' },
    });
  });

  it('When two numbers are typed, Then the retry asks for one phone number', () => {
    expect(parseContact('0470 12 34 56 of 09 123 45 67')).toStrictEqual({ ok: false, retry: { key: 'bookIntake:who.contactRetry.phone' } });
  });
});

describe('parseCorrection', () => {
  /** The word lists of the locale files, as the booking dialog builds them. */
  const words = async (): Promise<NameCorrectionWords> => {
    const vocabulary = new Vocabulary(await createI18n());
    return {
      names: vocabulary.allLocales('understanding:nameCorrection.names'),
      fillers: new Set(vocabulary.allLocales('understanding:nameCorrection.fillers').flatMap((w) => tokens(w))),
      negations: vocabulary.negations,
      noWords: new Set(vocabulary.allLocales('understanding:nameCorrection.noWords').map(normalize)),
    };
  };

  it.each([
    ['nee, de naam moet Fatma zijn', 'Fatma'],
    ['ja maar de naam is fatma', 'Fatma'],
    ['naam: An-Sofie', 'An-Sofie'],
    ['de naam is Mohamed Ali', 'Mohamed'],
    ["non, le prénom c'est Fatma", 'Fatma'],
    ['no, the name should be Fatma', 'Fatma'],
    ['no my name is john not jon', 'John'],
    ["non mon prénom c'est karim pas kari", 'Karim'],
    ['nee de naam is Fatma niet Fatima', 'Fatma'],
    // A name alone after the no: were "Sorry, dat begreep ik niet", and a "ja" then booked the old name.
    ['nee het is Jan-Willem', 'Jan-Willem'],
    ['nee, Jan-Willem', 'Jan-Willem'],
    ["non c'est Karim", 'Karim'],
    ["no it's John", 'John'],
  ])('When "%s" is said at "Klopt dit?", Then the new first name is "%s"', async (said, firstName) => {
    expect(parseCorrection(said, await words())).toStrictEqual({ ok: true, value: { firstName } });
  });

  it('When a number or an e-mail address stands in the words, Then that is the new contact', async () => {
    expect(parseCorrection('nee, mijn nummer is 0470 99 98 88', await words())).toStrictEqual({
      ok: true,
      value: { contact: { kind: 'phone', value: '+32470999888' } },
    });
    expect(parseCorrection('mon mail est fatma@exemple.be', await words())).toStrictEqual({
      ok: true,
      value: { contact: { kind: 'email', value: 'fatma@exemple.be' } },
    });
  });

  it.each([
    'nee',
    'naam',
    'mijn naam is fout',
    'de naam is niet juist',
    'de naam is niet An maar Fatma',
    'het uur klopt niet',
    'nee het is fout',
    'nee toch niet',
    'nee Jan Willem Peeters',
  ])('When "%s" gives no new value, Then nothing is read: the question what to change comes', async (said) => {
    expect(parseCorrection(said, await words())).toStrictEqual({ ok: false });
  });
});

describe('placeInShortWish', () => {
  const directory = new InMemoryCentreDirectory(loadCentres(), loadPlaces());
  const named = (wish: string) => {
    const found = placeInShortWish(directory, wish);
    return found && 'places' in found ? found.places.map((p) => `${p.postcode} ${p.name}`) : found;
  };

  it('When a short wish names a place without "in", Then that place is meant', () => {
    expect(named('afspraak mechelen')).toEqual(['2800 Mechelen']);
    expect(named('rdv bruxelles')).toEqual(['1000 Bruxelles']);
    expect(named('afspraak maken sint-niklaas')).toEqual(['9100 Sint-Niklaas']);
    expect(named('afspraak gent niet online')).toEqual(['9000 Gent']);
  });

  it("When the whole message is a place's exact name, Then that place is meant; a typo is no name", () => {
    expect(named('Mechelen')).toEqual(['2800 Mechelen']);
    expect(named('mechlen')).toBeUndefined();
  });

  it('When the last word is no place or a place that is also a word, Then no place is read', () => {
    expect(named('afspraak maken')).toBeUndefined();
    expect(named('een afspraak morgen')).toBeUndefined();
    expect(named('afspraak boom')).toBeUndefined();
    expect(named('ik wil een afspraak maar niet in mechelen want dat is ver')).toBeUndefined();
  });
});

describe('placeInWish', () => {
  const directory = new InMemoryCentreDirectory(loadCentres(), loadPlaces(), loadWalloonPlaces());
  const prepositions = new Set(['in', 'te', 'bij', 'buurt', 'a', 'pres', 'at', 'near']);
  const named = (wish: string) => {
    const found = placeInWish(directory, wish, prepositions);
    return found && 'places' in found ? found.places.map((p) => `${p.postcode} ${p.name}`) : found;
  };

  // Were Laken, Kuringen, Geel, Lier and Hove: an everyday word one typo or two from a place's name.
  it.each([
    'wat moet ik doen om een afspraak te maken',
    'ik hoop het te krijgen',
    'dat is te veel',
    "j'ai du mal à lire",
    'I work at home',
  ])('When "%s" has an everyday word after "te", "à" or "at", Then that word is no place with a typo', (wish) => {
    expect(named(wish)).toBeUndefined();
  });

  it('When a place is named after such a word or with a typo of its own, Then it is still read', () => {
    expect(named('om een afspraak te maken in gent')).toEqual(['9000 Gent']);
    expect(named('ik woon te antwerpe')).toEqual(['2000 Antwerpen']);
    expect(named('ik woon in sint niklas')).toEqual(['9100 Sint-Niklaas']);
    expect(named('een afspraak in de pane')).toEqual(['8660 De Panne']);
    expect(named('in de buurt van gent')).toEqual(['9000 Gent']);
  });

  // Was De Klinge, a typo of "de liege".
  it('When a place in Wallonia is named as it is written, Then it is that place, not a Flemish one with a typo', () => {
    expect(named('un rendez-vous près de liège')).toEqual({ outside: true });
  });
});

describe('withoutDeniedModes', () => {
  it.each([
    ['geen video alleen voormiddag', 'alleen voormiddag'],
    ['niet via video, dinsdag', 'dinsdag'],
    ['liever niet online maar wel in de namiddag', 'maar wel in de namiddag'],
    ['pas en visio, le matin', 'le matin'],
    ['no video please, mornings', 'please, mornings'],
    // A refused day stays refused; a way of working not denied stays too.
    ['niet maandag online', 'niet maandag online'],
    ['online, niet op maandag', 'online, niet op maandag'],
  ])('When "%s" is typed, Then the time is read from "%s"', async (typed, left) => {
    expect(withoutDeniedModes(new Vocabulary(await createI18n()), typed)).toBe(left);
  });
});

describe('findModeFilter', () => {
  it('When "niet online" is typed, Then phone-only centres go too (the person wants to meet); "niet telefonisch" keeps online', async () => {
    const vocabulary = new Vocabulary(await createI18n());
    expect(findModeFilter(vocabulary, 'ik wil niet online')).toEqual({ without: ['online', 'phone'] });
    expect(findModeFilter(vocabulary, 'niet telefonisch')).toEqual({ without: ['phone'] });
    expect(findModeFilter(vocabulary, 'alleen online')).toEqual({ only: ['online'] });
  });

  it('When the no is in dialect ("mor nie online", "gene online"), Then it is still against online, never only online', async () => {
    const vocabulary = new Vocabulary(await createI18n());
    for (const typed of ['ik wil ne afspraak mor nie online', 'gene online', 'ni online aub'])
      expect(findModeFilter(vocabulary, typed), typed).toEqual({ without: ['online', 'phone'] });
  });
});

describe('daysLaterSaid', () => {
  it.each([
    ['kan het een dag later', 1],
    ['de dag erna', 1],
    ['twee dagen later', 2],
    ['een week later', 7],
    ['le lendemain', 1],
    ['deux jours plus tard', 2],
    ['a day later please', 1],
    ['two weeks later', 14],
  ] as const)('When "%s" is said, Then it is %i days after the day known', async (said, days) => {
    expect(daysLaterSaid(said, laterWordsOf(new Vocabulary(await createI18n())))).toBe(days);
  });

  it.each(['later', 'een dag', 'dinsdag', 'over twee dagen'])('When "%s" names no shift from a day, Then nothing is read', async (said) => {
    expect(daysLaterSaid(said, laterWordsOf(new Vocabulary(await createI18n())))).toBeUndefined();
  });
});
