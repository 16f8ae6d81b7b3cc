import { editDistance, typoBudget } from './text.js';

/** Words this long or longer may carry any typo within their budget. */
const MIN_RESPELLED_LENGTH = 5;
/**
 * Shorter words (from three letters) are put right only when a letter was left out ("lzen" is
 * "lezen", "hom" is "home") or two were swapped ("wrek" is "werk"): one changed letter turns "genk"
 * into "gene", "weer" into "meer".
 */
const MIN_SHORT_LENGTH = 3;
/** "dattente", "lentretien": an elided article glued to a word of at least this many letters is split off. */
const MIN_ELIDED_LENGTH = 5;
/** Letters French elides before a vowel ("d'attente", "l'entretien", "j'arrive"). */
const ELIDED = new Set(['d', 'l', 'j', 'n', 'm', 's', 't', 'c']);
/** A message of more words is a story, not a question typed with a typo: it is left as it is (bounded work). */
const MAX_RESPELLED_WORDS = 30;
/** Respelled words remembered (a bounded map, emptied when full). */
const REMEMBERED_WORDS = 2_048;

/**
 * A message put into the words of the word lists, so a question typed on a phone ("waneer zijn
 * julie open", "kheb gen computr", "ya une liste dattente") is read as the list's phrase says it
 * ("wanneer zijn jullie open", "ik heb geen computer", "il y a une liste d attente").
 *
 * The recognizer corrects towards its training words on its own (SpellingCorrector); the word lists
 * are matched exactly. This respeller is for a second reading where the exact one found nothing,
 * and errs on the side of leaving a word alone. In order, a word is:
 * - written out where it is a chat spelling ("kheb" → "ik heb", "jsuis" → "je suis"): of the
 *   message's language where it is another language's word ("wat" is what in English, and Dutch);
 * - kept where a list or the everyday words know it;
 * - split where it is an elided article glued to a known word ("demploi" → "d emploi");
 * - put right where a letter is typed twice ("huiss"), or where one list word is nearest (rankOf)
 *   within the typo budget of both (closeTo), of the message's language where two are as near;
 *   else it stays as typed. Words under five letters only get a letter left out back, or two
 *   swapped letters put back in place.
 *
 * No index: a typo'd message is rare and the lists hold a few thousand words, so the words of about
 * the same length are compared one by one (about 0.2 ms a word not seen before, measured), and
 * nothing the size of a deletion index is held in memory.
 */
export class Respeller {
  private readonly known: ReadonlySet<string>;
  private readonly byLength = new Map<number, string[]>();
  private readonly remembered = new Map<string, string>();

  /**
   * `listWords`: what a typo is put right towards; `realWords`: words that stay as they are typed;
   * `languages`: each language's words (its lists' and everyday words) and its chat spellings with
   * the words they stand for, normalised.
   */
  constructor(
    listWords: Iterable<string>,
    private readonly realWords: ReadonlySet<string>,
    private readonly languages: readonly Language[] = [],
  ) {
    this.known = new Set(listWords);
    for (const word of this.known) {
      if (word.length < MIN_SHORT_LENGTH + 1 || /\d/.test(word)) continue;
      const same = this.byLength.get(word.length) ?? [];
      same.push(word);
      this.byLength.set(word.length, same);
    }
  }

  /** `words` (normalised) put into the lists' words; undefined when no word changes, or when there are too many. */
  respell(words: readonly string[]): string[] | undefined {
    if (words.length > MAX_RESPELLED_WORDS) return undefined;
    const language = this.languageOf(words);
    let changed = false;
    const respelled = words.flatMap((word) => {
      const right = this.spelt(word, language) ?? this.wordFor(word, language);
      if (right !== word) changed = true;
      return right.split(' ');
    });
    return changed ? respelled : undefined;
  }

  /**
   * The language most of `words` are words of; undefined on a tie. "ik kan ni goe lezen" is Dutch
   * ("ni" is niet), "je ne sais ni lire" French ("ni" stays).
   */
  private languageOf(words: readonly string[]): Language | undefined {
    let best: Language | undefined;
    let most = 0;
    let tied = false;
    // A chat spelling says little of the language ("ya" is French chat, and English).
    const telling = words.filter((w) => !this.languages.some((l) => l.spellings.has(w)));
    for (const language of this.languages) {
      const count = telling.filter((w) => language.words.has(w)).length;
      if (count > most) [best, most, tied] = [language, count, false];
      else if (count === most) tied = true;
    }
    return tied ? undefined : best;
  }

  /** What a chat spelling stands for: in the message's language, else where no other language has it as a word. */
  private spelt(word: string, language: Language | undefined): string | undefined {
    const own = language?.spellings.get(word);
    if (own !== undefined) return own;
    if (language?.words.has(word)) return undefined;
    const spelling = this.languages.filter((l) => l.spellings.has(word));
    const other = spelling.length === 1 ? spelling[0] : undefined;
    if (other === undefined || this.languages.some((l) => l !== other && l.words.has(word))) return undefined;
    return other.spellings.get(word);
  }

  private wordFor(word: string, language: Language | undefined): string {
    if (word.length < MIN_SHORT_LENGTH || this.known.has(word) || this.realWords.has(word) || /\d/.test(word)) return word;
    const key = `${language === undefined ? -1 : this.languages.indexOf(language)} ${word}`;
    let right = this.remembered.get(key);
    if (right === undefined) {
      right = this.withoutElision(word) ?? this.undoubled(word) ?? this.nearest(word, language) ?? word;
      if (this.remembered.size >= REMEMBERED_WORDS) this.remembered.clear();
      this.remembered.set(key, right);
    }
    return right;
  }

  /** "huiss" → "huis": a letter typed twice where the known word has it once, whatever the word's length. */
  private undoubled(word: string): string | undefined {
    const found = new Set<string>();
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] !== word[i + 1]) continue;
      const once = word.slice(0, i) + word.slice(i + 1);
      if (this.known.has(once)) found.add(once);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** "dattente" → "d attente": an elided article glued to a known word; undefined otherwise. */
  private withoutElision(word: string): string | undefined {
    const rest = word.slice(1);
    return ELIDED.has(word[0] ?? '') && rest.length >= MIN_ELIDED_LENGTH && this.known.has(rest) ? `${word[0]} ${rest}` : undefined;
  }

  /**
   * The list word nearest to `typed` within the typo budget of both (a word of four letters only by
   * a letter more or less, or two swapped: "loins" is "loin", "wrek" "werk", "genk" no "gent"); a word of the message's `language`
   * before any other ("bellne" is Dutch "bellen", not French "belle"; "diplom" is "diploma" in
   * English, "diplome" in French); undefined on none or a tie.
   */
  private nearest(typed: string, language: Language | undefined): string | undefined {
    const short = typed.length < MIN_RESPELLED_LENGTH;
    const budget = short ? 1 : typoBudget(typed);
    const [from, to] = short ? [typed.length, typed.length + 1] : [typed.length - budget, typed.length + budget];
    const candidates: { word: string; rank: number }[] = [];
    for (let length = from; length <= to; length++) {
      for (const word of this.byLength.get(length) ?? []) {
        if (short && word.length === typed.length && !sameLetters(typed, word)) continue;
        const oneMoreOrLess = Math.abs(word.length - typed.length) === 1;
        const allowed = short ? 1 : Math.min(budget, typoBudget(word) > 0 ? typoBudget(word) : oneMoreOrLess ? 1 : 0);
        const distance = editDistance(typed, word, allowed);
        if (distance <= allowed) candidates.push({ word, rank: rankOf(typed, word, distance) });
      }
    }
    const own = language ? candidates.filter((c) => language.words.has(c.word)) : [];
    const preferred = own.length > 0 ? own : candidates;
    const best = Math.min(...preferred.map((c) => c.rank));
    const nearest = preferred.filter((c) => c.rank === best);
    return nearest.length === 1 ? nearest[0]?.word : undefined;
  }
}

/** One language's words (its lists' and everyday words) and its chat spellings ("kheb" → "ik heb"). */
export interface Language {
  readonly words: ReadonlySet<string>;
  readonly spellings: ReadonlyMap<string, string>;
}

/**
 * How near `word` is to `typed`, lower is nearer: fewer edits first; at as many, a letter left out
 * ("computr" is "computer", not "compter") or two swapped ("veiux" is "vieux", not "veux") before a
 * letter typed too many ("ouvertt" is "ouvert", not "ouverts") before letters changed: the typos a
 * thumb makes, from most to least often.
 */
function rankOf(typed: string, word: string, distance: number): number {
  const way = word.length > typed.length || sameLetters(typed, word) ? 0 : word.length < typed.length ? 1 : 2;
  return distance * 3 + way;
}

function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}
