import { editDistance, typoBudget } from './text.js';

/** Words shorter than this are never respelled: one edit turns "genk" into "gene", "weer" into "meer". */
const MIN_RESPELLED_LENGTH = 5;
/** A message of more words is a story, not a question typed with a typo: it is left as it is (bounded work). */
const MAX_RESPELLED_WORDS = 30;
/** Respelled words remembered (a bounded map, emptied when full). */
const REMEMBERED_WORDS = 2_048;

/**
 * A typo'd word put right towards the words of the word lists, so a question typed with a typo
 * ("waneer zijn julie open") is read as the list's phrase says it ("wanneer zijn jullie open").
 *
 * The recognizer corrects towards its training words on its own (SpellingCorrector); the word lists
 * are matched exactly. This respeller is for a second reading where the exact one found nothing, and
 * errs on the side of leaving a word alone: only words of five letters or more that no list and no
 * everyday word list knows, only within the typo budget of both words (closeTo), and only where one
 * list word is nearest (rankOf): two as near leave the word as it was typed.
 *
 * No index: a typo'd message is rare and the lists hold a few thousand words, so the words of about
 * the same length are compared one by one (about a tenth of a millisecond a word, measured), and nothing the
 * size of a deletion index is held in memory.
 */
export class Respeller {
  private readonly known: ReadonlySet<string>;
  private readonly byLength = new Map<number, string[]>();
  private readonly remembered = new Map<string, string>();

  /** `listWords`: what a typo is put right towards; `realWords`: words that stay as they are typed. */
  constructor(
    listWords: Iterable<string>,
    private readonly realWords: ReadonlySet<string>,
  ) {
    this.known = new Set(listWords);
    for (const word of this.known) {
      if (word.length < MIN_RESPELLED_LENGTH || /\d/.test(word)) continue;
      const same = this.byLength.get(word.length) ?? [];
      same.push(word);
      this.byLength.set(word.length, same);
    }
  }

  /** `words` (normalised) with typo'd words put right; undefined when no word changes, or when there are too many. */
  respell(words: readonly string[]): string[] | undefined {
    if (words.length > MAX_RESPELLED_WORDS) return undefined;
    let changed = false;
    const respelled = words.map((word) => {
      const right = this.wordFor(word);
      if (right !== word) changed = true;
      return right;
    });
    return changed ? respelled : undefined;
  }

  private wordFor(word: string): string {
    if (word.length < MIN_RESPELLED_LENGTH || this.known.has(word) || this.realWords.has(word) || /\d/.test(word)) return word;
    let right = this.remembered.get(word);
    if (right === undefined) {
      right = this.nearest(word) ?? word;
      if (this.remembered.size >= REMEMBERED_WORDS) this.remembered.clear();
      this.remembered.set(word, right);
    }
    return right;
  }

  /** The list word nearest to `typed` within both words' typo budget; undefined on none or a tie. */
  private nearest(typed: string): string | undefined {
    const budget = typoBudget(typed);
    let best: string | undefined;
    let bestRank = Number.POSITIVE_INFINITY;
    let tied = false;
    for (let length = typed.length - budget; length <= typed.length + budget; length++) {
      for (const word of this.byLength.get(length) ?? []) {
        const allowed = Math.min(budget, typoBudget(word));
        const distance = editDistance(typed, word, allowed);
        if (distance > allowed) continue;
        const rank = rankOf(typed, word, distance);
        if (rank < bestRank) {
          best = word;
          bestRank = rank;
          tied = false;
        } else if (rank === bestRank) tied = true;
      }
    }
    return tied ? undefined : best;
  }
}

/**
 * How near `word` is to `typed`, lower is nearer: fewer edits first; at as many, a letter left out
 * ("computr" is "computer", not "compter") before a letter typed twice ("ouvertt" is "ouvert", not
 * "ouverts") before letters changed, the typos a thumb makes from most to least often.
 */
function rankOf(typed: string, word: string, distance: number): number {
  const way = word.length > typed.length ? 0 : word.length < typed.length ? 1 : 2;
  return distance * 3 + way;
}
