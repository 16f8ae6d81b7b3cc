import type { Locale } from '../i18n/locale.js';

/**
 * What the bot keeps about a user across conversations: only their language choice. Plain JSON:
 * it is stored as-is in Redis. Dialogs keep their own state shapes next to them.
 */
export interface UserProfile {
  locale?: Locale;
}

/**
 * Bumped when a dialog's steps change so that half-finished conversations stored before a deploy
 * start over cleanly instead of resuming at a step that now means something else.
 * 2: one prompt for every question (December 2026).
 */
export const CONVERSATION_STATE_VERSION = 2;

export interface ConversationMeta {
  version?: number;
  /** The dialogs ended in an earlier turn ("stop", a goodbye): the next message starts them again. */
  ended?: boolean;
}
