import type { Language } from '../bot/language.js';
import { ActivityTypes, TurnContext, type Activity } from '../bot/sdk.js';
import { plainTextOf } from '../channels/render.js';
import { toActivity } from '../conversation/activity.js';
import { listFor, translatorFor } from '../i18n/i18n.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { recognizeCommand, type CommandVocabulary } from '../understanding/commands.js';
import { isOneOf, normalize } from '../understanding/text.js';
import { handoffStatusOf } from './hub.js';
import { PAGE_EVENTS, THE_USER, userKeyOf, type Actor, type HandoverCase, type TranscriptLine } from './model.js';
import type { HandoverService } from './service.js';
import { TurnTranscript } from './turnTranscript.js';

const HUB: Actor = { kind: 'hub', id: 'hub', name: 'hub' };

/** How words of despair are heard, and the crisis line for a language (src/handover/distress.ts, crisisLine.ts). */
export interface DistressHelp {
  seemsInDistress(text: string): boolean;
  crisisLine(locale: Locale): { name: string; phone: string };
}
/** turnState: the open chat case as `readAhead` found it. */
const OPEN_CASE_READ_AHEAD = Symbol('loopbaanbot.openCaseReadAhead');

/**
 * The user's side of an open case, in front of the dialogs (called by LoopbaanBot on every turn):
 * while a chat case is open the dialogs do not answer; messages go to staff, and "stop" (or the
 * "Stoppen met wachten" button) leaves the queue or ends the chat. Also records the short
 * transcript of every conversation and handles the hub's `handoff.status`.
 */
export class HandoverGate {
  private readonly leaveWords: readonly string[];
  /** "Met iemand praten": what the web chat page's own button sends, in every language. */
  private readonly pageButtonWords: readonly string[];

  constructor(
    private readonly service: HandoverService,
    private readonly language: Language,
    private readonly commands: CommandVocabulary,
    /** Words of despair written while waiting get the crisis line at once (DialogDeps' handover has the same). */
    private readonly distress?: DistressHelp,
  ) {
    const { i18n } = service.deps;
    this.leaveWords = LOCALES.flatMap((l) => {
      const t = translatorFor(i18n, l);
      return [t('handover:queue.leave'), t('handover:chat.stop'), ...listFor(i18n, l, 'understanding:leaveHandover')];
    }).map(normalize);
    this.pageButtonWords = LOCALES.map((l) => normalize(translatorFor(i18n, l)('common:menu.person')));
  }

  /**
   * Keeps this turn's lines (the user's message, the bot's replies) for the short transcript. They
   * are held in the turn and written together: the caller ends the returned transcript once the
   * turn is over, whether it succeeded or failed (src/bot/loopbaanBot.ts).
   */
  async record(context: TurnContext): Promise<TurnTranscript> {
    const { transcripts, clock } = this.service.deps;
    const transcript = TurnTranscript.of(context, transcripts);
    const { activity } = context;
    context.onSendActivities(async (_ctx, activities, next) => {
      const lines: TranscriptLine[] = [];
      for (const sent of activities as Partial<Activity>[]) {
        if ((sent.type ?? ActivityTypes.Message) === ActivityTypes.Message && sent.text) {
          // Staff read the copy as written, not the channel's Markdown links.
          // What a tap sends (the title may carry a number in front: "1. Nu chatten").
          const buttons = (sent.suggestedActions?.actions ?? []).map((a) => String(typeof a.value === 'string' ? a.value : a.title));
          lines.push({ from: 'bot', text: plainTextOf(sent), at: clock.now().toISOString(), ...(buttons.length > 0 && { buttons }) });
        }
      }
      await transcript.add(...lines);
      return next();
    });
    if (activity.type === ActivityTypes.Message && activity.text) {
      const tapped = isOneOf(activity.text, this.pageButtonWords);
      await transcript.add({ from: 'user', text: activity.text, at: clock.now().toISOString(), ...(tapped && { tapped: true as const }) });
    }
    return transcript;
  }

  /**
   * Looks up the conversation's open chat case ahead of the turn (src/bot/app.ts sends it with the
   * state's read and the turn lock), so that `intercept` need not ask in a round trip of its own.
   */
  async readAhead(context: TurnContext): Promise<(turn: TurnContext) => void> {
    const open = await this.openChatOf(context);
    return (turn) => turn.turnState.set(OPEN_CASE_READ_AHEAD, { open });
  }

  /** True when an open case answered this turn, so the dialogs must not run. */
  async intercept(context: TurnContext): Promise<boolean> {
    const { activity } = context;
    const ahead = context.turnState.get(OPEN_CASE_READ_AHEAD) as { open: HandoverCase | undefined } | undefined;
    // Used once: whatever the turn does next, a later look must see the store as it is then.
    context.turnState.delete(OPEN_CASE_READ_AHEAD);
    let open = ahead ? ahead.open : await this.openChatOf(context);
    if (!open) return false;
    if (activity.type !== ActivityTypes.Message) {
      // The chat page was closed, or it is back (a reload, reopened): staff see it, the queue moves.
      if (activity.type === ActivityTypes.Event && activity.name === PAGE_EVENTS.left) await this.service.userLeft(open);
      if (activity.type === ActivityTypes.Event && activity.name === PAGE_EVENTS.back) await this.service.userBack(open);
      // The chat page reopened: no new greeting, the case goes on.
      return true;
    }
    const text = activity.text ?? '';
    const t = this.language.t(context);
    // Writing again is being back, whatever the page said before (a page hidden, then shown from the cache).
    if (open.leftAt) open = await this.service.userBack(open, { inTheirTurn: true });
    if (this.wantsToLeave(text)) {
      await this.service.close(open.id, THE_USER);
      await context.sendActivity(toActivity({ text: t(open.state === 'taken' ? 'handover:chat.stopped' : 'handover:queue.left') }));
      await this.service.welcomeBack?.(context, this.language.locale(context));
      return true;
    }
    if (text.trim() === '') return true;
    await this.service.userMessage(open, text, activity.id);
    if (open.state === 'waiting') {
      // "ik zie het echt niet meer zitten" while waiting: the crisis line first, the place in the queue kept.
      if (this.distress?.seemsInDistress(text))
        await context.sendActivity(
          toActivity({ text: t('handover:distressHelp', this.distress.crisisLine(this.language.locale(context))) }),
        );
      await context.sendActivity(toActivity({ text: t('handover:queue.stillWaiting') }));
      const status = await this.service.queueMessage(t, open.id, false);
      if (status) await context.sendActivity(status);
    }
    return true;
  }

  /**
   * `handoff.status` from an external hub: accepted = the hub took the case; completed = it is
   * closed and the bot is back; failed = the user stays in the built-in queue. Never rejected;
   * ignored when no case is open or the hub is off.
   */
  async handoffStatus(context: TurnContext): Promise<void> {
    const status = handoffStatusOf(context.activity);
    if (!status || !this.service.deps.hub) return;
    const open = await this.openChatOf(context);
    if (!open) return;
    switch (status.state) {
      case 'accepted':
        await this.service.take(open.id, HUB);
        return;
      case 'completed':
        await this.service.close(open.id, HUB);
        return;
      case 'failed':
        if (open.state === 'waiting') await this.service.tellUser(open, 'handover:chat.hubFailed');
        return;
    }
  }

  private openChatOf(context: TurnContext): Promise<HandoverCase | undefined> {
    return this.service.deps.store.openChatOf(userKeyOf(TurnContext.getConversationReference(context.activity)));
  }

  private wantsToLeave(text: string): boolean {
    // The whole message, with a typo at most ("stop wachten", "stopen met wachten"): a sentence to
    // the staff member that only contains such words ("ik kan niet meer wachten") is passed on.
    return recognizeCommand(text, this.commands) === 'stop' || isOneOf(text, this.leaveWords);
  }
}
