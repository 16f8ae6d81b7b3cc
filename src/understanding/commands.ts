import { editDistance, normalize } from './text.js';

/**
 * Commands interrupt whatever is going on, so they get less typo room than answers: one typo,
 * and only in words of six letters or more ("top!" is praise, not a misspelled "stop").
 */
const MIN_LENGTH_FOR_TYPO = 6;

/** Words that work at any moment, in any language, whatever question is open. */
export const COMMANDS = ['help', 'restart', 'back', 'stop', 'greeting', 'person', 'language', 'erase'] as const;
export type Command = (typeof COMMANDS)[number];

export type CommandVocabulary = Readonly<Record<Command, readonly string[]>>;

/**
 * The command a whole message stands for, if any. Only the whole message counts ("terug", not
 * "ik wil terug gaan werken"), so a normal answer never triggers a command by accident.
 */
export function recognizeCommand(message: string, vocabulary: CommandVocabulary): Command | undefined {
  const text = normalize(message);
  if (text === '') return undefined;
  const normalized = normalizedVocabulary(vocabulary);
  for (const command of COMMANDS) {
    if (normalized[command].some((phrase) => phrase === text)) return command;
  }
  for (const command of COMMANDS) {
    const close = (phrase: string) => phrase.length >= MIN_LENGTH_FOR_TYPO && editDistance(text, phrase, 1) <= 1;
    if (normalized[command].some(close)) return command;
  }
  return undefined;
}

/** Vocabularies are built once and read on every message: normalise their phrases once per vocabulary object. */
const normalizedCache = new WeakMap<CommandVocabulary, CommandVocabulary>();

function normalizedVocabulary(vocabulary: CommandVocabulary): CommandVocabulary {
  let normalized = normalizedCache.get(vocabulary);
  if (!normalized) {
    normalized = Object.fromEntries(COMMANDS.map((c) => [c, vocabulary[c].map(normalize)])) as unknown as CommandVocabulary;
    normalizedCache.set(vocabulary, normalized);
  }
  return normalized;
}
