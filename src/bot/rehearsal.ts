import { ActivityTypes, TestAdapter } from 'botbuilder';
import type { i18n } from 'i18next';
import { listFor } from '../i18n/i18n.js';
import { LOCALES } from '../i18n/locale.js';
import type { TurnContext } from './sdk.js';

/**
 * A few conversations the process holds with itself before it listens, on a bot of its own with
 * everything in memory: nothing is stored, counted, logged or sent anywhere.
 *
 * Why: V8 compiles a function for the input it has seen. Traffic of short messages leaves the
 * long-text branches of the understanding (the cut, clauses, spelling over many words, the
 * stemmers) without type feedback, so the first long message after start-up, or even after minutes
 * of heavy load, ran them half-interpreted and deoptimised a dozen functions: it kept the event loop
 * (every other user) waiting 70 to 200 ms, where the same message later takes 15 to 30 ms.
 * Rehearsing long and short messages in each language first gives those branches their feedback.
 */
export async function rehearse(
  run: (context: TurnContext) => Promise<void>,
  conversations: readonly Rehearsal[],
): Promise<RehearsedTurn[]> {
  const turns: RehearsedTurn[] = [];
  let n = 0;
  for (const { locale, lines } of conversations) {
    n += 1;
    const adapter = new TestAdapter((context) => run(context), {
      channelId: 'directline',
      conversation: { id: `rehearsal-${n}`, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: `rehearsal-user-${n}`, name: 'user' },
      recipient: { id: 'bot', name: 'bot' },
    });
    await adapter.processActivity({
      type: ActivityTypes.ConversationUpdate,
      membersAdded: [{ id: `rehearsal-user-${n}`, name: 'user' }],
      locale,
    });
    for (const text of lines) {
      const before = adapter.activeQueue.length;
      await adapter.processActivity({ type: ActivityTypes.Message, text, locale });
      const replies = adapter.activeQueue.splice(before).filter((a) => a.type === ActivityTypes.Message);
      turns.push({ locale, said: text, answers: replies.map((a) => a.text ?? '') });
    }
  }
  return turns;
}

/** What one rehearsed message got back (for tests: the rehearsal ran the conversation it meant to). */
export interface RehearsedTurn {
  locale: string;
  said: string;
  answers: string[];
}

/** One conversation to rehearse: the client's language and what the user types, turn by turn. */
export interface Rehearsal {
  locale: string;
  lines: readonly string[];
}

/** Over the 2,000 characters every channel cuts a message to, so the cut runs too. */
const LONG = 2_400;
const long = (sentence: string): string => sentence.repeat(Math.ceil(LONG / sentence.length)).slice(0, LONG);

/**
 * In Dutch, French and English (each has its own stemmer and word lists), what a user says:
 * a greeting, a long story at the menu, another told at the question it leads to, a short question
 * and a yes. The words are in locales/<language>/understanding.json (`rehearsal`); each long line
 * is repeated to over 2,000 characters.
 */
export function rehearsals(i18n: i18n): Rehearsal[] {
  return LOCALES.map((locale) => ({
    locale,
    lines: [
      ...listFor(i18n, locale, 'understanding:rehearsal.first'),
      ...listFor(i18n, locale, 'understanding:rehearsal.long').map(long),
      ...listFor(i18n, locale, 'understanding:rehearsal.last'),
    ],
  }));
}
