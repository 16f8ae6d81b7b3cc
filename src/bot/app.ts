import { createHash } from 'node:crypto';
// teams-ai by module: its root also loads the AI planners and GPT tokenizers the bot never uses
// (about 190 modules and 12 MiB of heap in every process; see eslint.config.js).
import { Application } from '@microsoft/teams-ai/lib/Application.js';
import type { TurnState } from '@microsoft/teams-ai/lib/TurnState.js';
import type { LoopbaanBot } from './loopbaanBot.js';
import { ActivityTypes, TurnContext, type Activity, type ConversationState, type UserState } from './sdk.js';
import { readStates, type StatesRead } from './state.js';
import { renderOnSend } from '../channels/render.js';
import { isHandoffStatus } from '../handover/hub.js';
import { PAGE_EVENTS } from '../handover/model.js';
import { describeError } from '../observability/errors.js';
import { silentLogger, type Logger } from '../observability/logger.js';
import { PersonKeys } from '../privacy/personKeys.js';
import { keepTurnOwners, ownersOf } from '../privacy/turnOwner.js';
import { dialogStackProblem, failureKind, StateShapeError } from '../reliability/failures.js';
import { boundInboundText } from './inboundActivity.js';
import { MemoryTurnLock, type TurnLock } from '../reliability/turnLock.js';

/** The Teams staff channel's own app (src/handover/teams/staffApp.ts), the same bot registration. */
export interface StaffChannelApp {
  /** True for activities from the configured staff channel (its threads and card actions included). */
  handles(context: TurnContext): boolean;
  run(context: TurnContext): Promise<void>;
}

/** Activity types the bot handles (and whose turns read and write state). */
const TURN_TYPES = new Set<string>([ActivityTypes.Message, ActivityTypes.ConversationUpdate]);

/**
 * Channels whose turns skip the teams-ai Application: they have no Teams features to route (no
 * invokes, sign-in or message extensions), and the Application's turn state, route scan and
 * wrapping cost a few percent of every turn. Teams (and any channel not named here) keeps it.
 */
const DIRECT_CHANNELS = new Set<string>(['directline', 'webchat', 'whatsapp', 'emulator', 'test']);

/**
 * What the Application does with this app's two routes, without it: a message (its @mention of
 * the bot removed, as `removeRecipientMention: true` does) or members added go to the bot. Only
 * for the exact type names; anything else still goes through the Application.
 */
function directTurn(bot: LoopbaanBot, context: TurnContext): Promise<void> | undefined {
  const { activity } = context;
  if (activity.type === ActivityTypes.Message) {
    activity.text = TurnContext.removeRecipientMention(activity);
    return bot.onTurn(context);
  }
  if (activity.type === ActivityTypes.ConversationUpdate) {
    return Array.isArray(activity.membersAdded) && activity.membersAdded.length > 0 ? bot.onTurn(context) : Promise.resolve();
  }
  if (isPageEvent(activity)) return bot.onTurn(context);
  return undefined;
}

/** The web chat page was closed or is back (src/handover/model.ts PAGE_EVENTS). */
function isPageEvent(activity: Partial<Activity>): boolean {
  return activity.type === ActivityTypes.Event && Object.values<string>(PAGE_EVENTS).includes(activity.name ?? '');
}

/** The bot's handler straight away on the channels in DIRECT_CHANNELS, else the teams-ai router. */
function route(app: Application<TurnState>, bot: LoopbaanBot, context: TurnContext): Promise<unknown> {
  return (DIRECT_CHANNELS.has(context.activity.channelId) && directTurn(bot, context)) || app.run(context);
}

/** What `run` wraps around every turn; all optional, so tests can build the bot bare. */
export interface TurnGuards {
  /** One turn at a time per conversation; default: within this process only. */
  lock?: TurnLock;
  /** Salted pseudonyms, so booking owners carry no raw ids; default: a random salt. */
  keys?: PersonKeys;
  /** Reset only when the stored conversation itself cannot be continued. */
  conversationState?: ConversationState;
  /** With conversationState: both are read in the same round trip as taking the turn lock. */
  userState?: UserState;
  logger?: Logger;
  /** The Teams staff channel's app; its activities go there instead of to the bot. */
  staff?: StaffChannelApp;
  /**
   * Other reads every turn starts with (the open handover case), sent with the state's read in
   * the same round trip as taking the turn lock, and used under the same rule (TurnLock.during).
   */
  readAhead?: readonly ReadAhead[];
}

/**
 * A read made ahead of the turn: resolves to what puts its result on the turn (in turnState, for
 * the code that would otherwise read it). When it fails, nothing is put and the turn reads for itself.
 */
export type ReadAhead = (context: TurnContext) => Promise<((turn: TurnContext) => void) | undefined>;

/** The states and the other reads ahead, all sent at once (the client pipelines them). */
async function readTurn(context: TurnContext, states: Parameters<typeof readStates>[1], aheads: readonly ReadAhead[]): Promise<StatesRead> {
  const [read, ...kept] = await Promise.all([
    states.length > 0 ? readStates(context, states) : undefined,
    ...aheads.map((ahead) => ahead(context).catch(() => undefined)),
  ]);
  return {
    keep(turn) {
      read?.keep(turn);
      for (const keep of kept) keep?.(turn);
    },
  };
}

/**
 * The teams-ai router in front of the bot on Teams (DIRECT_CHANNELS go straight to the bot, the
 * same way). It strips Teams @mentions from the text before the dialogs see it; state stays with
 * the bot's own ConversationState/UserState, so the Application gets no storage of its own.
 *
 * `run` is the one door every channel's turn goes through (/api/messages, the built-in Direct
 * Line, WhatsApp), so this is where a turn is bounded: text cut to MAX_INBOUND_TEXT, one turn per
 * conversation at a time (the turn lock), the turn's owner keys in scope for bookings, and a reset
 * of conversation state that cannot be continued. Every outgoing activity is shaped for the turn's
 * channel at send time (src/channels/render.ts).
 *
 * Activities from the Teams staff channel go to the staff app instead; a hub's `handoff.status`
 * event goes straight to the bot (it may come without a user, which teams-ai's turn state needs).
 *
 * Note: `Application.handoff()` is the copilot-to-copilot `handoff/action` invoke, not the human
 * handover (`handoff.initiate` / `handoff.status`).
 */
export function createApp(bot: LoopbaanBot, guards: TurnGuards = {}): { run(context: TurnContext): Promise<void> } {
  const app = new Application<TurnState>({ removeRecipientMention: true, startTypingTimer: false });
  app.activity(ActivityTypes.Message, (context) => bot.onTurn(context));
  app.conversationUpdate('membersAdded', (context) => bot.onTurn(context));
  const lock = guards.lock ?? new MemoryTurnLock();
  const keys = guards.keys ?? PersonKeys.random();
  const logger = guards.logger ?? silentLogger;
  const state = guards.conversationState;

  /** Deletes the conversation's state; the user starts over instead of hitting the same wall. */
  const reset = async (context: TurnContext, reason: unknown): Promise<void> => {
    logger.warn('conversation state reset', { conversation: context.activity.conversation?.id, ...describeError(reason) });
    await state?.delete(context);
  };

  /** Loads the state once (the bot's accessors reuse it) and resets it when it cannot be used. */
  const checkStoredState = async (context: TurnContext): Promise<void> => {
    if (!state) return;
    try {
      const loaded: unknown = await state.load(context);
      const problem = dialogStackProblem(loaded);
      if (problem) await reset(context, new StateShapeError(problem));
    } catch (error) {
      if (failureKind(error) === 'dependency') throw error;
      await reset(context, error);
    }
  };

  return {
    async run(context) {
      const { staff } = guards;
      if (staff?.handles(context)) return staff.run(context);
      boundInboundText(context.activity);
      context.onSendActivities(renderOnSend);
      // A hub's `handoff.status` may come without a user, which teams-ai's turn state needs: straight to the bot.
      const handoff = isHandoffStatus(context.activity);
      // Typing indicators, events and the like reach no handler and touch no state: no lock needed.
      // The web chat page's "closed" and "back" are turns: they change the person's open case.
      if (!handoff && !TURN_TYPES.has(context.activity.type) && !isPageEvent(context.activity)) {
        await route(app, bot, context);
        return;
      }
      const { channelId, conversation } = context.activity;
      // Not salted: instances must agree on it even without DATA_HASH_SALT, and conversation ids
      // name no one (WhatsApp's are pseudonyms already); hashed only to bound the key's length.
      const conversationKey = createHash('sha256')
        .update(`${channelId}/${conversation?.id ?? ''}`)
        .digest('hex')
        .slice(0, 40);
      // What the turn reads first is read along with taking the lock (one round trip), not after it.
      const states = state && guards.userState ? [state, guards.userState] : [];
      const aheads = guards.readAhead ?? [];
      const prefetch = !handoff && states.length + aheads.length > 0 ? () => readTurn(context, states, aheads) : undefined;
      await lock.during<void, StatesRead>(
        conversationKey,
        async (read) => {
          read?.keep(context);
          keepTurnOwners(context, () => ownersOf(keys, context.activity));
          await checkStoredState(context);
          try {
            await (handoff ? bot.onTurn(context) : route(app, bot, context));
          } catch (error) {
            if (failureKind(error) === 'state') await reset(context, error).catch(() => {});
            throw error;
          }
        },
        prefetch,
      );
    },
  };
}
