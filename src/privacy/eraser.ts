import type { BookingNotifier, BookingStore, Centre } from '../booking/model.js';
import type { Clock } from '../domain/calendar.js';
import type { Logger } from '../observability/logger.js';
import type { ConversationState, TurnContext, UserState } from '../bot/sdk.js';
import type { PersonKeys } from './personKeys.js';
import { ownersOf } from './turnOwner.js';

/** What "forget me" did, for the confirmation the dialog shows. Codes only; nothing personal. */
export interface ErasureReport {
  /** Codes of open bookings that were cancelled; their centres were told. */
  cancelled: string[];
  /** Booking records (cancelled and past ones included) that lost name, contact and conversation. */
  anonymised: number;
  /** Names of the other holders that forgot this person (e.g. 'whatsapp'). */
  holders: string[];
}

const ERASED = Symbol('erased');

/** True once this turn erased the user's data: the bot then writes no state at the end of the turn. */
export function wasErased(context: TurnContext): boolean {
  return context.turnState.get(ERASED) === true;
}

/** Somewhere else that keeps something about the person in this turn (a channel's own store). */
export interface PersonalDataHolder {
  name: string;
  forget(context: TurnContext): Promise<void>;
}

export interface EraserDeps {
  conversationState: ConversationState;
  userState: UserState;
  bookings: BookingStore;
  centre(id: string): Centre | undefined;
  notifier: BookingNotifier;
  keys: PersonKeys;
  clock: Clock;
  logger: Logger;
  /** The code of the booking made in this conversation (the booking dialogs keep it in conversation state). */
  lastBookingCode?: (context: TurnContext) => Promise<string | undefined>;
}

/**
 * "Vergeet mij": erases what the bot keeps about the user and conversation of the current turn.
 * 1. Open bookings (confirmed, not yet started) are cancelled and their centres told, through the
 *    same notifier as a cancellation in the chat.
 * 2. Every booking of theirs loses first name, contact, conversation reference, eligibility
 *    answers and owner keys; what stays is anonymous (centre, slot, mode, language, status).
 * 3. Channel stores that know them forget them (registered holders, e.g. WhatsApp's last-message time).
 * 4. Conversation state and user state are deleted.
 *
 * Bookings are found by the owner keys of this user and this conversation (salted pseudonyms
 * stored with each booking) and by the conversation's last booking code (for bookings made
 * before owner keys existed). Every step can be run again: a second erase finds nothing more.
 *
 * The confirmation dialog is built on top: ask first, then `erase(context)`, then end the turn
 * without touching state again (whatever is written after this call is stored anew).
 */
export class Eraser {
  private readonly holders: PersonalDataHolder[] = [];

  constructor(private readonly deps: EraserDeps) {}

  /** Adds a store that keeps something about people (channels register theirs at start-up). */
  register(holder: PersonalDataHolder): void {
    this.holders.push(holder);
  }

  async erase(context: TurnContext): Promise<ErasureReport> {
    const { bookings, notifier, logger } = this.deps;
    const now = this.deps.clock.now().getTime();
    const found = await this.bookingsOf(context);
    const cancelled: string[] = [];
    for (const booking of found) {
      if (booking.status !== 'confirmed' || Date.parse(booking.slot.start) <= now) continue;
      const result = await bookings.cancel(booking.code);
      if (!result) continue;
      cancelled.push(result.code);
      const centre = this.deps.centre(result.centreId);
      if (centre) await notifier.bookingCancelled(result, centre);
      else logger.warn('erasure: cancelled booking of an unknown centre, not notified', { booking: result.code });
    }
    let anonymised = 0;
    for (const booking of found) if (await bookings.anonymise(booking.code)) anonymised++;
    for (const holder of this.holders) await holder.forget(context);
    await this.deps.conversationState.delete(context);
    await this.deps.userState.delete(context);
    context.turnState.set(ERASED, true);
    logger.info('personal data erased', {
      conversation: context.activity.conversation?.id,
      cancelled: cancelled.length,
      anonymised,
    });
    return { cancelled, anonymised, holders: this.holders.map((h) => h.name) };
  }

  private async bookingsOf(context: TurnContext) {
    const owners = ownersOf(this.deps.keys, context.activity);
    const byCode = new Map((await Promise.all(owners.map((o) => this.deps.bookings.forOwner(o)))).flat().map((b) => [b.code, b]));
    const lastCode = await this.deps.lastBookingCode?.(context);
    if (lastCode && !byCode.has(lastCode)) {
      const booking = await this.deps.bookings.get(lastCode);
      if (booking) byCode.set(booking.code, booking);
    }
    return [...byCode.values()];
  }
}
