import { formatClock, formatWeekdayDate } from '../src/i18n/format.js';
import { ComponentDialog, type DialogTurnResult, type TurnContext, type WaterfallStepContext } from '../src/bot/sdk.js';
import {
  addDays,
  brusselsDate,
  brusselsMinutes,
  brusselsTime,
  minutesOf,
  timeOf,
  weekdayIndex,
  type IsoDate,
} from '../src/domain/calendar.js';
import { INTL_TAGS, LOCALES } from '../src/i18n/locale.js';
import {
  THE_USER,
  type CallbackContact,
  type CallHours,
  type CaseSummary,
  type HandoverReason,
  type PartOfDay,
} from '../src/handover/model.js';
import { buildSummary } from '../src/handover/summary.js';
import { phoneForDisplay, understandContact } from '../src/understanding/contact.js';
import { clampText, containsPhrase, wordsOf } from '../src/understanding/text.js';
import { refusedWeekdaysIn, understandWhen, type TimeWindow } from '../src/understanding/when.js';
import {
  ask,
  AskPrompt,
  answerOf,
  choiceOf,
  detailOf,
  keptOf,
  MAX_BUTTONS,
  typedOf,
  type ParseResult,
  type Question,
  type Text,
} from './shared/ask.js';
import { calledInVain } from './shared/calledInVain.js';
import { standingCallback, type DialogDeps, type HandoverDialogDeps } from './shared/deps.js';
import { ownNumberChosen, ownNumberOffer } from './shared/ownNumber.js';
import { send } from './shared/send.js';
import { Steps, values } from './shared/steps.js';

export type TalkToPersonDeps = Pick<DialogDeps, 'language' | 'vocabulary' | 'contact' | 'channel'> &
  Partial<Pick<DialogDeps, 'eligibilityCheck' | 'booking' | 'handover' | 'rules'>>;

/** Why the bot hands over; other dialogs start this one with `beginDialog(TalkToPersonDialog.id, { reason })`. */
export interface TalkToPersonOptions {
  reason?: HandoverReason;
  /** The words that asked for a person, when a turn in between took them ("Rappelez-moi", then "Oui" to French). */
  said?: string;
}

const CHAT = 'chat';
const CALLBACK = 'callback';
const DECLINE = 'decline';

/** The one question before the handover, in staff hours. */
const howQuestion: Question = {
  text: { key: 'handover:how.question' },
  // "ik snap het niet": what each way means, never "typ dan: met iemand praten" (that is where one is).
  simpler: { key: 'handover:how.simpler' },
  choices: [
    { id: CHAT, label: 'handover:how.chat' },
    { id: CALLBACK, label: 'handover:how.callback' },
    // Asked for a person and then not wanting one ("nee", "laat maar"): a way out, never a loop.
    { id: DECLINE, label: 'handover:how.no', synonyms: 'declineHandover' },
  ],
  // "ja", "oké" alone: yes to a person, here in the chat one is in (was the retry again and again);
  // "ja, bel me terug" names the call-back and is that.
  also: [{ id: CHAT, label: 'answers.yes', synonyms: 'yes', lastResort: true }],
  // A phone number typed here means "call me on this number"; a time ("vrijdag namiddag"), "call me then".
  open: 'numberAtHow',
  // "call me back on 0470 12 34 56" is that number; "Appeler le 0800 30 700" (the button's words) ours.
  openFirstWithNumber: true,
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
  openFirstWithNumber: true,
  handover: true,
};

const ANY = 'any';
/** "laat maar", "nee toch niet" while the call-back is being asked: whether to stop, so that nobody calls. */
const CALLBACK_QUIT: Text = { key: 'handover:callback.quit' };

const partOfDayQuestion: Question = {
  text: { key: 'handover:callback.partOfDay' },
  choices: [
    { id: 'morning', label: 'handover:callback.morning' },
    { id: 'afternoon', label: 'handover:callback.afternoon' },
    { id: ANY, label: 'handover:callback.any' },
  ],
  // "rond 10 uur", "na 17u": a time typed instead of a part of the day, read before the buttons'
  // words ("après 17h" is no "Après-midi").
  open: 'callTime',
  openFirst: true,
  answersAreTimes: true,
  handover: true,
  quitOffer: CALLBACK_QUIT,
};

/** Noon, in minutes of the day: where the morning ends. */
const NOON = 12 * 60;
const END_OF_DAY = 24 * 60;
/** "vrijdag namiddag", "morgen na 2 uur": a call time fits in this many words, unless a word of calling says it. */
const MAX_WORDS_OF_A_CALL_TIME = 6;

/**
 * How many days ahead a call-back may be planned ("over twee weken maandag"). A choice of ours,
 * not a VDAB rule: a request that waits longer is likely forgotten by both sides, and staff hours
 * (holidays) are only looked up this far. Change it here.
 */
export const CALLBACK_MAX_DAYS_AHEAD = 14;

/**
 * When to call, as typed at "Wanneer bellen we je het best?": a day, with its part when one was
 * named. `soon`: the first day staff can call ("zo snel mogelijk", "vandaag nog").
 */
interface CallTime {
  day: IsoDate;
  partOfDay?: PartOfDay;
  soon?: true;
  /** The hours named within that part of the day ("morgen na 14u"): see CallbackContact. */
  between?: CallHours;
}

/**
 * Several days named ("volgende week", "deze week nog"): the days staff call then, first to last.
 * `closed`: the days named were days nobody calls ("dit weekend"), these are the next ones staff
 * call; `closedDay`: that was one day ("zaterdag voormiddag"), said by its date; `other`: these are
 * the days left after some were refused ("vrijdag niet").
 */
interface CallDays {
  days: CallTime[];
  closed?: true;
  closedDay?: IsoDate;
  other?: true;
}

/**
 * Days or hours refused where they were offered: weekdays ("vrijdag niet", "pas vendredi", "not
 * friday"), or all that the question offered ("die passen niet", "none of these").
 */
interface NotThese {
  notWeekdays: number[];
  noneOffered?: true;
}

/** A time typed at a call-back question, with "as soon as can be" said or not. */
type CallWindow = TimeWindow & { soon?: true };

/** The call-back questions about when, by the step that asks them (what a refusal there leaves out). */
type WhenAsked = 'partOfDay' | 'whichDay' | 'partOfNamedDay';

/**
 * Typed where when to call is asked: another number to call (`newPhone`), or only that the one
 * given is wrong (`wrongNumber`: it is asked again).
 */
type NumberFix = { newPhone: string } | { wrongNumber: true };

/**
 * "Met iemand praten": the warm handover to VDAB staff, in the same chat.
 *
 * Steps, one question each:
 * 1. `howStep`: chat now or be called back (outside staff hours: "Wil je dat we je terugbellen?").
 *    Someone in distress first gets Tele-Onthaal's number.
 * 2. `routeStep`: chat → into the queue, and the dialogs stop (a case is open; the bot comes back
 *    when it closes); call-back → asks the phone number; no → the free number.
 * 3. `partOfDayStep`: morning, afternoon or any time; a day may be typed too ("morgen namiddag").
 *    A day or part said before, when asking ("bel mij maandag terug") or with the number
 *    ("0470 12 34 56 morgen na 14u"), is the answer: not asked again.
 * 4. `whichDayStep`: several days named ("volgende week"): which of the days staff call then.
 * 5. `partOfNamedDayStep`: a day named without its part ("morgen"): which part of that day.
 * 6. `callbackStep`: stores the call-back request and says when we call.
 *
 * Days refused where days or hours were offered ("vrijdag niet", "die passen niet") and days
 * nobody calls ("dit weekend") go back to step 4 with the days staff do call. The steps are
 * named: a conversation waiting at a question while the bot is redeployed with a step added goes
 * on at the step of that name, with what it was told (Steps `layout`).
 *
 * Without handover deps (tests of other flows) it gives the free number and its hours, as before.
 */
export class TalkToPersonDialog extends ComponentDialog {
  static readonly id = 'talkToPerson';

  private readonly steps = new Steps(`${TalkToPersonDialog.id}.steps`, {
    steps: {
      how: (step) => this.howStep(step as WaterfallStepContext<TalkToPersonOptions>),
      route: (step) => this.routeStep(step as WaterfallStepContext<TalkToPersonOptions>),
      partOfDay: (step) => this.partOfDayStep(step),
      whichDay: (step) => this.whichDayStep(step),
      partOfNamedDay: (step) => this.partOfNamedDayStep(step),
      callback: (step) => this.callbackStep(step as WaterfallStepContext<TalkToPersonOptions>),
    },
  });

  constructor(private readonly deps: TalkToPersonDeps) {
    super(TalkToPersonDialog.id);
    this.addDialog(
      new AskPrompt(deps, {
        phone: (text, context) => this.phoneOrTime(text, context),
        callTime: (text, context) => this.partOfDayTyped(text, context),
        callTimeOneDay: (text, context) => this.partOfDayTyped(text, context, { severalDays: false, offered: true }),
        // "Meteen" next to "Nu chatten" may be a chat: only a time named is a call-back there.
        numberAtHow: (text) => this.numberOrTime(text, 'handover:how.retry', { soon: false }),
        numberWhenClosed: (text) => this.numberOrTime(text, 'handover:closed.retry'),
      }),
    );
    this.addDialog(this.steps);
    this.initialDialogId = `${TalkToPersonDialog.id}.steps`;
  }

  /** Asks the one question: chat now or call back; outside staff hours, whether to call back. */
  private async howStep(step: WaterfallStepContext<TalkToPersonOptions>): Promise<DialogTurnResult> {
    const handover = this.deps.handover;
    if (!handover) return this.giveContact(step);
    const { language } = this.deps;
    const t = language.t(step.context);
    if (step.options.reason === 'distress') {
      await send(step.context, t('handover:distressHelp', handover.crisisLine(language.locale(step.context))));
    }
    // What asked for a person: this message, or the words a turn in between took (an offer of French).
    const asked = step.options.said ?? typedIn(step.context);
    const standing = await this.callbackAgain(step, asked);
    if (standing === ASK_NUMBER) return ask(step, this.phoneQuestion(step.context));
    if (standing) {
      await send(step.context, ...standing);
      // "Wat is jullie nummer?" with a call-back standing: the free number too, never the call-back alone.
      // A message that gives a number ("verkeerd nummer, het is …") asks none of ours.
      if (!this.numberSaid(asked) && this.asksOurNumber(step.context)) await this.sendCallSelf(step, this.callSelfText(step));
      return step.endDialog();
    }
    // "Bel mij op 0471 23 45 67": the number is kept, and with words of a call-back it is the
    // answer already; only when to call is asked (and, out of hours, when staff are back).
    const said = this.numberSaid(asked);
    if (said) values(step).phoneSaid = said;
    const callback = this.asksCallback(asked);
    // "Bel mij maandag terug", "kan iemand mij morgen namiddag bellen?": when to call is kept and
    // not asked again; asked with a call, no choice between chatting and a call is left.
    const whenSaid = callback ? this.timeIn(asked) : undefined;
    if (whenSaid) values(step).whenSaid = whenSaid;
    // "kan ik met iemand chatten?", "bel me niet, ik wil chatten": in staff hours the chat is the
    // answer already, never asked again. Out of hours only a call-back is possible: asked below.
    if (!said && !callback && this.asksChat(asked) && handover.service.staffAvailable()) return step.next({ choice: CHAT });
    if (said && callback) {
      if (!handover.service.staffAvailable()) await send(step.context, this.closedNow(step));
      return step.next({ typed: said });
    }
    // "kunt ge mij bellen?", "rappelez-moi", "call me back": a call asked for in so many words is
    // not asked again as a choice. "ik kan niet typen, bel mij", "ik wil niet chatten": a chat is no
    // way for one who cannot type or will not chat; the call-back it is. "Telefoon" alone still asks.
    if (whenSaid || (callback && (this.asksToBeCalled(asked) || this.cannotType(asked) || this.refusesChat(asked)))) {
      if (!handover.service.staffAvailable()) await send(step.context, this.closedNow(step));
      return step.next({ choice: CALLBACK });
    }
    if (handover.service.staffAvailable()) {
      await send(step.context, t('handover:intro'));
      await this.offerOurNumber(step);
      return ask(step, howQuestion);
    }
    await send(step.context, this.closedNow(step));
    await this.offerOurNumber(step);
    return ask(step, callbackQuestion);
  }

  /**
   * The free number, to call oneself; to someone who called it in vain ("ik heb al gebeld maar
   * niemand neemt op") never again, but that we can call them (the question that follows offers it).
   */
  private async offerOurNumber(step: WaterfallStepContext<TalkToPersonOptions>): Promise<void> {
    const text = step.context.activity.type === 'message' ? clampText(step.context.activity.text ?? '') : '';
    if (calledInVain(this.deps.vocabulary, text)) await send(step.context, this.deps.language.t(step.context)('handover:calledInVain'));
    else await this.sendCallSelf(step, this.callSelfText(step));
  }

  /**
   * "Je kan ook zelf gratis bellen: 0800 30 700." Out of staff hours the phone line may be closed
   * too: when it is open, not only its number ("wellicht" while data/vdab-contact.json has the hours unconfirmed).
   */
  private callSelfText(step: WaterfallStepContext): string {
    const { language, contact } = this.deps;
    const t = language.t(step.context);
    if ((this.deps.handover as HandoverDialogDeps).service.staffAvailable()) return t('handover:callSelf', { phone: contact.phone });
    return t(contact.hoursConfirmed ? 'handover:callSelfHours' : 'handover:callSelfHoursUnsure', {
      phone: contact.phone,
      ...this.phoneHours(step),
    });
  }

  /** "Wat is jullie nummer?", "kan ik jullie bellen?": our number asked, not a call to them ("bel me"). */
  private asksOurNumber(context: TurnContext): boolean {
    if (context.activity.type !== 'message') return false;
    const text = clampText(context.activity.text ?? '');
    const { vocabulary } = this.deps;
    return containsPhrase(text, vocabulary.phoneNumberWords) && !containsPhrase(text, vocabulary.callMeWords);
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
    // "Vrijdag namiddag" instead of a tap: a call-back then; that time is the answer after the number.
    const whenTyped = detailOf<{ when?: string }>(step.result)?.when;
    if (whenTyped) values(step).whenSaid = whenTyped;
    // Already on the way to a person: only "terug" is offered next to typing the number.
    // The number said when asking for a person is not asked again.
    const saidBefore = values(step).phoneSaid as string | undefined;
    if (chosen === CALLBACK && saidBefore) return step.next({ typed: saidBefore });
    if (chosen === CALLBACK) return ask(step, this.phoneQuestion(step.context));
    // "Nee, dank je" after words of despair: Tele-Onthaal once more, never a bare "Oké, dan niet".
    if (chosen === DECLINE && step.options.reason === 'distress') {
      await send(step.context, t('handover:distressDeclined', handover.crisisLine(this.deps.language.locale(step.context))));
      return step.endDialog();
    }
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
      // "waarom moet ge mijn nummer weten?": what it is for (was "Typ een telefoonnummer").
      why: [{ key: 'handover:callback.whyPhone' }],
      open: 'phone',
      helpers: ['back'],
      handover: true,
      quitOffer: CALLBACK_QUIT,
    };
  }

  /**
   * Keeps the number; asks the part of the day. A time said with the number ("0470 12 34 56 morgen
   * na 14u"), typed before it where the number was asked ("morgen namiddag", kept by the prompt) or
   * when asking ("bel mij maandag terug") is that answer; one that cannot be kept (a Saturday) says
   * so and asks.
   */
  private async partOfDayStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    values(step).phone = typedOf<string>(step.result) ?? ownNumberChosen(this.deps, step.context, step.result);
    const earlier = keptOf(step.result) ?? (values(step).whenSaid as string | undefined);
    // Said once: after "terug" to the number, the question is asked.
    delete values(step).whenSaid;
    const said = this.timeIn(typedIn(step.context)) ?? earlier;
    if (!said) return ask(step, partOfDayQuestion);
    const read = this.partOfDayTyped(said, step.context);
    if (read.ok) return step.next('choice' in read ? answerOf(read) : { typed: read.value });
    return ask(step, read.retry ? { ...partOfDayQuestion, text: read.retry } : partOfDayQuestion);
  }

  /**
   * Another number typed where when to call is asked ("nee wacht, het is 0470 65 43 21"): that one,
   * said, and when to call asked again (was the number asked anew, the one typed lost).
   */
  private async numberCorrected(step: WaterfallStepContext): Promise<DialogTurnResult | undefined> {
    const fix = typedOf<Partial<{ newPhone: string; wrongNumber: true }>>(step.result);
    // "verkeerd nummer" alone: the number question again, never the wrong one said before.
    if (fix?.wrongNumber) {
      delete values(step).phoneSaid;
      return this.steps.goTo(step, 'route', { choice: CALLBACK });
    }
    const number = fix?.newPhone;
    if (number === undefined) return undefined;
    await send(step.context, this.deps.language.t(step.context)('handover:callback.numberTaken', { phone: phoneForDisplay(number) }));
    return this.steps.goTo(step, 'partOfDay', { typed: number });
  }

  /**
   * Several days named ("volgende week namiddag"): which of them, the first days staff call as
   * buttons. Weekdays refused ("niet op vrijdag"): the days staff call but those. Days nobody
   * calls ("dit weekend"): that we do not call then, and the next days we do.
   */
  private async whichDayStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const corrected = await this.numberCorrected(step);
    if (corrected) return corrected;
    const read = typedOf<CallTime | CallDays | NotThese>(step.result);
    const typed = read && 'notWeekdays' in read ? this.otherDays(step, read, 'partOfDay') : read;
    delete values(step).days;
    delete values(step).afterClosed;
    if (!typed || !('days' in typed)) return step.next(step.result);
    if (typed.days.length === 0) return ask(step, { ...partOfDayQuestion, text: { key: 'handover:callback.closedNoNext' } });
    values(step).days = typed.days;
    if (typed.closed) values(step).afterClosed = true;
    return ask(step, {
      text: typed.closedDay
        ? this.callHours(step.context, 'handover:callback.dayClosedDays', {
            day: formatWeekdayDate(this.deps.language.locale(step.context), typed.closedDay),
          })
        : typed.closed
          ? this.callHours(step.context, 'handover:callback.closedDays')
          : { key: typed.other ? 'handover:callback.otherDay' : 'handover:callback.whichDay' },
      choices: typed.days.slice(0, MAX_BUTTONS).map(({ day }) => ({
        id: day,
        titles: Object.fromEntries(LOCALES.map((l) => [l, capitalised(formatWeekdayDate(l, day))])),
      })),
      // "Maakt niet uit": the first of those days.
      also: [{ id: ANY, label: 'handover:callback.any' }],
      open: 'callTimeOneDay',
      openFirst: true,
      answersAreTimes: true,
      handover: true,
    });
  }

  /**
   * A day typed or chosen without its part ("morgen", "lundi"): asks which part of that day, with
   * the same buttons. Anything else goes on as it came.
   */
  private async partOfNamedDayStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const corrected = await this.numberCorrected(step);
    if (corrected) return corrected;
    const again = this.daysAgain(step, 'whichDay');
    if (again) return this.steps.goTo(step, 'whichDay', again);
    const typed = this.dayChosen(step) ?? typedOf<CallTime>(step.result);
    // A day kept before "terug" is no longer meant.
    delete values(step).day;
    if (!typed || typed.partOfDay) return step.next(typed ? { typed } : step.result);
    values(step).day = typed.day;
    const day = formatWeekdayDate(this.deps.language.locale(step.context), typed.day);
    return ask(step, {
      ...partOfDayQuestion,
      text: { key: 'handover:callback.partOfDayOn', params: { day } },
      open: 'callTimeOneDay',
    });
  }

  /**
   * The day taken at "Op welke dag bellen we je?": a button, "maakt niet uit" (the first), or a
   * day typed; a weekday typed is the one among the days offered ("vrijdag" after "volgende
   * week" is next week's Friday). Undefined when that question was not asked.
   */
  private dayChosen(step: WaterfallStepContext): CallTime | undefined {
    const days = values(step).days as CallTime[] | undefined;
    if (!days) return undefined;
    const chosen = choiceOf(step.result);
    if (chosen === ANY) return days[0];
    // "Namiddag" at the days offered ("volgende week"): the first of them, that part of it (was any day at all).
    if ((chosen === 'morning' || chosen === 'afternoon') && days[0]) return { day: days[0].day, partOfDay: chosen };
    if (chosen) return days.find((d) => d.day === chosen);
    const typed = typedOf<CallTime>(step.result);
    const [first] = days;
    if (!typed || !first) return typed;
    // "zo snel mogelijk" at the days offered: the first of them.
    if (typed.soon) return { day: first.day, partOfDay: first.partOfDay ?? 'any', soon: true };
    // After days nobody calls, an earlier day typed ("morgen voormiddag" after "zondag") is that day.
    const sameWeekday = typed.day < first.day && !values(step).afterClosed;
    const offered =
      days.find((d) => d.day === typed.day) ??
      (sameWeekday ? days.find((d) => weekdayIndex(d.day) === weekdayIndex(typed.day)) : undefined);
    if (!offered) return typed;
    const partOfDay = typed.partOfDay ?? offered.partOfDay;
    return { day: offered.day, ...(partOfDay && { partOfDay }) };
  }

  /** Stores the call-back request and says when we call. */
  private async callbackStep(step: WaterfallStepContext<TalkToPersonOptions>): Promise<DialogTurnResult> {
    const corrected = await this.numberCorrected(step);
    if (corrected) return corrected;
    const again = this.daysAgain(step, 'partOfNamedDay');
    if (again) return this.steps.goTo(step, 'whichDay', again);
    const handover = this.deps.handover as HandoverDialogDeps;
    const t = this.deps.language.t(step.context);
    const phone = String(values(step).phone ?? '');
    // A day typed at "Wanneer bellen we je op vrijdag 4 december?" is the day meant; typed there
    // without a part, any time of it (the part was asked once already).
    const read = typedOf<CallTime>(step.result);
    const named = values(step).day as IsoDate | undefined;
    // "zo snel mogelijk" asked about a day named: as early as can be that day, not another day.
    const typed = read?.soon && named ? { day: named, partOfDay: 'any' as const, soon: true as const } : read;
    const day = typed?.day ?? named;
    const partOfDay = typed ? (typed.partOfDay ?? 'any') : ((choiceOf(step.result) ?? 'any') as PartOfDay);
    const between = typed ? typed.between : detailOf<{ between?: CallHours }>(step.result)?.between;
    const contact: CallbackContact = { mode: 'callback', phone, partOfDay, ...(day && { day }), ...(between && { between }) };
    // The call-back this one corrects ("verkeerd nummer"): closed, as by the user, once the new one is filed.
    const replaces = values(step).replaces as string | undefined;
    if (replaces) await handover.service.close(replaces, THE_USER, step.context);
    const opened = await handover.service.open(step.context, { mode: 'callback', summary: await this.summary(step, contact) });
    await handover.callback?.set(step.context, { caseId: opened.id });
    const when =
      typed?.soon && day
        ? t('handover:callback.soon', { day: formatWeekdayDate(this.deps.language.locale(step.context), day) })
        : this.whenWeCall(step, contact);
    await send(step.context, t('handover:callback.done', { phone: phoneForDisplay(phone) }), when);
    return step.endDialog();
  }

  /**
   * The days to ask about again when the answer to `asked` was days ("dit weekend": the next days
   * we call) or a refusal of what was offered ("vrijdag niet", "die passen niet"); else undefined.
   */
  private daysAgain(step: WaterfallStepContext, asked: WhenAsked): { typed: CallDays } | undefined {
    const typed = typedOf<CallTime | CallDays | NotThese>(step.result);
    if (!typed || !('days' in typed || 'notWeekdays' in typed)) return undefined;
    return { typed: 'days' in typed ? typed : this.otherDays(step, typed, asked) };
  }

  /**
   * The days left when `refused` answers the question `asked`: the days offered but those refused,
   * then the next days staff call that are not refused (a day refused at its part: the others). "Die
   * passen niet" at the days offered: the days after them.
   */
  private otherDays(step: WaterfallStepContext, refused: NotThese, asked: WhenAsked): CallDays {
    const offered = asked === 'partOfDay' ? [] : ((values(step).days as CallTime[] | undefined) ?? []);
    const day = asked === 'partOfNamedDay' ? (values(step).day as IsoDate | undefined) : undefined;
    const out = new Set<IsoDate>();
    if (refused.noneOffered && asked === 'whichDay') for (const d of offered.slice(0, MAX_BUTTONS)) out.add(d.day);
    if (refused.noneOffered && day) out.add(day);
    const ok = (d: IsoDate) => !out.has(d) && !refused.notWeekdays.includes(weekdayIndex(d));
    const left = (offered.length > 0 ? offered : day ? [{ day }] : []).filter((d) => ok(d.day));
    const shownLast = [...out].sort().at(-1);
    const today = brusselsDate(this.staff().clock.now());
    const from = refused.noneOffered && asked === 'whichDay' && shownLast ? addDays(shownLast, 1) : today;
    const more = this.callDays(from, step.context)
      .filter((d) => ok(d) && !left.some((l) => l.day === d))
      .map((d) => ({ day: d }));
    return { days: [...left, ...more].slice(0, WEEK), other: true };
  }

  /**
   * The days from `from` on (today: only when staff can still call today) on which staff call, as
   * far ahead as a call-back is planned: the days a refusal or "dit weekend" offers instead.
   */
  private callDays(from: IsoDate, context: TurnContext): IsoDate[] {
    const now = this.staff().clock.now();
    const last = addDays(brusselsDate(now), CALLBACK_MAX_DAYS_AHEAD);
    const days: IsoDate[] = [];
    for (let day = from; day <= last; day = addDays(day, 1)) {
      if (this.dayTyped({ from: now, to: now }, day, context).ok) days.push(day);
    }
    return days;
  }

  /**
   * "We bellen je op vrijdag 4 december in de namiddag" on the day the person named; without one,
   * "We bellen je in de voormiddag", or out of staff hours on the day they are back.
   */
  private whenWeCall(
    step: WaterfallStepContext,
    { partOfDay, day, between }: Pick<CallbackContact, 'partOfDay' | 'day' | 'between'>,
  ): string {
    const t = this.deps.language.t(step.context);
    const locale = this.deps.language.locale(step.context);
    const { service } = this.deps.handover as HandoverDialogDeps;
    const next = day || service.staffAvailable() ? undefined : service.deps.hours.nextOpening(service.deps.clock.now());
    const on = day ? formatWeekdayDate(locale, day) : next ? this.day(step, next) : undefined;
    // "We bellen je op maandag 14 december vanaf 10.00 uur.": the hours named, said back.
    if (between) {
      const range = this.staff().hours.dayRange;
      const kind = betweenKind(between, range);
      const hours = { from: formatClock(locale, between.from), to: formatClock(locale, between.to) };
      return on ? t(`handover:callback.whenDayBetween.${kind}`, { day: on, ...hours }) : t(`handover:callback.whenBetween.${kind}`, hours);
    }
    return on ? t(`handover:callback.whenDay.${partOfDay}`, { day: on }) : t(`handover:callback.when.${partOfDay}`);
  }

  /**
   * A call-back asked in this conversation that staff have not closed yet ("wanneer bellen ze?"
   * after asking): said again, never a second request; moved to another number `asked` gives;
   * ASK_NUMBER when `asked` only says its number is wrong. Undefined without one.
   */
  private async callbackAgain(step: WaterfallStepContext, asked: string): Promise<string[] | typeof ASK_NUMBER | undefined> {
    const handover = this.deps.handover as HandoverDialogDeps;
    const found = await standingCallback(handover, step.context);
    const contact = found?.summary.contact;
    if (!found || contact?.mode !== 'callback') return undefined;
    const t = this.deps.language.t(step.context);
    // "oei verkeerd nummer, het is 0470 65 43 21": the call-back moves to that number, at the time
    // asked (was "Tot ziens!", the call on the wrong number). Staff see the old case closed by the user.
    const number = this.numberSaid(asked);
    // "verkeerd nummer", "het nummer klopt niet" without the right one: asked (howStep), the old call-back replaced once it is given.
    if (!number && this.saysWrongNumber(asked)) {
      values(step).replaces = found.id;
      return ASK_NUMBER;
    }
    if (number && !samePhone(number, contact.phone)) {
      const moved: CallbackContact = { ...contact, phone: number };
      await handover.service.close(found.id, THE_USER, step.context);
      const opened = await handover.service.open(step.context, { mode: 'callback', summary: { ...found.summary, contact: moved } });
      await handover.callback?.set(step.context, { caseId: opened.id });
      return [t('handover:callback.done', { phone: phoneForDisplay(number) }), this.whenWeCall(step, moved)];
    }
    return [t('handover:callback.already', { phone: phoneForDisplay(contact.phone) }), this.whenWeCall(step, contact)];
  }

  /** "Er is nu geen medewerker. Een medewerker is er weer op maandag 30 november om 8.00 uur." */
  private closedNow(step: WaterfallStepContext): string {
    const handover = this.deps.handover as HandoverDialogDeps;
    const t = this.deps.language.t(step.context);
    const next = handover.service.deps.hours.nextOpening(handover.service.deps.clock.now());
    return next ? `${t('handover:closed.now')} ${t('handover:closed.next', { when: this.when(step, next) })}` : t('handover:closed.now');
  }

  /**
   * The words of a time in this turn's message, without the phone number in it ("morgen na 14u" of
   * "0470 12 34 56 morgen na 14u": the "14" is no digit of it, nor the number an hour).
   */
  private timeIn(text: string): string | undefined {
    const contact = understandContact(text);
    // A number written out ("nul vier zeven … twaalf") is the whole message: its words are no time.
    const rest = !contact.ok ? text : contact.said ? text.replace(contact.said, ' ') : '';
    return this.typedTime(rest) ? rest : undefined;
  }

  /**
   * The phone number in `text` to call back; VDAB's own ("Bel 0800 30 700", the button's words
   * typed) is none: the user may call it, or type their own (was a call-back to VDAB itself).
   */
  private parsePhone(text: string): ParseResult {
    const contact = understandContact(text);
    if (contact.ok && contact.kind === 'phone') return { ok: true, value: contact.value };
    if (!contact.ok && contact.number !== undefined && samePhone(contact.number, this.deps.contact.phone)) {
      return { ok: false, retry: { key: OUR_NUMBER } };
    }
    const looksLike = contact.ok ? 'email' : contact.looksLike;
    return { ok: false, retry: { key: `handover:callback.phoneRetry.${looksLike}` } };
  }

  /** "verkeerd nummer", "het nummer klopt niet", "wrong number": the number given is not the right one. */
  private saysWrongNumber(text: string): boolean {
    return containsPhrase(text, this.deps.vocabulary.allLocales('understanding:wrongNumber'));
  }

  /** A phone number in the message that asked for a person ("bel mij op 0471 23 45 67"). */
  private numberSaid(text: string): string | undefined {
    const read = this.parsePhone(text);
    return read.ok && 'value' in read ? String(read.value) : undefined;
  }

  /** The message asks to be called ("bel mij", "rappelez-moi"), in any language. */
  private asksCallback(text: string): boolean {
    const { vocabulary } = this.deps;
    // "bel me niet" names a call to refuse it.
    if (containsPhrase(text, vocabulary.cancelCallbackWords)) return false;
    return containsPhrase(text, vocabulary.choice(CALLBACK, 'handover:how.callback').phrases);
  }

  /** "bel mij", "rappelez-moi", "call me back": to be called, in so many words, in the message that asked. */
  private asksToBeCalled(text: string): boolean {
    return containsPhrase(text, this.deps.vocabulary.callMeWords);
  }

  /** "ik kan niet typen", "je ne sais pas lire": reading or typing is hard, said in the message that asked. */
  private cannotType(text: string): boolean {
    return containsPhrase(text, this.deps.vocabulary.reading);
  }

  /** The chat refused in the message that asked ("ik wil niet chatten", "not by chat"). */
  private refusesChat(text: string): boolean {
    return this.deps.vocabulary.refusesChat(text);
  }

  /** The person asked for by chat, in the message that asked ("kan ik met iemand chatten?"). */
  private asksChat(text: string): boolean {
    return this.deps.vocabulary.wantsToChat(text);
  }

  private async summary(step: WaterfallStepContext<TalkToPersonOptions>, contact: CaseSummary['contact']): Promise<CaseSummary> {
    const context = step.context;
    return buildSummary({
      reason: step.options.reason ?? 'asked',
      ...(this.deps.rules && { rules: this.deps.rules }),
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
   * A phone number typed at a question with buttons ("Wil je nu chatten of wil je dat we je
   * bellen?"): call that number. A time ("vrijdag", "morgen namiddag", "zo snel mogelijk"): a
   * call-back then, kept for after the number. Anything else gets that question's own retry.
   */
  private numberOrTime(text: string, retry: string, { soon = true } = {}): ParseResult {
    const parsed = this.parsePhone(text);
    // "Bel 0800 30 700", the button's words typed: VDAB's own number is no number to call.
    if (!parsed.ok && parsed.retry?.key === OUR_NUMBER) return { ...parsed, decisive: true };
    if (parsed.ok) return parsed;
    // "het gaat over mijn contract dat volgende maand stopt" tells the case, with a date in it: no call time.
    const saysACallTime =
      wordsOf(text).length <= MAX_WORDS_OF_A_CALL_TIME || containsPhrase(text, this.deps.vocabulary.allLocales('understanding:reachWords'));
    const time = soon ? this.typedTime(text) : saysACallTime ? understandWhen(text, this.staff().clock.now()) : undefined;
    if (time || this.refusalIn(text)?.notWeekdays.length) return { ok: true, choice: CALLBACK, detail: { when: text } };
    return { ok: false, retry: { key: retry } };
  }

  /**
   * The number asked, and a time typed ("morgen namiddag"): kept for after the number, which is
   * asked for; a time staff cannot call at ("s avonds na 6 uur"): when staff call, and that the
   * time is asked next. Never "that is no phone number" again and again.
   */
  private phoneOrTime(text: string, context: TurnContext): ParseResult {
    const parsed = this.parsePhone(text);
    if (parsed.ok || parsed.retry?.key === OUR_NUMBER) return parsed;
    // "bel mijn zoon", "ik heb geen gsm, bel mijn dochter": that person's number will do; this
    // question's reply, never a wish read from "mijn zoon" (the check).
    if (this.deps.vocabulary.reachesThroughSomeoneElse(text))
      return { ok: false, retry: { key: 'handover:callback.phoneRetry.viaOther' }, decisive: true, sure: true, noMiss: true };
    // "ik heb geen gsm": a landline will do. "liever niet": no call-back then; chatting is the way,
    // now or when staff are back.
    const noPhone = containsPhrase(text, this.deps.vocabulary.allLocales('understanding:noPhone'));
    if (noPhone || containsPhrase(text, this.deps.vocabulary.allLocales('understanding:refusesDetails'))) {
      const open = (this.deps.handover as HandoverDialogDeps).service.staffAvailable();
      const none = noPhone ? 'noMobile' : 'noNumber';
      return { ok: false, retry: { key: `handover:callback.phoneRetry.${none}${open ? '' : 'Closed'}` } };
    }
    if (!this.typedTime(text)) return parsed;
    const read = this.partOfDayTyped(text, context);
    const value = read.ok && 'value' in read ? (read.value as CallTime | CallDays | NotThese) : undefined;
    if (read.ok && !(value && ('closed' in value || 'notWeekdays' in value)))
      return { ok: false, retry: { key: 'handover:callback.phoneRetry.timeKept' }, keep: text };
    // "dit weekend", "zaterdag", "niet op vrijdag": when staff call; after the number, what of
    // that day is said (or the days offered). Only an hour staff never call is not kept.
    const hoursOnly = !read.ok && read.retry?.key === 'handover:callback.outsideHours';
    return { ok: false, retry: this.callHours(context, 'handover:callback.phoneRetry.time'), ...(!hoursOnly && { keep: text }) };
  }

  /**
   * A time typed at "Wanneer bellen we je het best?": the morning or the afternoon it falls in,
   * either when it spans noon; outside the hours staff call, those hours. A day named with it
   * ("morgen namiddag", "lundi") is kept (see `dayTyped`).
   */
  private partOfDayTyped(text: string, context: TurnContext, { severalDays = true, offered = false } = {}): ParseResult {
    // "nee wacht, het is 0470 65 43 21": the number corrected (numberCorrected keeps it and asks again).
    const number = this.numberSaid(text);
    if (number) return { ok: true, value: { newPhone: number } satisfies NumberFix };
    // "verkeerd nummer", "sorry fout nummer" without the right one: the number is asked again.
    if (this.saysWrongNumber(text)) return { ok: true, value: { wrongNumber: true } satisfies NumberFix };
    const refused = this.refusalIn(text);
    // "die passen niet" where only the parts of any day were offered: the hours staff call.
    if (refused?.noneOffered && !offered && refused.notWeekdays.length === 0)
      return { ok: false, retry: this.callHours(context, 'handover:callback.outsideHours'), decisive: true };
    if (refused) return { ok: true, value: refused };
    const window = this.typedTime(text);
    if (!window) return { ok: false };
    const days = daysOf(window);
    // "zo snel mogelijk", "vandaag nog": the first day staff call (today while they still can), as
    // "deze week nog" reads its days.
    if (window.soon) {
      const [soonest] = this.openDays(window, days, context);
      return soonest
        ? { ok: true, value: { ...soonest, partOfDay: soonest.partOfDay ?? 'any', soon: true } }
        : this.closedThen(context, days.at(-1) ?? brusselsDate(window.from));
    }
    const [first] = days;
    const last = days.at(-1);
    // "over 3 weken", "en janvier": later than a call-back is planned, said as for one day.
    const tooFar = first !== undefined && first > addDays(brusselsDate(this.staff().clock.now()), CALLBACK_MAX_DAYS_AHEAD);
    // "zaterdag voormiddag", "morgen" on a Saturday: a day nobody calls, said kindly with the days staff do call.
    if (first !== undefined && days.length === 1 && !tooFar && this.nobodyCallsOn(first))
      return this.closedDays(window, first, context, first);
    // Hours named in digits ("na 14u", "voor 10 uur"), never a part of the day in words ("namiddag"), are kept as hours.
    const hoursNamed = /\d/u.test(text);
    if (first !== undefined && (days.length === 1 || tooFar)) return this.dayTyped(window, first, context, hoursNamed);
    const named = days.length > 1 && days.length <= WEEK && last !== undefined;
    // "dit weekend", "zaterdag of zondag": days on which nobody calls; the next days staff call are offered.
    if (named && days.every((day) => this.staff().hours.spansOn(day).length === 0)) return this.closedDays(window, last, context);
    // "volgende week", "deze week nog", "na het weekend": the days of it staff call, asked next;
    // one day left is that day.
    if (named && severalDays) {
      const open = this.openDays(window, days, context);
      if (open.length === 0) return this.closedThen(context, last);
      return { ok: true, value: open.length === 1 ? open[0] : ({ days: open } satisfies CallDays) };
    }
    // "ik werk 's namiddags": the hours around the ones worked, any of which will do.
    if (window.anyOf && !window.daily) return this.partOfEither(window.anyOf, context);
    return this.partOf(window.daily, context, hoursNamed);
  }

  /** The part of the day the windows of `either` fall in within the hours staff call: one part, or either. */
  private partOfEither(either: readonly TimeWindow[], context: TurnContext): ParseResult {
    const choices = new Set(
      either.flatMap((w) => {
        const part = this.partOf(w.daily, context);
        return part.ok && 'choice' in part ? [part.choice] : [];
      }),
    );
    const [only] = choices;
    if (only === undefined) return this.partOf(undefined, context);
    return { ok: true, choice: choices.size === 1 ? only : ANY };
  }

  /** True when `day` is a day from today on, within the days a call-back is planned, on which staff do not call. */
  private nobodyCallsOn(day: IsoDate): boolean {
    const today = brusselsDate(this.staff().clock.now());
    return day >= today && day <= addDays(today, CALLBACK_MAX_DAYS_AHEAD) && this.staff().hours.spansOn(day).length === 0;
  }

  /**
   * Days nobody calls, up to `lastClosed` ("dit weekend", or the one day `closedDay`): the next days
   * staff call, with the part of the day said ("zaterdag voormiddag": their mornings), to choose from.
   */
  private closedDays(window: TimeWindow, lastClosed: IsoDate, context: TurnContext, closedDay?: IsoDate): ParseResult {
    const next = this.openDays(window, this.callDays(addDays(lastClosed, 1), context), context).slice(0, WEEK);
    if (next.length === 0) return this.closedThen(context, lastClosed);
    return { ok: true, value: { days: next, closed: true, ...(closedDay && { closedDay }) } satisfies CallDays };
  }

  /** The days of `days` staff can still call on within the window's hours, each with the part left of it. */
  private openDays(window: TimeWindow, days: readonly IsoDate[], context: TurnContext): CallTime[] {
    return days.flatMap((day) => {
      const read = this.dayTyped({ ...window, orNextWeek: undefined }, day, context);
      return read.ok && 'value' in read ? [read.value as CallTime] : [];
    });
  }

  /**
   * Days or hours refused as a whole message ("vrijdag niet, die passen niet", "pas vendredi",
   * "none of these"), or undefined: a time named too ("geen van deze, liever maandag") is read as a time.
   */
  private refusalIn(text: string): NotThese | undefined {
    const window = understandWhen(text, this.staff().clock.now());
    // "maandag kan niet, liefst in de voormiddag" names a part: a time.
    if (window && (!window.notWeekdays || window.daily)) return undefined;
    const notWeekdays = refusedWeekdaysIn(text) ?? [];
    const none = containsPhrase(text, this.deps.vocabulary.allLocales('understanding:synonyms.noneOfThese'));
    if (notWeekdays.length === 0 && !none) return undefined;
    return { notWeekdays, ...(none && { noneOffered: true as const }) };
  }

  /** The part of the day `daily` falls in, within the hours staff call. */
  private partOf(daily: TimeWindow['daily'], context: TurnContext, hoursNamed = false): ParseResult {
    const range = this.staff().hours.dayRange;
    if (!daily || !range) return { ok: false };
    const from = Math.max(daily.from, minutesOf(range.from));
    const to = Math.min(daily.to, minutesOf(range.to));
    if (from >= to) return { ok: false, retry: this.callHours(context, 'handover:callback.outsideHours'), decisive: true };
    const part: PartOfDay = to <= NOON ? 'morning' : from >= NOON ? 'afternoon' : 'any';
    // "voor 10u", "niet voor 10 uur", "tussen 12 en 13u": those hours kept, never only the part of the day.
    const between = hoursNamed ? hoursWithin(part, { from, to }, { from: minutesOf(range.from), to: minutesOf(range.to) }) : undefined;
    return { ok: true, choice: part, ...(between && { detail: { between } }) };
  }

  /**
   * One day named: kept with its part ("morgen namiddag") or without ("morgen": the part is asked
   * next, unless only one part of it is left). A day on which nobody calls, a moment that has
   * passed, a day too far ahead or a part outside that day's hours gets a kind answer saying when
   * we do call, and the buttons again.
   */
  private dayTyped(window: TimeWindow, day: IsoDate, context: TurnContext, hoursNamed = false): ParseResult {
    const now = this.staff().clock.now();
    const today = brusselsDate(now);
    const last = addDays(today, CALLBACK_MAX_DAYS_AHEAD);
    const locale = this.deps.language.locale(context);
    const decisive = (key: string, params?: Record<string, string>): ParseResult => ({
      ok: false,
      retry: { key, ...(params && { params }) },
      decisive: true,
    });
    if (day < today) return decisive('handover:callback.passed');
    if (day > last) return decisive('handover:callback.tooFar', { last: formatWeekdayDate(locale, last) });
    const spans = this.staff().hours.spansOn(day);
    if (spans.length === 0) {
      const next = this.nextCallDay(day);
      return next
        ? decisive('handover:callback.dayClosed', { day: formatWeekdayDate(locale, day), next: formatWeekdayDate(locale, next) })
        : decisive('handover:callback.closedNoNext');
    }
    const { daily } = window;
    const wanted = daily ?? { from: 0, to: END_OF_DAY };
    const notBefore = day === today ? brusselsMinutes(now) : 0;
    const open = spans
      .map((s) => ({ from: Math.max(minutesOf(s.from), wanted.from, notBefore), to: Math.min(minutesOf(s.to), wanted.to) }))
      .filter((s) => s.from < s.to);
    if (open.length === 0) {
      // "donderdag" on a Thursday evening: next week's Thursday (a later day's hours are said as they are).
      if (window.orNextWeek && day === today)
        return this.dayTyped({ ...window, orNextWeek: undefined }, addDays(day, 7), context, hoursNamed);
      if (day === today && spans.every((s) => minutesOf(s.to) <= notBefore)) {
        const next = this.nextCallDay(day);
        return next
          ? decisive('handover:callback.todayOver', { next: formatWeekdayDate(locale, next) })
          : decisive('handover:callback.passed');
      }
      if (day === today && wanted.to <= notBefore) return decisive('handover:callback.passed');
      const hours = { from: spans[0]?.from ?? '', to: spans.at(-1)?.to ?? '' };
      return decisive('handover:callback.outsideHours', { from: formatClock(locale, hours.from), to: formatClock(locale, hours.to) });
    }
    const from = Math.min(...open.map((s) => s.from));
    const to = Math.max(...open.map((s) => s.to));
    // "morgen" alone is asked its part, unless only one part of the day is left ("vandaag" at 14.00).
    const part: PartOfDay | undefined = to <= NOON ? 'morning' : from >= NOON ? 'afternoon' : daily ? 'any' : undefined;
    // "morgen na 14u": the hours named within that part (never the hours left of today, which nobody named).
    const dayHours = { from: minutesOf(spans[0]?.from ?? '00:00'), to: minutesOf(spans.at(-1)?.to ?? '24:00') };
    const named = daily && { from: Math.max(daily.from, dayHours.from), to: Math.min(daily.to, dayHours.to) };
    const between = hoursNamed && part && named ? hoursWithin(part, named, dayHours) : undefined;
    return { ok: true, value: { day, ...(part && { partOfDay: part }), ...(between && { between }) } satisfies CallTime };
  }

  /** "Dan bellen we niet. We kunnen wel bellen op maandag 7 december." after days nobody calls. */
  private closedThen(context: TurnContext, lastDay: IsoDate): ParseResult {
    const next = this.nextCallDay(lastDay);
    const locale = this.deps.language.locale(context);
    return {
      ok: false,
      retry: next
        ? { key: 'handover:callback.closedThen', params: { next: formatWeekdayDate(locale, next) } }
        : { key: 'handover:callback.closedNoNext' },
      decisive: true,
    };
  }

  /** The first day after `day` on which staff call (not today: the person named another day). */
  private nextCallDay(day: IsoDate): IsoDate | undefined {
    const { hours, clock } = this.staff();
    const now = clock.now();
    const dayAfter = brusselsTime(addDays(day, 1), 0);
    const next = hours.nextOpening(dayAfter > now ? dayAfter : now);
    return next && brusselsDate(next);
  }

  /**
   * The time typed; with "zo snel mogelijk", "vandaag nog", "asap" from then (or now) as far ahead
   * as a call-back is planned, so the first day staff call can be taken.
   */
  private typedTime(text: string): CallWindow | undefined {
    const now = this.staff().clock.now();
    const window = understandWhen(text, now);
    if (!containsPhrase(text, this.deps.vocabulary.callbackSoon)) return window;
    const to = brusselsTime(addDays(brusselsDate(now), CALLBACK_MAX_DAYS_AHEAD + 1), 0);
    return { ...window, from: window && window.from > now ? window.from : now, to, soon: true };
  }

  /** The hours staff work and the clock, from the handover service (only used once it is configured). */
  private staff(): HandoverDialogDeps['service']['deps'] {
    return (this.deps.handover as HandoverDialogDeps).service.deps;
  }

  /** `key` with the hours staff call, as the user's language writes them (and `params`). */
  private callHours(context: TurnContext, key: string, params: Record<string, string> = {}): Text {
    const range = this.staff().hours.dayRange;
    const locale = this.deps.language.locale(context);
    return range
      ? { key, params: { ...params, from: formatClock(locale, range.from), to: formatClock(locale, range.to) } }
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

/** callbackAgain: the call-back stands, but its number is said to be wrong; the number is asked. */
const ASK_NUMBER = 'askNumber';

/** The retry for VDAB's own number typed as the one to call. */
const OUR_NUMBER = 'handover:callback.phoneRetry.ours';

const WEEK = 7;

/**
 * The hours `named` within `part` of a day whose calling hours are `day`, when they are fewer than
 * the part itself ("voor 10u" in the morning, "tussen 12 en 13u"); undefined when the whole part
 * will do ("in de voormiddag", "na de middag").
 */
function hoursWithin(part: PartOfDay, named: { from: number; to: number }, day: { from: number; to: number }): CallHours | undefined {
  const whole = part === 'morning' ? { from: day.from, to: NOON } : part === 'afternoon' ? { from: NOON, to: day.to } : day;
  const from = Math.max(named.from, whole.from);
  const to = Math.min(named.to, whole.to);
  if (from <= whole.from && to >= whole.to) return undefined;
  return { from: timeOf(from), to: timeOf(to) };
}

/** How the hours are said: from an hour to the end of calling hours, up to an hour from their start, or between two. */
function betweenKind(between: CallHours, range: { from: string; to: string } | undefined): 'after' | 'before' | 'between' {
  if (range && minutesOf(between.to) >= minutesOf(range.to)) return 'after';
  if (range && minutesOf(between.from) <= minutesOf(range.from)) return 'before';
  return 'between';
}

/** "maandag 7 december" → "Maandag 7 december", as a button. */
function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * The Brussels calendar days a time typed covers ("morgen": one, "in het weekend": two), the
 * first eight at most: more than a week is no day named ("rond 10 uur" looks two weeks ahead).
 */
function daysOf(window: TimeWindow): IsoDate[] {
  const first = brusselsDate(window.from);
  // A window that has passed ("vanochtend" at 15.00) ends before it starts: the day it was.
  const last = window.to <= window.from ? first : brusselsDate(new Date(window.to.getTime() - 1));
  const days: IsoDate[] = [];
  for (let day = first; day <= last && days.length <= WEEK; day = addDays(day, 1)) days.push(day);
  return days;
}

/** What the user typed in this turn's message, cut to the length read; '' for any other activity. */
function typedIn(context: TurnContext): string {
  return context.activity.type === 'message' ? clampText(context.activity.text ?? '') : '';
}

/** True when two ways of writing a Belgian number ("+3280030700", "0800 30 700") are the same number. */
function samePhone(a: string, b: string): boolean {
  const national = (phone: string) => phone.replace(/\D/g, '').replace(/^(?:0032|32|0)/, '');
  return national(a) === national(b);
}
