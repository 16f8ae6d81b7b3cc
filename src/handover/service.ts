import type { i18n } from 'i18next';
import type { ContinueConversation } from '../bot/proactive.js';
import { TurnContext, type Activity } from '../bot/sdk.js';
import { renderOnSend } from '../channels/render.js';
import { toActivity } from '../conversation/activity.js';
import type { Clock } from '../domain/calendar.js';
import { translatorFor, type Translator } from '../i18n/i18n.js';
import type { Locale } from '../i18n/locale.js';
import { describeError } from '../observability/errors.js';
import { phoneForDisplay, understandContact } from '../understanding/contact.js';
import type { Logger } from '../observability/logger.js';
import type { ReachCounter } from '../staff/reach.js';
import { offerToHub } from './hub.js';
import {
  firstName,
  THE_USER,
  userKeyOf,
  type Actor,
  type CaseMessage,
  type HandoverCase,
  type NewCase,
  type StaffThread,
  type TakeResult,
} from './model.js';
import type { StaffHours } from './staffHours.js';
import type { HandoverStore } from './store.js';
import type { TranscriptRecorder } from './transcript.js';
import { TurnTranscript } from './turnTranscript.js';
import { estimateWait, type WaitEstimate } from './waitTime.js';

/**
 * Where staff work on cases besides the console: the Teams staff channel (teams/staffChannel.ts).
 * Failures are logged and never stop the user's side: the case stays in the store and the console.
 */
export interface StaffNotifier {
  /** Posts the new case; returns where its card and thread are. */
  caseOpened(c: HandoverCase): Promise<StaffThread | undefined>;
  /** The case changed (taken, closed): every staff member sees its new state. */
  caseChanged(c: HandoverCase): Promise<void>;
  /** The user wrote while the case is open; or the bot has news for staff (`notice`: a staff.json key, with its values). */
  toStaff(c: HandoverCase, message: { userText: string } | { notice: string; values?: Record<string, string> }): Promise<void>;
}

export interface HandoverServiceDeps {
  store: HandoverStore;
  transcripts: TranscriptRecorder;
  hours: StaffHours;
  clock: Clock;
  i18n: i18n;
  reach: ReachCounter;
  /** How to reach a user's conversation, per channel; `fallback` for the Bot Framework channels. */
  users: { fallback: ContinueConversation; byChannel?: Record<string, ContinueConversation> };
  staff?: StaffNotifier;
  /** HANDOVER_HUB=on: also send `handoff.initiate`, so an external contact-centre hub can take the case. */
  hub: boolean;
  /** VDAB's free number: shown as a tap-to-call button with every queue message. */
  phone: string;
  logger: Logger;
}

/** A case as the queue sees it: its place and what to say about the wait. */
export interface QueueStatus {
  position: number;
  wait: WaitEstimate;
}

const HOUR_MS = 3_600_000;

/**
 * The warm handover: opens cases, keeps the queue moving, relays staff replies to the user on their
 * own channel, and gives the conversation back to the bot when a case closes. Staff act through
 * the Teams staff app, the console, or an external hub (`handoff.status`); all three end here, so
 * the user hears the same thing whoever acts.
 */
export class HandoverService {
  /**
   * The bot takes the conversation back ("Kan ik je nog ergens mee helpen?"). Set once by
   * composition: the bot and the service need each other.
   */
  welcomeBack: ((context: TurnContext, locale: Locale) => Promise<void>) | undefined;

  constructor(readonly deps: HandoverServiceDeps) {}

  staffAvailable(): boolean {
    return this.deps.hours.isOpen(this.deps.clock.now());
  }

  /** Opens a chat or call-back case from the user's turn; the summary and transcript go with it. */
  async open(context: TurnContext, input: Omit<NewCase, 'userKey' | 'reference' | 'transcript'>): Promise<HandoverCase> {
    const reference = TurnContext.getConversationReference(context.activity);
    const userKey = userKeyOf(reference);
    // This turn's lines included: the user's answer that opened the case is the one staff need most.
    const transcript = await TurnTranscript.of(context, this.deps.transcripts).recent();
    const { created, case: opened } = await this.deps.store.open({ ...input, userKey, reference, transcript }, this.deps.clock.now());
    if (!created) return opened;
    this.deps.logger.info('handover opened', {
      case: opened.id,
      mode: opened.mode,
      reason: opened.summary.reason,
      channel: opened.summary.channel,
    });
    await this.deps.reach.record('handover', { channel: context.activity.channelId, locale: opened.summary.locale });
    await this.safely('post case to staff', opened.id, async () => {
      const thread = await this.deps.staff?.caseOpened(opened);
      if (thread) await this.deps.store.setStaffThread(opened.id, thread);
    });
    if (this.deps.hub && opened.mode === 'chat') {
      await offerToHub(context, opened);
      await this.deps.store.markOfferedToHub(opened.id);
    }
    return (await this.deps.store.get(opened.id)) ?? opened;
  }

  /** The case's place in the queue (1 = next) and an honest wait; undefined when it no longer waits. */
  async queueStatus(caseId: string): Promise<QueueStatus | undefined> {
    const queue = await this.deps.store.queue();
    const index = queue.indexOf(caseId);
    if (index < 0) return undefined;
    const taken = await this.deps.store.takenSince(new Date(this.deps.clock.now().getTime() - HOUR_MS));
    return { position: index + 1, wait: estimateWait(index + 1, taken) };
  }

  /** "Je bent nummer 2 in de rij." and the wait, as one message with the way out and the phone. */
  async queueMessage(t: Translator, caseId: string, now: boolean): Promise<Partial<Activity> | undefined> {
    const status = await this.queueStatus(caseId);
    if (!status) return undefined;
    const position = t(now ? 'handover:queue.positionNow' : 'handover:queue.position', { position: status.position });
    const wait =
      status.wait.kind === 'minutes'
        ? t('handover:queue.wait', { minutes: status.wait.minutes })
        : t(status.wait.kind === 'long' ? 'handover:queue.waitLong' : 'handover:queue.waitUnknown');
    return this.withCallButton(t, toActivity({ text: `${position} ${wait}`, buttons: [this.leaveButton(t, 'handover:queue.leave')] }));
  }

  /** Adds VDAB's number as a tap-to-call button (`tel:`); channels without it show the number in the text. */
  withCallButton(t: Translator, activity: Partial<Activity>): Partial<Activity> {
    const actions = [
      ...(activity.suggestedActions?.actions ?? []),
      { type: 'call', title: t('handover:callButton', { phone: this.deps.phone }), value: telUri(this.deps.phone) },
    ];
    return { ...activity, suggestedActions: { to: [], actions } };
  }

  leaveButton(t: Translator, key: 'handover:queue.leave' | 'handover:chat.stop'): { value: string; title: string } {
    return { value: 'leave', title: t(key) };
  }

  /** A staff member (or the hub) takes a waiting case: the user hears who helps, the queue moves up. */
  async take(caseId: string, by: Actor, options: { cardUpdated?: boolean } = {}): Promise<TakeResult> {
    const result = await this.deps.store.take(caseId, by, this.deps.clock.now());
    if (!result.ok) return result;
    const taken = result.case;
    this.deps.logger.info('handover taken', { case: taken.id, by: by.kind });
    if (!options.cardUpdated) await this.cardChanged(taken);
    if (taken.mode === 'chat' && by.kind !== 'hub') {
      await this.toUser(taken, (t) => [
        toActivity({ text: t('handover:chat.taken', { name: firstName(by.name) }), buttons: [this.leaveButton(t, 'handover:chat.stop')] }),
      ]);
    }
    await this.updatePositions();
    return result;
  }

  /**
   * A staff member hands a taken chat back (their shift ends, a colleague knows more): the person
   * hears it and waits again, first in line; the chat so far stays with the case for whoever takes
   * it next. Undefined when it is not a taken chat.
   */
  async handBack(caseId: string, by: Actor, options: { cardUpdated?: boolean } = {}): Promise<HandoverCase | undefined> {
    const back = await this.deps.store.handBack(caseId, by, this.deps.clock.now());
    if (!back) return undefined;
    this.deps.logger.info('handover handed back', { case: back.id, by: by.kind });
    if (!options.cardUpdated) await this.cardChanged(back);
    await this.toUser(back, (t) => [
      toActivity({
        text: t('handover:chat.handedBack', { name: firstName(by.name) }),
        buttons: [this.leaveButton(t, 'handover:queue.leave')],
      }),
    ]);
    // Everyone's place, this person's too ("Je bent nu nummer 1 in de rij.").
    await this.updatePositions();
    return back;
  }

  /**
   * "Vergeet mij": every open case of the conversation of `context` is closed as by the user (staff
   * see it withdrawn, nobody calls), then deleted with what it holds (phone number, messages).
   * Closed cases are not indexed by person; they expire with the store's TTL.
   */
  async forgetUser(context: TurnContext): Promise<number> {
    const userKey = userKeyOf(TurnContext.getConversationReference(context.activity));
    const own = (await this.deps.store.listOpen()).filter((c) => c.userKey === userKey);
    for (const open of own) {
      await this.close(open.id, THE_USER);
      await this.deps.store.forget(open.id);
    }
    return own.length;
  }

  /**
   * Closes a case. Staff or hub closing a chat: the user hears it and the bot is back (in
   * `context` when given, else proactively). The user leaving: staff hear it. Undefined when it
   * was closed already (only the first closer acts). `cardUpdated`: the card action updates the
   * Teams card itself; the same for `take`.
   */
  async close(
    caseId: string,
    by: Actor,
    context?: TurnContext,
    options: { cardUpdated?: boolean } = {},
  ): Promise<HandoverCase | undefined> {
    const closed = await this.deps.store.close(caseId, by, this.deps.clock.now());
    if (!closed) return undefined;
    this.deps.logger.info('handover closed', { case: closed.id, by: by.kind });
    if (!options.cardUpdated) await this.cardChanged(closed);
    if (by.kind === 'user') {
      const notice = closed.takenBy ? 'staff:relay.userStopped' : 'staff:relay.userLeft';
      await this.tellStaff(closed, { notice });
    } else if (closed.mode === 'chat') {
      const t = translatorFor(this.deps.i18n, closed.summary.locale);
      // Closed before anyone took it (the end of the day, a colleague's clean-up): no chat ended,
      // so the person hears that nobody is free and gets the phone instead.
      const ending = closed.takenBy
        ? toActivity({ text: t('handover:chat.closedByStaff') })
        : this.withCallButton(
            t,
            toActivity({ text: `${t('handover:chat.closedWhileWaiting')} ${t('handover:callSelf', { phone: this.deps.phone })}` }),
          );
      const back = async (ctx: TurnContext) => {
        await ctx.sendActivity(ending);
        await this.welcomeBack?.(ctx, closed.summary.locale);
      };
      await (context ? back(context) : this.continueWithUser(closed, back));
    }
    await this.updatePositions();
    return closed;
  }

  /**
   * The person closed the chat page: the case no longer waits (the queue moves up, nobody can take
   * it), and staff read that the person left, with a phone number they typed, if any, to call
   * back. Nothing is dropped: summary, transcript and messages stay with the case.
   */
  async userLeft(c: HandoverCase): Promise<void> {
    const left = await this.deps.store.setLeft(c.id, this.deps.clock.now().toISOString());
    if (!left) return;
    this.deps.logger.info('handover: the person left the chat page', { case: left.id, state: left.state });
    await this.cardChanged(left);
    const phone = await this.typedPhone(left);
    const notice = phone ? { notice: 'staff:relay.pageClosedPhone', values: { phone } } : { notice: 'staff:relay.pageClosed' };
    await this.tellStaff(left, notice);
    if (left.state === 'waiting') await this.updatePositions();
  }

  /**
   * The person is back on the chat page (or wrote again): a case they left waits on at its old
   * place. `inTheirTurn`: the person's own turn tells them their place, so no second message.
   */
  async userBack(c: HandoverCase, options: { inTheirTurn?: boolean } = {}): Promise<HandoverCase> {
    const back = await this.deps.store.setLeft(c.id, undefined);
    if (!back) return c;
    this.deps.logger.info('handover: the person is back', { case: back.id, state: back.state });
    await this.cardChanged(back);
    await this.tellStaff(back, { notice: 'staff:relay.back' });
    if (back.state === 'waiting') await this.updatePositions(options.inTheirTurn ? back.id : undefined);
    return back;
  }

  /**
   * The last phone number the person typed in the conversation or while waiting ("bel me op 0470 12
   * 34 56"), as staff dial it: for a person who left a chat without asking for a call-back.
   */
  async typedPhone(c: HandoverCase): Promise<string | undefined> {
    const typed = [
      ...c.transcript.filter((line) => line.from === 'user' && !line.tapped).map((line) => line.text),
      ...(await this.deps.store.messages(c.id)).filter((m) => m.from === 'user').map((m) => m.text),
    ];
    for (const text of typed.reverse()) {
      const contact = understandContact(text);
      if (contact.ok && contact.kind === 'phone') return phoneForDisplay(contact.value);
    }
    return undefined;
  }

  /** A staff reply: kept in the case's log and delivered to the user, once, in order. */
  async staffMessage(
    caseId: string,
    by: Actor,
    text: string,
    dedupeKey?: string,
  ): Promise<'sent' | 'duplicate' | 'not_taken' | 'closed' | 'not_found'> {
    const current = await this.deps.store.get(caseId);
    if (!current) return 'not_found';
    if (current.state === 'closed') return 'closed';
    if (current.state !== 'taken') return 'not_taken';
    const message = await this.deps.store.append(
      caseId,
      { from: 'staff', text, at: this.deps.clock.now().toISOString(), name: firstName(by.name) },
      dedupeKey,
    );
    if (!message) return 'duplicate';
    // A whole reply by itself: the web chat shows it at once, without waiting for more of it.
    await this.toUser(current, (t) => [
      toActivity({ text: t('handover:chat.fromStaff', { name: message.name ?? '', text }), standalone: true }),
    ]);
    return 'sent';
  }

  /** The user wrote while their case is open: kept in the log and passed to staff (not to an external hub, which sees it itself). */
  async userMessage(c: HandoverCase, text: string, dedupeKey?: string): Promise<CaseMessage | undefined> {
    const message = await this.deps.store.append(c.id, { from: 'user', text, at: this.deps.clock.now().toISOString() }, dedupeKey);
    if (message && c.takenBy?.kind !== 'hub') {
      await this.safely('relay to staff', c.id, () => this.deps.staff?.toStaff(c, { userText: text }) ?? Promise.resolve());
    }
    return message;
  }

  /** One line to the case's user, with the way out of the queue. */
  async tellUser(c: HandoverCase, key: 'handover:chat.hubFailed'): Promise<void> {
    await this.toUser(c, (t) => [toActivity({ text: t(key), buttons: [this.leaveButton(t, 'handover:queue.leave')] })]);
  }

  /** Tells everyone still waiting their new place, after someone left the queue. */
  private async updatePositions(except?: string): Promise<void> {
    for (const id of await this.deps.store.queue()) {
      if (id === except) continue;
      const waiting = await this.deps.store.get(id);
      if (!waiting) continue;
      await this.toUser(waiting, async (t) => {
        const message = await this.queueMessage(t, id, true);
        return message ? [message] : [];
      });
    }
  }

  /** Sends activities to the case's user on their own channel, in their language. */
  private toUser(c: HandoverCase, build: (t: Translator) => Partial<Activity>[] | Promise<Partial<Activity>[]>): Promise<void> {
    return this.continueWithUser(c, async (context) => {
      for (const activity of await build(translatorFor(this.deps.i18n, c.summary.locale))) await context.sendActivity(activity);
    });
  }

  private continueWithUser(c: HandoverCase, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const channel = c.reference.channelId ?? '';
    const continueIn = this.deps.users.byChannel?.[channel] ?? this.deps.users.fallback;
    return this.safely('reach the user', c.id, () =>
      continueIn(c.reference, async (context) => {
        context.onSendActivities(renderOnSend);
        context.activity.locale = c.summary.locale;
        await logic(context);
      }),
    );
  }

  /** The case's card in the staff channel shows its new state; a channel that fails is logged, never the person's turn. */
  private cardChanged(c: HandoverCase): Promise<void> {
    return this.safely('update staff card', c.id, () => this.deps.staff?.caseChanged(c) ?? Promise.resolve());
  }

  /** News for staff in the case's thread (`notice`: a staff.json key, with its values); a failure is logged. */
  private tellStaff(c: HandoverCase, message: { notice: string; values?: Record<string, string> }): Promise<void> {
    return this.safely('tell staff', c.id, () => this.deps.staff?.toStaff(c, message) ?? Promise.resolve());
  }

  private async safely(what: string, caseId: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.deps.logger.warn(`handover: could not ${what}`, { case: caseId, ...describeError(error) });
    }
  }
}

/** `0800 30 700` → `tel:080030700`; a leading + stays. */
export function telUri(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
