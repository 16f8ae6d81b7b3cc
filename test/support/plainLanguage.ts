/** Plain-language rules every message must meet (B1: short sentences, one question at a time). */
export const MAX_WORDS_PER_SENTENCE = 15;

/** Sentences of a message: split after . ! ? (and … ;) followed by a space or the end. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…;])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Words as a reader counts them: numbers and web addresses count as one word each. */
export function words(sentence: string): string[] {
  return sentence.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

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
