import { formatClock } from '../src/i18n/format.js';
import { ComponentDialog, type DialogTurnResult, type TurnContext, type WaterfallStepContext } from '../src/bot/sdk.js';
import { minutesOf } from '../src/domain/calendar.js';
import { INTL_TAGS } from '../src/i18n/locale.js';
import type { CaseSummary, HandoverReason, PartOfDay } from '../src/handover/model.js';
import { buildSummary } from '../src/handover/summary.js';
import { phoneForDisplay, understandContact } from '../src/understanding/contact.js';
import { clampText, containsPhrase } from '../src/understanding/text.js';
import { understandWhen, type TimeWindow } from '../src/understanding/when.js';
import { ask, AskPrompt, choiceOf, typedOf, type ParseResult, type Question, type Text } from './shared/ask.js';
import { standingCallback, type DialogDeps, type HandoverDialogDeps } from './shared/deps.js';
import { ownNumberChosen, ownNumberOffer } from './shared/ownNumber.js';
import { send } from './shared/send.js';
import { Steps, values } from './shared/steps.js';

export type TalkToPersonDeps = Pick<DialogDeps, 'language' | 'vocabulary' | 'contact' | 'channel'> &
  Partial<Pick<DialogDeps, 'eligibilityCheck' | 'booking' | 'handover'>>;

/** Why the bot hands over; other dialogs start this one with `beginDialog(TalkToPersonDialog.id, { reason })`. */
export interface TalkToPersonOptions {
  reason?: HandoverReason;
}

const CHAT = 'chat';
const CALLBACK = 'callback';
const DECLINE = 'decline';

/** The one question before the handover, in staff hours. */
const howQuestion: Question = {
  text: { key: 'handover:how.question' },
  choices: [
    { id: CHAT, label: 'handover:how.chat' },
    { id: CALLBACK, label: 'handover:how.callback' },
    // Asked for a person and then not wanting one ("nee", "laat maar"): a way out, never a loop.
    { id: DECLINE, label: 'handover:how.no', synonyms: 'declineHandover' },
  ],
  // A phone number typed here means "call me on this number".
  open: 'numberAtHow',
  handover: true,
};

/** Outside staff hours only a call-back is possible. */
const callbackQuestion: Question = {
  text: { key: 'handover:closed.question' },
  choices: [
    { id: CALLBACK, label: 'handover:closed.yes', synonyms: 'yes' },
    { id: DECLINE, label: 'handover:closed.no', synonyms: 'no' },
  ],
  open: 'numberWhenClosed',
  handover: true,
};

const partOfDayQuestion: Question = {
  text: { key: 'handover:callback.partOfDay' },
  choices: [
    { id: 'morning', label: 'handover:callback.morning' },
    { id: 'afternoon', label: 'handover:callback.afternoon' },
    { id: 'any', label: 'handover:callback.any' },
  ],
  // "rond 10 uur", "na 17u": a time typed instead of a part of the day, read before the buttons'
  // words ("après 17h" is no "Après-midi").
  open: 'callTime',
  openFirst: true,
  handover: true,
};

/** Noon, in minutes of the day: where the morning ends. */
const NOON = 12 * 60;

/**
 * "Met iemand praten": the warm handover to VDAB staff, in the same chat.
 *
 * Steps, one question each:
 * 1. `howStep`: chat now or be called back (outside staff hours: "Wil je dat we je terugbellen?").
 *    Someone in distress first gets Tele-Onthaal's number.
 * 2. `routeStep`: chat → into the queue, and the dialogs stop (a case is open; the bot comes back
 *    when it closes); call-back → asks the phone number; no → the free number.
 * 3. `partOfDayStep`: morning, afternoon or any time.
 * 4. `callbackStep`: stores the call-back request and says when we call.
 *
 * Without handover deps (tests of other flows) it gives the free number and its hours, as before.
 */
export class TalkToPersonDialog extends ComponentDialog {
  static readonly id = 'talkToPerson';

  constructor(private readonly deps: TalkToPersonDeps) {
    super(TalkToPersonDialog.id);
    this.addDialog(
      new AskPrompt(deps, {
        phone: (text, context) => this.phoneOrTime(text, context),
        callTime: (text, context) => this.partOfDayTyped(text, context),
        numberAtHow: (text) => numberOr(text, 'handover:how.retry'),
        numberWhenClosed: (text) => numberOr(text, 'handover:closed.retry'),
      }),
    );
    this.addDialog(
      new Steps(`${TalkToPersonDialog.id}.steps`, [
        (step) => this.howStep(step as WaterfallStepContext<TalkToPersonOptions>),
        (step) => this.routeStep(step as WaterfallStepContext<TalkToPersonOptions>),
        (step) => this.partOfDayStep(step),
        (step) => this.callbackStep(step as WaterfallStepContext<TalkToPersonOptions>),
      ]),
    );
    this.initialDialogId = `${TalkToPersonDialog.id}.steps`;
  }

  /** Asks the one question: chat now or call back; outside staff hours, whether to call back. */
  private async howStep(step: WaterfallStepContext<TalkToPersonOptions>): Promise<DialogTurnResult> {
    const handover = this.deps.handover;
    if (!handover) return this.giveContact(step);
    const { language, contact } = this.deps;
    const t = language.t(step.context);
    if (step.options.reason === 'distress') {
      await send(step.context, t('handover:distressHelp', handover.crisisLine));
    }
    const standing = await this.callbackAgain(step);
    if (standing) {
      await send(step.context, ...standing);
      return step.endDialog();
    }
    // "Bel mij op 0471 23 45 67": the number is kept, and with words of a call-back it is the
    // answer already; only when to call is asked (and, out of hours, when staff are back).
    const said = this.numberSaid(step.context);
    if (said) values(step).phoneSaid = said;
    if (said && this.asksCallback(step.context)) {
      if (!handover.service.staffAvailable()) await send(step.context, this.closedNow(step));
      return step.next({ typed: said });
    }
    if (handover.service.staffAvailable()) {
      await send(step.context, t('handover:intro'));
      await this.sendCallSelf(step, t('handover:callSelf', { phone: contact.phone }));
      return ask(step, howQuestion);
    }
    await send(step.context, this.closedNow(step));
    // Out of staff hours the phone line may be closed too: when it is open, not only its number
    // ("wellicht" while data/vdab-contact.json has the hours unconfirmed).
    await this.sendCallSelf(
      step,
      t(contact.hoursConfirmed ? 'handover:callSelfHours' : 'handover:callSelfHoursUnsure', {
        phone: contact.phone,
        ...this.phoneHours(step),
      }),
    );
    return ask(step, callbackQuestion);
  }

  /** Chat: into the queue, and the bot steps aside. Call-back: asks the number. No: the free number. */
  private async routeStep(step: WaterfallStepContext<TalkToPersonOptions>): Promise<DialogTurnResult> {
    const handover = this.deps.handover as HandoverDialogDeps;
    const t = this.deps.language.t(step.context);
    const chosen = choiceOf(step.result);
    if (chosen === CHAT) {
      const opened = await handover.service.open(step.context, { mode: 'chat', summary: await this.summary(step, { mode: 'chat' }) });
      await send(step.context, t('handover:queue.searching'), t('handover:queue.meanwhile'));
      const status = await handover.service.queueMessage(t, opened.id, false);
      if (status) await step.context.sendActivity(status);
      // The case is open: from now on the handover gate answers, not the dialogs.
      return step.cancelAllDialogs(true);
    }
    // The number typed instead of tapping: call that number, so it is not asked again.
    const typedNumber = typedOf<string>(step.result);
    if (typedNumber !== undefined) return step.next({ typed: typedNumber });
    // Already on the way to a person: only "terug" is offered next to typing the number.
    // The number said when asking for a person is not asked again.
    const saidBefore = values(step).phoneSaid as string | undefined;
    if (chosen === CALLBACK && saidBefore) return step.next({ typed: saidBefore });
    if (chosen === CALLBACK) return ask(step, this.phoneQuestion(step.context));
    // "Nee, dank je" in staff hours: the free number was just said; back to what was going on.
    if (chosen === DECLINE && handover.service.staffAvailable()) {
      await send(step.context, t('handover:how.declined'));
      return step.endDialog();
    }
    const declined = handover.service.withCallButton(t, {
      type: 'message',
      text: t('handover:closed.declined', { phone: this.deps.contact.phone }),
    });
    await step.context.sendActivity({ ...declined, speak: declined.text, textFormat: 'plain' });
    return step.endDialog();
  }

  /** "Op welk nummer?"; on WhatsApp the number that writes is a button. */
  private phoneQuestion(context: TurnContext): Question {
    const own = ownNumberOffer(this.deps, context);
    return {
      text: { key: own ? 'handover:callback.phoneOrOwn' : 'handover:callback.phone' },
      ...own,
      open: 'phone',
      helpers: ['back'],
      handover: true,
    };
  }

  /** Keeps the number; asks the part of the day. */
  private async partOfDayStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    values(step).phone = typedOf<string>(step.result) ?? ownNumberChosen(this.deps, step.context, step.result);
    return ask(step, partOfDayQuestion);
  }

  /** Stores the call-back request and says when we call. */
  private async callbackStep(step: WaterfallStepContext<TalkToPersonOptions>): Promise<DialogTurnResult> {
    const handover = this.deps.handover as HandoverDialogDeps;
    const t = this.deps.language.t(step.context);
    const phone = String(values(step).phone ?? '');
    const partOfDay = (choiceOf(step.result) ?? 'any') as PartOfDay;
    const opened = await handover.service.open(step.context, {
      mode: 'callback',
      summary: await this.summary(step, { mode: 'callback', phone, partOfDay }),
    });
    await handover.callback?.set(step.context, { caseId: opened.id });
    await send(step.context, t('handover:callback.done', { phone: phoneForDisplay(phone) }), this.whenWeCall(step, partOfDay));
    return step.endDialog();
  }

  /** "We bellen je in de voormiddag"; out of staff hours on the day they are back ("op maandag 7 december …"). */
  private whenWeCall(step: WaterfallStepContext, partOfDay: PartOfDay): string {
    const t = this.deps.language.t(step.context);
    const { service } = this.deps.handover as HandoverDialogDeps;
    const next = service.staffAvailable() ? undefined : service.deps.hours.nextOpening(service.deps.clock.now());
    return next ? t(`handover:callback.whenDay.${partOfDay}`, { day: this.day(step, next) }) : t(`handover:callback.when.${partOfDay}`);
  }

  /**
   * A call-back asked in this conversation that staff have not closed yet ("wanneer bellen ze?"
   * after asking): said again, never a second request.
   */
  private async callbackAgain(step: WaterfallStepContext): Promise<string[] | undefined> {
    const found = await standingCallback(this.deps.handover as HandoverDialogDeps, step.context);
    const contact = found?.summary.contact;
    if (contact?.mode !== 'callback') return undefined;
    const t = this.deps.language.t(step.context);
    return [t('handover:callback.already', { phone: phoneForDisplay(contact.phone) }), this.whenWeCall(step, contact.partOfDay)];
  }

  /** "Er is nu geen medewerker. Een medewerker is er weer op maandag 30 november om 8.00 uur." */
  private closedNow(step: WaterfallStepContext): string {
    const handover = this.deps.handover as HandoverDialogDeps;
    const t = this.deps.language.t(step.context);
    const next = handover.service.deps.hours.nextOpening(handover.service.deps.clock.now());
    return next ? `${t('handover:closed.now')} ${t('handover:closed.next', { when: this.when(step, next) })}` : t('handover:closed.now');
  }

  /** A phone number in the message that asked for a person ("bel mij op 0471 23 45 67"). */
  private numberSaid(context: TurnContext): string | undefined {
    if (context.activity.type !== 'message') return undefined;
    const read = parsePhone(clampText(context.activity.text ?? ''));
    return read.ok && 'value' in read ? String(read.value) : undefined;
  }

  /** The message asks to be called ("bel mij", "rappelez-moi"), in any language. */
  private asksCallback(context: TurnContext): boolean {
    const phrases = this.deps.vocabulary.choice(CALLBACK, 'handover:how.callback').phrases;
    return containsPhrase(clampText(context.activity.text ?? ''), phrases);
  }

  private async summary(step: WaterfallStepContext<TalkToPersonOptions>, contact: CaseSummary['contact']): Promise<CaseSummary> {
    const context = step.context;
    return buildSummary({
      reason: step.options.reason ?? 'asked',
      locale: this.deps.language.locale(context),
      channelId: context.activity.channelId,
      eligibility: await this.deps.eligibilityCheck?.get(context),
      lastBooking: await this.deps.booking?.lastBooking.get(context),
      contact,
    });
  }

  /** "maandag 30 november om 8.00 uur" in the user's language. */
  private when(step: WaterfallStepContext, instant: Date): string {
    const locale = this.deps.language.locale(step.context);
    const day = this.day(step, instant);
    const time = new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Europe/Brussels',
    }).format(instant);
    return this.deps.language.t(step.context)('handover:closed.at', { day, time: formatClock(locale, time) });
  }

  /** "maandag 30 november", in the chat's language. */
  private day(step: WaterfallStepContext, instant: Date): string {
    const locale = this.deps.language.locale(step.context);
    return new Intl.DateTimeFormat(INTL_TAGS[locale], {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'Europe/Brussels',
    }).format(instant);
  }

  /**
   * The number asked, and a time typed ("s avonds na 6 uur"): when staff call, and that the time
   * is asked next; never "that is no phone number" again and again.
   */
  private phoneOrTime(text: string, context: TurnContext): ParseResult {
    const parsed = parsePhone(text);
    if (parsed.ok || !this.typedTime(text)) return parsed;
    return { ok: false, retry: this.callHours(context, 'handover:callback.phoneRetry.time') };
  }

  /**
   * A time typed at "Wanneer bellen we je het best?": the morning or the afternoon it falls in,
   * either when it spans noon; outside the hours staff call, those hours.
   */
  private partOfDayTyped(text: string, context: TurnContext): ParseResult {
    const daily = this.typedTime(text)?.daily;
    const range = this.staff().hours.dayRange;
    if (!daily || !range) return { ok: false };
    const from = Math.max(daily.from, minutesOf(range.from));
    const to = Math.min(daily.to, minutesOf(range.to));
    if (from >= to) return { ok: false, retry: this.callHours(context, 'handover:callback.outsideHours'), decisive: true };
    return { ok: true, choice: to <= NOON ? 'morning' : from >= NOON ? 'afternoon' : 'any' };
  }

  private typedTime(text: string): TimeWindow | undefined {
    return understandWhen(text, this.staff().clock.now());
  }

  /** The hours staff work and the clock, from the handover service (only used once it is configured). */
  private staff(): HandoverDialogDeps['service']['deps'] {
    return (this.deps.handover as HandoverDialogDeps).service.deps;
  }

  /** `key` with the hours staff call, as the user's language writes them. */
  private callHours(context: TurnContext, key: string): Text {
    const range = this.staff().hours.dayRange;
    const locale = this.deps.language.locale(context);
    return range
      ? { key, params: { from: formatClock(locale, range.from), to: formatClock(locale, range.to) } }
      : { key: 'handover:callback.phoneRetry.unclear' };
  }

  /** "Je kan ook zelf gratis bellen …" with a button that dials the number, read aloud as written. */
  private async sendCallSelf(step: WaterfallStepContext, text: string): Promise<void> {
    const withButton = (this.deps.handover as HandoverDialogDeps).service.withCallButton(this.deps.language.t(step.context), {
      type: 'message',
      text,
    });
    await step.context.sendActivity({ ...withButton, speak: text, textFormat: 'plain' });
  }

  /** The hours the free number answers, as the user's language writes them. */
  private phoneHours(step: WaterfallStepContext): { from: string; to: string } {
    const locale = this.deps.language.locale(step.context);
    const { from, to } = this.deps.contact.hours;
    return { from: formatClock(locale, from), to: formatClock(locale, to) };
  }

  /** No handover configured: the phone number with its hours, then the website. */
  private async giveContact(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { language, contact } = this.deps;
    const t = language.t(step.context);
    await send(
      step.context,
      [
        t('talkToPerson:call', { phone: contact.phone }),
        t(contact.hoursConfirmed ? 'talkToPerson:hours' : 'talkToPerson:hoursUnsure', this.phoneHours(step)),
        t('talkToPerson:website', { website: contact.websiteLabel }),
      ].join('\n'),
    );
    return step.endDialog();
  }
}

/** A phone number only: staff call back, they do not write. */
/** A phone number typed at a question with buttons; anything else gets that question's own retry. */
function numberOr(text: string, retry: string): ParseResult {
  const parsed = parsePhone(text);
  return parsed.ok ? parsed : { ok: false, retry: { key: retry } };
}

function parsePhone(text: string): ParseResult {
  const contact = understandContact(text);
  if (contact.ok && contact.kind === 'phone') return { ok: true, value: contact.value };
  const looksLike = contact.ok ? 'email' : contact.looksLike;
  return { ok: false, retry: { key: `handover:callback.phoneRetry.${looksLike}` } };
}
