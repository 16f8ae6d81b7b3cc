import { closeTo, normalize } from './text.js';

/** Words that work at any moment, in any language, whatever question is open. */
export const COMMANDS = ['help', 'restart', 'back', 'stop', 'greeting'] as const;
export type Command = (typeof COMMANDS)[number];

export type CommandVocabulary = Readonly<Record<Command, readonly string[]>>;

/**
 * The command a whole message stands for, if any. Only the whole message counts ("terug", not
 * "ik wil terug gaan werken"), so a normal answer never triggers a command by accident.
 */
export function recognizeCommand(message: string, vocabulary: CommandVocabulary): Command | undefined {
  const text = normalize(message);
  if (text === '') return undefined;
  for (const command of COMMANDS) {
    if (vocabulary[command].some((phrase) => normalize(phrase) === text)) return command;
  }
  for (const command of COMMANDS) {
    if (vocabulary[command].some((phrase) => closeTo(text, normalize(phrase)))) return command;
  }
  return undefined;
}
