import { AsyncLocalStorage } from 'node:async_hooks';
import type { PersonKeys } from './personKeys.js';

/** The ids of a turn that say whose data it is; what TurnContext.activity carries. */
export interface TurnParty {
  channelId?: string;
  from?: { id?: string };
  conversation?: { id?: string };
}

/**
 * The owner keys of a turn: salted pseudonyms of the user and of the conversation. A booking made
 * in the turn is stored with them, so "forget me" finds it later from either one (a WhatsApp user
 * keeps one conversation; a web chat user may start a new one per visit with the same user id).
 */
export function ownersOf(keys: PersonKeys, party: TurnParty): string[] {
  const channel = party.channelId ?? '';
  const owners: string[] = [];
  if (party.from?.id) owners.push(keys.of('owner-user', `${channel}/${party.from.id}`));
  if (party.conversation?.id) owners.push(keys.of('owner-conversation', `${channel}/${party.conversation.id}`));
  return owners;
}

const current = new AsyncLocalStorage<readonly string[]>();

/**
 * Runs a turn with its owner keys in scope. The booking dialogs do not pass owners to
 * `BookingStore.reserve` themselves; the store reads them from this scope (see `ownedBy`).
 */
export function withTurnOwners<T>(owners: readonly string[], work: () => Promise<T>): Promise<T> {
  return current.run(owners, work);
}

/** The owner keys of the turn this code runs in, or [] outside a turn (reminders, staff API). */
export function currentTurnOwners(): readonly string[] {
  return current.getStore() ?? [];
}
