import type { ConversationReference } from '../bot/sdk.js';
import type { IsoDate } from '../domain/calendar.js';
import type { Outcome } from '../domain/eligibility.js';
import type { Locale } from '../i18n/locale.js';

/*
 * The handover to VDAB staff ("warm handover"): one case per person who needs a human. Plain JSON
 * throughout: cases live in Redis and are shared by every bot instance.
 *
 * Protocol note: the Bot Framework human handoff (`handoff.initiate` / `handoff.status`, see
 * hub.ts) is meant here, never teams-ai's `app.handoff()` (copilot-to-copilot `handoff/action`).
 */

/** Why the bot hands over; staff see it on the case. */
export const HANDOVER_REASONS = ['asked', 'missed_twice', 'refer', 'booking_failed', 'distress'] as const;
export type HandoverReason = (typeof HANDOVER_REASONS)[number];

/** Chat now (the queue) or be called back later. */
export type CaseMode = 'chat' | 'callback';

/** waiting → taken → closed; a waiting case can also be closed (the user left, or staff closed it). */
export type CaseState = 'waiting' | 'taken' | 'closed';

export const PARTS_OF_DAY = ['morning', 'afternoon', 'any'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

/** Who took or closed a case: a staff member (Teams or console), the external hub, or the user. */
export interface Actor {
  kind: 'staff' | 'hub' | 'user';
  /** Teams AAD object id, console name, or 'hub'; never shown to the user. */
  id: string;
  /** Shown to staff on the card, and to the user as "Anna van VDAB" (first word only). */
  name: string;
}

/** The person in the chat, as the one who closes a case ("stop" while waiting, a call-back taken back). */
export const THE_USER: Actor = { kind: 'user', id: 'user', name: 'user' };

/** A line of the conversation as staff see it. */
export interface TranscriptLine {
  from: 'user' | 'bot' | 'staff';
  text: string;
  /** ISO time. */
  at: string;
  /** Bot lines: what tapping its buttons sends, so that a tap on one is told apart from typed words. */
  buttons?: string[];
  /** User lines: a button the page always shows ("Met iemand praten"), not words of their own. */
  tapped?: true;
}

/**
 * What staff need to know without scrolling: what the person wants (the reason and, from the
 * transcript, their last words), the eligibility answers and outcome, language, channel and how to
 * reach them. Only the personal data staff need: a phone number only for a call-back.
 */
export interface CaseSummary {
  reason: HandoverReason;
  locale: Locale;
  channel: string;
  /** The answers of the eligibility check as the person gave them (see EligibilityCheckState.said). */
  eligibility?: {
    said: Record<string, string>;
    outcome?: Outcome;
    reasons?: string[];
    /** For someone else, named as a man or a woman ("mijn vrouw"): the reasons say "zij", not "je". */
    pronoun?: 'he' | 'she';
    /** The rules of the check's day (a regime id), named in the reason `rules_changing`. */
    regime?: string;
    /** The years of work announced rules are reported to ask (reason `announced_experience_below`). */
    announcedYears?: number;
  };
  /** Set when the person booked in this conversation. */
  bookingCode?: string;
  contact: { mode: 'chat' } | CallbackContact;
}

/**
 * How and when to call back. `day`: the Brussels calendar day the person named ("morgen
 * namiddag", "lundi"); absent when they named only a part of the day or a time, or none.
 * `between`: the hours named within that part of the day ("niet voor 10u": 10:00 to the end of
 * the hours staff call, `HH:MM` Brussels time); absent when the whole part will do.
 */
export interface CallbackContact {
  mode: 'callback';
  phone: string;
  partOfDay: PartOfDay;
  day?: IsoDate;
  between?: CallHours;
}

/** Hours within a day, `HH:MM` Brussels time: from, up to. */
export interface CallHours {
  from: string;
  to: string;
}

/** Where a case lives in Teams: the thread under the card, and the card's own activity id. */
export interface StaffThread {
  reference: Partial<ConversationReference>;
  /** The card's activity id; also the thread's root id (`…;messageid=<id>`). */
  activityId: string;
}

export interface HandoverCase {
  id: string;
  /** `<channelId>:<conversationId>` of the user: one open case per user conversation. */
  userKey: string;
  /** How to reach the user's conversation (ContinueConversation). Never shown to staff. */
  reference: Partial<ConversationReference>;
  mode: CaseMode;
  state: CaseState;
  summary: CaseSummary;
  /** The recent conversation up to the handover, oldest first. */
  transcript: TranscriptLine[];
  createdAt: string;
  takenAt?: string;
  takenBy?: Actor;
  closedAt?: string;
  closedBy?: Actor;
  staffThread?: StaffThread;
  /** True once `handoff.initiate` was sent, so an external hub may take the case. */
  offeredToHub?: boolean;
  /**
   * When the person closed the chat page (PAGE_EVENTS.left). A waiting case then no longer waits
   * in the queue and cannot be taken; staff still read all of it and can close it. Cleared when the
   * person comes back (the page reopened, a new message): the case waits on at its old place.
   */
  leftAt?: string;
  /**
   * A staff member handed the taken chat back (end of a shift, another colleague knows more): it
   * waits again, first in line, with all that was said. Who and when, for the next one to read.
   */
  handedBackBy?: Actor;
  handedBackAt?: string;
}

/** What opening a case needs; the store adds id, state and times. */
export type NewCase = Pick<HandoverCase, 'userKey' | 'reference' | 'mode' | 'summary' | 'transcript'>;

/** A message relayed between the user and staff while a case is open, numbered in order. */
export interface CaseMessage {
  /** 1, 2, 3… per case: the order of the relay, and the console's "after" cursor. */
  seq: number;
  from: 'user' | 'staff';
  text: string;
  at: string;
  /** The staff member's display name (staff messages only). */
  name?: string;
}

export type TakeResult =
  { ok: true; case: HandoverCase } | { ok: false; reason: 'not_found' | 'closed' | 'taken' | 'left'; case?: HandoverCase };

/**
 * Events the web chat page sends over Direct Line (src/channels/webchat/public/page.js): the page
 * was closed or left (`pagehide`), or it is back (reopened, a reload, back from the browser's cache).
 */
export const PAGE_EVENTS = { left: 'loopbaanbot/pageLeft', back: 'loopbaanbot/pageBack' } as const;

/** The user key of a conversation: channel and conversation id, the same on every instance. */
export function userKeyOf(reference: Partial<ConversationReference>): string {
  return `${reference.channelId ?? ''}:${reference.conversation?.id ?? ''}`;
}

/** The first word of a display name: staff introduce themselves by first name only. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}
