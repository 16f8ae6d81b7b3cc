import type { Locale } from '../../i18n/locale.js';
import { editDistance } from '../text.js';

/**
 * Spoken-language and chat spellings mapped to the written word, per language: Flemish "da",
 * "wa", "ne" ("ik wil ne afspraak"), French "sa" for "ça", English "u", "pls". Applied to training
 * and input alike, so both meet in the middle.
 */
const CHAT_WORDS: Record<Locale, Readonly<Record<string, string>>> = {
  nl: {
    da: 'dat',
    wa: 'wat',
    wuk: 'wat',
    ne: 'een',
    nen: 'een',
    ene: 'een',
    n: 'een',
    ni: 'niet',
    nie: 'niet',
    nier: 'niet',
    zon: 'zo een',
    mijne: 'mijn',
    mijnen: 'mijn',
    mn: 'mijn',
    ge: 'je',
    gij: 'jij',
    gy: 'jij',
    u: 'je',
    uw: 'jouw',
    k: 'ik',
    kheb: 'ik heb',
    kwil: 'ik wil',
    kben: 'ik ben',
    kweet: 'ik weet',
    kunde: 'kun je',
    kunt: 'kun',
    hebde: 'heb je',
    hebbek: 'heb ik',
    zijde: 'ben je',
    zijt: 'bent',
    wilde: 'wil je',
    moete: 'moet je',
    moette: 'moet je',
    weette: 'weet je',
    wette: 'weet je',
    doede: 'doe je',
    bedoelde: 'bedoel je',
    ist: 'is het',
    isda: 'is dat',
    ma: 'maar',
    efkes: 'even',
    ekes: 'even',
    ff: 'even',
    me: 'met',
    asb: 'aub',
    ajb: 'aub',
    alstublieft: 'aub',
    alsjeblieft: 'aub',
    astemblieft: 'aub',
    astublieft: 'aub',
    neen: 'nee',
    oke: 'ok',
    okee: 'ok',
    okay: 'ok',
    nr: 'nummer',
    tel: 'telefoon',
    info: 'informatie',
    watte: 'wat',
    // West Flemish: "kan k doa ne cheque kriegn".
    kriegen: 'krijgen',
    kriegn: 'krijgen',
    krijgn: 'krijgen',
    krieg: 'krijg',
    kriegt: 'krijgt',
    doa: 'daar',
  },
  fr: {
    sa: 'ca',
    rdv: 'rendez vous',
    rendezvous: 'rendez vous',
    svp: 'plait',
    stp: 'plait',
    jsuis: 'je suis',
    chui: 'je suis',
    pk: 'pourquoi',
    pq: 'pourquoi',
    jveux: 'je veux',
    jvoudrais: 'je voudrais',
    jsais: 'je sais',
    jcomprends: 'je comprends',
    jcomprend: 'je comprends',
    comprend: 'comprends',
    jpeux: 'je peux',
    c: 'cest',
    koi: 'quoi',
    kel: 'quel',
    bcp: 'beaucoup',
    tt: 'tout',
    bjr: 'bonjour',
    slt: 'salut',
    cc: 'coucou',
    mrc: 'merci',
    dac: 'daccord',
    dacc: 'daccord',
    ya: 'il y a',
    tel: 'telephone',
    num: 'numero',
    qqn: 'quelquun',
    qqch: 'quelque chose',
    vs: 'vous',
    pr: 'pour',
    ds: 'dans',
    info: 'information',
    infos: 'informations',
  },
  en: {
    u: 'you',
    ya: 'you',
    r: 'are',
    ur: 'your',
    pls: 'please',
    plz: 'please',
    whats: 'what is',
    wat: 'what',
    hows: 'how is',
    thats: 'that is',
    dont: 'do not',
    doesnt: 'does not',
    didnt: 'did not',
    isnt: 'is not',
    cant: 'cannot',
    wont: 'will not',
    im: 'i am',
    ive: 'i have',
    wanna: 'want to',
    gonna: 'going to',
    gotta: 'have to',
    gimme: 'give me',
    lemme: 'let me',
    thx: 'thanks',
    thnx: 'thanks',
    ty: 'thanks',
    cya: 'see you',
    appt: 'appointment',
    info: 'information',
    okay: 'ok',
  },
};

/** Lower case, no accents, apostrophes joined ("c'est" → "cest"), no punctuation or emoji. */
export function plainTokens(text: string): string[] {
  const cleaned = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`´]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return cleaned === '' ? [] : cleaned.split(' ');
}

/**
 * One spelling for sounds people write in several ways. Dutch: "ij" and "ei" sound the same;
 * a final "d" or "dt" sounds like "t" (wie betaald/betaalt, hij vind/vindt); "cheque" is said "chek".
 * Both training text and input pass through this, so it only has to be consistent, not correct.
 */
function soundsLike(locale: Locale, word: string): string {
  if (locale !== 'nl') return word;
  return word
    .replace(/ij/g, 'ei')
    .replace(/y/g, 'ei')
    .replace(/que$/, 'k')
    .replace(/ques$/, 'ks')
    .replace(/dt$/, 't')
    .replace(/(?<=\w)d$/, 't');
}

/**
 * The words of `text` in the form the classifiers are trained on. A message of only question marks
 * ("??", "?!") has no words but does mean something: "I don't follow", the same as "huh".
 */
export function canonicalTokens(locale: Locale, text: string): string[] {
  const plain = plainTokens(text);
  if (plain.length === 0) return text.includes('?') ? ['huh'] : [];
  return plain.flatMap((token) => (CHAT_WORDS[locale][token] ?? token).split(' ')).map((token) => soundsLike(locale, token));
}

/**
 * Edits a word may need to be recognised: none up to 3 letters ("tom" became "kom": "ik kan niet
 * komen"), 1 up to 6, else 2. Six-letter words get one edit only: with two, real words became
 * keywords (parcel → cancel).
 */
function budget(word: string): number {
  if (word.length <= 3) return 0;
  if (word.length <= 6) return 1;
  return 2;
}

/**
 * Replaces words the classifiers never saw with the nearest word they did see, before classifying.
 * NLP.js's stemmer cannot repair "afsrpaak" or "medewrker", and a message of only unknown words
 * makes it answer None with full confidence; measured in the NLU notes, this correction brought
 * bare typo'd keywords from 2/12 to 12/12. Words in the everyday word list are real words and stay
 * as they are. A glued pair ("afspraakmaken", "watis") is split into two known words.
 */
export class SpellingCorrector {
  private readonly known: ReadonlySet<string>;
  /**
   * Every way to delete up to two letters from a vocabulary word, pointing to the words (in
   * vocabulary order). Two words within k edits share a form with at most k deletions from each
   * (symmetric delete), so looking up the token's own deletions finds every candidate without
   * comparing it with the whole vocabulary: bounded, fast work for any token.
   */
  private readonly byDeletion = new Map<string, number[]>();
  private readonly words: string[] = [];
  private readonly longest: number = 0;
  private readonly cache = new Map<string, string[]>();

  constructor(
    vocabulary: Iterable<string>,
    private readonly realWords: ReadonlySet<string>,
  ) {
    this.known = new Set(vocabulary);
    for (const word of this.known) {
      if (budget(word) === 0) continue;
      const index = this.words.push(word) - 1;
      this.longest = Math.max(this.longest, word.length);
      for (const form of deletions(word, budget(word))) {
        const list = this.byDeletion.get(form) ?? [];
        if (list[list.length - 1] !== index) list.push(index);
        this.byDeletion.set(form, list);
      }
    }
  }

  /**
   * `tokens` with unknown words corrected, split, or kept when nothing is close; a compound written
   * in two ("loopbaan cheque", "kennismakings gesprek") joined when the whole is a known word.
   */
  correct(tokens: readonly string[]): string[] {
    return joinCompounds(tokens, this.known).flatMap((token) => this.correctOne(token));
  }

  private correctOne(token: string): string[] {
    if (this.known.has(token) || this.realWords.has(token) || /\d/.test(token)) return [token];
    const cached = this.cache.get(token);
    if (cached) return cached;
    const result = this.nearest(token) ?? this.split(token) ?? [token];
    if (this.cache.size < 10_000) this.cache.set(token, result);
    return result;
  }

  private nearest(token: string): string[] | undefined {
    const max = budget(token);
    if (max === 0 || token.length > this.longest + max) return undefined;
    const candidates = new Set<number>();
    for (const form of deletions(token, max)) for (const index of this.byDeletion.get(form) ?? []) candidates.add(index);
    // Vocabulary order by length, as a scan by length would meet them, so ties break the same way.
    const ordered = [...candidates].sort((a, b) => (this.words[a]?.length ?? 0) - (this.words[b]?.length ?? 0) || a - b);
    let best: { word: string; distance: number } | undefined;
    for (const index of ordered) {
      const word = this.words[index] ?? '';
      const allowed = Math.min(max, budget(word));
      const distance = editDistance(token, word, allowed);
      if (distance > allowed) continue;
      // Closest wins; on a tie the longer word, which carries more meaning than a short one.
      if (!best || distance < best.distance || (distance === best.distance && word.length > best.word.length)) {
        best = { word, distance };
      }
    }
    return best ? [best.word] : undefined;
  }

  private split(token: string): string[] | undefined {
    for (let at = 2; at <= token.length - 2; at++) {
      const head = token.slice(0, at);
      const tail = token.slice(at);
      if (this.known.has(head) && this.known.has(tail)) return [head, tail];
    }
    return undefined;
  }
}

/** `word` and every form of it with up to `max` letters deleted. */
function deletions(word: string, max: number): Set<string> {
  const forms = new Set([word]);
  let frontier = [word];
  for (let step = 0; step < max; step++) {
    const next: string[] = [];
    for (const form of frontier) {
      for (let i = 0; i < form.length; i++) {
        const shorter = form.slice(0, i) + form.slice(i + 1);
        if (!forms.has(shorter)) {
          forms.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return forms;
}

/**
 * Only compounds this long are joined: two short words side by side are more often two words
 * ("op zich", "in dien") than a compound written apart.
 */
const MIN_COMPOUND_LENGTH = 9;

/** Two neighbours joined where together they are a known compound; bounded: one pass, pairs only. */
function joinCompounds(tokens: readonly string[], known: ReadonlySet<string>): readonly string[] {
  let joined: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1];
    const whole = next === undefined ? '' : token + next;
    if (whole.length >= MIN_COMPOUND_LENGTH && known.has(whole)) {
      joined ??= tokens.slice(0, i);
      joined.push(whole);
      i++;
    } else joined?.push(token);
  }
  return joined ?? tokens;
}
