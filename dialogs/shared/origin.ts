import { containsPhrase } from '../../src/understanding/text.js';
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

/**
 * "ik woon niet in België", "I don't live in Belgium": abroad; "ik woon niet in Vlaanderen": somewhere
 * else than Flanders and Brussels (Wallonia or abroad, asked next). Only with a word of living, in
 * the words of those answers to "Waar woon je?".
 */
export function livesOutsideTheRegions(vocabulary: Vocabulary, text: string): 'abroad' | 'elsewhere' | undefined {
  if (!containsPhrase(text, vocabulary.liveWords)) return undefined;
  return (['abroad', 'elsewhere'] as const).find((id) => containsPhrase(text, vocabulary.allLocales(`understanding:synonyms.${id}`)));
}
