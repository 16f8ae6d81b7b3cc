import { MODES, WEEKDAYS, type Centre, type Mode, type Place, type Slot } from '../../src/booking/model.js';
import { ComponentDialog, type DialogTurnResult } from '../../src/bot/sdk.js';
import { addDays, brusselsDate, brusselsMinutes, weekdayOf, type IsoDate } from '../../src/domain/calendar.js';
import { formatWeekdayDate } from '../../src/i18n/format.js';
import { LOCALES } from '../../src/i18n/locale.js';
import {
  mentionsTime,
  namesAHourSpan,
  ONE_DAY_WINDOW_MS,
  startsWithin,
  understandWhen,
  type TimeWindow,
} from '../../src/understanding/when.js';
import { clampText, containsPhrase, withoutPhrases, wordsOf } from '../../src/understanding/text.js';
import { whenWordSet } from '../../src/understanding/whenWords.js';
import type { Vocabulary } from '../../src/understanding/vocabulary.js';
import {
  acknowledgementsAskAgain,
  ask,
  AskPrompt,
  choiceOf,
  typedOf,
  type Choice,
  type ParseResult,
  type Question,
  type Text,
} from '../shared/ask.js';
import type { DialogDeps } from '../shared/deps.js';
import { send } from '../shared/send.js';
import { namedStepsOf, Steps, values, type Step } from '../shared/steps.js';
import { closedThenText, slotLabel, slotText } from './format.js';
import { findModeFilter, otherCentreSaid, type PlaceLookup } from './parsers.js';

/** A TimeWindow as plain JSON, for dialog state. */
export interface WindowJson {
  from: string;
  to: string;
  daily?: { from: number; to: number };
  /** "donderdag" said on a Thursday: next Thursday when nothing is free today (TimeWindow.orNextWeek). */
  orNextWeek?: true;
  /** "zaterdag of 's avonds": any of these (TimeWindow.anyOf). */
  anyOf?: WindowJson[];
  /** "maandag kan niet": not on these weekdays (TimeWindow.notWeekdays). */
  notWeekdays?: number[];
}

export interface ChooseSlotOptions {
  centreId: string;
  /** Only slots in this window ("dinsdag", "morgen namiddag"). */
  window?: WindowJson;
  /** Only slots after this start ("Later"). */
  after?: string;
  /** "Ander centrum" may end the choice without a slot: the booking asks the centre again. */
  otherCentre?: boolean;
  /**
   * A new booking, whose phone number or e-mail address comes later: one typed at the hours is
   * kept for it, and "laat maar" asks whether to stop (Question `keepsContact`, `quitOffer`).
   */
  keepsContact?: true;
  /**
   * Where the user looks and how the talk goes: when nothing is free here at the time asked
   * ("'s avonds", "zaterdag"), the nearest centre that has such hours is offered.
   */
  near?: { place: Place; mode: Mode };
  /**
   * The way of talking was chosen before, and may change here ("nee, liever ter plaatse"): such
   * words end the choice with that way, as they answer "Hoe wil je het gesprek doen?".
   */
  waysOfTalking?: true;
  /**
   * "Zo snel mogelijk" said before the hours (with the wish, at the place, the centre or the way
   * of talking): the first free hour is taken as soon as the hours come (in `window` when one is set).
   */
  soonest?: true;
}

/**
 * What the choice ends with: a slot; the centre to go to instead ("Naar dat centrum", with the time
 * asked); another place to look ("liever in Aalst", with a day said along); another centre anywhere
 * ("ander centrum"); another way of talking ("liever ter plaatse", ChooseSlotOptions `waysOfTalking`);
 * or nothing (no free hour here).
 */
export type SlotChoice =
  | Slot
  | { mode: Mode; when?: WindowJson }
  | { otherCentreId: string; when?: WindowJson }
  | { otherPlace: PlaceLookup; when?: WindowJson }
  | { anotherCentre: true }
  | undefined;

/**
 * "zo snel mogelijk", "vandaag nog", "asap" at the hours: the first free hour; from a later day
 * named with it ("morgen zo vroeg mogelijk"), that day's first (`within`).
 */
export interface Soonest {
  soonest: true;
  within?: WindowJson;
}

/**
 * "zo snel mogelijk", "le plus vite possible", "asap", "vandaag nog" in `text`: the first free hour
 * wanted; from a later day named with it ("morgen zo vroeg mogelijk"), that day's first; with days
 * or hours ruled out or named ("zo snel mogelijk, niet op dinsdag", "asap in the afternoon"), the
 * first that fits them.
 */
export function soonSaid(vocabulary: Pick<Vocabulary, 'callbackSoon'>, text: string, now: Date): Soonest | undefined {
  if (!containsPhrase(text, vocabulary.callbackSoon)) return undefined;
  const window = windowSaid(text, now) ?? windowSaid(withoutSoon(vocabulary, text), now);
  const later = window && brusselsDate(new Date(window.from)) > brusselsDate(now);
  const narrows = window && (window.notWeekdays !== undefined || window.daily !== undefined || window.anyOf !== undefined);
  return { soonest: true, ...((later || narrows) && { within: window }) };
}

/** `text` without its "zo snel mogelijk" ("as" in "zo snel as mogelijk" is no village As). */
export function withoutSoon(vocabulary: Pick<Vocabulary, 'callbackSoon'>, text: string): string {
  return containsPhrase(text, vocabulary.callbackSoon) ? withoutPhrases(text, vocabulary.callbackSoon) : text;
}

/** The most words besides the time that soonAlone lets by ("ik wil zo snel mogelijk", "liefst asap aub"). */
const MAX_WORDS_BESIDE_SOON = 2;

/**
 * soonSaid, where another question is open (the place, the centre, how to talk): only when the
 * message says little else ("zo snel mogelijk", "ik wil asap", "morgen zo vroeg mogelijk"), so
 * "ik heb dringend hulp nodig met mijn cv" is not read as a time.
 */
export function soonAlone(vocabulary: Pick<Vocabulary, 'callbackSoon' | 'timeFillers'>, text: string, now: Date): Soonest | undefined {
  const said = soonSaid(vocabulary, text, now);
  if (!said) return undefined;
  const known = whenWordSet();
  const others = wordsOf(withoutPhrases(text, vocabulary.callbackSoon)).filter((w) => !known.has(w) && !vocabulary.timeFillers.has(w));
  return others.length <= MAX_WORDS_BESIDE_SOON ? said : undefined;
}

/** Typed at the hours where another centre may be chosen: a place named ("kan het in Gent?"), with a day perhaps. */
interface OtherPlaceTyped {
  otherPlace: PlaceLookup;
  when?: WindowJson;
}

export type ChooseSlotDeps = Pick<DialogDeps, 'language' | 'vocabulary' | 'clock' | 'booking'>;

/** How many slots one page shows. */
const PAGE = 3;
/** Enough candidates to reach a window a few weeks ahead (about 20 slots a day per centre). */
const WINDOW_CANDIDATES = 2000;
const DAY_MS = 86_400_000;
/** An hour said alone ("10 uur") is read as the hour from it on: 60 minutes, no more. */
const HOUR_MINUTES = 60;
const WEEK = 7;
/** The part of the day that is earlier than any other, as parseWindow reads it. */
const MORNING = 'voormiddag';

const LATER: Choice = { id: 'later', label: 'bookIntake:slots.later' };
/**
 * Typed only: "te laat", "vroeger", "earlier" (was "Afspraak verplaatsen?", or later hours read
 * from "laat"). The hours shown first are the first free ones, so earlier is earlier in the day.
 * Word for word: "trop tôt" (too early) is a typo away from "trop tard".
 */
const EARLIER: Choice = { id: 'earlier', label: 'bookIntake:slots.earlier', synonyms: 'earlierHours', precise: true, wordForWord: true };
const OTHER_DAY: Choice = { id: 'otherDay', label: 'bookIntake:slots.otherDay' };
const MORE: Choice = { id: 'more', label: 'menu.more' };
/** "Naar dat centrum": the centre that has hours at the time asked. */
const GO_ELSEWHERE: Choice = { id: 'goElsewhere', label: 'bookIntake:slots.goElsewhere' };
/** "Eerste uren hier": the earliest hours at this centre instead. */
const FIRST_HERE: Choice = { id: 'firstHere', label: 'bookIntake:slots.firstHere' };
/** How many of the nearest centres are looked at for hours at the time asked. */
const NEAREST_LOOKED_AT = 6;
/** Typed only: "ander centrum" at the hours. */
const OTHER_CENTRE: Choice = { id: 'otherCentre', label: 'bookIntake:change.centre', synonyms: 'otherCentre' };

/** A way of talking said at the hours ("nee, liever ter plaatse"), understood as at "Hoe wil je het gesprek doen?". */
const WAY_PREFIX = 'way:';
export const WAYS: readonly Choice[] = MODES.map((m) => ({
  id: `${WAY_PREFIX}${m}`,
  label: `bookIntake:modes.button.${m}`,
  synonyms: `mode_${m}`,
}));

/** The ways of meeting where the user goes to the centre (a walk starts there): its distance matters. */
const GOES_THERE: ReadonlySet<Mode> = new Set<Mode>(['in_person', 'walking']);

/**
 * "Wanneer past het?": the earliest free 30-minute slots of one centre, three at a time, in
 * Brussels time and the user's words. "Meer" offers "Later" and "Andere dag"; a typed day
 * ("dinsdag", "morgen namiddag", "la semaine prochaine") works on every question here. Ends with
 * the chosen Slot, or with nothing when the centre has no free hour at all.
 */
export class ChooseSlotDialog extends ComponentDialog {
  static readonly id = 'chooseSlot';
  private static readonly stepsId = `${ChooseSlotDialog.id}.steps`;

  constructor(private readonly deps: ChooseSlotDeps) {
    super(ChooseSlotDialog.id);
    // "Ik wil een afspraak" here is this booking: never an offer to start it over (and lose the centre).
    this.addDialog(
      new AskPrompt(
        deps,
        {
          when: (text) => this.parseWhen(text),
          // Where another centre may be chosen: a town named at the hours is a place to look, not a day.
          whenOrPlace: (text) => this.parseWhenOrPlace(text),
        },
        { answersItself: ['book_intake'] },
      ),
    );
    this.addDialog(
      // "Meer", then "Andere dag", then the day: the answer may come at the second, third or fourth step.
      new Steps(
        ChooseSlotDialog.stepsId,
        namedStepsOf<ChooseSlotOptions>(this, {
          showSlots: this.showSlotsStep,
          follow: this.followStep,
          followMore: this.followStep,
          followDay: this.followStep,
        }),
      ),
    );
    this.initialDialogId = ChooseSlotDialog.stepsId;
  }

  /** Shows the next free slots and asks which one. */
  private async showSlotsStep(step: Step<ChooseSlotOptions>): Promise<DialogTurnResult> {
    const t = this.deps.language.t(step.context);
    const locale = this.deps.language.locale(step.context);
    const options = step.options;
    // "Zo snel mogelijk" said before: the first free hour, as when it is said here.
    if (options.soonest) return this.soonest(step, { soonest: true, ...(options.window && { within: options.window }) });
    let slots = await this.find(options);
    const asked = options.window;
    if (asked?.orNextWeek && !options.after && slots[0] && Date.parse(slots[0].start) >= Date.parse(asked.to)) {
      // "dinsdag" with that Tuesday full: the hours are of the Tuesday after, and said to be.
      await send(step.context, t('bookIntake:slots.weekLater', { day: formatWeekdayDate(locale, brusselsDate(new Date(asked.from))) }));
    }
    if (slots.length === 0 && options.window) {
      // Closed in the evening or on Saturday here, open there: offer that centre first.
      const elsewhere = await this.openElsewhere(options);
      if (elsewhere) {
        values(step).elsewhere = elsewhere.id;
        // How far, where the user goes there; a call or a video call is as near from anywhere.
        const far =
          options.near && GOES_THERE.has(options.near.mode)
            ? ` ${t('bookIntake:slots.elsewhereDistance', { km: Math.max(1, Math.round(elsewhere.km)) })}`
            : '';
        await send(step.context, `${t('bookIntake:slots.nothingThenElsewhere', { centre: elsewhere.name })}${far}`);
        return ask(step, {
          text: { key: 'bookIntake:slots.elsewhereQuestion' },
          choices: [GO_ELSEWHERE, FIRST_HERE],
          also: waysOf(options),
          open: options.otherCentre ? 'whenOrPlace' : 'when',
          ...newBooking(options),
        });
      }
    }
    if (slots.length === 0 && (options.window || options.after)) {
      // "dit weekend", "zaterdag voormiddag" where the centre is closed then: said so, with the days it is open.
      const closed = options.window && this.closedOn(options.centreId, options.window);
      // "vandaag", "aujourd'hui": today has no free hour (the notice rules it out), said in those words.
      const today = options.window && !options.after && this.todayOnly(options.window);
      await send(
        step.context,
        closed
          ? closedThenText(t, locale, closed.days, closed.open)
          : t(today ? 'bookIntake:slots.nothingToday' : options.window ? 'bookIntake:slots.nothingThen' : 'bookIntake:slots.nothingLater'),
      );
      slots = await this.find({ centreId: options.centreId });
      // "Later" now pages on from these hours, not from the time asked (which has none).
      values(step).fellBack = true;
    }
    if (slots.length === 0) {
      await send(step.context, t('bookIntake:slots.none'));
      return step.endDialog(undefined);
    }
    values(step).shown = slots;
    const list = slots.map((s, i) => `${i + 1}. ${slotText(t, locale, s.start)}`).join('\n');
    return ask(step, {
      text: { key: 'bookIntake:slots.question', params: { list } },
      simpler: { key: 'bookIntake:slots.simpler' },
      ...acknowledgementsAskAgain({ key: 'bookIntake:slots.simpler' }),
      again: { key: 'bookIntake:slots.questionAgain' },
      // In every language: "Andere taal" at this question shows the same hours in the new one.
      choices: slots.map((s) => ({
        id: s.start,
        title: slotLabel(locale, s.start),
        titles: Object.fromEntries(LOCALES.map((l) => [l, slotLabel(l, s.start)])),
      })),
      more: MORE,
      also: [
        LATER,
        EARLIER,
        OTHER_DAY,
        ...(options.otherCentre ? [OTHER_CENTRE] : []),
        ...waysOf(options),
        // "Maakt niet uit", "peu importe", "any time": the first hour shown (said back at "Klopt dit?").
        ...slots.slice(0, 1).map((s) => ({ id: s.start, label: 'answers.any', synonyms: 'anyHour', wholeOnly: true })),
      ],
      open: options.otherCentre ? 'whenOrPlace' : 'when',
      ...newBooking(options),
    });
  }

  /**
   * "10 uur" where "dinsdag 15 december om 10.00 uur" is shown: that hour, when it is the only one
   * shown that starts right then within the time said; never for a span ("na 10 uur").
   */
  private shownAtTheHour(shown: readonly Slot[], said: WindowJson): Slot | undefined {
    const { daily } = said;
    if (!daily || said.anyOf || daily.to - daily.from > HOUR_MINUTES) return undefined;
    const window = fromJson(said);
    const fits = shown.filter((s) => brusselsMinutes(new Date(s.start)) === daily.from && startsWithin(window, new Date(s.start)));
    return fits.length === 1 ? fits[0] : undefined;
  }

  /** Acts on the answer: a slot ends the dialog; "Meer", "Later", "Andere dag" or a day go on. */
  private async followStep(step: Step<ChooseSlotOptions>): Promise<DialogTurnResult> {
    const shown = (values(step).shown ?? []) as Slot[];
    const choice = choiceOf(step.result);
    const chosen = shown.find((s) => s.start === choice);
    if (chosen) return step.endDialog(chosen);
    const said = clampText(step.context.activity.text ?? '');
    const way = wayOf(step.result);
    // "Non, plutôt sur place" (with a day perhaps): that way of talking after all; the booking keeps the rest and shows the hours again.
    // "kan het later in de week?", "een andere dag, donderdag": the days said, never the next hours
    // of this day nor the question which day (a button's word was heard in it).
    const readsDays = way !== undefined || choice === LATER.id || choice === OTHER_DAY.id;
    const when = readsDays ? windowSaid(said, this.deps.clock.now()) : undefined;
    if (way && !this.onlyAcknowledges(said)) return step.endDialog({ mode: way, ...(when && { when }) } satisfies SlotChoice);
    // "Ça marche" names no walk: taken in; the hours again, or those of the day said with it ("ça marche pour mardi").
    if (way && !when) return step.replaceDialog(ChooseSlotDialog.stepsId, step.options);
    const elsewhere = when ?? typedOf<OtherPlaceTyped | WindowJson | Soonest>(step.result);
    if (elsewhere && 'otherPlace' in elsewhere) return step.endDialog(elsewhere satisfies SlotChoice);
    if (elsewhere && 'soonest' in elsewhere) return this.soonest(step, elsewhere);
    const window = elsewhere as WindowJson | undefined;
    // "maandag 30 november om 9.30 uur", a shown hour typed out: that one, not the list again.
    const named =
      window?.daily && window.daily.to - window.daily.from <= HOUR_MINUTES ? shown.find((s) => s.start === window.from) : undefined;
    if (named) return step.endDialog(named);
    // "9 uur" where next Monday's hours are shown for a "maandag" full today: next Monday's 9 o'clock, never today's.
    const shownDay = shownDayOf(step.options.window, shown);
    const atTheHour = window && !namesAHourSpan(said) ? this.shownAtTheHour(shown, narrowed(shownDay, window)) : undefined;
    if (atTheHour) return step.endDialog(atTheHour);
    if (window) {
      const { after: _after, ...kept } = step.options;
      return step.replaceDialog(ChooseSlotDialog.stepsId, {
        ...kept,
        window: narrowed(shownDay, window),
      } satisfies ChooseSlotOptions);
    }
    switch (choice) {
      case 'goElsewhere': {
        const otherCentreId = values(step).elsewhere as string | undefined;
        const { window } = step.options;
        return step.endDialog((otherCentreId ? { otherCentreId, ...(window && { when: window }) } : undefined) satisfies SlotChoice);
      }
      case 'firstHere': {
        const { window: _asked, after: _after, ...kept } = step.options;
        return step.replaceDialog(ChooseSlotDialog.stepsId, kept satisfies ChooseSlotOptions);
      }
      case 'otherCentre':
        return step.endDialog({ anotherCentre: true } satisfies SlotChoice);
      case 'later': {
        const { window: asked, ...rest } = step.options;
        const kept = values(step).fellBack ? rest : { ...rest, ...(asked && { window: asked }) };
        return step.replaceDialog(ChooseSlotDialog.stepsId, { ...kept, after: shown.at(-1)?.start } satisfies ChooseSlotOptions);
      }
      case 'earlier': {
        const { window: _asked, after: _after, ...kept } = step.options;
        const mornings = windowSaid(MORNING, this.deps.clock.now());
        return step.replaceDialog(ChooseSlotDialog.stepsId, { ...kept, ...(mornings && { window: mornings }) } satisfies ChooseSlotOptions);
      }
      case 'otherDay':
        return ask(step, {
          text: { key: 'bookIntake:slots.whichDay' },
          ...(step.options.waysOfTalking && { also: WAYS }),
          open: step.options.otherCentre ? 'whenOrPlace' : 'when',
          ...newBooking(step.options),
        });
      case 'more':
      default:
        return ask(step, {
          text: { key: 'bookIntake:slots.moreQuestion' },
          choices: [LATER, OTHER_DAY],
          // "Meer", "Plus" typed again: more hours, later (was this question again, and again).
          also: [
            { ...LATER, label: 'menu.more', wholeOnly: true },
            EARLIER,
            ...(step.options.otherCentre ? [OTHER_CENTRE] : []),
            ...waysOf(step.options),
          ],
          open: step.options.otherCentre ? 'whenOrPlace' : 'when',
          ...newBooking(step.options),
        });
    }
  }

  /**
   * "Zo snel mogelijk": the first free hour is taken and said (the summary asks "Klopt dit?" later).
   * Nothing free on the day named with it: that day's hours as asked, with what that says.
   */
  private async soonest(step: Step<ChooseSlotOptions>, said: Soonest): Promise<DialogTurnResult> {
    const { window: _asked, after: _after, soonest: _said, ...kept } = step.options;
    const options: ChooseSlotOptions = { ...kept, ...(said.within && { window: said.within }) };
    const [first] = await this.find(options);
    if (!first) return step.replaceDialog(ChooseSlotDialog.stepsId, options);
    const t = this.deps.language.t(step.context);
    const taken = t('bookIntake:slots.soonest', { when: slotText(t, this.deps.language.locale(step.context), first.start) });
    // "vandaag nog", "today if possible": the first free hour is a later day (the notice), so that is said first.
    const today = brusselsDate(this.deps.clock.now());
    const notToday = !said.within && brusselsDate(new Date(first.start)) > today;
    await send(step.context, notToday ? `${t('bookIntake:slots.notToday')} ${taken}` : taken);
    return step.endDialog(first satisfies SlotChoice);
  }

  /**
   * True when the only way of talking in `text` is a word of the acknowledgement it opens with: "ça
   * marche", "ça marche pour mardi" say OK, not "marche" (walking).
   */
  private onlyAcknowledges(text: string): boolean {
    const words = wordsOf(text);
    const opening = this.deps.vocabulary.acknowledgements
      .map((ack) => wordsOf(ack))
      .filter((ack) => ack.length > 0 && ack.every((w, i) => words[i] === w))
      .sort((a, b) => b.length - a.length)[0];
    return opening !== undefined && findModeFilter(this.deps.vocabulary, words.slice(opening.length).join(' ')) === undefined;
  }

  /** True when `window` lies within today ("vandaag", "vanmiddag"), not on a later day nor next week. */
  private todayOnly(window: WindowJson): boolean {
    if (window.anyOf || window.orNextWeek) return false;
    const today = brusselsDate(this.deps.clock.now());
    const days = windowDays(window);
    return days.length === 1 && days[0] === today;
  }

  /**
   * The days of `window` (a week at most) when the centre is closed on every one of them ("dit
   * weekend", "zaterdag" where it opens on weekdays only), with the weekdays it is open; else undefined.
   */
  private closedOn(centreId: string, window: WindowJson): { days: IsoDate[]; open: number[] } | undefined {
    const centre = this.deps.booking.centres.get(centreId);
    if (!centre || window.anyOf) return undefined;
    const days = windowDays(window);
    if (days.length === 0 || days.length > WEEK || days.some((day) => opensOn(centre, day))) return undefined;
    const open = WEEKDAYS.flatMap((weekday, index) => ((centre.openingHours[weekday]?.length ?? 0) > 0 ? [index] : []));
    return open.length > 0 ? { days, open } : undefined;
  }

  /** The first page of free slots for these options (window and paging applied). */
  private async find(options: ChooseSlotOptions): Promise<Slot[]> {
    const { clock } = this.deps;
    const { slots } = this.deps.booking;
    if (!options.window) {
      return slots.freeSlots(options.centreId, { from: clock.now(), limit: PAGE, ...(options.after && { after: options.after }) });
    }
    const window = fromJson(options.window);
    // "maandag voormiddag" on Monday afternoon: today's part has passed, next Monday's has not.
    const found = window.from < window.to ? await this.findIn(options, window) : [];
    if (found.length > 0 || !options.window.orNextWeek) return found;
    // "Donderdag" on a Thursday, with nothing free today (the notice alone rules today out): next Thursday.
    return this.findIn(options, weekLater(window));
  }

  /**
   * The nearest centre, of those near where the user looks that work the way chosen, with a free
   * hour in the window asked; undefined when none of them has one (or no place is known).
   */
  private async openElsewhere(options: ChooseSlotOptions): Promise<{ id: string; name: string; km: number } | undefined> {
    if (!options.near || !options.otherCentre) return undefined;
    const { centres } = this.deps.booking;
    const near = centres.nearest(options.near.place, { modes: [options.near.mode], limit: NEAREST_LOOKED_AT });
    for (const { centre, distanceKm } of near) {
      if (centre.id === options.centreId) continue;
      if ((await this.find({ ...options, centreId: centre.id })).length > 0) return { id: centre.id, name: centre.name, km: distanceKm };
    }
    return undefined;
  }

  private async findIn(options: ChooseSlotOptions, window: TimeWindow): Promise<Slot[]> {
    const { slots } = this.deps.booking;
    // The finder adds the minimum notice to `from`, so the search starts now, not at the window:
    // "dinsdag" asked on Monday must still offer Tuesday morning when the notice allows it.
    const now = this.deps.clock.now();
    const days = Math.ceil((window.to.getTime() - now.getTime()) / DAY_MS) + 1;
    const candidates = await slots.freeSlots(options.centreId, {
      from: now,
      days,
      limit: WINDOW_CANDIDATES,
      ...(options.after && { after: options.after }),
    });
    return candidates.filter((s) => startsWithin(window, new Date(s.start))).slice(0, PAGE);
  }

  /**
   * A place named ("liever aalst", "kan het in Gent?", "à Alost plutôt"): centres near it are
   * offered, with a day said along kept; else a day or hour as at `when`. A time with four digits
   * ("om 1400") is a time, not a postcode.
   */
  private parseWhenOrPlace(text: string): ParseResult {
    const when = windowSaid(text, this.deps.clock.now());
    const { vocabulary } = this.deps;
    const other = when && /\b\d{4}\b/.test(text) ? undefined : otherCentreSaid(this.deps.booking.centres, text, vocabulary.placeWords, []);
    if (other?.place) return { ok: true, value: { otherPlace: other.place, ...(when && { when }) } satisfies OtherPlaceTyped };
    return this.parseWhen(text);
  }

  private parseWhen(text: string): ParseResult {
    const now = this.deps.clock.now();
    // "zo snel mogelijk", "vandaag nog", "asap": the first free hour, as the call-back reads them.
    const soon = soonSaid(this.deps.vocabulary, text, now);
    if (soon) return { ok: true, value: soon };
    const { vocabulary } = this.deps;
    // "te vroeg", "trop tôt", "too early" about the hours shown: later ones, as "Later" gives them.
    // Read here, word for word: as words of "Later" a typo would find them in "zo vroeg mogelijk".
    if (containsPhrase(text, vocabulary.allLocales('understanding:hoursTooEarly'))) return { ok: true, choice: 'later' };
    const said = parseWindow(text, now);
    if (said.ok) return said;
    // "geen van deze", "none of these": as "Meer", later hours or another day (word for word: its
    // words come close to "geen tijd … alleen namiddag").
    if (containsPhrase(text, this.deps.vocabulary.allLocales('understanding:synonyms.noneOfThese'))) return { ok: true, choice: 'more' };
    // "ik kan alleen in de vakantie", "pendant mes congés": which days those are is asked, no miss
    // (the school holidays are no data of ours, and one's own leave is one's own).
    if (containsPhrase(text, this.deps.vocabulary.allLocales('understanding:holidayWords')))
      return { ok: false, retry: { key: 'bookIntake:slots.holidayDays' }, noMiss: true };
    // "Die dag begrijp ik niet" only where a day or hour was tried; anything else is a miss like
    // any other ("kan ik iemand spreken?": "Bedoel je …?" and the helpers).
    return mentionsTime(text) ? { ok: false, retry: { key: 'bookIntake:slots.whenRetry' } } : { ok: false };
  }
}

/**
 * The window after "le matin svp" when one day is shown ("mardi prochain"): that day's morning, not
 * the first mornings of the coming weeks. A part of the day alone narrows the day asked before; a
 * day (or anything else) replaces it.
 */
export function narrowed(before: WindowJson | undefined, said: WindowJson): WindowJson {
  const span = (w: WindowJson) => Date.parse(w.to) - Date.parse(w.from);
  const partOnly = said.daily !== undefined && !said.anyOf && span(said) > ONE_DAY_WINDOW_MS;
  if (!before || before.anyOf || !partOnly || span(before) > ONE_DAY_WINDOW_MS) return said;
  return { from: before.from, to: before.to, daily: said.daily as NonNullable<WindowJson['daily']> };
}

/**
 * How "kept for later" names a time said early: that day ("dinsdag", "morgen namiddag"), or that
 * moment when it names no one day ("voormiddag", "na 17 uur", "volgende week"): a part of the day is no day.
 */
export function keptKey(when: WindowJson): 'bookIntake:dayKept' | 'bookIntake:momentKept' {
  const oneDay = !when.anyOf && Date.parse(when.to) - Date.parse(when.from) <= ONE_DAY_WINDOW_MS;
  return oneDay ? 'bookIntake:dayKept' : 'bookIntake:momentKept';
}

/** A time said before the hours: a day or moment (`when`), the first free hour (`soonest`), or both ("morgen zo snel mogelijk"). */
export interface EarlyTime {
  when?: WindowJson;
  soonest?: true;
}

/** The time `text` names where another question is open: "zo snel mogelijk" (soonAlone), else a day or moment. */
export function earlyTimeSaid(
  vocabulary: Pick<Vocabulary, 'callbackSoon' | 'timeFillers'>,
  text: string,
  now: Date,
): EarlyTime | undefined {
  const soon = soonAlone(vocabulary, text, now);
  if (soon) return { soonest: true, ...(soon.within && { when: soon.within }) };
  const when = windowSaid(text, now);
  return when && { when };
}

/** How "kept for later" names a time said early: the first free hour, that day, or that moment. */
export function earlyKey(early: EarlyTime): 'bookIntake:soonestKept' | 'bookIntake:dayKept' | 'bookIntake:momentKept' {
  if (early.soonest) return 'bookIntake:soonestKept';
  return early.when ? keptKey(early.when) : 'bookIntake:dayKept';
}

/** A question's parser for a day or time said ("dinsdag", "mardi matin"): the window, or nothing read. */
export function parseWindow(text: string, now: Date): ParseResult {
  const window = windowSaid(text, now);
  return window ? { ok: true, value: window } : { ok: false };
}

/** The time window `text` names ("dinsdag", "morgen namiddag", "la semaine prochaine"), as JSON for dialog state. */
export function windowSaid(text: string, now: Date): WindowJson | undefined {
  const window = understandWhen(text, now);
  return window ? toJson(window) : undefined;
}

/** The day of `window` a week later, the whole day (its `daily` hours still apply): today's window starts now. */
function weekLater(window: TimeWindow): TimeWindow {
  const to = new Date(window.to.getTime() + 7 * DAY_MS);
  return { ...window, from: new Date(to.getTime() - DAY_MS), to };
}

/**
 * The day the hours in `shown` were looked for on: the one asked, or, for a weekday full this week
 * (orNextWeek), the same weekday a week later, where find looked.
 */
function shownDayOf(asked: WindowJson | undefined, shown: readonly Slot[]): WindowJson | undefined {
  const first = shown[0];
  if (!asked?.orNextWeek || !first || Date.parse(first.start) < Date.parse(asked.to)) return asked;
  return toJson(weekLater(fromJson(asked)));
}

function toJson(window: TimeWindow): WindowJson {
  const json: WindowJson = { from: window.from.toISOString(), to: window.to.toISOString() };
  if (window.daily) json.daily = window.daily;
  if (window.orNextWeek) json.orNextWeek = true;
  if (window.anyOf) json.anyOf = window.anyOf.map(toJson);
  if (window.notWeekdays) json.notWeekdays = window.notWeekdays;
  return json;
}

function fromJson(json: WindowJson): TimeWindow {
  return {
    from: new Date(json.from),
    to: new Date(json.to),
    ...(json.daily && { daily: json.daily }),
    ...(json.anyOf && { anyOf: json.anyOf.map(fromJson) }),
    ...(json.notWeekdays && { notWeekdays: json.notWeekdays }),
  };
}

/** The Brussels days a window covers ("dit weekend": Saturday and Sunday). */
function windowDays(window: WindowJson): IsoDate[] {
  const first = brusselsDate(new Date(window.from));
  const last = brusselsDate(new Date(Date.parse(window.to) - 1));
  const days: IsoDate[] = [];
  for (let day = first; day <= last && days.length <= WEEK; day = addDays(day, 1)) days.push(day);
  return days;
}

/** True when the centre has hours on `day` (its weekday's hours, and no closing date then). */
function opensOn(centre: Centre, day: IsoDate): boolean {
  return !centre.closedDates?.includes(day) && (centre.openingHours[weekdayOf(day)]?.length ?? 0) > 0;
}

/**
 * The ways of talking understood where the name, the contact or "Klopt dit?" is asked: word for
 * word only, so "Marthe" stays a name and "nee, niet vrijdag maar dinsdag" another day.
 */
export const WAYS_WORD_FOR_WORD: readonly Choice[] = WAYS.map((c) => ({ ...c, wordForWord: true }));

/** The way of talking an answer chose (one of WAYS), else undefined. */
export function wayOf(result: unknown): Mode | undefined {
  const choice = choiceOf(result);
  return choice?.startsWith(WAY_PREFIX) ? (choice.slice(WAY_PREFIX.length) as Mode) : undefined;
}

/** The ways of talking understood at the hours, where they may still change (ChooseSlotOptions `waysOfTalking`). */
function waysOf(options: ChooseSlotOptions): readonly Choice[] {
  return options.waysOfTalking ? WAYS : [];
}

/** "laat maar", "plus besoin" at a question of a new booking: asked whether to stop (Question `quitOffer`). */
export const QUIT_OFFER: Text = { key: 'bookIntake:quit.question' };

/** What a question of a new booking does besides (ChooseSlotOptions `keepsContact`). */
function newBooking(options: ChooseSlotOptions): Pick<Question, 'keepsContact' | 'quitOffer'> {
  return options.keepsContact ? { keepsContact: true, quitOffer: QUIT_OFFER } : {};
}
