import { closeTo, normalize, tokens } from './text.js';

/** A reply must share at least one word this long with a phrase before words alone decide. */
const MIN_SIGNIFICANT_LENGTH = 4;

/** One answer the user can give, with every way of saying it (all languages, synonyms). */
export interface ChoiceVocabulary {
  value: string;
  phrases: readonly string[];
}

/**
 * Finds which of the offered choices a reply means, or undefined when it is unclear.
 *
 * In order: the button's number ("2"); the whole reply equal to a phrase, allowing typos; then
 * the phrase whose meaningful words are best covered by the reply ("ik wil ne afspraak" →
 * "afspraak maken"). Filler words ("ik", "wil", "een") never decide on their own, and a tie between
 * two choices is unclear rather than a guess.
 */
export function matchChoice(
  reply: string,
  choices: readonly ChoiceVocabulary[],
  fillerWords: ReadonlySet<string> = new Set(),
): string | undefined {
  const text = normalize(reply);
  if (text === '') return undefined;

  if (/^\d+$/.test(text)) {
    return choices[Number(text) - 1]?.value;
  }

  const whole = choices.filter((c) => c.phrases.some((p) => closeTo(text, normalize(p))));
  if (whole.length === 1) return whole[0]?.value;
  if (whole.length > 1) {
    const exact = choices.filter((c) => c.phrases.some((p) => normalize(p) === text));
    return exact.length === 1 ? exact[0]?.value : undefined;
  }

  const replyWords = tokens(reply).filter((w) => !fillerWords.has(w));
  if (replyWords.length === 0) return undefined;

  let best: { value: string; coverage: number; matched: number } | undefined;
  let tie = false;
  for (const choice of choices) {
    for (const phrase of choice.phrases) {
      const words = tokens(phrase).filter((w) => !fillerWords.has(w));
      if (words.length === 0) continue;
      const matchedWords = words.filter((w) => replyWords.some((r) => closeTo(r, w)));
      const matched = matchedWords.length;
      // One short word ("heb" in "heb ik recht") says too little to pick an answer on its own.
      if (!matchedWords.some((w) => w.length >= MIN_SIGNIFICANT_LENGTH)) continue;
      const coverage = matched / words.length;
      if (coverage < 0.5) continue;
      if (!best || coverage > best.coverage || (coverage === best.coverage && matched > best.matched)) {
        tie = false;
        best = { value: choice.value, coverage, matched };
      } else if (coverage === best.coverage && matched === best.matched && best.value !== choice.value) {
        tie = true;
      }
    }
  }
  return best && !tie ? best.value : undefined;
}
