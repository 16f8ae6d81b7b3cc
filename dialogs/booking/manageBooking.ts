import { looksLikeCode, normalizeCode } from '../../src/booking/codes.js';
import type { Booking, Mode, Slot } from '../../src/booking/model.js';
import { openBookingsOf } from '../../src/booking/owned.js';
import { ComponentDialog, type DialogTurnResult, type TurnContext, type WaterfallStepContext } from '../../src/bot/sdk.js';
import { addDays, brusselsDate, brusselsTime } from '../../src/domain/calendar.js';
import { formatDate } from '../../src/i18n/format.js';
import { startsNamedIn } from '../../src/understanding/when.js';
import { containsPhrase, normalize } from '../../src/understanding/text.js';
import type { Translator } from '../../src/i18n/i18n.js';
import { ask, AskPrompt, choiceOf, NO, typedOf, YES, type Choice, type ParseResult } from '../shared/ask.js';
import type { DialogDeps } from '../shared/deps.js';
import type { MenuAction } from '../menu.js';
import { toActivity } from '../../src/conversation/activity.js';
import { send } from '../shared/send.js';
import { namedStepsOf, Steps, values, type Step } from '../shared/steps.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { BookIntakeDialog, relocation, type BookIntakeDeps } from './bookIntake.js';
import { ChooseSlotDialog, parseWindow, windowSaid, type SlotChoice, type WindowJson } from './chooseSlot.js';
import { calendarMessage } from './confirmation.js';
import { dayLabel, notSureFreeNotice, shorten, slotLabel, slotText } from './format.js';
import { daysLaterSaid, laterWordsOf, otherCentreSaid, type LaterWords, type OtherCentre } from './parsers.js';

/** A move to another centre is a booking there (BookIntake), so its deps come along. */
export type ManageBookingDeps = Pick<DialogDeps, 'language' | 'vocabulary' | 'contact' | 'clock' | 'channel' | 'rules' | 'booking'> &
  BookIntakeDeps;

export interface ManageBookingOptions {
  /** `view`: show the booking, then ask whether to keep, move or cancel it. */
  action: 'cancel' | 'move' | 'view';
  /** Known already: skip the lookup. */
  code?: string;
  /** The user said yes already (a new slot is needed after one was just taken, or "Verplaatsen" was tapped under it). */
  confirmed?: boolean;
  /** The booking is on screen already ("Annuleren" tapped under it): only the question. */
  shown?: boolean;
  /** The day asked for with a move ("verplaats mijn afspraak naar vrijdag"): the new hours start there. */
  when?: WindowJson;
  /** "Ik heb de code" was said instead of the code: ask to type it. */
  typeTheCode?: boolean;
  /** Two codes in a row were not found: where the code is, then the question again. */
  codeMissed?: boolean;
  /** Two replies at "Welke afspraak bedoel je?" were not understood: what to tap or type, then the question again. */
  whichMissed?: boolean;
  /** Another centre asked for with the move ("verplaats mijn afspraak naar Aalst"): kept when the question is asked again. */
  elsewhere?: OtherCentre;
  /** Several bookings fit the day or hour said at "Welke afspraak bedoel je?" ("die van dinsdag"): only those are asked about. */
  among?: string[];
}

/** "Ik heb geen code", "weet ik niet", "kwijt": typed at the code question. */
const NO_CODE: Choice = { id: 'noCode', label: 'manageBooking:code.noCode' };
/** "Ik heb de code" (not the code itself): asked to type it; its words win over "ik heb geen code", which they are close to. */
const HAS_CODE: Choice = { id: 'hasCode', label: 'manageBooking:code.hasCode', precise: true };

/** "Ja" alone at "Wat is de code van je afspraak?": yes, there is one; asked to type it. */
const HAS_CODE_YES: Choice = { ...HAS_CODE, synonyms: 'yes', wholeOnly: true };

/** Under a booking that was looked up: keep it, move it or cancel it. */
const KEEP: Choice = { id: 'keep', label: 'manageBooking:view.keep' };
const MOVE: Choice = { id: 'move', label: 'manageBooking:menu.move', synonyms: 'moveBooking' };
const CANCEL: Choice = { id: 'cancel', label: 'manageBooking:menu.cancel' };
/** Asked before a move to a day not known to be free: "Nee" keeps the booking where it is. */
const KEEP_OLD: Choice = { id: 'keepOld', label: 'manageBooking:move.keepOld', synonyms: 'no' };

/** "Ander centrum", typed under a booking: it moves to another centre. */
const OTHER_CENTRE: Choice = { id: 'otherCentre', label: 'bookIntake:change.centre', synonyms: 'otherCentre' };
/** "Dag en uur", "ander uur", "een andere dag" at "Wil je deze afspraak verplaatsen?": what a move is, so a yes (never "dag" as a goodbye). */
const NEW_SLOT: readonly Choice[] = [
  { ...YES, label: 'bookIntake:change.slot', synonyms: 'wrongHour' },
  { ...YES, label: 'bookIntake:slots.otherDay', synonyms: 'otherDay' },
];
/** Without the code: a person at VDAB, or no thanks. */
const TO_PERSON: Choice = { id: 'person', label: 'menu.person' };
const NO_THANKS: Choice = { id: 'no', label: 'handover:how.no', synonyms: 'no' };
/** How many open bookings "Welke afspraak bedoel je?" shows. */
const WHICH_SHOWN = 3;

/** "Een dag later" at the move question: that many days after the day booked. */
interface DaysLater {
  daysLater: number;
}

/**
 * What was made of a typed code: the booking's code; or no booking found, a second time
 * (`missedTwice`: where the code is, and the question again) or for good (`giveUp`).
 */
interface CodeTyped {
  code?: string;
  /** The bookings that fit the day or hour said ("die van dinsdag"), when more than one does. */
  among?: string[];
  missedTwice?: true;
  giveUp?: true;
}

/** How many times a code may be mistyped before the bot points to the centre and VDAB. */
const CODE_ATTEMPTS = 3;

/**
 * "Annuleer mijn afspraak" / "verplaats mijn afspraak" / "wanneer is mijn afspraak?": finds the
 * booking by the code in the message, else the booking made in this conversation, else asks the
 * code. After a yes, cancel frees the slot; move shows new slots and moves the booking atomically
 * (the code stays). The centre is told either way. A look (`view`) shows when and where, and asks
 * whether to keep, move or cancel it.
 */
export class ManageBookingDialog extends ComponentDialog {
  static readonly id = 'manageBooking';
  private static readonly stepsId = `${ManageBookingDialog.id}.steps`;

  private readonly laterWords: LaterWords;

  constructor(private readonly deps: ManageBookingDeps) {
    super(ManageBookingDialog.id);
    this.laterWords = laterWordsOf(deps.vocabulary);
    this.addDialog(
      new AskPrompt(deps, {
        // "Welke afspraak bedoel je?": a code typed beside the buttons. A second miss says what to
        // tap or type and asks again (CodeTyped `missedTwice`), as the code question does.
        code: (text, context, attempt) => this.parseWhich(text, context, attempt === 2 ? { missedTwice: true } : undefined),
        // Asked again after that: further misses go the usual way.
        whichAgain: (text, context) => this.parseWhich(text, context),
        // "Wat is de code?": a second miss says where the code is and asks again (CodeTyped `missedTwice`), as the place question does.
        bookingCode: (text, _context, attempt) => this.parseCode(text, attempt, attempt === 2 ? { missedTwice: true } : undefined),
        // Asked again after that: one more miss is the third, and the centre and VDAB are pointed to.
        bookingCodeAgain: (text) => this.parseCode(text, CODE_ATTEMPTS),
        // "Dinsdag" to "Wil je deze afspraak verplaatsen?": yes, to that day. "Liever in Aalst": another centre.
        // "Een dag later", "le lendemain": that many days after the day booked (read in actStep).
        moveDay: (text) => this.parseElsewhere(text) ?? this.parseDaysLater(text) ?? parseWindow(text, deps.clock.now()),
        // "Kan het in een andere stad?" under a booking: it moves to another centre.
        elsewhere: (text) => this.parseElsewhere(text) ?? { ok: false },
      }),
    );
    this.addDialog(new ChooseSlotDialog(deps));
    // "Ik wil naar een ander centrum": the booking flow, that cancels this booking once the new one is stored.
    this.addDialog(new BookIntakeDialog(deps));
    this.addDialog(
      new Steps(
        ManageBookingDialog.stepsId,
        namedStepsOf<ManageBookingOptions>(this, {
          find: this.findStep,
          confirm: this.confirmStep,
          act: this.actStep,
          free: this.freeStep,
          moved: this.movedStep,
        }),
      ),
    );
    this.initialDialogId = ManageBookingDialog.stepsId;
  }

  /**
   * "ik kan nie op die dag, kan da verschoven worden naar volgende week donderdag": the day moved to,
   * said after "naar", "à", "to", where the whole message names two (the one booked, the new one).
   */
  private windowMovedTo(said: string): WindowJson | undefined {
    const words = said.trim().split(/\s+/u);
    const moveTo = this.deps.vocabulary.allLocalesNormalized('understanding:moveTo');
    for (let at = words.length - 2; at >= 0; at--) {
      if (moveTo.includes(normalize(words[at] ?? ''))) return windowSaid(words.slice(at + 1).join(' '), this.deps.clock.now());
    }
    return undefined;
  }

  /**
   * The code typed with the request, else the person's one open booking (or this conversation's
   * last one), else asks for it. With several open bookings: asks which one, by centre and day.
   */
  private async findStep(step: Step<ManageBookingOptions>): Promise<DialogTurnResult> {
    // Asked again which booking: the words now name a booking ("die van dinsdag"), not the day or centre to move to.
    const askedAgain = step.options.whichMissed === true || step.options.among !== undefined;
    const said = askedAgain ? '' : (step.context.activity.text ?? '');
    const moving = step.options.action === 'move';
    const when = step.options.when ?? (moving ? (windowSaid(said, this.deps.clock.now()) ?? this.windowMovedTo(said)) : undefined);
    if (when) values(step).when = when;
    // "kan ik mijn afspraak een dag later zetten?", "move it to the day after": after the day booked, found below.
    const daysLater = moving && !when ? daysLaterSaid(said, this.laterWords) : undefined;
    if (daysLater) values(step).daysLater = daysLater;
    // "Kan het in een andere stad?", "verzet mijn afspraak naar Aalst": another centre.
    const elsewhere = step.options.elsewhere ?? (moving && !step.options.confirmed ? this.elsewhereIn(said) : undefined);
    if (elsewhere) values(step).elsewhere = elsewhere;
    if (step.options.code) return step.next({ typed: { code: step.options.code } });
    const typed = await this.codeIn(said);
    if (typed) return step.next({ typed: { code: typed } });
    const last = await this.deps.booking.lastBooking.get(step.context);
    const all = await openBookingsOf(this.deps.booking.bookings, step.context, this.deps.clock.now(), last?.code);
    const { among } = step.options;
    const fitting = among ? all.filter((b) => among.includes(b.code)) : [];
    const open = fitting.length > 0 ? fitting : all;
    if (open.length > 1) return this.askWhich(step, open, fitting.length > 0);
    const [only] = open;
    if (only) return step.next({ typed: { code: only.code } });
    if (last) return step.next({ typed: { code: last.code } });
    // "Ik ben mijn code kwijt" as the request itself: asking for the code cannot help, the centre and VDAB can.
    // "Wat is mijn code?" with no booking here: the same (the code is what is missing; never asked back).
    const codeAsked = this.deps.vocabulary.asks(said) && this.namesTheCode(said);
    if (!askedAgain && (this.saysCodeLost(said) || codeAsked)) return step.next({ choice: NO_CODE.id });
    if (step.options.codeMissed) {
      // Two codes not found: where the code is, and the question again; "Ik heb geen code" and a person are buttons.
      await send(step.context, this.t(step)('manageBooking:code.whereToFind'));
      return ask(step, {
        text: { key: 'manageBooking:code.questionAgain' },
        choices: [NO_CODE],
        helpersToo: true,
        also: [HAS_CODE],
        open: 'bookingCodeAgain',
      });
    }
    // "je veux annuler mon rdv, code 7FRZV2" with a code no booking has: that code is not found,
    // never asked for as if it was not given.
    const codeNotFound = !askedAgain && this.codeShapedIn(said);
    const question = codeNotFound
      ? 'manageBooking:code.retry'
      : step.options.typeTheCode
        ? 'manageBooking:code.typeIt'
        : 'manageBooking:code.question';
    // Without the code ("weet ik niet", "kwijt") asking again cannot help: the centre and VDAB can.
    return ask(step, { text: { key: question }, also: [NO_CODE, HAS_CODE, HAS_CODE_YES], open: 'bookingCode' });
  }

  /**
   * A word shaped as a booking code ("7FRZV2"): with a digit in it, or any such word where the code
   * is named ("code ABCDEF"); a word such as "THANKS" alone is no code.
   */
  private codeShapedIn(said: string): boolean {
    const words = said.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
    const named = this.namesTheCode(said);
    return words.some((word) => looksLikeCode(word) && (named || /\d/u.test(word)));
  }

  /** "ik ben mijn code kwijt", "I forgot my booking code": the code named, and that it is gone. */
  private saysCodeLost(said: string): boolean {
    const { vocabulary } = this.deps;
    const lost = vocabulary.choice(NO_CODE.id, NO_CODE.label ?? '').phrases;
    return this.namesTheCode(said) && containsPhrase(said, lost);
  }

  /** "mijn code", "le code de mon rendez-vous", "booking code": the booking's code named. */
  private namesTheCode(said: string): boolean {
    return containsPhrase(said, this.deps.vocabulary.allLocales('understanding:codeWords'));
  }

  /** Checks the booking can still be changed; asks "Wil je … annuleren/verplaatsen?". */
  private async confirmStep(step: Step<ManageBookingOptions>): Promise<DialogTurnResult> {
    const t = this.t(step);
    const picked = choiceOf(step.result);
    const typed = (values(step).which as string[] | undefined)?.includes(picked ?? '') ? { code: picked } : typedOf<CodeTyped>(step.result);
    // "Die van dinsdag" after "die van 10 uur": the bookings that fit both, else those that fit the last words.
    const narrowed = typed?.among?.filter((code) => step.options.among?.includes(code) ?? true);
    const fits = narrowed?.length ? narrowed : typed?.among;
    const found = fits?.length === 1 ? { code: fits[0] } : typed;
    if (fits && fits.length > 1) {
      const when = values(step).when as WindowJson | undefined;
      const elsewhere = values(step).elsewhere as OtherCentre | undefined;
      const { whichMissed: _missed, ...options } = step.options;
      return step.replaceDialog(ManageBookingDialog.stepsId, {
        ...options,
        ...(when && { when }),
        ...(elsewhere && { elsewhere }),
        among: fits,
      } satisfies ManageBookingOptions);
    }
    if (found?.missedTwice && values(step).which) {
      // Asked again: the day and the other centre said with the move stay, never asked a second time.
      const when = values(step).when as WindowJson | undefined;
      const elsewhere = values(step).elsewhere as OtherCentre | undefined;
      return step.replaceDialog(ManageBookingDialog.stepsId, {
        ...step.options,
        ...(when && { when }),
        ...(elsewhere && { elsewhere }),
        whichMissed: true,
      } satisfies ManageBookingOptions);
    }
    if (found?.missedTwice) {
      const { code: _code, typeTheCode: _typeIt, ...options } = step.options;
      return step.replaceDialog(ManageBookingDialog.stepsId, { ...options, codeMissed: true } satisfies ManageBookingOptions);
    }
    if (choiceOf(step.result) === HAS_CODE.id) {
      return step.replaceDialog(ManageBookingDialog.stepsId, { ...step.options, typeTheCode: true } satisfies ManageBookingOptions);
    }
    const noCode = choiceOf(step.result) === NO_CODE.id;
    if (noCode || !found?.code) return this.withoutCode(step, noCode ? 'manageBooking:code.withoutCode' : 'manageBooking:code.giveUp');
    values(step).code = found.code;
    const booking = await this.deps.booking.bookings.get(found.code);
    if (!booking) {
      await send(step.context, t('manageBooking:notFound', { phone: this.deps.contact.phone }));
      return step.endDialog();
    }
    if (booking.status === 'cancelled') {
      await send(step.context, t('manageBooking:alreadyCancelled'));
      return step.endDialog();
    }
    if (Date.parse(booking.slot.start) <= this.deps.clock.now().getTime()) {
      await send(step.context, t('manageBooking:past'));
      return step.endDialog();
    }
    const elsewhere = values(step).elsewhere as OtherCentre | undefined;
    if (elsewhere) return step.replaceDialog(BookIntakeDialog.id, relocation(booking, elsewhere.place));
    if (step.options.confirmed) return step.next({ choice: 'yes' });
    const centre = this.deps.booking.centres.get(booking.centreId);
    const when = slotText(t, this.deps.language.locale(step.context), booking.slot.start);
    if (!step.options.shown) {
      const shown = t('manageBooking:booking', { when, centre: centre?.name ?? '', name: booking.person.firstName });
      // "wat is mijn code?": the booking with its code, which is what was asked.
      const codeAsked = this.namesTheCode(step.context.activity.text ?? '');
      await send(step.context, codeAsked ? `${shown}\n${t('bookIntake:confirmed.code', { code: booking.code })}` : shown);
    }
    if (step.options.action === 'view')
      return ask(step, {
        text: { key: 'manageBooking:view.question' },
        choices: [KEEP, MOVE, CANCEL],
        also: [OTHER_CENTRE],
        open: 'elsewhere',
      });
    const moving = step.options.action === 'move';
    return ask(step, {
      text: { key: moving ? 'manageBooking:move.question' : 'manageBooking:cancel.question' },
      // "Ik kan niet komen" may mean another day: moving is offered next to cancelling.
      choices: moving ? [YES, NO] : [YES, NO, MOVE],
      ...(moving
        ? { open: 'moveDay', also: [OTHER_CENTRE, ...NEW_SLOT] }
        : { also: [{ ...MOVE, label: 'bookIntake:slots.otherDay', synonyms: 'otherDay' }, OTHER_CENTRE], open: 'elsewhere' }),
      // "Afspraak verplaatsen" names what is asked: a yes, never the offer to start it.
      intents: moving ? { move_booking: YES.id } : { cancel_booking: YES.id, move_booking: MOVE.id },
    });
  }

  /** "Ja": cancels, or shows new slots for a move. "Nee": nothing changes. */
  private async actStep(step: Step<ManageBookingOptions>): Promise<DialogTurnResult> {
    const t = this.t(step);
    if (values(step).lost) return this.afterLost(step);
    const code = values(step).code as string;
    const said = typedOf<WindowJson | OtherCentre | DaysLater>(step.result);
    // "Een dag later": a yes, that many days after the day booked (the move below reads it), in place of a day said before.
    const shift = said && 'daysLater' in said ? said : undefined;
    if (shift) {
      values(step).daysLater = shift.daysLater;
      values(step).when = undefined;
    }
    const typed = shift ? undefined : (said as WindowJson | OtherCentre | undefined);
    // "Liever in Aalst", "ander centrum": the booking moves to another centre.
    if ((typed && !('from' in typed)) || choiceOf(step.result) === OTHER_CENTRE.id)
      return this.relocate(step, code, typed && !('from' in typed) ? typed.place : undefined);
    const day = typed && 'from' in typed ? typed : undefined;
    if (day) values(step).when = day;
    const chosen = day || shift ? 'yes' : choiceOf(step.result);
    // Under a booking that was looked up: "Verplaatsen" is the yes of a move; "Annuleren" still asks.
    if (chosen === MOVE.id) return step.replaceDialog(ManageBookingDialog.stepsId, { action: 'move', code, confirmed: true });
    if (chosen === CANCEL.id) return step.replaceDialog(ManageBookingDialog.stepsId, { action: 'cancel', code, shown: true });
    if (chosen !== 'yes') {
      await send(step.context, t('manageBooking:unchanged'));
      return step.endDialog();
    }
    const { bookings, centres, notifier } = this.deps.booking;
    if (step.options.action === 'move') {
      const booking = (await bookings.get(code)) as Booking;
      values(step).previous = booking.slot;
      const daysLater = values(step).daysLater as number | undefined;
      const when = (values(step).when as WindowJson | undefined) ?? (daysLater ? dayAfterBooked(booking, daysLater) : undefined);
      // Kept for the hours asked again when the slot is taken meanwhile.
      if (when) values(step).when = when;
      // "Ander centrum" or a town at the hours: the booking moves to another centre.
      return step.beginDialog(ChooseSlotDialog.id, { centreId: booking.centreId, otherCentre: true, ...(when && { window: when }) });
    }
    const cancelled = await bookings.cancel(code);
    const centre = cancelled && centres.get(cancelled.centreId);
    if (!cancelled || !centre) {
      await send(step.context, t('manageBooking:notFound', { phone: this.deps.contact.phone }));
      return step.endDialog();
    }
    await notifier.bookingCancelled(cancelled, centre);
    await send(step.context, t('manageBooking:cancel.done'));
    return step.endDialog();
  }

  /**
   * A move from a day whose first meeting is free to a day not known to be free (the loopbaankrediet
   * from 1 January 2027): said, and asked before anything moves; "Nee" keeps the booking, sure to be
   * free. As the notice at "Klopt dit?" of a new booking, but against the day booked, not today.
   */
  private async freeStep(step: Step<ManageBookingOptions>): Promise<DialogTurnResult> {
    // A move keeps its way of talking: its hours are asked without `waysOfTalking`, so no other way comes back.
    const chosen = step.result as Exclude<SlotChoice, { mode: Mode }>;
    if (chosen && 'otherPlace' in chosen) return this.relocate(step, values(step).code as string, chosen.otherPlace);
    if (chosen && ('anotherCentre' in chosen || 'otherCentreId' in chosen)) return this.relocate(step, values(step).code as string);
    const slot = chosen;
    const previous = values(step).previous as Slot | undefined;
    if (!slot || !previous) return step.next(slot);
    const t = this.t(step);
    const locale = this.deps.language.locale(step.context);
    const bookedDay = brusselsDate(new Date(previous.start));
    const notSureFree = notSureFreeNotice(t, locale, this.deps.rules, bookedDay, slot.start);
    if (!notSureFree) return step.next(slot);
    values(step).slot = slot;
    await send(step.context, `${notSureFree} ${t('manageBooking:move.stillFree', { day: formatDate(locale, bookedDay) })}`);
    return ask(step, { text: { key: 'manageBooking:move.confirmNotSureFree' }, choices: [YES, KEEP_OLD] });
  }

  /** Moves the booking to the chosen slot; a slot taken meanwhile gets new choices. */
  private async movedStep(step: Step<ManageBookingOptions>): Promise<DialogTurnResult> {
    const t = this.t(step);
    const code = values(step).code as string;
    const answer = choiceOf(step.result);
    if (answer === KEEP_OLD.id) {
      await send(step.context, t('manageBooking:unchanged'));
      return step.endDialog();
    }
    // Asked at freeStep: the user knows already that the new day may not be free.
    const warned = answer === 'yes';
    const slot = warned ? (values(step).slot as Slot) : (step.result as Slot | undefined);
    if (!slot) return step.endDialog();
    const { bookings, centres, notifier } = this.deps.booking;
    const result = await bookings.reschedule(code, slot);
    if (!result.ok && result.reason === 'slot_taken') {
      await send(step.context, t('bookIntake:slotTaken'));
      const when = values(step).when as WindowJson | undefined;
      return step.replaceDialog(ManageBookingDialog.stepsId, {
        action: 'move',
        code,
        confirmed: true,
        ...(when && { when }),
      } satisfies ManageBookingOptions);
    }
    const centre = result.ok ? centres.get(result.booking.centreId) : undefined;
    if (!result.ok || !centre) {
      await send(step.context, t('manageBooking:notFound', { phone: this.deps.contact.phone }));
      return step.endDialog();
    }
    const now = this.deps.clock.now();
    await notifier.bookingRescheduled(result.booking, values(step).previous as Slot, centre);
    const locale = this.deps.language.locale(step.context);
    const moved = t('manageBooking:move.done', { when: slotText(t, locale, slot.start), code: result.booking.code });
    // Moved past the end of the rules that make it free: said, as at "Klopt dit?" of a new booking.
    const notSureFree = warned ? undefined : notSureFreeNotice(t, locale, this.deps.rules, brusselsDate(now), slot.start);
    await send(step.context, notSureFree ? `${moved} ${notSureFree}` : moved);
    if (this.deps.channel.showsFiles(step.context)) {
      await step.context.sendActivity(calendarMessage(t('bookIntake:confirmed.calendar'), result.booking, centre, locale, now));
    }
    return step.endDialog();
  }

  /**
   * No code, so no booking: where the centre is found (vdab.be; no centre's number is known here,
   * and none is made up) and VDAB's free number to tap; then a person is offered, or the code again.
   */
  private async withoutCode(
    step: Step<ManageBookingOptions>,
    key: 'manageBooking:code.withoutCode' | 'manageBooking:code.giveUp',
  ): Promise<DialogTurnResult> {
    const t = this.t(step);
    const { contact } = this.deps;
    const text = t(key, { website: contact.websiteLabel, phone: contact.phone });
    const service = this.deps.handover?.service;
    if (service) {
      const withButton = service.withCallButton(t, toActivity({ text }));
      await step.context.sendActivity({ ...withButton, speak: text });
    } else {
      await send(step.context, text);
    }
    values(step).lost = true;
    return ask(step, { text: { key: 'manageBooking:code.personQuestion' }, choices: [TO_PERSON, HAS_CODE, NO_THANKS] });
  }

  /** After "Zonder code vind ik je afspraak niet": a person, the code typed after all, or back to the menu. */
  private async afterLost(step: Step<ManageBookingOptions>): Promise<DialogTurnResult> {
    const chosen = choiceOf(step.result);
    if (chosen === TO_PERSON.id) return step.endDialog('person' satisfies MenuAction);
    if (chosen === HAS_CODE.id) {
      const { code: _code, ...options } = step.options;
      return step.replaceDialog(ManageBookingDialog.stepsId, { ...options, typeTheCode: true } satisfies ManageBookingOptions);
    }
    return step.endDialog();
  }

  /**
   * "Welke afspraak bedoel je?": the open bookings by centre and day, the earliest three;
   * `narrowed`: only those that fit the day or hour said, so the question says they fit.
   */
  private async askWhich(step: Step<ManageBookingOptions>, open: readonly Booking[], narrowed = false): Promise<DialogTurnResult> {
    const t = this.t(step);
    const locale = this.deps.language.locale(step.context);
    const shown = open.slice(0, WHICH_SHOWN);
    const { centres } = this.deps.booking;
    const place = (b: Booking) => centres.get(b.centreId)?.address.municipality ?? '';
    const list = shown.map(
      (b, i) =>
        `${i + 1}. ${t('manageBooking:which.item', { when: slotText(t, locale, b.slot.start), centre: centres.get(b.centreId)?.name ?? '' })}`,
    );
    // Two at one place on one day: the hour tells them apart.
    const label = (l: typeof locale, b: Booking) =>
      shown.filter((o) => place(o) === place(b) && dayLabel(l, o.slot.start) === dayLabel(l, b.slot.start)).length > 1
        ? slotLabel(l, b.slot.start)
        : shorten(`${place(b)}, ${dayLabel(l, b.slot.start)}`);
    values(step).which = shown.map((b) => b.code);
    // "Aalst", "vr 27 nov": the part of a button that tells it apart is understood alone.
    const distinct = (part: (b: Booking) => string) => new Set(shown.map(part)).size === shown.length;
    const byPlace = distinct(place);
    const byDay = distinct((b) => dayLabel(locale, b.slot.start));
    const phrases = (b: Booking) => [
      ...(byPlace ? [place(b), centres.get(b.centreId)?.name ?? ''] : []),
      ...(byDay ? LOCALES.map((l) => dayLabel(l, b.slot.start)) : []),
    ];
    const missed = step.options.whichMissed === true;
    const [first] = shown;
    if (missed && first) {
      // Two misses: what to tap or type (the place, else the day, else a whole button), then the question again.
      const example = byPlace ? place(first) : byDay ? dayLabel(locale, first.slot.start) : label(locale, first);
      await send(step.context, t('manageBooking:which.hint', { example }));
    }
    return ask(step, {
      text: {
        key: narrowed ? 'manageBooking:which.narrowed' : 'manageBooking:which.question',
        params: { count: open.length, list: list.join('\n') },
      },
      choices: shown.map((b) => ({
        id: b.code,
        title: label(locale, b),
        titles: Object.fromEntries(LOCALES.map((l) => [l, label(l, b)])),
        phrases: phrases(b).filter((p) => p !== ''),
      })),
      // Asked again after two misses: a person is a button beside the bookings.
      ...(missed && { helpers: ['person'] as const, helpersToo: true }),
      // 'code': the name questions asked before this change still have in stored state.
      open: missed ? 'whichAgain' : 'code',
      // Bookings are named by their day or hour: a day none is on is still an answer here, said so.
      answersAreTimes: true,
    });
  }

  /** "Liever in Aalst", "ander centrum": the booking flow there, that cancels this booking once the new one is stored. */
  private async relocate(step: Step<ManageBookingOptions>, code: string, place?: OtherCentre['place']): Promise<DialogTurnResult> {
    const booking = await this.deps.booking.bookings.get(code);
    if (!booking || booking.status !== 'confirmed') {
      await send(step.context, this.t(step)('manageBooking:notFound', { phone: this.deps.contact.phone }));
      return step.endDialog();
    }
    return step.replaceDialog(BookIntakeDialog.id, relocation(booking, place));
  }

  /** Another centre asked for in `text` (parsers' otherCentreSaid). */
  private elsewhereIn(text: string): OtherCentre | undefined {
    const { vocabulary } = this.deps;
    return otherCentreSaid(
      this.deps.booking.centres,
      text,
      vocabulary.placeWords,
      vocabulary.allLocales('understanding:synonyms.otherCentre'),
    );
  }

  /** "een dag later", "le lendemain", "a week later" at "Wil je deze afspraak verplaatsen?": days after the day booked. */
  private parseDaysLater(text: string): ParseResult | undefined {
    const daysLater = daysLaterSaid(text, this.laterWords);
    return daysLater === undefined ? undefined : { ok: true, value: { daysLater } satisfies DaysLater };
  }

  private parseElsewhere(text: string): ParseResult | undefined {
    // "Om 1400" is an hour, not a postcode.
    if (/\b\d{4}\b/.test(text) && windowSaid(text, this.deps.clock.now())) return undefined;
    const elsewhere = this.elsewhereIn(text);
    return elsewhere ? { ok: true, value: elsewhere } : undefined;
  }

  /** The bookings "Welke afspraak bedoel je?" shows: the person's open ones, the earliest WHICH_SHOWN. */
  private async shownBookings(context: TurnContext): Promise<Booking[]> {
    const last = await this.deps.booking.lastBooking.get(context);
    const open = await openBookingsOf(this.deps.booking.bookings, context, this.deps.clock.now(), last?.code);
    return open.slice(0, WHICH_SHOWN);
  }

  /** A booking code among the words of `text` that the store knows ("annuleer K7M3QX"). */
  private async codeIn(text: string): Promise<string | undefined> {
    // "K7M3QX," or "(K7M3QX)": the code without what is typed around it.
    for (const word of text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))) {
      if (!looksLikeCode(word)) continue;
      const booking = await this.deps.booking.bookings.get(word);
      if (booking) return booking.code;
    }
    return undefined;
  }

  /** The booking whose code `text` is; after CODE_ATTEMPTS misses, giving up; `miss`: what this miss is instead of the retry. */
  private async parseCode(text: string, attempt: number, miss?: CodeTyped): Promise<ParseResult> {
    const compact = normalizeCode(text);
    const code = looksLikeCode(compact) ? compact : await this.codeIn(text);
    const booking = code ? await this.deps.booking.bookings.get(code) : undefined;
    if (booking) return { ok: true, value: { code: booking.code } satisfies CodeTyped };
    if (attempt >= CODE_ATTEMPTS) return { ok: true, value: { giveUp: true } satisfies CodeTyped };
    if (miss) return { ok: true, value: miss };
    // "morgen om 10 uur", "weet ik veel": words, no code typed, so what one looks like; never "die code vind ik niet".
    const oneWord = !/\s/u.test(text.trim());
    const typedACode = code !== undefined || (oneWord && /^[A-Z0-9]+$/u.test(compact));
    return { ok: false, retry: { key: typedACode ? 'manageBooking:code.retry' : 'manageBooking:code.notACode' } };
  }

  /**
   * At "Welke afspraak bedoel je?": the booking whose code `text` is, or the one it names by its day
   * or hour ("die van dinsdag", "mardi", "die van 10 uur"); several that fit are asked about again.
   * A miss that looks like a code is a code not found; a time no booking has is said so; another
   * asks to tap a button. `miss`: what this miss is instead of the retry.
   */
  private async parseWhich(text: string, context: TurnContext, miss?: CodeTyped): Promise<ParseResult> {
    const compact = normalizeCode(text);
    const code = looksLikeCode(compact) ? compact : await this.codeIn(text);
    const booking = code ? await this.deps.booking.bookings.get(code) : undefined;
    if (booking) return { ok: true, value: { code: booking.code } satisfies CodeTyped };
    const shown = await this.shownBookings(context);
    const now = this.deps.clock.now();
    const named = looksLikeCode(compact)
      ? undefined
      : startsNamedIn(
          text,
          now,
          shown.map((b) => new Date(b.slot.start)),
        );
    const fit = named?.flatMap((at) => shown[at]?.code ?? []);
    if (fit?.length === 1) return { ok: true, value: { code: fit[0] } satisfies CodeTyped };
    if (fit && fit.length > 1 && fit.length < shown.length) return { ok: true, value: { among: fit } satisfies CodeTyped };
    if (miss) return { ok: true, value: miss };
    // "de afspraak op maandag" with none on Monday: understood as a booking named by its day, never
    // the booking flow the recognizer hears in "afspraak" (AskPrompt `parses`: a time it cannot take).
    if (fit?.length === 0) return { ok: false, retry: { key: 'manageBooking:which.noneThen' }, decisive: true, noMiss: true };
    return { ok: false, retry: { key: looksLikeCode(compact) ? 'manageBooking:code.retry' : 'manageBooking:which.retry' } };
  }

  private t(step: WaterfallStepContext): Translator {
    return this.deps.language.t(step.context);
  }
}

/** The whole day `daysLater` days after `booking`'s day, as the window of a move. */
function dayAfterBooked(booking: Booking, daysLater: number): WindowJson {
  const day = addDays(brusselsDate(new Date(booking.slot.start)), daysLater);
  return { from: brusselsTime(day, 0).toISOString(), to: brusselsTime(addDays(day, 1), 0).toISOString() };
}
