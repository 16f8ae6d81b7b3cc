import { words } from '../../src/readability/fleschDouma.js';

/** One bot turn in plain language: at most this many messages and words, the question after it included. */
const MAX_TURN_MESSAGES = 4;
const MAX_TURN_WORDS = 70;

/** What a turn holds besides the answers: messages sent before them, and the question that follows. */
export interface TurnRoom {
  sent: readonly string[];
  next: string;
}

/** True when `answers` and the turn's other messages stay within one plain-language turn. */
export function fitsOneTurn(room: TurnRoom, answers: readonly string[]): boolean {
  const all = [...room.sent, ...answers, room.next];
  const count = all.reduce((sum, text) => sum + words(text.replace(/https?:\/\/\S+/gu, 'link')).length, 0);
  return all.length <= MAX_TURN_MESSAGES && count <= MAX_TURN_WORDS;
}
