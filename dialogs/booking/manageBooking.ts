import { looksLikeCode, normalizeCode } from '../../src/booking/codes.js';
import type { Booking, Slot } from '../../src/booking/model.js';
import { ComponentDialog, type DialogTurnResult, type WaterfallStepContext } from '../../src/bot/sdk.js';
import { brusselsDate } from '../../src/domain/calendar.js';
import { formatDate } from '../../src/i18n/format.js';
import type { Translator } from '../../src/i18n/i18n.js';
import { ask, AskPrompt, choiceOf, NO, typedOf, YES, type Choice, type ParseResult } from '../shared/ask.js';
import type { DialogDeps } from '../shared/deps.js';
import { send } from '../shared/send.js';
import { Steps, stepsOf, values, type Step } from '../shared/steps.js';
import { ChooseSlotDialog, parseWindow, windowSaid, type WindowJson } from './chooseSlot.js';
import { calendarMessage } from './confirmation.js';
import { notSureFreeNotice, slotText } from './format.js';

export type ManageBookingDeps = Pick<DialogDeps, 'language' | 'vocabulary' | 'contact' | 'clock' | 'channel' | 'rules' | 'booking'>;

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
}

/** "Ik heb geen code", "weet ik niet", "kwijt": typed at the code question. */
const NO_CODE: Choice = { id: 'noCode', label: 'manageBooking:code.noCode' };
/** "Ik heb de code" (not the code itself): asked to type it; its words win over "ik heb geen code", which they are close to. */
const HAS_CODE: Choice = { id: 'hasCode', label: 'manageBooking:code.hasCode', precise: true };

/** Under a booking that was looked up: keep it, move it or cancel it. */
const KEEP: Choice = { id: 'keep', label: 'manageBooking:view.keep' };
const MOVE: Choice = { id: 'move', label: 'manageBooking:menu.move', synonyms: 'moveBooking' };
const CANCEL: Choice = { id: 'cancel', label: 'manageBooking:menu.cancel' };
/** Asked before a move to a day not known to be free: "Nee" keeps the booking where it is. */
const KEEP_OLD: Choice = { id: 'keepOld', label: 'manageBooking:move.keepOld', synonyms: 'no' };

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

  constructor(private readonly deps: ManageBookingDeps) {
    super(ManageBookingDialog.id);
    this.addDialog(
      new AskPrompt(deps, {
        code: (text, _context, attempt) => this.parseCode(text, attempt),
        // "Dinsdag" to "Wil je deze afspraak verplaatsen?": yes, to that day.
        moveDay: (text) => parseWindow(text, deps.clock.now()),
      }),
    );
    this.addDialog(new ChooseSlotDialog(deps));
    this.addDialog(
      new Steps(ManageBookingDialog.stepsId, stepsOf(this, this.findStep, this.confirmStep, this.actStep, this.freeStep, this.movedStep)),
    );
    this.initialDialogId = ManageBookingDialog.stepsId;
  }

  /** The code typed with the request, else this conversation's booking, else asks for it. */
  private async findStep(step: Step<ManageBookingOptions>): Promise<DialogTurnResult> {
    const said = step.context.activity.text ?? '';
    const when = step.options.when ?? (step.options.action === 'move' ? windowSaid(said, this.deps.clock.now()) : undefined);
    if (when) values(step).when = when;
    if (step.options.code) return step.next({ typed: { code: step.options.code } });
    const typed = await this.codeIn(said);
    if (typed) return step.next({ typed: { code: typed } });
    const last = await this.deps.booking.lastBooking.get(step.context);
    if (last) return step.next({ typed: { code: last.code } });
    // Without the code ("weet ik niet", "kwijt") asking again cannot help: the centre and VDAB can.
    const question = step.options.typeTheCode ? 'manageBooking:code.typeIt' : 'manageBooking:code.question';
    return ask(step, { text: { key: question }, also: [NO_CODE, HAS_CODE], open: 'code' });
  }

  /** Checks the booking can still be changed; asks "Wil je … annuleren/verplaatsen?". */
  private async confirmStep(step: Step<ManageBookingOptions>): Promise<DialogTurnResult> {
    const t = this.t(step);
    const found = typedOf<{ code?: string; giveUp?: true }>(step.result);
    if (choiceOf(step.result) === HAS_CODE.id) {
      return step.replaceDialog(ManageBookingDialog.stepsId, { ...step.options, typeTheCode: true } satisfies ManageBookingOptions);
    }
    const noCode = choiceOf(step.result) === NO_CODE.id;
    if (noCode || !found?.code) {
      await send(
        step.context,
        t(noCode ? 'manageBooking:code.withoutCode' : 'manageBooking:code.giveUp', { phone: this.deps.contact.phone }),
      );
      return step.endDialog();
    }
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
    if (step.options.confirmed) return step.next({ choice: 'yes' });
    const centre = this.deps.booking.centres.get(booking.centreId);
    const when = slotText(t, this.deps.language.locale(step.context), booking.slot.start);
    if (!step.options.shown)
      await send(step.context, t('manageBooking:booking', { when, centre: centre?.name ?? '', name: booking.person.firstName }));
    if (step.options.action === 'view') return ask(step, { text: { key: 'manageBooking:view.question' }, choices: [KEEP, MOVE, CANCEL] });
    const moving = step.options.action === 'move';
    return ask(step, {
      text: { key: moving ? 'manageBooking:move.question' : 'manageBooking:cancel.question' },
      // "Ik kan niet komen" may mean another day: moving is offered next to cancelling.
      choices: moving ? [YES, NO] : [YES, NO, MOVE],
      ...(moving ? { open: 'moveDay' } : { also: [{ ...MOVE, label: 'bookIntake:slots.otherDay', synonyms: 'otherDay' }] }),
      // "Afspraak verplaatsen" names what is asked: a yes, never the offer to start it.
      intents: moving ? { move_booking: YES.id } : { cancel_booking: YES.id, move_booking: MOVE.id },
    });
  }

  /** "Ja": cancels, or shows new slots for a move. "Nee": nothing changes. */
  private async actStep(step: Step<ManageBookingOptions>): Promise<DialogTurnResult> {
    const t = this.t(step);
    const code = values(step).code as string;
    const day = typedOf<WindowJson>(step.result);
    if (day) values(step).when = day;
    const chosen = day ? 'yes' : choiceOf(step.result);
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
      const when = values(step).when as WindowJson | undefined;
      return step.beginDialog(ChooseSlotDialog.id, { centreId: booking.centreId, ...(when && { window: when }) });
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
    const slot = step.result as Slot | undefined;
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

  private async parseCode(text: string, attempt: number): Promise<ParseResult> {
    const compact = normalizeCode(text);
    const code = looksLikeCode(compact) ? compact : await this.codeIn(text);
    const booking = code ? await this.deps.booking.bookings.get(code) : undefined;
    if (booking) return { ok: true, value: { code: booking.code } };
    if (attempt >= CODE_ATTEMPTS) return { ok: true, value: { giveUp: true } };
    return { ok: false, retry: { key: 'manageBooking:code.retry' } };
  }

  private t(step: WaterfallStepContext): Translator {
    return this.deps.language.t(step.context);
  }
}
