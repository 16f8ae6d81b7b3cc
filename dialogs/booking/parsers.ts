import { MODES, type CentreDirectory, type Mode, type Place } from '../../src/booking/model.js';
import { haversineKm } from '../../src/booking/places.js';
import { understandContact } from '../../src/understanding/contact.js';
import { isEverydayWord, isEverydayWordForm } from '../../src/understanding/languageDetect.js';
import { numberAt, withoutYearsSince } from '../../src/understanding/years.js';
import { plainTokens } from '../../src/understanding/nlu/spelling.js';
import { closeTo, containsPhrase, editDistance, normalize, questionClauses, tokens } from '../../src/understanding/text.js';
import type { Vocabulary } from '../../src/understanding/vocabulary.js';
import type { ParseResult } from '../shared/ask.js';

/*
 * What the booking questions read from typed words: a place, a way of working, a first name, a
 * phone number or e-mail address. Each returns a ParseResult: a plain-JSON value, or the kind
 * retry that says what to type instead.
 */

/** Which ways of working the user asked for ("alleen telefonisch") or against ("niet online"). */
export interface ModeFilter {
  only?: Mode[];
  without?: Mode[];
}

/**
 * Where the user is: places to choose from, a place outside Flanders and Brussels (`lives`: the
 * user said they live there, in Wallonia), or one the bot cannot find.
 */
export type PlaceLookup = { places: Place[] } | { outside: true; lives?: true } | { unknown: true };

/**
 * Postcodes of Wallonia (1300–1499 Walloon Brabant, 4000–7999). The shipped place list has only
 * Flanders and Brussels, so such a postcode is known to be outside rather than mistyped.
 */
const WALLOON_POSTCODE = /\b(1[34]\d\d|[4-7]\d\d\d)\b/;

/** Places this close count as the same place for finding the nearest centres. */
const SAME_PLACE_KM = 10;

/**
 * A place: a postcode, or a place name (typos allowed only when the message is just the name).
 * After two misses it gives up with `unknown`, so the user is offered centres that work online or
 * by phone instead of being asked a third time.
 */
export function parsePlace(
  centres: CentreDirectory,
  text: string,
  attempt: number,
  vocabulary: Pick<Vocabulary, 'liveWords' | 'placeNamesThatAreWords' | 'placeWords' | 'clauseEnds'>,
): ParseResult {
  const found = findPlaceSaid(centres, text, vocabulary.placeWords);
  // A postcode, a short message that names a place, or a place said as where one lives ("ik woon
  // in Genk maar werk in Hasselt") is a place; a place inside a sentence may be part of a question
  // ("wat kost het in Gent?").
  const short = /\b\d{4}\b/.test(text) || text.trim().split(/\s+/).length <= 3;
  if (found) {
    const shown = 'places' in found ? found.places[0]?.name : undefined;
    return { ok: true, value: found, guess: !short && !livesAt(centres, text, vocabulary), ...(shown && { shown }) };
  }
  // "ik", "thuis", "bij mij": everyday words only, no place anyone knows of; where to type the postcode is said again.
  const words = plainTokens(text);
  if (words.length > 0 && words.every(isEverydayWord)) return { ok: false, retry: { key: 'bookIntake:where.simpler' } };
  if (attempt >= 2) return { ok: true, value: { unknown: true } satisfies PlaceLookup, guess: true };
  // "9999": a postcode no place has, most likely mistyped; "Typ de postcode" would ask for what was just typed.
  return { ok: false, retry: { key: /^\s*\d{4}\s*$/.test(text) ? 'bookIntake:where.unknownPostcode' : 'bookIntake:where.unknown' } };
}

/** The places a message names, or that it names a place outside Flanders and Brussels; undefined for neither. */
export function findPlace(centres: CentreDirectory, text: string): PlaceLookup | undefined {
  const found = centres.findPlaces(text);
  const [first] = found;
  if (first) {
    // "près de liège": a place in Wallonia named as it is written beats a typo of a Flemish one (De Klinge).
    const said = ` ${tokens(text).join(' ')} `;
    const asWritten = found.some((p) => said.includes(` ${tokens(p.name).join(' ')} `));
    if (!asWritten && centres.findOutside(text).length > 0) return { outside: true };
    // Places close together (one postcode, or one town's postcodes) are one answer; "Aalst" 9300 and
    // the Aalst of Sint-Truiden (3800) are not, so the user picks.
    const near = found.every((p) => p.postcode === first.postcode || haversineKm(p, first) <= SAME_PLACE_KM);
    return { places: near ? [first] : dedupe(found) };
  }
  return WALLOON_POSTCODE.test(text) || centres.findOutside(text).length > 0 ? { outside: true } : undefined;
}

/** The place in Flanders or Brussels `text` is exactly the name of ("maasmechelen" → "Maasmechelen"), no typo allowed. */
export function placeNamed(centres: CentreDirectory, text: string): string | undefined {
  const typed = normalize(text);
  return typed === '' ? undefined : centres.findPlaces(text).find((p) => normalize(p.name) === typed)?.name;
}

/**
 * The place a message names, as findPlace, or else a place right after "in", "te" or "à" with a
 * typo ("ik woon in antwerpe"): inside a sentence only that word may be a place name with a typo.
 */
export function findPlaceSaid(centres: CentreDirectory, text: string, placeWords: ReadonlySet<string>): PlaceLookup | undefined {
  return findPlace(centres, text) ?? placeInWish(centres, text, placeWords);
}

/**
 * The place a wish to book names ("ik wil een afspraak in Gent", "rendez-vous à Anvers", "9000"):
 * a postcode, or a place right after a word like "in", "te" or "près de". Other words of the
 * sentence are never read as places ("zo snel as mogelijk" is not the village As).
 */
export function placeInWish(centres: CentreDirectory, said: string, prepositions: ReadonlySet<string>): PlaceLookup | undefined {
  // "sinds 2015" is a year, never postcode 2015.
  const text = withoutYearsSince(said);
  if (/\b\d{4}\b/.test(text)) return findPlace(centres, text);
  const words = tokens(text);
  for (const [at, word] of words.entries()) {
    if (!prepositions.has(word)) continue;
    const after = words.slice(at + 1, at + 4);
    const found = findPlace(centres, after.join(' '));
    // "om een afspraak te maken", "j'ai du mal à lire", "I work at home": an everyday word there is
    // no place with a typo (Laken, Lier, Hove). A place whose name begins with a word said is ("in
    // sint niklas", "in de pane"), and so is one right after that word ("buurt van antwerpe").
    const typoOfAWord =
      found && 'places' in found && isEverydayWord(after[0]!) && !found.places.some((p) => after.includes(tokens(p.name)[0]!));
    if (typoOfAWord) {
      const next = after.length > 1 ? findPlace(centres, after.slice(1).join(' ')) : undefined;
      if (next) return next;
      continue;
    }
    if (found) return found;
  }
  return undefined;
}

/** The most words a place name has ("Sint-Martens-Latem" is one, "Sint Martens Latem" three). */
const MAX_PLACE_WORDS = 3;

/**
 * The words of a place named right after a word of living, without "in" ("ik woon antwerpen", "I
 * live antwerp", "j'habite anvers"): only a place's exact name, never with a typo nor one that is
 * also a word ("peer"), so "ik woon alleen", "I live here", "je vis seule" name no place.
 * `find` says which names count and how they are written back (default: the words of a place the
 * centres serve); `skip`: words allowed between ("in", "à": "ik woon in Luik").
 */
export function placeAfterLiving(
  centres: CentreDirectory,
  text: string,
  liveWords: readonly string[],
  namesThatAreWords: readonly string[],
  { find = (name: string) => (placeNamed(centres, name) ? name : undefined), skip = NO_WORDS }: PlaceAfterLivingOptions = {},
): string | undefined {
  const living = new Set(liveWords.flatMap((w) => tokens(w)));
  const notPlaces = new Set(namesThatAreWords.map(normalize));
  const words = tokens(text);
  for (const [at, word] of words.entries()) {
    if (!living.has(word)) continue;
    const from = skip.has(words[at + 1] ?? '') ? at + 2 : at + 1;
    for (let size = MAX_PLACE_WORDS; size >= 1; size--) {
      const said = words.slice(from, from + size);
      if (said.length < size) continue;
      const name = said.join(' ');
      const place = notPlaces.has(name) ? undefined : find(name);
      if (place) return place;
    }
  }
  return undefined;
}

/**
 * True when `text` says where one lives in Flanders or Brussels, in a clause that asks nothing:
 * "ik woon in Genk", "j'habite à Gand", and "ik woon in Genk maar wat kost het?" (the question is
 * another clause). "Woon ik in Gent?" asks.
 */
export function livesAt(
  centres: CentreDirectory,
  text: string,
  vocabulary: Pick<Vocabulary, 'liveWords' | 'placeNamesThatAreWords' | 'placeWords' | 'clauseEnds'>,
): boolean {
  return questionClauses(text, vocabulary.clauseEnds).some(
    (clause) =>
      !clause.includes('?') &&
      containsPhrase(clause, vocabulary.liveWords) &&
      placeAfterLiving(centres, clause, vocabulary.liveWords, vocabulary.placeNamesThatAreWords, { skip: vocabulary.placeWords }) !==
        undefined,
  );
}

/**
 * The place in Wallonia where `text` says the user lives ("ik woon in Luik", "j'habite liège",
 * "i live in 4000"), as the place list writes it; undefined for any other message.
 */
export function walloonHomeIn(
  centres: CentreDirectory,
  text: string,
  vocabulary: Pick<Vocabulary, 'liveWords' | 'placeNamesThatAreWords' | 'placeWords'>,
): string | undefined {
  if (!containsPhrase(text, vocabulary.liveWords)) return undefined;
  return placeAfterLiving(centres, text, vocabulary.liveWords, vocabulary.placeNamesThatAreWords, {
    find: (name) => centres.findOutside(name)[0]?.name,
    skip: vocabulary.placeWords,
  });
}

/**
 * A place in Wallonia named in a short message ("luik", "afspraak in liège", "rdv namur"): its
 * exact name among at most five words (findOutside allows no typo), or a Walloon postcode.
 */
export function outsideInShortWish(centres: CentreDirectory, text: string): PlaceLookup | undefined {
  const words = tokens(text);
  if (words.length === 0 || words.length > 5) return undefined;
  return WALLOON_POSTCODE.test(text) || centres.findOutside(words.join(' ')).length > 0 ? { outside: true } : undefined;
}

export interface PlaceAfterLivingOptions {
  find?: (name: string) => string | undefined;
  skip?: ReadonlySet<string>;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * A place named in a short message without "in" ("afspraak mechelen", "rdv bruxelles", "afspraak
 * gent niet online", or just "gent"): a place's exact name among at most five words, never a name
 * that is also a word ("boom", "peer"), so "afspraak maken" or "een afspraak morgen" name no place.
 */
export function placeInShortWish(centres: CentreDirectory, text: string): PlaceLookup | undefined {
  const words = tokens(text);
  if (words.length === 0 || words.length > 5) return undefined;
  const [first] = centres.findPlaces(words.join(' '));
  if (!first) return undefined;
  const name = normalize(first.name);
  return ` ${words.join(' ')} `.includes(` ${name} `) ? findPlace(centres, name) : undefined;
}

/** "ik wil niet online" → without online; "alleen telefonisch", "wandelcoaching" → only that. */
export function findModeFilter(vocabulary: Vocabulary, text: string): ModeFilter | undefined {
  const words = tokens(text);
  const said = (phrases: readonly string[]) =>
    phrases.some((phrase) => {
      const needed = tokens(phrase);
      return needed.length > 0 && needed.every((n) => words.some((w) => closeTo(w, n)));
    });
  const modes = MODES.filter((m) => said(vocabulary.choice(`mode_${m}`, `bookIntake:modes.button.${m}`).phrases));
  if (modes.length === 0) return undefined;
  const negated = said(vocabulary.choice('without', 'bookIntake:filter.without').phrases);
  // "Niet online" means meeting the coach: a centre that only talks by phone is no answer either.
  const without: Mode[] = modes.includes('online') && !modes.includes('phone') ? [...modes, 'phone'] : modes;
  return negated ? { without } : { only: modes };
}

const modeAndDenialCache = new WeakMap<Vocabulary, { modes: string[][]; denials: string[][] }>();

/** The words of every way of working and of every denial ("niet", "geen", "pas"), tokenised once per vocabulary. */
function modeAndDenialWords(vocabulary: Vocabulary): { modes: string[][]; denials: string[][] } {
  let words = modeAndDenialCache.get(vocabulary);
  if (!words) {
    const phrases = (ids: readonly (readonly [string, string])[]) =>
      ids.flatMap(([id, label]) => vocabulary.choice(id, label).phrases.map((phrase) => tokens(phrase))).filter((t) => t.length > 0);
    words = {
      modes: phrases(MODES.map((m) => [`mode_${m}`, `bookIntake:modes.button.${m}`] as const)),
      denials: phrases([['without', 'bookIntake:filter.without']]),
    };
    modeAndDenialCache.set(vocabulary, words);
  }
  return words;
}

/** The longest word that may stand between a denial and a way of working ("via", "en", "par"). */
const MAX_WORD_BETWEEN = 4;

/**
 * `text` without the ways of working it refuses ("geen video alleen voormiddag" → "alleen
 * voormiddag"): a denial with a way of working after it says nothing about time, and left in, it
 * reads as a time refused. One short word may stand between ("niet via video", "pas en visio");
 * a longer one may be a day ("niet maandag online" keeps its Monday refused).
 */
export function withoutDeniedModes(vocabulary: Vocabulary, text: string): string {
  const pieces = text.split(/\s+/u).filter((p) => p !== '');
  const words = pieces.map((p) => normalize(p));
  const { modes, denials } = modeAndDenialWords(vocabulary);
  const lengthAt = (candidates: readonly string[][], at: number, same: (typed: string, known: string) => boolean) =>
    Math.max(0, ...candidates.filter((c) => c.every((w, k) => same(words[at + k] ?? '', w))).map((c) => c.length));
  const kept: string[] = [];
  for (let at = 0; at < pieces.length; at++) {
    // A denial's words exactly ("ni", "no" are too short for typos); the way of working with a typo.
    const denial = lengthAt(denials, at, (typed, known) => typed === known);
    const between = words[at + denial] ?? '';
    const skips = between.length <= MAX_WORD_BETWEEN && !/\d/u.test(between) ? [0, 1] : [0];
    const gap = skips.find((skip) => denial > 0 && lengthAt(modes, at + denial + skip, closeTo) > 0);
    if (gap === undefined) {
      kept.push(pieces[at] ?? '');
      continue;
    }
    at += denial + gap + lengthAt(modes, at + denial + gap, closeTo) - 1;
  }
  return kept.join(' ');
}

/**
 * The words around a first name: before it ("ik heet"), before a contact ("mijn gsm is"), never one
 * ("ja", "terug"), and the units of an age said after it ("jaar").
 */
export interface NameWords {
  nameIntros: readonly string[];
  contactIntros: readonly string[];
  notNames: ReadonlySet<string>;
  ageUnits?: readonly string[];
  /** Given names that, after a first one, are part of it ("Marie Claire", "Mohamed Ali"): normalised. */
  givenNames?: ReadonlySet<string>;
}

/** Every language's name words of `vocabulary`, worked out once per vocabulary. */
const nameWordsMemo = new WeakMap<Vocabulary, NameWords>();

/** The words that read a first name (intros, what is never a name, given names), for every language. */
export function nameWordsOf(vocabulary: Vocabulary): NameWords {
  let words = nameWordsMemo.get(vocabulary);
  if (!words) {
    // "Marie Claire", "Mohamed Ali": a second given name is part of the first name.
    const givenNames = new Set(vocabulary.allLocalesNormalized('understanding:givenNames'));
    // "ja", "ok", "nee" at "Wat is je voornaam?" answer something else: one word of yes or no, but
    // for a given name ("jo" is a Flemish yes, and Jo a name). "terug", "kweet", "nie" neither:
    // "ik ben terug", "kweet nie" say something, they name nobody.
    const notNames = new Set([
      ...[...vocabulary.allLocales('understanding:synonyms.yes'), ...vocabulary.allLocales('understanding:synonyms.no')]
        .map(normalize)
        .filter((w) => !w.includes(' ') && !givenNames.has(w)),
      ...vocabulary.allLocales('understanding:notNameWords').flatMap((w) => plainTokens(w)),
    ]);
    words = {
      nameIntros: vocabulary.allLocales('understanding:nameIntro'),
      contactIntros: vocabulary.allLocales('understanding:contactIntro'),
      notNames,
      ageUnits: vocabulary.allLocales('understanding:ageUnits'),
      givenNames,
    };
    nameWordsMemo.set(vocabulary, words);
  }
  return words;
}

/** A phone number or e-mail address inside a message, as understandContact finds one. */
const CONTACT_INSIDE = /\S+@\S+|(?:\+|\b)[\d(][\d\s./\-()]{6,}\d/gu;

/** `text` without phone numbers and e-mail addresses: "0470 12 34 56" holds no postcode. */
export function withoutContacts(text: string): string {
  return text.replace(CONTACT_INSIDE, ' ');
}

/**
 * "0470 12 34 56", "mijn gsm is 0470 12 34 56", "an@voorbeeld.be": a phone number or e-mail address
 * said alone, with at most the words that introduce it (`contactIntros`); else undefined.
 */
export function contactAlone(text: string, contactIntros: readonly string[]): Contact | undefined {
  const contact = understandContact(text);
  if (!contact.ok) return undefined;
  let rest = ` ${withoutContacts(text).replace(/[,;:!?.]/g, ' ')} `;
  for (const intro of [...contactIntros].sort((a, b) => b.length - a.length)) {
    rest = rest.replace(new RegExp(`\\s${escapeRegExp(intro)}(?=\\s)`, 'giu'), ' ');
  }
  return rest.trim() === '' ? contactOf(contact) : undefined;
}

/** How the centre reaches the person: a phone number or an e-mail address, and maybe an e-mail address beside the number. */
export interface Contact {
  kind: 'phone' | 'email';
  value: string;
  /** "0478 12 34 56 of an@voorbeeld.be": the address typed with the number (`kind` 'phone'). */
  email?: string;
}

/** The contact understandContact found, as the booking keeps it (plain JSON). */
function contactOf(found: { kind: 'phone' | 'email'; value: string; email?: string }): Contact {
  return { kind: found.kind, value: found.value, ...(found.email !== undefined && { email: found.email }) };
}

/** A first name and the phone number or e-mail address said with it. */
export interface NameAndContact {
  name: string;
  contact: Contact;
}

/**
 * "ik ben Kevin, mijn gsm is 0470 12 34 56", "Kevin 0470123456": the first name said with a phone
 * number or e-mail address, which the next question then need not ask. The words that introduce
 * the contact (`contactIntros`: "mijn gsm is", "mail") go with it; what is left must be a name.
 */
export function nameBesideContact(text: string, words: NameWords): NameAndContact | undefined {
  const contact = understandContact(text);
  if (!contact.ok) return undefined;
  let rest = ` ${text.replace(CONTACT_INSIDE, ' ').replace(/[,;:!?]/g, ' ')} `;
  for (const intro of [...words.contactIntros].sort((a, b) => b.length - a.length)) {
    rest = rest.replace(new RegExp(`\\s${escapeRegExp(intro)}(?=\\s)`, 'giu'), ' ');
  }
  const name = parseFirstName(rest.trim(), words.nameIntros, words.notNames, words.ageUnits, words.givenNames);
  return name.ok && 'value' in name ? { name: name.value as string, contact: contactOf(contact) } : undefined;
}

/**
 * "jsuis fatou 0485123456 je veux un rdv mercredi": a first name and a phone number or e-mail
 * address said in the message that asked for the booking. Only with a contact (who types their
 * number means to give their details), and only the one word after a name intro that is no
 * common word ("ik ben werkloos, 0470…" names nobody).
 */
export function nameAndContactInWish(wish: string, words: NameWords): NameAndContact | undefined {
  const contact = understandContact(wish);
  if (!contact.ok) return undefined;
  const said = ` ${wish
    .toLowerCase()
    .replace(/[,;:!?.]/g, ' ')
    .replace(/\s+/g, ' ')} `;
  for (const intro of [...words.nameIntros].sort((a, b) => b.length - a.length)) {
    const at = said.indexOf(` ${intro.toLowerCase()} `);
    if (at < 0) continue;
    const [word = ''] = said
      .slice(at + intro.length + 2)
      .trim()
      .split(' ');
    const name = parseFirstName(`${intro} ${word}`, words.nameIntros, words.notNames);
    if (!name.ok || !('value' in name) || /\d/.test(word) || plainTokens(word).some(isEverydayWord)) return undefined;
    return { name: name.value as string, contact: contactOf(contact) };
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A first name: letters with spaces, dashes or apostrophes, at most three words. Words people put
 * before it ("ik heet An", "je m'appelle An", `intros`) are left out, and so is an age said after
 * it ("Jolien, 29 jaar": `ageUnits`); only the first name is kept ("Dirk Peeters": Dirk, as the
 * privacy note promises), with the given names that follow it as part of it ("Anne Sophie
 * Peeters": Anne Sophie; "Mohamed Ali": `givenNames`); a name typed all in lower case gets its capitals, as the
 * centre will read it. `notNames` ("ja", "ok", "non", "terug", "kweet", "nie") are words that say
 * something rather than name someone: a reply made only of them ("ik ben terug", "kweet nie", "tis
 * da") is never a name.
 */
export function parseFirstName(
  text: string,
  intros: readonly string[] = [],
  notNames: ReadonlySet<string> = new Set(),
  ageUnits: readonly string[] = [],
  givenNames: ReadonlySet<string> = new Set(),
): ParseResult {
  const lower = text.trim().toLowerCase();
  // The longest intro first: "k noeme" before "k noem".
  const intro = [...intros]
    .sort((a, b) => b.length - a.length)
    .find((i) => lower.startsWith(i.toLowerCase()) && /[\s,:;]/u.test(lower.charAt(i.length)));
  // "je m apelle Marie", "my nam is Marie", "mij naam is Marie": the intro mistyped, the name after it.
  const typed = intro ? [] : text.trim().split(/\s+/u);
  const mistyped = intro ? undefined : mistypedIntroLength(typed, intros, notNames);
  if (mistyped !== undefined) {
    const after = parseFirstName(typed.slice(mistyped).join(' '), [], notNames, ageUnits, givenNames);
    if (after.ok) return after;
  }
  const said = intro ? text.trim().slice(intro.length) : text;
  const withoutItsAge = withoutAge(said, ageUnits);
  // "Het is voor mijn cliënt, Fatima": the comma after the intro is no part of the name.
  const name = withoutItsAge
    .trim()
    .replace(/^[,:;\-\s]+/u, '')
    .replace(/\s+/g, ' ');
  const valid =
    /^\p{L}[\p{L}\p{M}'’ -]{0,39}$/u.test(name) &&
    // "x", "a": a key hit, no name (a name in one sign of another script may be one).
    !/^\p{Script=Latin}$/u.test(name) &&
    name.split(' ').length <= 3 &&
    !saysSomething(name, notNames) &&
    !notNames.has(normalize(name));
  // A name with an age ("Jolien, 29 jaar") is someone saying who they are, no guess: the
  // recognizer, which hears a question about the conditions in the age, must not go first.
  const guess = withoutItsAge === said;
  // Only the first name is kept, as the privacy note says: "dirk peeters" is Dirk. A compound first
  // name is one name: "Jan-Willem" by its dash, "Marie Claire" and "Mohamed Ali" by their given names.
  const [first = name, ...rest] = name.split(' ');
  const joined = rest.findIndex((word) => !givenNames.has(normalize(word)));
  const whole = [first, ...(joined < 0 ? rest : rest.slice(0, joined))].join(' ');
  return valid ? { ok: true, value: capitalised(whole), guess } : { ok: false, retry: { key: 'bookIntake:who.nameRetry' } };
}

/**
 * The first name said after an intro that opens `text` ("je m appel Marie", "my nam is Tom"), else
 * undefined: where a word of it also names something else ("appel", a call), the intro says it is a name.
 */
export function nameAfterIntro(text: string, words: NameWords): string | undefined {
  const typed = text.trim().split(/\s+/u);
  const said = tokens(text);
  const intro = introRunsOf(words.nameIntros).find(
    (run) => run.length > 0 && run.length < said.length && run.every((word, i) => said[i] === word),
  );
  const mistyped = intro ? undefined : mistypedIntroLength(typed, words.nameIntros, words.notNames);
  if (!intro && mistyped === undefined) return undefined;
  // "ik ben vrij op woensdag", "je suis disponible le mercredi", "ik ben Fatima haar mama": words
  // of the language after the intro say something; only given names and words no language has name someone.
  const rest = intro ? said.slice(intro.length) : plainTokens(typed.slice(mistyped).join(' '));
  // "je suis indépendante", "je suis perdue": a word of the language in another form says something too.
  if (rest.some((w) => !words.givenNames?.has(normalize(w)) && isEverydayWordForm(plainTokens(w).join('')))) return undefined;
  const name = parseFirstName(text, words.nameIntros, words.notNames, words.ageUnits, words.givenNames);
  return name.ok && 'value' in name ? (name.value as string) : undefined;
}

/**
 * A name typed alone where something else is asked ("Mohamed El Amrani", "Fatima" at the way of
 * talking): at most three words, each with a capital, the first a given name, none after it an
 * everyday word ("Marie komt ook" says something). Its first name, as parseFirstName keeps it.
 */
export function bareName(text: string, words: NameWords): string | undefined {
  const typed = text.trim().split(/\s+/u);
  if (typed.length > 3 || !typed.every((word) => /^\p{Lu}/u.test(word))) return undefined;
  const [first = '', ...rest] = typed;
  if (!words.givenNames?.has(normalize(first))) return undefined;
  if (rest.some((w) => !words.givenNames?.has(normalize(w)) && isEverydayWord(plainTokens(w).join('')))) return undefined;
  const name = parseFirstName(text, [], words.notNames, words.ageUnits, words.givenNames);
  return name.ok && 'value' in name ? (name.value as string) : undefined;
}

/** Each list of intros as words, the longest first, worked out once per list. */
const introRuns = new WeakMap<readonly string[], readonly (readonly string[])[]>();

function introRunsOf(intros: readonly string[]): readonly (readonly string[])[] {
  let runs = introRuns.get(intros);
  if (!runs) {
    runs = intros.map((intro) => tokens(intro)).sort((a, b) => b.length - a.length);
    introRuns.set(intros, runs);
  }
  return runs;
}

/** True when `text` starts with one of `intros` as typed, with more words after it ("ze heet Fatima"). */
export function opensWithIntro(text: string, intros: readonly string[]): boolean {
  const said = tokens(text);
  return intros.some((intro) => {
    const run = tokens(intro);
    return run.length > 0 && run.length < said.length && run.every((word, i) => said[i] === word);
  });
}

/** Each list of intros run together and its words, worked out once per list (the vocabulary keeps its lists). */
const introForms = new WeakMap<readonly string[], { joined: readonly string[]; words: ReadonlySet<string> }>();

/** The intros of `intros` that a typo may hide (two words or more, long enough) run together, and all their words. */
function introFormsOf(intros: readonly string[]): { joined: readonly string[]; words: ReadonlySet<string> } {
  let forms = introForms.get(intros);
  if (!forms) {
    const runs = intros.map((intro) => tokens(intro));
    const joined = runs.filter((run) => run.length >= 2).map((run) => run.join(''));
    forms = { joined: joined.filter((known) => known.length >= MIN_MISTYPED_INTRO), words: new Set(runs.flat()) };
    introForms.set(intros, forms);
  }
  return forms;
}

/** The most words a mistyped intro is looked for in ("je m ' appelle"). */
const MAX_INTRO_WORDS = 6;
/** Intros shorter than this, run together, are only taken as typed: one letter turns "k ben" into anything. */
const MIN_MISTYPED_INTRO = 6;

/**
 * How many of `words` (as typed, split at spaces) a name intro of `intros` takes with one typo in
 * it: "je m apelle", "my nam is", "mij naam is", "ik hiet". Words are compared run together, so
 * "je mapelle" and "je m'appelle" are one. Never a word of `notNames` that no intro has: "ik weet"
 * is one letter from "ik heet". Undefined when none fits, or nothing is left after it.
 */
export function mistypedIntroLength(
  words: readonly string[],
  intros: readonly string[],
  notNames: ReadonlySet<string> = new Set(),
): number | undefined {
  // Only the first few words can be an intro: a long message is not normalised word by word.
  const typed = words.slice(0, MAX_INTRO_WORDS + 1).map((word) => normalize(word).replace(/ /gu, ''));
  const { joined: knownIntros, words: introWords } = introFormsOf(intros);
  let best: { length: number; distance: number } | undefined;
  for (const known of knownIntros) {
    let joined = '';
    for (let length = 1; length <= typed.length && length < words.length; length++) {
      joined += typed[length - 1];
      if (joined.length > known.length + 1) break;
      if (joined.length < known.length - 1) continue;
      const distance = editDistance(joined, known, 1);
      if (distance <= 1 && (!best || distance < best.distance)) best = { length, distance };
    }
  }
  if (!best) return undefined;
  const said = words.slice(0, best.length).flatMap((word) => tokens(word));
  return said.some((word) => notNames.has(word) && !introWords.has(word)) ? undefined : best.length;
}

/** "Jolien, 29 jaar" → "Jolien": an age at the end (a number and `ageUnits`, "29 ans", "29 years old") is no part of a name. */
function withoutAge(text: string, ageUnits: readonly string[]): string {
  if (ageUnits.length === 0) return text;
  const units = [...ageUnits]
    .sort((a, b) => b.length - a.length)
    .map((u) => escapeRegExp(u).replace(/ /g, '\\s+'))
    .join('|');
  return text.replace(new RegExp(`[\\s,;:(-]+\\d{1,3}\\s*(?:${units})\\.?\\)?[\\s.!]*$`, 'iu'), '');
}

/**
 * Words that say something, not a name: all of them words that are never a name (`notNames`:
 * "terug", "kweet", "nie"), or two or three everyday words ("ander centrum", "geen idee"). One
 * everyday word alone may be both ("Roos", "Will"), so it stays a name.
 */
function saysSomething(name: string, notNames: ReadonlySet<string>): boolean {
  const words = plainTokens(name);
  if (words.length === 0) return false;
  return words.every((w) => notNames.has(w) || (words.length >= 2 && isEverydayWord(w)));
}

/** "mohamed" → "Mohamed", "an-sofie" → "An-Sofie"; a name typed with capitals stays as typed ("McAdam", "de Smet"). */
function capitalised(name: string): string {
  if (name !== name.toLowerCase()) return name;
  return name.replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** What a correction at "Klopt dit?" or "Wat wil je aanpassen?" says the new value is. */
export type Correction = { firstName: string } | { contact: Contact };

/** The words around a corrected name ("de naam moet Fatma zijn"): names for a name, and words that say nothing. */
export interface NameCorrectionWords {
  names: readonly string[];
  fillers: ReadonlySet<string>;
  /** "niet", "pas", "not": "mijn naam is John, niet Jon" ends with the name it replaces, which is dropped. */
  negations?: ReadonlySet<string>;
  /** "nummer", "numéro", "e-mail": what a correction names when it is about the contact, never a new name. */
  contactWords?: ReadonlySet<string>;
  /** "nee", "non", "no": a reply that opens with one and then says only a name corrects the name. */
  noWords?: ReadonlySet<string>;
}

/**
 * A new value said with the correction: a phone number or e-mail address anywhere in the words
 * ("nee, mijn nummer is 0470 99 98 88"), or a first name next to a word for it ("nee, de naam
 * moet Fatma zijn", "le prénom c'est Fatma"). Nothing else: a sentence without those is not read.
 */
export function parseCorrection(text: string, words: NameCorrectionWords): ParseResult {
  const contact = understandContact(text);
  if (contact.ok) return { ok: true, value: { contact: contactOf(contact) } satisfies Correction };
  if (!containsPhrase(text, words.names)) return nameAfterNo(text, words);
  const nameWords = new Set(words.names.flatMap((n) => tokens(n)));
  const saysNothing = (token: string) => nameWords.has(token) || words.fillers.has(token);
  // What is left is the name: "de naam is niet juist" leaves "niet juist", and an everyday word is no name here.
  const said = text.split(/[\s,.;:!?]+/u).filter((w) => w !== '');
  // "my name is John not Jon", "c'est Karim pas Kari": the old name said last is no part of the new one.
  const denied = said.length > 2 && words.negations?.has(normalize(said.at(-2) ?? '')) === true;
  const rest = (denied ? said.slice(0, -2) : said).filter((w) => !tokens(w).every(saysNothing));
  // "le nom est bon, mais pas le numéro": the number is what is wrong, never the new name "Numéro".
  if (rest.some((w) => words.contactWords?.has(normalize(w)))) return { ok: false };
  const name =
    rest.length >= 1 && rest.length <= 2 && !rest.some((w) => isEverydayWord(w.toLowerCase())) ? parseFirstName(rest.join(' ')) : undefined;
  return name?.ok && 'value' in name ? { ok: true, value: { firstName: name.value as string } satisfies Correction } : { ok: false };
}

/**
 * "nee, Jan-Willem", "nee het is Jan-Willem", "non c'est Karim", "no it's John": after the no, one
 * word that is no everyday word and nothing but small words ("het is", "c'est"): the name corrected.
 */
function nameAfterNo(text: string, words: NameCorrectionWords): ParseResult {
  const [first, ...rest] = text.split(/[\s,.;:!?]+/u).filter((w) => w !== '');
  if (first === undefined || words.noWords?.has(normalize(first)) !== true) return { ok: false };
  const left = rest.filter((w) => !tokens(w).every((token) => words.fillers.has(token)));
  const [said] = left;
  if (left.length !== 1 || said === undefined || isEverydayWord(said.toLowerCase())) return { ok: false };
  const name = parseFirstName(said);
  return name.ok && 'value' in name ? { ok: true, value: { firstName: name.value as string } satisfies Correction } : { ok: false };
}

/** How a reply without a number or address may say why: "ik heb geen gsm" (`noContact`), "via mijn zoon" (`reachesThroughSomeoneElse`). */
export type ContactWords = Partial<Pick<Vocabulary, 'noContact' | 'reachesThroughSomeoneElse'>>;

/**
 * A phone number or e-mail address; a national number or anything else gets a retry that says what
 * to type; "ik heb geen gsm" (`noContact`) hears that a landline will do, or a person; "via mijn
 * zoon" that that person's number will do, and it is this question's, never a wish read from
 * "mijn zoon" (the check). `call`: the centre calls, so only a number is asked for.
 */
export function parseContact(text: string, words: ContactWords = {}, call = false): ParseResult {
  const contact = understandContact(text);
  if (contact.ok) return { ok: true, value: contactOf(contact) };
  if (contact.looksLike === 'unclear' && words.reachesThroughSomeoneElse?.(text) === true) {
    const key = call ? 'viaOtherForCall' : 'viaOther';
    return { ok: false, retry: { key: `bookIntake:who.contactRetry.${key}` }, decisive: true, sure: true, noMiss: true };
  }
  const none = contact.looksLike === 'unclear' && containsPhrase(text, words.noContact ?? []);
  return { ok: false, retry: { key: `bookIntake:who.contactRetry.${none ? 'noMobile' : contact.looksLike}` } };
}

/** A number the centre can call (a meeting by phone): an e-mail address alone is asked again as a number. */
export function parseCallableContact(text: string, words: ContactWords = {}): ParseResult {
  const contact = understandContact(text);
  if (contact.ok && contact.kind === 'email') return { ok: false, retry: { key: 'bookIntake:who.contactRetry.emailForCall' } };
  return parseContact(text, words, true);
}

function dedupe(places: readonly Place[]): Place[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const key = `${p.postcode}|${p.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Another centre asked for: where, when a place is named ("liever in Aalst", "kan het in Gent?"); else anywhere ("ander centrum"). */
export interface OtherCentre {
  place?: PlaceLookup;
}

/**
 * "Ik wil naar een ander centrum", "kan het in een andere stad?", "liever aalst", "à Gand plutôt":
 * another centre is asked for, near the place named when there is one. A place counts only as a
 * wish names one (after "in", "à", or a short message with its exact name), so hours and days
 * ("zo snel mogelijk", "as soon as possible") name no place.
 */
export function otherCentreSaid(
  centres: CentreDirectory,
  text: string,
  placeWords: ReadonlySet<string>,
  otherCentreWords: readonly string[],
): OtherCentre | undefined {
  const wish = withoutContacts(text);
  const place = placeInWish(centres, wish, placeWords) ?? placeInShortWish(centres, wish);
  if (place) return { place };
  return containsPhrase(wish, otherCentreWords) ? {} : undefined;
}

/** The words of "een dag later", "le lendemain", "a week later" (locales `understanding:shiftLater`), every language. */
export interface LaterWords {
  dayUnits: ReadonlySet<string>;
  weekUnits: ReadonlySet<string>;
  later: readonly string[];
  nextDay: readonly string[];
}

/** The words of "een dag later" in every language of `vocabulary`. */
export function laterWordsOf(vocabulary: Vocabulary): LaterWords {
  const set = (key: string) => new Set(vocabulary.allLocalesNormalized(`understanding:shiftLater.${key}`));
  return {
    dayUnits: set('dayUnits'),
    weekUnits: set('weekUnits'),
    later: vocabulary.allLocales('understanding:shiftLater.later'),
    nextDay: vocabulary.allLocales('understanding:shiftLater.nextDay'),
  };
}

/** The most days a shift is read for ("twee weken later" is 14): further is no shift of a day. */
const MAX_DAYS_LATER = 28;

/**
 * How many days after a day already known a message asks for: "een dag later", "de dag erna", "le
 * lendemain", "deux jours plus tard", "a week later" (7); undefined when it names no such shift.
 */
export function daysLaterSaid(text: string, words: LaterWords): number | undefined {
  if (containsPhrase(text, words.nextDay)) return 1;
  const said = tokens(text);
  for (let at = 0; at < said.length; at++) {
    const number = numberAt(said, at);
    if (!number) continue;
    const unit = normalize(said[at + number.length] ?? '');
    const days = words.dayUnits.has(unit) ? 1 : words.weekUnits.has(unit) ? 7 : 0;
    const rest = said.slice(at + number.length + 1).join(' ');
    if (days > 0 && words.later.some((w) => rest === normalize(w) || rest.startsWith(`${normalize(w)} `))) {
      const total = number.value * days;
      return total >= 1 && total <= MAX_DAYS_LATER && Number.isInteger(total) ? total : undefined;
    }
  }
  return undefined;
}
