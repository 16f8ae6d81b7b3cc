import type { i18n } from 'i18next';
import { RootDialog } from '../dialogs/rootDialog.js';
import { createApp } from './bot/app.js';
import { Language } from './bot/language.js';
import { LoopbaanBot } from './bot/loopbaanBot.js';
import { ConversationState, UserState, type Storage } from './bot/sdk.js';
import type { EligibilityCheckState, UserProfile } from './bot/stateShapes.js';
import type { Clock } from './domain/calendar.js';
import type { ChequeRules } from './domain/chequeRegimes.js';
import type { VdabContact } from './domain/vdabContact.js';

export interface BotParts {
  storage: Storage;
  i18n: i18n;
  rules: ChequeRules;
  contact: VdabContact;
  clock: Clock;
}

/**
 * Builds the bot from its parts: the same wiring for the server and for conversation tests, so a
 * test talks to exactly what users talk to.
 */
export function composeBot(parts: BotParts) {
  const conversationState = new ConversationState(parts.storage);
  const userState = new UserState(parts.storage);
  const language = new Language(parts.i18n, userState.createProperty<UserProfile>('profile'));
  const eligibilityCheck = conversationState.createProperty<EligibilityCheckState>('eligibilityCheck');
  const root = new RootDialog({ language, rules: parts.rules, contact: parts.contact, clock: parts.clock, eligibilityCheck });
  const bot = new LoopbaanBot({ conversationState, userState, language, root });
  return { app: createApp(bot), bot, conversationState, userState, language };
}
