import { containsPhrase } from '../../src/understanding/text.js';
import type { Vocabulary } from '../../src/understanding/vocabulary.js';
import { saysAge } from '../../src/understanding/years.js';

/**
 * "Ik ben 58, heeft dat nog zin?", "ik ben 58 jaar, is het niet te laat?": an age said with whether
 * it is still worth it. One question (age is no condition), never read as two clauses nor as the
 * deadline to order that "te laat" alone is.
 */
export function asksIfAgeMatters(vocabulary: Vocabulary, text: string): boolean {
  return saysAge(text) && containsPhrase(text, vocabulary.allLocales('understanding:stillWorthIt'));
}
