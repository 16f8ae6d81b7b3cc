import { containsPhrase, wordsOf } from '../../src/understanding/text.js';
import type { Vocabulary } from '../../src/understanding/vocabulary.js';

/**
 * "Moet ik Belg zijn?", "papiers", "I'm Dutch", "ik ben vluchteling", "ik kom uit Marokko", "ik ben 5
 * jaar geleden uit Turkije gekomen", "I came from Ukraine": one's nationality, papers, or where one
 * comes from, none a condition of the cheque. A country alone is no origin (never a booking read from "kom").
 */
export function saysNationality(vocabulary: Vocabulary, text: string): boolean {
  if (containsPhrase(text, vocabulary.nationalityWords) || containsPhrase(text, vocabulary.allLocales('understanding:nationalitySaid')))
    return true;
  return (
    containsPhrase(text, vocabulary.allLocales('understanding:originWords')) &&
    containsPhrase(text, vocabulary.allLocales('understanding:countries'))
  );
}

/**
 * "ik werk hier", "je travaille en Belgique", "I work here": the work said to be here, and nowhere
 * there ("daar", "dans mon pays"): with a country beside it, that country is no place of work.
 */
export function saysWorkIsHere(vocabulary: Vocabulary, text: string): boolean {
  return (
    containsPhrase(text, vocabulary.allLocales('understanding:workHereWords')) &&
    !containsPhrase(text, vocabulary.allLocales('understanding:workThereWords'))
  );
}

/** "ik woon al 20 jaar in Frankrijk": where one lives is said within this many words after living… */
const WORDS_AFTER_LIVING = 6;
/** …and "I don't live in Belgium", "je n'habite pas en Belgique" begin this many words before it. */
const WORDS_BEFORE_LIVING = 2;

/**
 * "ik woon niet in België", "I don't live in Belgium": abroad; "ik woon niet in Vlaanderen": somewhere
 * else than Flanders and Brussels (Wallonia or abroad, asked next). Only with a word of living, in
 * the words of those answers to "Waar woon je?", said around that word: "ik spreek slecht
 * Nederlands en woon in Gent" names a language before it, no country lived in.
 */
export function livesOutsideTheRegions(vocabulary: Vocabulary, text: string): 'abroad' | 'elsewhere' | undefined {
  const words = wordsOf(text);
  const living = words.flatMap((word, at) => (containsPhrase(word, vocabulary.liveWords) ? [at] : []));
  if (living.length === 0) return undefined;
  return (['abroad', 'elsewhere'] as const).find((id) => {
    const phrases = vocabulary.allLocales(`understanding:synonyms.${id}`);
    return living.some((at) => {
      const from = Math.max(0, at - WORDS_BEFORE_LIVING);
      const around = words.slice(from, at + 1 + WORDS_AFTER_LIVING).join(' ');
      return containsPhrase(around, phrases) && !containsPhrase(words.slice(from, at).join(' '), phrases);
    });
  });
}
