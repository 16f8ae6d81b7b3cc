import { editDistance, typoBudget } from './text.js';
import { numberOfWord } from './years.js';
import { wordsOf, type Meaning, type VocabularyEntry } from './whenWords.js';

/**
 * A word of the message: a number, or a word with the meaning it was matched to (if any); a word
 * keeps its first word as typed (normalised), for phrases that depend on it ("in januari").
 */
export type Token = { kind: 'number'; value: number; digits: number } | { kind: 'word'; meaning?: Meaning; word?: string };

/**
 * The message as tokens: digits are split from letters ("14u30" → 14, u, 30; "2pm" → 2, pm), and
 * each run of words is matched to the vocabulary, longest sequence first, exact before typo.
 */
export function toTokens(text: string, vocabulary: readonly VocabularyEntry[]): Token[] {
  const words = singleWords(vocabulary);
  const raw = wordsOf(text)
    .flatMap((w) => w.match(/\d+|\D+/g) ?? [])
    .flatMap((w) => compoundParts(w, words));
  const out: Token[] = [];
  for (let i = 0; i < raw.length;) {
    const word = raw[i] ?? '';
    if (/^\d+$/.test(word)) {
      out.push({ kind: 'number', value: Number(word.slice(0, 4)), digits: word.length });
      i++;
      continue;
    }
    // "na vier uur", "vers quatorze heures": an hour in words. Not one: "een", "un", "a" are articles;
    // nor a word that starts a phrase ("ten laatste", "ten vroegste").
    const spelled = numberOfWord(word);
    const match = bestMatch(raw, i, vocabulary);
    if (spelled !== undefined && spelled >= 2 && spelled <= 24 && Number.isInteger(spelled) && !(match && match.length > 1)) {
      out.push({ kind: 'number', value: spelled, digits: String(spelled).length });
      i++;
      continue;
    }
    if (match) {
      out.push({ kind: 'word', meaning: match.meaning, word });
      i += match.length;
    } else {
      out.push({ kind: 'word', word });
      i++;
    }
  }
  return out;
}

/**
 * The vocabulary sequence closest to the words at `at`: fewest typos first, then the longest
 * sequence, then the first listed. Each word may carry the typo budget of the word it matches.
 */
function bestMatch(
  raw: readonly string[],
  at: number,
  vocabulary: readonly VocabularyEntry[],
): { meaning: Meaning; length: number } | undefined {
  let best: { meaning: Meaning; length: number; distance: number } | undefined;
  for (const [sequence, meaning] of vocabulary) {
    let distance = 0;
    for (let k = 0; k < sequence.length && distance !== Infinity; k++) {
      const typed = raw[at + k];
      const known = sequence[k] ?? '';
      if (typed === undefined || /^\d+$/.test(typed)) distance = Infinity;
      else if (typed !== known) {
        const budget = typoBudget(known);
        const d = budget > 0 ? editDistance(typed, known, budget) : budget + 1;
        distance = d <= budget ? distance + d : Infinity;
      }
    }
    if (distance === Infinity) continue;
    if (!best || distance < best.distance || (distance === best.distance && sequence.length > best.length)) {
      best = { meaning, length: sequence.length, distance };
    }
  }
  return best && { meaning: best.meaning, length: best.length };
}

/** The one-word entries of a vocabulary, exact, per vocabulary (the shipped one is built once). */
const singleWordsOf = new WeakMap<readonly VocabularyEntry[], ReadonlySet<string>>();

function singleWords(vocabulary: readonly VocabularyEntry[]): ReadonlySet<string> {
  let words = singleWordsOf.get(vocabulary);
  if (!words) {
    words = new Set(vocabulary.filter(([sequence]) => sequence.length === 1).map(([sequence]) => sequence[0] ?? ''));
    singleWordsOf.set(vocabulary, words);
  }
  return words;
}

/**
 * A day and a part of it written as one word, as Dutch does ("donderdagavond",
 * "zaterdagvoormiddag"): the two known words. A word the vocabulary knows whole ("morgenavond",
 * "vannamiddag") stays whole; both parts must be known words of three letters or more.
 */
function compoundParts(word: string, known: ReadonlySet<string>): string[] {
  if (known.has(word) || word.length < 6) return [word];
  for (let cut = 3; cut <= word.length - 3; cut++) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    if (known.has(head) && known.has(tail)) return [head, tail];
  }
  return [word];
}
