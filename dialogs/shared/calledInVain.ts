import { containsPhrase } from '../../src/understanding/text.js';
import type { Vocabulary } from '../../src/understanding/vocabulary.js';

/**
 * "ik heb al gebeld maar niemand neemt op", "personne ne répond", "nobody answers": the free number
 * tried in vain. A person is asked for (Interruptions), and offered without that number again (TalkToPersonDialog).
 */
export function calledInVain(vocabulary: Vocabulary, text: string): boolean {
  return containsPhrase(text, vocabulary.allLocales('understanding:calledInVain'));
}
