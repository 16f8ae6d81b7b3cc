import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { resources } from '../i18n/resources.js';
import { isEverydayWord } from '../understanding/languageDetect.js';
import { plainTokens } from '../understanding/nlu/spelling.js';
import { editDistance, normalize } from '../understanding/text.js';
import type { Place } from './model.js';

/**
 * The shipped postcode files (data/README.md): the Flemish and Brussels rows, Dutch names for
 * Brussels and for the Flemish places on the language border that the source names in French
 * ("Ronse"), French and English names of the larger Flemish cities ("Gand", "Antwerp"), and how
 * a chat shortens a name ("bxl"), which only finds the place and is never shown.
 */
export const POSTCODE_FILES = [
  'postcodes-flanders-brussels.csv',
  'postcodes-brussels-nl.csv',
  'postcodes-flanders-nl.csv',
  'postcodes-other-names-fr.csv',
  'postcodes-other-names-en.csv',
  'postcodes-other-names-short.csv',
] as const;

/** Places in Wallonia, where no recognised centre works: known so "ik woon in Luik" is understood. */
export const WALLONIA_FILES = ['postcodes-wallonia.csv', 'postcodes-wallonia-other-names.csv'] as const;

/**
 * Finds data/ by walking up from this module: it is two levels up when run from the sources and
 * three from dist/, and the data travels next to the build rather than inside it.
 */
export function dataDirectory(start = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'data', POSTCODE_FILES[0]))) return join(dir, 'data');
    dir = dirname(dir);
  }
  throw new Error(`data/${POSTCODE_FILES[0]} not found above ${start}`);
}

/** Parses `postcode,place,longitude,latitude` lines (no header; names may be double-quoted). */
export function parsePostcodeCsv(text: string): Place[] {
  const places: Place[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const match = /^(\d{4}),("([^"]*)"|[^,]*),(-?[\d.]+),(-?[\d.]+)$/.exec(line.trim());
    if (!match) throw new Error(`postcode data line ${index + 1} is not "postcode,place,longitude,latitude"`);
    const [, postcode = '', whole = '', quoted, lon = '', lat = ''] = match;
    places.push({ postcode, name: quoted ?? whole, lat: Number(lat), lon: Number(lon) });
  }
  return places;
}

/** Every place in Flanders and Brussels in the shipped postcode files. */
export function loadPlaces(directory = dataDirectory()): Place[] {
  return loadFiles(directory, POSTCODE_FILES);
}

/** Every place in Wallonia in the shipped postcode files. */
export function loadWalloonPlaces(directory = dataDirectory()): Place[] {
  return loadFiles(directory, WALLONIA_FILES);
}

/**
 * The language of the names in a file, where it has one: the Dutch names of Brussels and of Flemish
 * places on the language border ("Ronse" for "Renaix"), the French and English names of Flemish
 * cities, the Dutch names of Walloon towns. The main file mixes Dutch
 * (Flanders) and French (Brussels) official names.
 */
const FILE_LOCALES: Readonly<Record<string, Locale>> = {
  'postcodes-brussels-nl.csv': 'nl',
  'postcodes-flanders-nl.csv': 'nl',
  'postcodes-other-names-fr.csv': 'fr',
  'postcodes-other-names-en.csv': 'en',
  'postcodes-wallonia-other-names.csv': 'nl',
};

/** Rows of the `*-other-names*.csv` files are marked, so a postcode lists only the official names. */
function loadFiles(directory: string, files: readonly string[]): Place[] {
  return files.flatMap((file) => {
    const locale = FILE_LOCALES[file];
    return parsePostcodeCsv(readFileSync(join(directory, file), 'utf8')).map((place) => ({
      ...place,
      ...(file.includes('other-names') && { otherName: true as const }),
      ...(locale && { locale }),
    }));
  });
}

/** Belgium's provinces, and the Brussels-Capital Region, which has none. */
export type Province =
  | 'brussels'
  | 'walloon_brabant'
  | 'flemish_brabant'
  | 'antwerp'
  | 'limburg'
  | 'liege'
  | 'namur'
  | 'hainaut'
  | 'luxembourg'
  | 'west_flanders'
  | 'east_flanders';

/**
 * The first postcode of each province's range, in order: bpost gives every province one or two
 * blocks of postcodes (1000–1299 Brussels, 1300–1499 Walloon Brabant, 1500–1999 and 3000–3499
 * Flemish Brabant, …, 9000–9999 East Flanders).
 */
const PROVINCE_RANGES: readonly (readonly [number, Province])[] = [
  [1000, 'brussels'],
  [1300, 'walloon_brabant'],
  [1500, 'flemish_brabant'],
  [2000, 'antwerp'],
  [3000, 'flemish_brabant'],
  [3500, 'limburg'],
  [4000, 'liege'],
  [5000, 'namur'],
  [6000, 'hainaut'],
  [6600, 'luxembourg'],
  [7000, 'hainaut'],
  [8000, 'west_flanders'],
  [9000, 'east_flanders'],
];

/** The province of a Belgian postcode ("3800": Limburg, "9300": East Flanders); undefined for anything else. */
export function provinceOf(postcode: string): Province | undefined {
  if (!/^\d{4}$/.test(postcode)) return undefined;
  const code = Number(postcode);
  return PROVINCE_RANGES.findLast(([from]) => code >= from)?.[1];
}

/** Great-circle distance in kilometres (haversine; the earth as a sphere of radius 6371 km). */
export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Typos a typed place name may carry: one from four letters ("Gnet" → Gent), two from seven.
 * Our own rule rather than the chat-word budget: a place must match one of ~1,200 known names, so
 * a short name can afford a typo that a short word in a sentence cannot.
 */
export function placeTypoBudget(typed: string): number {
  return typed.length >= 7 ? 2 : typed.length >= 4 ? 1 : 0;
}

/**
 * Names compare without accents, case, dashes or spaces: "Sint-Niklaas" = "sint niklaas" =
 * "sintniklaas"; "Saint"/"Sint"/"Sainte" as a word are "st" ("Molenbeek-St-Jean", "st josse").
 */
const key = (text: string) =>
  normalize(text)
    .replace(/\b(?:saint|sainte|sint)\b/g, 'st')
    .replace(/ /g, '');

/**
 * Place names that are everyday words in one of the languages ("meer", "recht", "ans", "on",
 * "my"): inside a sentence such a word is no place ("heb ik daar recht op?" is not Recht in
 * Wallonia); only a message that is just the name, or the name after "in"/"à" (placeInWish), is.
 */
const PLACE_NAMES_THAT_ARE_WORDS: ReadonlySet<string> = new Set(
  LOCALES.flatMap((locale) => (resources[locale].understanding.placeNamesThatAreWords as string[]).map((word) => key(word))),
);

/**
 * A yes or a no, however it is written ("nint", "joa"), is never a place with a typo ("nint" is not
 * Lint), nor is a hello, a goodbye or a thank-you ("doei" is not Doel, "hoi" not Hoei): only the
 * exact name of a place can be such a word.
 */
const YES_OR_NO: ReadonlySet<string> = new Set(
  LOCALES.flatMap((locale) => {
    const { synonyms, neverAPlaceWithATypo } = resources[locale].understanding as {
      synonyms: Record<string, string[]>;
      neverAPlaceWithATypo: string[];
    };
    return [...(synonyms.yes ?? []), ...(synonyms.no ?? []), ...neverAPlaceWithATypo].map((word) => key(word));
  }),
);

/**
 * True when every word of a message is an everyday word of one of the languages: "voor mezelf" is
 * no Voormezele with a typo, though run together it is two letters away; "hier", "daar", "weet"
 * are no Lier, Laar, Reet. Such a message is a place only as its exact name ("Gent", "Meer").
 */
function everydayWords(query: string): boolean {
  const words = plainTokens(query);
  return words.length >= 1 && words.every(isEverydayWord);
}

/**
 * Looks places up by postcode or by name, tolerating typos (at most the typo budget of the name,
 * from src/understanding/text.ts). Exact names beat typo matches; fewer edits beat more.
 */
export class PlaceIndex {
  /** The official names of each postcode (what a typed postcode lists). */
  private readonly byPostcode = new Map<string, Place[]>();
  /** Every name of each postcode, in other languages too (nameIn). */
  private readonly allByPostcode = new Map<string, Place[]>();
  private readonly names: { key: string; place: Place; starts: ReadonlySet<string> }[];
  /** The places of each name's key, in file order: a sentence's every run of words is looked up here. */
  private readonly byKey = new Map<string, Place[]>();
  /**
   * The short names (four letters at most) of the well-known cities, those with a name in another
   * language ("Gent", "Gand"): three letters typed may be one letter off these ("gan").
   */
  private readonly shortWellKnown: { key: string; place: Place }[];

  constructor(places: readonly Place[]) {
    for (const place of places) {
      const all = this.allByPostcode.get(place.postcode) ?? [];
      all.push(place);
      this.allByPostcode.set(place.postcode, all);
      if (place.otherName) continue;
      const list = this.byPostcode.get(place.postcode) ?? [];
      list.push(place);
      this.byPostcode.set(place.postcode, list);
    }
    this.names = places.map((place) => ({ key: key(place.name), place, starts: wordStarts(place.name) }));
    for (const { key: name, place } of this.names) {
      const list = this.byKey.get(name) ?? [];
      list.push(place);
      this.byKey.set(name, list);
    }
    // The city itself, at the spot of its other names: "Mal" shares Tongeren's postcode, not its fame.
    const spot = (p: Place) => `${p.postcode}|${p.lat}|${p.lon}`;
    const wellKnown = new Set(places.filter((p) => p.otherName && p.locale !== undefined).map(spot));
    this.shortWellKnown = this.names.filter((n) => wellKnown.has(spot(n.place)) && n.key.length <= 4);
  }

  /**
   * The name of `place` in the chat's language: "ghenk" finds Ghent (9000), which a Dutch chat
   * calls Gent and a French one Gand. The names of the same postcode and spot are its names: the
   * one in `locale` where the files have it, else the official one (the main file's).
   */
  nameIn(place: Place, locale: Locale): string {
    const names = (this.allByPostcode.get(place.postcode) ?? []).filter((p) => p.lat === place.lat && p.lon === place.lon);
    const named = names.find((p) => p.locale === locale) ?? names.find((p) => !p.otherName && p.locale === undefined);
    return named?.name ?? place.name;
  }

  /**
   * Places for a postcode or a name, best first (at most `limit`); [] when nothing is close enough.
   * `exact`: a whole message must be the name itself, no typo nor a part of it.
   * Typos are allowed only when the whole message is the name ("Gnet"); inside a sentence a place
   * must be named exactly ("ik woon in Sint Niklaas"), so a word like "kost" never becomes Bost, and
   * a name that is also an everyday word ("recht", PLACE_NAMES_THAT_ARE_WORDS) is not read there.
   */
  find(query: string, limit = 10, options: { exact?: boolean } = {}): Place[] {
    const postcode = /\b(\d{4})\b/.exec(query)?.[1];
    if (postcode) return (this.byPostcode.get(postcode) ?? []).slice(0, limit);
    const asTyped = key(query);
    const exactOnly = options.exact === true || YES_OR_NO.has(asTyped) || everydayWords(query);
    // "Gent?": the name as typed, its question mark aside.
    const plain = key(plainTokens(query).join(' '));
    const whole = this.findName(asTyped).filter((place) => !exactOnly || key(place.name) === asTyped || key(place.name) === plain);
    if (whole.length > 0) return whole.slice(0, limit);
    const words = normalize(query)
      .split(' ')
      .filter((w) => w !== '');
    for (let size = Math.min(words.length, 4); size >= 1; size--) {
      for (let at = 0; at + size <= words.length; at++) {
        const typed = key(words.slice(at, at + size).join(' '));
        if (size === 1 && PLACE_NAMES_THAT_ARE_WORDS.has(typed)) continue;
        const exact = this.byKey.get(typed);
        if (exact) return sameSpotOnce(exact).slice(0, limit);
      }
    }
    return [];
  }

  private findName(typed: string): Place[] {
    // Two letters are a place only as its exact name ("As", "Lo"), never with a typo or as a start.
    if (typed.length < 3) return [...(this.byKey.get(typed) ?? [])];
    const found = this.findNameWithinBudget(typed);
    if (found.length > 0 || typed.length !== 3 || isEverydayWord(typed)) return found;
    // "gan" for Gand, "gnt" for Gent: three letters one letter off a well-known city's short name
    // (never an everyday word: "get" and "and" are no Gent).
    return sameSpotOnce(this.shortWellKnown.filter((n) => editDistance(typed, n.key, 1) <= 1).map((n) => n.place));
  }

  /** Names as typed, or with at most the typo budget of what was typed. */
  private findNameWithinBudget(typed: string): Place[] {
    const budget = placeTypoBudget(typed);
    // Tier 0: the exact name; tier 1: a name that starts with what was typed; tier 1 + n: n typos.
    const scored: { place: Place; tier: number; tieBreak: number }[] = [];
    for (const { key: name, place, starts } of this.names) {
      if (name === typed) scored.push({ place, tier: 0, tieBreak: 0 });
      else if (typed.length >= 4 && starts.has(typed)) scored.push({ place, tier: 1, tieBreak: name.length });
      else {
        const distance = editDistance(typed, name, budget);
        if (distance <= budget) scored.push({ place, tier: 1 + distance, tieBreak: 0 });
        // The start of a longer name, with a typo: "molenbek" for Molenbeek-Saint-Jean.
        else if (typed.length >= 7 && editDistance(typed, name.slice(0, typed.length), 1) <= 1)
          scored.push({ place, tier: 2.5, tieBreak: name.length });
      }
    }
    // Of two places with one name ("Aalst": 9300, and a part of Sint-Truiden at 3800), the one
    // alone at its postcode is the town itself rather than a part of another one (a Brussels
    // municipality's Dutch and French names are one place). A name that is in both languages'
    // names of a place ("molenbeek": Sint-Jans-Molenbeek and Molenbeek-Saint-Jean, not
    // Molenbeek-Wersbeek) is the better-known place.
    const sharing = (place: Place) => new Set(this.byPostcode.get(place.postcode)?.map((p) => `${p.lat}|${p.lon}`)).size;
    const named = (place: Place) => this.byPostcode.get(place.postcode)?.filter((p) => key(p.name).includes(typed)).length ?? 0;
    scored.sort(
      (a, b) =>
        a.tier - b.tier ||
        sharing(a.place) - sharing(b.place) ||
        named(b.place) - named(a.place) ||
        a.tieBreak - b.tieBreak ||
        a.place.postcode.localeCompare(b.place.postcode),
    );
    const best = scored[0]?.tier;
    return sameSpotOnce(scored.filter((s) => s.tier === best).map((s) => s.place));
  }
}

/**
 * The keys of a name's first words ("Molenbeek-Saint-Jean": molenbeek, molenbeekstjean): a name
 * typed in part starts it at a word's end, so "marc" (a first name) is no "Marchin".
 */
function wordStarts(name: string): ReadonlySet<string> {
  const words = normalize(name).split(' ');
  return new Set(words.slice(0, -1).map((_, i) => key(words.slice(0, i + 1).join(' '))));
}

/** Big cities have one place per postcode at the same spot ("Antwerpen" 2000, 2018, ...): one is enough. */
function sameSpotOnce(places: readonly Place[]): Place[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const same = `${p.name}|${p.lat}|${p.lon}`;
    if (seen.has(same)) return false;
    seen.add(same);
    return true;
  });
}
