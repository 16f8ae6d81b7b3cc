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

/** What a turn keeps its owner keys under (botbuilder's turnState is a Map). */
export interface TurnStateHolder {
  turnState: Map<unknown, unknown>;
}

const TURN_OWNERS = Symbol('turnOwners');

/**
 * Makes a turn's owner keys available to the code of that turn (see `turnOwners`). They are
 * computed on first use: two salted hashes that only a booking needs, not every message.
 */
export function keepTurnOwners(turn: TurnStateHolder, owners: () => readonly string[]): void {
  let computed: readonly string[] | undefined;
  turn.turnState.set(TURN_OWNERS, () => (computed ??= owners()));
}

/** The owner keys of this turn, or [] where none were kept (a proactive turn, a test turn). */
export function turnOwners(turn: TurnStateHolder): string[] {
  const owners = turn.turnState.get(TURN_OWNERS) as (() => readonly string[]) | undefined;
  return owners ? [...owners()] : [];
}
