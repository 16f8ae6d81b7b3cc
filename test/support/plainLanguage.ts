import { sentences, words } from '../../src/readability/fleschDouma.js';

export { sentences, words };

/** Plain-language rules every message must meet (B1: short sentences, one question at a time). */
export const MAX_WORDS_PER_SENTENCE = 15;

/** Problems with one message, in words a copywriter can act on; [] when it is fine. */
export function plainLanguageProblems(text: string): string[] {
  const problems: string[] = [];
  for (const sentence of sentences(text)) {
    const count = words(sentence).length;
    if (count > MAX_WORDS_PER_SENTENCE) problems.push(`${count} words (max ${MAX_WORDS_PER_SENTENCE}): "${sentence}"`);
  }
  const questions = (text.match(/\?/g) ?? []).length;
  if (questions > 1) problems.push(`${questions} questions in one message (max 1): "${text}"`);
  return problems;
}
