import { wordsOf } from '../../src/understanding/text.js';
import type { Vocabulary } from '../../src/understanding/vocabulary.js';

/**
 * "He" or "she" for the person a message is about, from the words that name them: a relation
 * ("mijn man", "ma fille", "my sister"), the first one said ("haar man": he), else a pronoun
 * ("hij werkt in Gent"). Undefined when nothing tells ("mijn partner", "een collega").
 */
export function pronounSaid(vocabulary: Vocabulary, text: string | undefined): 'he' | 'she' | undefined {
  if (!text) return undefined;
  const words = wordsOf(text);
  // "ik ben zijn vrouw": the speaker's relation, not the person meant (him).
  const speaker = new Set(vocabulary.allLocalesNormalized('understanding:relations.speakerBefore'));
  const place = (key: string) =>
    firstPlace(
      words,
      vocabulary.allLocales(`understanding:${key}`),
      (at) => speaker.has(words[at - 1] ?? '') || speaker.has(words[at - 2] ?? ''),
    );
  const pick = (he: number, she: number): 'he' | 'she' | undefined =>
    he < 0 && she < 0 ? undefined : she < 0 || (he >= 0 && he < she) ? 'he' : 'she';
  return pick(place('relations.he'), place('relations.she')) ?? pick(place('pronouns.he'), place('pronouns.she'));
}

/** Where the first of `phrases` stands in `words`, word for word (no typo, no longer word), none at a place `skip` rules out: -1 when none does. */
function firstPlace(words: readonly string[], phrases: readonly string[], skip: (at: number) => boolean): number {
  let first = -1;
  for (const phrase of phrases) {
    const run = wordsOf(phrase);
    for (let at = 0; at + run.length <= words.length && (first < 0 || at < first); at++) {
      if (run.length > 0 && run.every((word, i) => words[at + i] === word) && !skip(at)) first = at;
    }
  }
  return first;
}
