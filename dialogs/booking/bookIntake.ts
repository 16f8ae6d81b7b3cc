import type { MenuAction } from '../menu.js';
import { relocateForTurn, type RelocateResult } from '../../src/booking/relocate.js';
import { isTimeAlone } from '../../src/understanding/when.js';
import { centreAddress } from '../../src/booking/ics.js';
import { MODES, type Booking, type Centre, type Mode, type NewBooking, type Place, type Slot } from '../../src/booking/model.js';
import { openBookingsOf } from '../../src/booking/owned.js';
import { reserveForTurn } from '../../src/booking/reserve.js';
import { firstMeetingFreeWhenBooked } from '../../src/booking/slots.js';
import { ComponentDialog, type DialogTurnResult, type WaterfallStepContext } from '../../src/bot/sdk.js';
import { addDays, brusselsDate, brusselsTime, brusselsToInstant, type IsoDate } from '../../src/domain/calendar.js';
import type { EligibilityCheck } from '../../src/domain/eligibilityAnswers.js';
import { formatDate } from '../../src/i18n/format.js';
import type { Translator } from '../../src/i18n/i18n.js';
import type { Locale } from '../../src/i18n/locale.js';
import { phoneForDisplay } from '../../src/understanding/contact.js';
import { clampText, containsPhrase, normalize, tokens } from '../../src/understanding/text.js';
import {
  acknowledgementsAskAgain,
  ask,
  AskPrompt,
  choiceOf,
  NO,
  typedOf,
  YES,
  type Choice,
  type ParseResult,
  type Text,
} from '../shared/ask.js';
import { upcomingBooking, type DialogDeps, type SaidEarlyState } from '../shared/deps.js';
import { ownNumberChosen, ownNumberOffer, ownNumberUnseen } from '../shared/ownNumber.js';
import { send } from '../shared/send.js';
import { cameBack, namedStepsOf, restart, Steps, values, type Step } from '../shared/steps.js';
import { TalkToPersonDialog } from '../talkToPerson.js';
import { ChooseCentreDialog, type CentreChoice, type ChooseCentreOptions } from './chooseCentre.js';
import { ChoosePlaceDialog, type ChoosePlaceOptions, type PlaceChoice } from './choosePlace.js';
import {
  ChooseSlotDialog,
  earlyKey,
  earlyTimeSaid,
  QUIT_OFFER,
  soonAlone,
  soonSaid,
  windowSaid,
  type ChooseSlotOptions,
  type EarlyTime,
  type SlotChoice,
  type WindowJson,
  WAYS_WORD_FOR_WORD,
  wayOf,
} from './chooseSlot.js';
import { announcedOn, announcedStart } from '../shared/chequeTerms.js';
import { confirmationMessages } from './confirmation.js';
import { notSureFreeNotice, slotText } from './format.js';
import {
  findModeFilter,
  findPlace,
  placeNamed,
  nameAfterIntro,
  nameWordsOf,
  nameAndContactInWish,
  type NameAndContact,
  nameBesideContact,
  otherCentreSaid,
  withoutContacts,
  withoutDeniedModes,
  parseCallableContact,
  parseContact,
  parseCorrection,
  parseFirstName,
  outsideInShortWish,
  placeInShortWish,
  placeInWish,
  walloonHomeIn,
  type Contact,
  type Correction,
  type ModeFilter,
  type NameCorrectionWords,
  type NameWords,
  type OtherCentre,
  type PlaceLookup,
} from './parsers.js';

export type BookIntakeDeps = Pick<
  DialogDeps,
  'language' | 'vocabulary' | 'contact' | 'clock' | 'channel' | 'rules' | 'eligibilityCheck' | 'booking' | 'handover' | 'reach'
>;

/** What the booking has so far. Plain JSON: it lives in dialog state. */
export interface BookingDraft {
  /** Null when the user is outside Flanders/Brussels: centres are then listed without distance. */
  place?: Place | null;
  filter?: ModeFilter;
  centreId?: string;
  mode?: Mode;
  slot?: Slot;
  firstName?: string;
  contact?: Contact;
  reminder?: boolean;
  /** A day said before the hours were shown ("een afspraak dinsdag in Gent"): the hours start there. */
  when?: WindowJson;
  /** "Zo snel mogelijk" said before the hours: the first free hour is taken when they come (in `when`, if set). */
  soonest?: true;
  /** "Nee, een andere dag" at "Klopt dit?": the hours start after the day chosen before (ISO instant). */
  after?: string;
  /** "Een afspraak voor mijn moeder": the name and contact asked are someone else's. */
  forOther?: boolean;
  /** "jsuis fatou 0485123456 je veux un rdv": the name and contact said with the wish, not asked again. */
  told?: NameAndContact;
}

/** "Wil je nog iets weten?" after the booking: its code, and the meeting's day (whether it is free). */
interface AfterOptions {
  code: string;
  day: IsoDate;
}

/**
 * Typed at "Hoe wil je het gesprek doen?": ways refused ("geen video"), a time for the hours
 * ("dinsdag", "zo snel mogelijk"), or both; or another place to look ("toch liever Aalst").
 */
interface HowOrWhen extends EarlyTime {
  without?: Mode[];
  otherPlace?: PlaceLookup;
}

/** Another day said at "Klopt dit?" or "Wat wil je aanpassen?". */
interface DayCorrection {
  when: WindowJson;
}

export interface BookIntakeOptions {
  /** Answers kept when the user changes one thing, or when the slot was just taken. */
  prefill?: BookingDraft;
  /** The message that asked to book: a place it names ("een afspraak in Gent") is not asked again. */
  wish?: string;
  /** A place in Flanders or Brussels typed after one outside them ("namur", then "roeselare"). */
  placeAgain?: PlaceLookup;
  /**
   * A move to another centre ("ik wil naar een ander centrum", "liever in Aalst"): the booking this
   * one replaces. It is cancelled, and its centre told, only once the new one is stored.
   */
  replaces?: Replaced;
  /** A day was just said at "Wat wil je doen?" (online or by phone): said kept, and that question again. */
  timeJustKept?: true;
  /** Another way of talking said at the hours ("nee, liever ter plaatse"): taken where the centre offers it, then the hours again. */
  modeSaid?: Mode;
}

/** Typed at "Wat wil je doen?" after a place outside Flanders: a place in it after all, or a day for the hours. */
type RemoteTyped = PlaceLookup | { timeOnly: EarlyTime };

/** The booking a move to another centre replaces. */
export interface Replaced {
  code: string;
  centreId: string;
}

/**
 * The booking flow that moves `booking` to another centre: the name, contact and reminder are kept,
 * and the centres near `place` are shown when one was named, else the place is asked.
 */
export function relocation(booking: Booking, place?: PlaceLookup): BookIntakeOptions {
  const { firstName, phone, email } = booking.person;
  const contact: Contact | undefined = phone
    ? { kind: 'phone', value: phone, ...(email !== undefined && { email }) }
    : email !== undefined
      ? { kind: 'email', value: email }
      : undefined;
  return {
    replaces: { code: booking.code, centreId: booking.centreId },
    prefill: { ...(firstName && { firstName }), ...(contact && { contact }), reminder: booking.reminderOptIn },
    ...(place && { placeAgain: place }),
  };
}

/** The parts of a booking the user can change at "Klopt dit?". */
/** What changes after "Klopt dit?"; 'day' is the hours from the next day on ("nee, een andere dag"). */
type Change = 'slot' | 'day' | 'centre' | 'name' | 'contact' | 'none' | 'nothing';

/**
 * "ik wil een ander uur", "een andere dag" where the name or the contact is asked: the hours again
 * (from the next day, for another day), the rest kept.
 */
const OTHER_HOUR = 'otherHour';
const OTHER_DAY = 'otherDay';
const OTHER_SLOT: readonly Choice[] = [
  { id: OTHER_HOUR, label: 'bookIntake:change.slot', synonyms: 'wrongHour', wordForWord: true },
  { id: OTHER_DAY, label: 'bookIntake:slots.otherDay', synonyms: 'otherDay', wordForWord: true },
];

const PAGE = 3;
/** "ander centrum" typed at "Hoe wil je het gesprek doen?": the centres again. */
const ANOTHER_CENTRE = 'anotherCentre';
const MORE: Choice = { id: 'more', label: 'menu.more' };
const change = (id: Change): Choice<Change> => ({ id, label: `bookIntake:change.${id}` });
/**
 * The name or the contact named with a change at "Klopt dit?" ("ik wil de naam veranderen", "i
 * want to correct the name"): that one asked again. Word for word, and before a plainer answer:
 * "the name is correct" has the same words as "correct the name", and is a yes.
 */
const NAMED_CHANGES: Choice<Change>[] = (['name', 'contact'] as const).map((id) => ({
  id,
  label: `bookIntake:change.${id}Again`,
  synonyms: id === 'name' ? 'changeName' : 'changeContact',
  wordForWord: true,
  precise: true,
}));

/**
 * "Afspraak maken": books the free kennismakingsgesprek at a loopbaancentrum, one question per
 * message: where (ChoosePlace, then ChooseCentre), how, when (ChooseSlot), who (first name and a
 * phone number or e-mail address, after one line on what is kept), then "Klopt dit?". "Nee" asks
 * what to change and keeps the rest. The booking is stored (atomically: a slot taken meanwhile gets
 * new choices) and only then confirmed, in one short turn.
 *
 * The eligibility answers of this conversation go with the booking; a check done for someone else
 * makes the name question ask for that person's first name.
 */
export class BookIntakeDialog extends ComponentDialog {
  static readonly id = 'bookIntake';
  private static readonly stepsId = `${BookIntakeDialog.id}.steps`;
  private static readonly afterId = `${BookIntakeDialog.id}.after`;

  private readonly corrections: NameCorrectionWords;
  private readonly nameWords: NameWords;

  constructor(private readonly deps: BookIntakeDeps) {
    super(BookIntakeDialog.id);
    this.nameWords = nameWordsOf(deps.vocabulary);
    const { nameIntros, notNames, ageUnits, givenNames } = this.nameWords;
    this.corrections = {
      // "ik heet Johan", "je m'appelle Jeanne" at "Klopt dit?" name the person too (never "ik ben …": "ik ben werkloos").
      names: [
        ...deps.vocabulary.allLocales('understanding:nameCorrection.names'),
        ...deps.vocabulary.allLocales('understanding:namesOneself'),
      ],
      fillers: new Set(deps.vocabulary.allLocales('understanding:nameCorrection.fillers').flatMap((w) => tokens(w))),
      negations: deps.vocabulary.negations,
      contactWords: new Set(deps.vocabulary.allLocales('understanding:nameCorrection.contactWords').map(normalize)),
      noWords: new Set(deps.vocabulary.allLocales('understanding:nameCorrection.noWords').map(normalize)),
    };
    this.addDialog(
      new AskPrompt(deps, {
        // "Kevin, 0470 12 34 56": the name, and the contact said with it is kept for the next question.
        firstName: (text, _context, attempt) => {
          // "nee wacht, liever vrijdag voormiddag" is another time, never the name "Liever Vrijdag Voormiddag".
          if (isTimeAlone(text, deps.clock.now(), deps.vocabulary.timeFillers))
            return { ok: false, retry: { key: 'bookIntake:who.nameIsTime' } };
          // "finalement non", "toch niet": maybe no appointment after all, never the name "Finalement Non".
          if (deps.vocabulary.saysNotAfterAll(text)) return { ok: false };
          const name = parseFirstName(text, nameIntros, notNames, ageUnits, givenNames);
          // "Maasmechelen" typed where the first name is asked: asked once whether it is the name
          // ("Peer" is a town and a name); typed again, it is.
          const place = name.ok && attempt === 1 ? placeNamed(deps.booking.centres, text) : undefined;
          if (place) return { ok: false, retry: { key: 'bookIntake:who.nameIsPlace', params: { place } }, decisive: true };
          const beside = name.ok ? undefined : nameBesideContact(text, this.nameWords);
          return beside ? { ok: true, value: beside.name } : name;
        },
        // At "Klopt dit?": "nee toch niet", "laat maar" as the whole reply may mean no appointment after all.
        summary: (text) => {
          if (deps.vocabulary.saysNotAfterAll(text)) return { ok: true, choice: 'none' };
          // "ik wil toch naar Sint-Niklaas": another centre, near the place that decideStep reads.
          const elsewhere = otherCentreSaid(deps.booking.centres, clampText(text), deps.vocabulary.placeWords, []);
          return elsewhere?.place ? { ok: true, choice: 'centre' } : this.correctionIn(text);
        },
        // At "Wat wil je aanpassen?": the new value said at once ("de naam moet Fatma zijn").
        correction: (text) => this.correctionIn(text),
        contact: (text) => parseContact(text, deps.vocabulary),
        // A meeting by phone: the centre must be able to call.
        phoneContact: (text) => parseCallableContact(text, deps.vocabulary),
        // At "Hoe wil je het gesprek doen?": "geen video" leaves the other ways, and a day ("volgende
        // dinsdag") answers the next question early; both may come at once.
        howOrWhen: (text) => {
          const without = findModeFilter(deps.vocabulary, text)?.without;
          const rest = withoutDeniedModes(deps.vocabulary, text);
          // "Zo snel mogelijk" (alone, or with a way refused): the first free hour when the hours come.
          const soon = without ? soonSaid(deps.vocabulary, rest, deps.clock.now()) : soonAlone(deps.vocabulary, rest, deps.clock.now());
          const when = soon ? soon.within : windowSaid(rest, deps.clock.now());
          if (!without && !when && !soon) {
            // "toch liever Aalst", "plutôt à Alost": the centres near that place, as at the hours.
            const other = otherCentreSaid(deps.booking.centres, clampText(text), deps.vocabulary.placeWords, []);
            return other?.place ? { ok: true, value: { otherPlace: other.place } satisfies HowOrWhen } : { ok: false };
          }
          return {
            ok: true,
            value: { ...(without && { without }), ...(when && { when }), ...(soon && { soonest: true }) } satisfies HowOrWhen,
          };
        },
        // Asked whether another booking is meant: "liever in Aalst", "kan het in een andere stad?".
        otherCentre: (text) => {
          const other = this.otherCentreIn(text);
          return other ? { ok: true, value: other } : { ok: false };
        },
        // Told the place is outside Flanders, a place in it ("roeselare") is where to look after all;
        // a day ("demain", "morgen") is kept for the hours, and the question comes again.
        placeAgain: (text) => {
          const found = findPlace(deps.booking.centres, text);
          if (found && 'places' in found) return { ok: true, value: found };
          const time = earlyTimeSaid(deps.vocabulary, text, deps.clock.now());
          return time ? { ok: true, value: { timeOnly: time } satisfies RemoteTyped } : { ok: false };
        },
      }),
    );
    this.addDialog(new ChoosePlaceDialog(deps));
    this.addDialog(new ChooseCentreDialog(deps));
    this.addDialog(new ChooseSlotDialog(deps));
    this.addDialog(new TalkToPersonDialog(deps));
    this.addDialog(
      new Steps(
        BookIntakeDialog.stepsId,
        namedStepsOf<BookIntakeOptions>(this, {
          existing: this.existingStep,
          where: this.whereStep,
          outside: this.outsideStep,
          centre: this.centreStep,
          mode: this.modeStep,
          slot: this.slotStep,
          name: this.nameStep,
          contact: this.contactStep,
          reminder: this.reminderStep,
          summary: this.summaryStep,
          decide: this.decideStep,
          changeMore: this.changeMoreStep,
          change: this.changeStep,
        }),
      ),
    );
    this.addDialog(
      new Steps(
        BookIntakeDialog.afterId,
        namedStepsOf<AfterOptions>(this, { askAfter: this.askAfterStep, answerAfter: this.answerAfterStep }),
      ),
    );
    this.initialDialogId = BookIntakeDialog.stepsId;
  }

  /**
   * A booking already made in this conversation, still to come: said first, and asked whether
   * another one is meant ("afspraak maken" again after booking, or to see it in other words).
   */
  private async existingStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    if (step.options.prefill || step.options.placeAgain || step.options.replaces) return step.next();
    const { centres } = this.deps.booking;
    const booking = await upcomingBooking(this.deps.booking, step.context, this.deps.clock.now());
    if (!booking) return step.next();
    // "Andere dag", "verzetten" with a booking there: that booking moves, no second one is made.
    const { vocabulary } = this.deps;
    const wish = step.options.wish ?? '';
    const moveWords = [
      ...vocabulary.choice('otherDay', 'bookIntake:slots.otherDay').phrases,
      ...vocabulary.choice('moveBooking', 'manageBooking:menu.move').phrases,
    ];
    // "Ik wil naar een ander centrum", "liever in Aalst": that booking moves there, after one "Klopt dit?".
    const elsewhere = this.otherCentreIn(wish);
    if (elsewhere && (containsPhrase(wish, this.otherCentreWords()) || containsPhrase(wish, moveWords))) {
      // Two bookings or more: not the last one made by guess; "Mijn afspraak" asks which, and moves that one there.
      const open = await openBookingsOf(this.deps.booking.bookings, step.context, this.deps.clock.now(), booking.code);
      if (open.length > 1) return step.endDialog('moveBooking' satisfies MenuAction);
      return step.replaceDialog(BookIntakeDialog.stepsId, relocation(booking, elsewhere.place));
    }
    if (containsPhrase(wish, moveWords)) return step.endDialog('moveBooking' satisfies MenuAction);
    values(step).existing = booking;
    values(step).elsewhere = elsewhere;
    const t = this.t(step);
    const when = slotText(t, this.deps.language.locale(step.context), booking.slot.start);
    await send(
      step.context,
      t('manageBooking:booking', { when, centre: centres.get(booking.centreId)?.name ?? '', name: booking.person.firstName }),
    );
    return ask(step, {
      text: { key: 'bookIntake:existing.question' },
      choices: [
        { id: 'another', label: 'bookIntake:existing.another', synonyms: 'yes' },
        { id: 'move', label: 'manageBooking:menu.move', synonyms: 'moveBooking' },
        { id: 'keep', label: 'bookIntake:existing.keep', synonyms: 'no' },
      ],
      also: [
        // "nog een afspraak", "another appointment": never the move that "afspraak" also names.
        { id: 'another', label: 'bookIntake:existing.another', synonyms: 'anotherBooking' },
        { id: 'move', label: 'bookIntake:slots.otherDay', synonyms: 'otherDay' },
        { id: 'otherCentre', label: 'bookIntake:change.centre', synonyms: 'otherCentre' },
      ],
      // "Liever in Aalst", "kan het in een andere stad?": the booking moves to another centre.
      open: 'otherCentre',
    });
  }

  /** At "Klopt dit?" and "Wat wil je aanpassen?": the new value said at once ("nee, de naam moet Fatma zijn"), or another day. */
  private correctionIn(text: string): ParseResult {
    const said = parseCorrection(text, this.corrections);
    // "nee, Aalst" names a town, never a first name.
    const corrected = said.ok && 'value' in said ? (said.value as Correction) : undefined;
    if (corrected && 'firstName' in corrected && placeNamed(this.deps.booking.centres, corrected.firstName) !== undefined)
      return { ok: false };
    if (said.ok) return said;
    // "C'est pas vendredi, c'est mardi": another day, so other hours.
    const when = windowSaid(text, this.deps.clock.now());
    return when ? { ok: true, value: { when } satisfies DayCorrection } : said;
  }

  /** Another centre asked for in `text`, near the place it names if any (parsers' otherCentreSaid). */
  private otherCentreIn(text: string): OtherCentre | undefined {
    const { centres } = this.deps.booking;
    return otherCentreSaid(centres, clampText(text), this.deps.vocabulary.placeWords, this.otherCentreWords());
  }

  private otherCentreWords(): readonly string[] {
    return this.deps.vocabulary.allLocales('understanding:synonyms.otherCentre');
  }

  /** Who the booking is for, as given before (a move to another centre, a change at "Klopt dit?"): not asked again. */
  private keptWho(step: Step<BookIntakeOptions>): BookingDraft {
    const { firstName, contact, reminder } = step.options.prefill ?? {};
    return withoutUndefined({ firstName, contact, reminder });
  }

  /** The steps again with `prefill`; a move to another centre stays one. */
  private again(step: Step<BookIntakeOptions>, prefill: BookingDraft, more: Partial<BookIntakeOptions> = {}): Promise<DialogTurnResult> {
    const { replaces } = step.options;
    return restart(step, { prefill, ...more, ...(replaces && { replaces }) } satisfies BookIntakeOptions);
  }

  /** Asks where the user looks for a centre (skipped when that is known already). */
  private async whereStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    if (choiceOf(step.result) === 'keep') {
      await send(step.context, this.t(step)('manageBooking:unchanged'));
      return step.endDialog();
    }
    const existing = values(step).existing as Booking | undefined;
    // "Afspraak verplaatsen" after "een afspraak in Aalst": the booking moves to Aalst.
    const named = values(step).elsewhere as OtherCentre | undefined;
    const typed = typedOf<OtherCentre>(step.result);
    if (existing && (typed || choiceOf(step.result) === 'otherCentre' || (choiceOf(step.result) === 'move' && named?.place)))
      return step.replaceDialog(BookIntakeDialog.stepsId, relocation(existing, (typed ?? named)?.place));
    if (choiceOf(step.result) === 'move') return step.endDialog('moveBooking' satisfies MenuAction);
    const prefill = step.options.prefill;
    const { wish } = step.options;
    const timeWords = wish && withoutDeniedModes(this.deps.vocabulary, withoutContacts(wish));
    // "Ik wil zo snel mogelijk een afspraak": the first free hour when the hours come.
    const soonInWish = prefill || !timeWords ? undefined : soonSaid(this.deps.vocabulary, timeWords, this.deps.clock.now());
    const whenInWish = prefill || !timeWords ? undefined : soonInWish ? soonInWish.within : windowSaid(timeWords, this.deps.clock.now());
    // "Kan het dit weekend?" at a menu, the booking started later: the hours start there all the same.
    const early = prefill ? undefined : await this.deps.booking.saidEarly.get(step.context);
    // A number or name typed in a booking left before is no part of this one; a number typed at a menu is ("0470 12 34 56" alone).
    if (early?.contact || early?.firstName) {
      const { contact, contactForNext, firstName: _ofABookingLeft, firstNameOfOther: _ofWhom, ...rest } = early;
      await this.deps.booking.saidEarly.set(step.context, contact && contactForNext ? { ...rest, contact } : rest);
    }
    const earlyTime = !soonInWish && !whenInWish ? this.timeStillToCome(early) : undefined;
    const soon = soonInWish ?? (earlyTime?.soonest ? { soonest: true as const } : undefined);
    const when = whenInWish ?? earlyTime?.when;
    const forOther = !prefill && this.forSomeoneElse(wish);
    // "Een afspraak in Gent, niet online": the centres are filtered from the start.
    const filter = prefill || !wish ? undefined : findModeFilter(this.deps.vocabulary, wish);
    const told = prefill || !wish ? undefined : nameAndContactInWish(clampText(wish), this.nameWords);
    values(step).draft = {
      ...prefill,
      ...(when && { when }),
      ...(soon && { soonest: true }),
      ...(forOther && { forOther }),
      ...(filter && { filter }),
      ...(told && { told }),
    } satisfies BookingDraft;
    if (prefill?.place) return step.next({ place: prefill.place } satisfies PlaceChoice);
    if (prefill && prefill.place === null) return step.next({ outside: true } satisfies PlaceChoice);
    const { placeAgain } = step.options;
    if (placeAgain) return step.beginDialog(ChoosePlaceDialog.id, { lookup: placeAgain } satisfies ChoosePlaceOptions);
    // Whether the first meeting is free is a rule of the day (unknown for the loopbaankrediet).
    const placeNamed = step.options.wish ? this.placeIn(step.options.wish) : undefined;
    // One place named: its centres come at once, and three of them and the question fill the turn.
    // "Terug" to the town question asks it again, without the introduction said before it the first time.
    const intro = cameBack(step)
      ? undefined
      : step.options.replaces
        ? this.t(step)('bookIntake:relocate.intro')
        : this.namesOnePlace(step.options.wish)
          ? undefined
          : this.intro(step);
    if (intro) await send(step.context, intro);
    // "ik woon in Luik", "j'habite liège" (with the wish, or at the menu): not asked again; what it means is said.
    const wallonia = step.options.replaces
      ? undefined
      : walloonHomeIn(this.deps.booking.centres, withoutContacts(wish ?? ''), this.deps.vocabulary);
    if (wallonia && !(placeNamed && 'places' in placeNamed)) return step.next({ outside: true, lives: true } satisfies PlaceChoice);
    if (placeNamed) return step.beginDialog(ChoosePlaceDialog.id, { lookup: placeNamed } satisfies ChoosePlaceOptions);
    // The town said at "Waar woon je?" in the check is offered, not asked again (not when moving away from a centre).
    const check = step.options.replaces ? undefined : await this.deps.eligibilityCheck.get(step.context);
    const home = check?.home;
    if (home) return step.beginDialog(ChoosePlaceDialog.id, { home } satisfies ChoosePlaceOptions);
    // Wallonia answered there ("Luik"): the same, never the town asked as if nothing was said.
    if (check?.said.residence === 'wallonia' && check.forWhom !== 'other')
      return step.next({ outside: true, lives: true } satisfies PlaceChoice);
    // "ik woon in Luik" at a menu, then "Iets anders", then the booking: what was said still counts.
    const homeSaid = early?.home;
    if (homeSaid && !step.options.replaces) {
      if (walloonHomeIn(this.deps.booking.centres, homeSaid, this.deps.vocabulary))
        return step.next({ outside: true, lives: true } satisfies PlaceChoice);
      const found = this.placeIn(homeSaid);
      const [place, ...others] = found && 'places' in found ? found.places : [];
      if (place && others.length === 0) return step.beginDialog(ChoosePlaceDialog.id, { home: place } satisfies ChoosePlaceOptions);
    }
    return step.beginDialog(ChoosePlaceDialog.id, {} satisfies ChoosePlaceOptions);
  }

  /** A time told at a menu ("dit weekend"), unless it has passed since. */
  private timeStillToCome(early: SaidEarlyState | undefined): { when?: WindowJson; soonest?: true } | undefined {
    if (!early) return undefined;
    const when = early.when && Date.parse(early.when.to) > this.deps.clock.now().getTime() ? (early.when as WindowJson) : undefined;
    if (!when && !early.soonest) return undefined;
    return { ...(when && { when }), ...(early.soonest && { soonest: true }) };
  }

  /**
   * True when `wish` names exactly one place ("een afspraak in Gent"): the booking then opens with
   * that place's three centres and the question, a whole turn, so nothing else is said before it.
   */
  namesOnePlace(wish: string | undefined): boolean {
    return this.onePlaceIn(wish) !== undefined;
  }

  /** The name of the one place `wish` names ("waar is da in roeselare": "Roeselare"), else undefined. */
  onePlaceIn(wish: string | undefined): string | undefined {
    const named = wish ? this.placeIn(wish) : undefined;
    return named !== undefined && 'places' in named && named.places.length === 1 ? named.places[0]?.name : undefined;
  }

  /** "Een afspraak voor mijn moeder", "pour quelqu'un d'autre": someone books for another person. */
  private forSomeoneElse(wish: string | undefined): boolean {
    if (!wish) return false;
    const { vocabulary } = this.deps;
    const others = vocabulary.choice('other', 'checkEligibility:forWhom.other').phrases;
    const fors = vocabulary.allLocales('understanding:forSomeone');
    return containsPhrase(
      wish,
      others.flatMap((other) => fors.map((word) => `${word} ${other}`)),
    );
  }

  /** True when the person who meets the centre is someone else than the one typing. */
  private async forOther(step: Step<BookIntakeOptions>): Promise<boolean> {
    return this.draft(step).forOther === true || (await this.deps.eligibilityCheck.get(step.context))?.forWhom === 'other';
  }

  private placeIn(said: string) {
    const { centres } = this.deps.booking;
    const wish = withoutContacts(said);
    // "Liège" alone, "rdv namur": a place in Wallonia, known to be outside rather than unknown.
    return (
      placeInWish(centres, wish, this.deps.vocabulary.placeWords) ?? placeInShortWish(centres, wish) ?? outsideInShortWish(centres, wish)
    );
  }

  /** Outside Flanders/Brussels or not found: offers centres that work online or by phone, or a person. */
  private async outsideStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const choice = step.result as PlaceChoice;
    const draft = this.draft(step);
    keepTime(draft, choice);
    // "online" said at the place question: only the centres that work that way.
    if (choice.filter) draft.filter = choice.filter;
    if ('place' in choice) {
      draft.place = choice.place;
      return step.next(undefined);
    }
    // "online", then "Maakt niet uit": the centres that work online, without distances.
    if ('anywhere' in choice) {
      draft.place = null;
      return step.next(undefined);
    }
    draft.place = null;
    const t = this.t(step);
    if (step.options.timeJustKept) await send(step.context, t(earlyKey(draft)));
    else if (step.options.prefill?.filter) return step.next({ choice: onlyMode(step.options.prefill.filter) ?? 'online' });
    else {
      // Living in Wallonia: the cheque is for who lives in Flanders or Brussels, and Forem helps there.
      const lives = 'outside' in choice && choice.lives === true;
      await send(
        step.context,
        lives
          ? t('bookIntake:where.livesInWallonia')
          : [t('outside' in choice ? 'bookIntake:where.outside' : 'bookIntake:where.notFound'), t('bookIntake:where.flandersOnly')].join(
              ' ',
            ),
      );
    }
    return ask(step, {
      text: { key: 'bookIntake:where.remoteQuestion' },
      ...acknowledgementsAskAgain({ key: 'bookIntake:where.remoteSimpler' }),
      choices: [
        { id: 'online', label: 'bookIntake:where.online' },
        { id: 'phone', label: 'bookIntake:where.phone' },
        { id: 'person', label: 'menu.person' },
      ],
      open: 'placeAgain',
      keepsContact: true,
      beforeTheHours: true,
      quitOffer: QUIT_OFFER,
    });
  }

  /** Shows the nearest centres (ChooseCentre), or hands over to a person. */
  private async centreStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    const remote = choiceOf(step.result);
    if (remote === 'person') return step.replaceDialog(TalkToPersonDialog.id, { reason: 'booking_failed' });
    const typed = typedOf<RemoteTyped>(step.result);
    if (typed && 'timeOnly' in typed) {
      // "demain" at "Que voulez-vous faire ?": kept for the hours, said so, and the question again.
      const kept: BookingDraft = { ...this.keptForAnotherPlace(step, draft.when), place: null };
      keepTime(kept, typed.timeOnly);
      return this.again(step, kept, { timeJustKept: true });
    }
    const placeAgain = typed;
    if (placeAgain) return restart(step, { ...step.options, placeAgain } satisfies BookIntakeOptions);
    if (remote === 'online' || remote === 'phone') draft.filter = { only: [remote] };
    const prefill = step.options.prefill;
    if (prefill?.centreId && this.deps.booking.centres.get(prefill.centreId)) {
      return step.next({ centreId: prefill.centreId, filter: prefill.filter ?? {} } satisfies CentreChoice);
    }
    const place = draft.place ?? this.deps.booking.centres.findPlaces('1000')[0];
    if (!place) return this.noCentre(step);
    const options: ChooseCentreOptions = {
      place,
      distances: draft.place != null,
      filter: draft.filter ?? {},
      offset: 0,
      // Moving away from a centre: that one is not offered again.
      ...(step.options.replaces && { exclude: step.options.replaces.centreId }),
    };
    return step.beginDialog(ChooseCentreDialog.id, options);
  }

  /** Asks how the conversation happens when the centre offers more than one way. */
  private async modeStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    const chosen = step.result as CentreChoice;
    draft.centreId = chosen.centreId;
    draft.filter = chosen.filter;
    if (chosen.place) draft.place = chosen.place;
    keepTime(draft, chosen);
    const centre = this.centre(draft);
    const modes = allowedModes(centre, chosen.filter);
    const { modeSaid } = step.options;
    if (modeSaid) {
      const t = this.t(step);
      // Offered here: said back, and the hours again.
      if (centre.modes.includes(modeSaid)) {
        await send(step.context, t(`bookIntake:modes.changed.${modeSaid}`));
        return step.next({ choice: modeSaid });
      }
      // Not offered here: said so, and the ways it has are asked ("ander centrum" is understood there).
      await send(step.context, t(`bookIntake:modes.notHere.${modeSaid}`));
    }
    const prefilled = step.options.prefill?.mode;
    if (!modeSaid && prefilled && modes.includes(prefilled) && step.options.prefill?.centreId === centre.id)
      return step.next({ choice: prefilled });
    if (modes.length === 1) return step.next({ choice: modes[0] });
    values(step).modeAsked = true;
    const options = modes.map((m) => ({ id: m, label: `bookIntake:modes.button.${m}`, synonyms: `mode_${m}` }));
    // A way this centre does not work gets its own answer: what the centre does offer.
    const refused = MODES.filter((m) => !modes.includes(m)).map((m) => ({
      id: `not_${m}`,
      label: `bookIntake:modes.button.${m}`,
      synonyms: `mode_${m}`,
      retry: { key: `bookIntake:modes.notOffered.${m}` },
    }));
    return ask(step, {
      text: { key: modes.length > PAGE ? 'bookIntake:modes.questionMore' : 'bookIntake:modes.question' },
      simpler: { key: 'bookIntake:modes.simpler' },
      ...acknowledgementsAskAgain({ key: 'bookIntake:modes.simpler' }),
      choices: options.slice(0, PAGE),
      // "Maakt niet uit": the first way the centre offers (said back in the summary).
      also: [
        ...options.slice(PAGE),
        { id: modes[0] ?? 'in_person', label: 'answers.any', synonyms: 'noPreference', wholeOnly: true },
        // Typed only: "ander centrum" is the list of centres again, never a way of talking ("op het centrum").
        { id: ANOTHER_CENTRE, label: 'bookIntake:change.centre', synonyms: 'otherCentre' },
      ],
      refused,
      open: 'howOrWhen',
      keepsContact: true,
      beforeTheHours: true,
      quitOffer: QUIT_OFFER,
    });
  }

  /** Shows the earliest free slots (ChooseSlot); the slot is kept when only the who changes. */
  private async slotStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    const early = typedOf<HowOrWhen>(step.result);
    if (early?.otherPlace) return this.again(step, this.keptForAnotherPlace(step, draft.when), { placeAgain: early.otherPlace });
    if (early) {
      // The day is kept for the hours; how the talk happens is still to be chosen, among the ways
      // not refused ("geen video": the one left is taken at once).
      if (early.when || early.soonest) await send(step.context, this.t(step)(earlyKey(early)));
      const { mode: _mode, ...kept } = draft;
      keepTime(kept, early);
      const filter = early.without ? withoutModes(draft.filter ?? {}, early.without) : draft.filter;
      const prefill: BookingDraft = { ...kept, ...(filter && { filter }) };
      return this.again(step, prefill);
    }
    if (choiceOf(step.result) === ANOTHER_CENTRE) return this.again(step, this.keptForAnotherCentre(step));
    draft.mode = choiceOf(step.result) as Mode;
    // "ter plaatse dinsdag", "online zo snel mogelijk": the way chosen, and the time said with it for the hours.
    if (values(step).modeAsked === true) {
      const time = earlyTimeSaid(this.deps.vocabulary, clampText(step.context.activity.text ?? ''), this.deps.clock.now());
      if (time) keepTime(draft, time);
    }
    const prefill = step.options.prefill;
    if (prefill?.slot && prefill.centreId === draft.centreId) return step.next(prefill.slot);
    return step.beginDialog(ChooseSlotDialog.id, {
      centreId: this.centre(draft).id,
      otherCentre: true,
      ...(draft.when && { window: draft.when }),
      ...(draft.soonest && { soonest: true }),
      ...(draft.after && { after: draft.after }),
      ...(draft.place && { near: { place: draft.place, mode: draft.mode } }),
      keepsContact: true,
      waysOfTalking: true,
    } satisfies ChooseSlotOptions);
  }

  /** What stays when the user looks at another place: the ways of talking, the time (`when`), the who. */
  private keptForAnotherPlace(step: Step<BookIntakeOptions>, when: WindowJson | undefined): BookingDraft {
    const draft = this.draft(step);
    return {
      ...(draft.filter && { filter: draft.filter }),
      ...(when && { when }),
      ...(draft.soonest && { soonest: true }),
      ...(draft.told && { told: draft.told }),
      ...(draft.forOther && { forOther: draft.forOther }),
      ...this.keptWho(step),
    };
  }

  /** What stays when the user chooses another centre: the place, the ways of talking, the time, the who. */
  private keptForAnotherCentre(step: Step<BookIntakeOptions>): BookingDraft {
    const draft = this.draft(step);
    return {
      place: draft.place ?? null,
      filter: draft.filter ?? {},
      ...(draft.when && { when: draft.when }),
      ...(draft.soonest && { soonest: true }),
      ...(draft.told && { told: draft.told }),
      ...(draft.forOther && { forOther: draft.forOther }),
      ...this.keptWho(step),
    };
  }

  /** All the booking has so far: the place, the centre, the way, a time, the hour, the who. */
  private keptSoFar(step: Step<BookIntakeOptions>): BookingDraft {
    const { centreId, mode, slot, firstName, contact, reminder } = this.draft(step);
    return { ...this.keptForAnotherCentre(step), ...withoutUndefined({ centreId, mode, slot, firstName, contact, reminder }) };
  }

  /**
   * What stays when the user changes the way of talking at a later question ("nee, liever ter
   * plaatse" at the hours, the name or "Klopt dit?"): everything, with that way wanted from now on
   * (another centre then offers it too).
   */
  private keptWithWay(step: Step<BookIntakeOptions>, mode: Mode): BookingDraft {
    return { ...this.keptSoFar(step), filter: { only: [mode] }, mode };
  }

  /**
   * "ik wil een ander uur" at the name or the contact: everything so far but the hour, whose
   * question comes again; "een andere dag": from the day after the one chosen. Undefined otherwise.
   */
  private otherSlotChosen(step: Step<BookIntakeOptions>): BookingDraft | undefined {
    const chosen = choiceOf(step.result);
    if (chosen !== OTHER_HOUR && chosen !== OTHER_DAY) return undefined;
    const { slot, when, ...kept } = this.keptSoFar(step);
    // Another day: from the day after the one chosen (that day's window dropped); another hour: that day again.
    return chosen === OTHER_DAY ? { ...kept, ...(slot && { after: dayAfter(slot) }) } : { ...kept, ...(when && { when }) };
  }

  /** Says what is kept and for how long; asks the first name. */
  private async nameStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    const chosen = step.result as SlotChoice;
    // No free hour at this centre, or "ander centrum": choose another centre; the place and a day
    // said stay. "Naar dat centrum" (open at the time asked): that centre, the same way of talking.
    // "Liever in Aalst", "kan het in Gent?" at the hours: the centres near that place; what was said stays.
    if (chosen && 'otherPlace' in chosen) {
      return this.again(step, this.keptForAnotherPlace(step, chosen.when ?? draft.when), { placeAgain: chosen.otherPlace });
    }
    // "Non, plutôt sur place" at the hours: that way of talking at this centre, the rest kept, the hours again.
    if (chosen && 'mode' in chosen) {
      const kept: BookingDraft = { ...this.keptWithWay(step, chosen.mode), ...(chosen.when && { when: chosen.when }) };
      return this.again(step, kept, { modeSaid: chosen.mode });
    }
    if (!chosen || 'otherCentreId' in chosen || 'anotherCentre' in chosen) {
      const prefill: BookingDraft = {
        ...this.keptForAnotherCentre(step),
        ...(chosen &&
          'otherCentreId' in chosen && {
            centreId: chosen.otherCentreId,
            ...(draft.mode && { mode: draft.mode }),
            ...(chosen.when && { when: chosen.when }),
          }),
      };
      return this.again(step, prefill);
    }
    const slot = chosen;
    draft.slot = slot;
    // "Terug" from the name to the hours shows that day again, not the first free hours.
    if (!draft.when) draft.when = dayWindow(slot, this.deps.clock.now());
    const prefill = step.options.prefill;
    if (prefill?.firstName) return step.next({ typed: prefill.firstName });
    const forOther = await this.forOther(step);
    const consent = forOther ? 'bookIntake:who.consentOther' : 'bookIntake:who.consent';
    // Said already when the way of talking changed after the hours (the slot was kept).
    const consentSaid = step.options.modeSaid !== undefined && prefill?.slot !== undefined;
    if (!prefill?.contact && !consentSaid) await send(step.context, this.t(step)(consent, { days: this.deps.booking.retentionDays }));
    // Said with the wish: what is kept is told all the same, the name is not asked again.
    if (draft.told) return step.next({ typed: draft.told.name });
    // Typed at an earlier question of this booking ("mijn naam is Mohamed" at the hours): not asked
    // again; for someone else, their name is asked all the same.
    // "ze heet Fatima" names the person it is for, whoever books.
    const early = await this.deps.booking.saidEarly.get(step.context);
    if (early?.firstName) {
      const { firstName, firstNameOfOther, ...rest } = early;
      await this.deps.booking.saidEarly.set(step.context, rest);
      if (!forOther || firstNameOfOther) return step.next({ typed: firstName });
    }
    return ask(step, {
      text: { key: forOther ? 'bookIntake:who.nameOther' : 'bookIntake:who.name' },
      simpler: { key: 'bookIntake:who.nameSimpler' },
      // "Nee, liever ter plaatse": another way of talking, never the name "Liever Ter Plaatse".
      // "ik wil een ander uur": the hours again, never a new booking offered in place of this one.
      also: [...WAYS_WORD_FOR_WORD, ...OTHER_SLOT],
      open: 'firstName',
      // "Jo" is a name here, though a Flemish yes too.
      givenNamesAreValues: true,
      keepsContact: true,
      quitOffer: QUIT_OFFER,
    });
  }

  /** Asks a phone number or an e-mail address. */
  private async contactStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    // "Nee, liever ter plaatse" where the name is asked: that way, the hour kept, the name asked again.
    // "je m appel Marie" names no call ("appel"): the intro says it is the name.
    const way = wayOf(step.result);
    const named = way ? nameAfterIntro(step.context.activity.text ?? '', this.nameWords) : undefined;
    if (way && !named) return this.again(step, this.keptWithWay(step, way), { modeSaid: way });
    const otherSlot = this.otherSlotChosen(step);
    if (otherSlot) return this.again(step, otherSlot);
    draft.firstName = named ?? typedOf<string>(step.result);
    const prefill = step.options.prefill;
    // A meeting by phone needs a number: an e-mail address given before is asked again as a number.
    const byPhone = draft.mode === 'phone';
    const usable = (contact: BookingDraft['contact']) => contact !== undefined && (!byPhone || contact.kind === 'phone');
    // Typed at an earlier question of this booking ("0470 12 34 56" at the hours): not asked again.
    const early = await this.deps.booking.saidEarly.get(step.context);
    // "Ik heb geen e-mail" said before: a phone number is asked for, as for a meeting by phone.
    const phoneAsked = byPhone || early?.noEmail === true;
    if (early?.contact) {
      const { contact: said, ...rest } = early;
      await this.deps.booking.saidEarly.set(step.context, rest);
      if (usable(said)) return step.next({ typed: said });
    }
    if (usable(prefill?.contact)) return step.next({ typed: prefill?.contact });
    if (draft.told && draft.told.name === draft.firstName && usable(draft.told.contact)) return step.next({ typed: draft.told.contact });
    // Said with the name ("Kevin, 0470 12 34 56"): not asked again.
    const beside = nameBesideContact(step.context.activity.text ?? '', this.nameWords);
    if (beside && beside.name === draft.firstName && usable(beside.contact)) return step.next({ typed: beside.contact });
    const forOther = await this.forOther(step);
    // On WhatsApp the number that writes is a button: one tap, or type another number or an address.
    const own = ownNumberOffer(this.deps, step.context);
    const asked = phoneAsked ? 'phoneForCall' : 'contact';
    const text = `bookIntake:who.${asked}${forOther && !(phoneAsked && own) ? 'Other' : ''}${own ? 'OrOwn' : ''}`;
    return ask(step, {
      text: { key: text },
      simpler: { key: 'bookIntake:who.contactSimpler' },
      ...own,
      ...ownNumberUnseen(this.deps, step.context),
      // "Nee, liever ter plaatse": another way of talking, never "Typ een gsm-nummer"; "een ander uur": the hours again.
      also: [...WAYS_WORD_FOR_WORD, ...OTHER_SLOT],
      open: byPhone ? 'phoneContact' : 'contact',
      quitOffer: QUIT_OFFER,
    });
  }

  /** Offers a reminder the day before, where the channel can send one. */
  private async reminderStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    // "Nee, liever telefonisch" where the contact is asked: that way, the name kept, the contact asked again.
    const way = wayOf(step.result);
    if (way) return this.again(step, this.keptWithWay(step, way), { modeSaid: way });
    const otherSlot = this.otherSlotChosen(step);
    if (otherSlot) return this.again(step, otherSlot);
    const own = ownNumberChosen(this.deps, step.context, step.result);
    draft.contact = own ? { kind: 'phone', value: own } : typedOf<BookingDraft['contact']>(step.result);
    if (!this.deps.booking.canRemind(step.context)) return step.next({ choice: 'no' });
    const prefill = step.options.prefill;
    if (prefill?.reminder !== undefined) return step.next({ choice: prefill.reminder ? 'yes' : 'no' });
    return ask(step, { text: { key: 'bookIntake:reminder.question' }, choices: [YES, NO] });
  }

  /** Shows everything in one message and asks "Klopt dit?". */
  private async summaryStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    draft.reminder = choiceOf(step.result) === 'yes';
    const t = this.t(step);
    const centre = this.centre(draft);
    const slot = draft.slot as Slot;
    const { replaces } = step.options;
    const replaced = replaces ? this.deps.booking.centres.get(replaces.centreId) : undefined;
    // Only a meeting at the centre has the street: online, by phone or walking it is the centre alone,
    // and "Waar is het?" is answered with how the centre meets.
    const mode = draft.mode ?? 'in_person';
    const atCentre = mode === 'in_person';
    const address = { centre: centre.name, address: centreAddress(centre) };
    const where: Text = atCentre ? { key: 'bookIntake:summary.where', params: address } : { key: `bookIntake:confirmed.mode.${mode}` };
    const lines = [
      t('bookIntake:summary.title'),
      t('bookIntake:summary.when', { when: slotText(t, this.locale(step), slot.start) }),
      atCentre ? t('bookIntake:summary.where', address) : t('bookIntake:summary.centre', { centre: centre.name }),
      t(`bookIntake:summary.mode.${draft.mode ?? 'in_person'}`),
      notSureFreeNotice(t, this.locale(step), this.deps.rules, brusselsDate(this.deps.clock.now()), slot.start),
      t('bookIntake:summary.who', { name: draft.firstName ?? '', contact: contactForDisplay(draft.contact) }),
      ...(draft.reminder ? [t('bookIntake:summary.reminder')] : []),
      ...(replaced ? [t('bookIntake:relocate.oldGoes', { centre: replaced.name })] : []),
    ];
    await send(step.context, lines.filter((line) => line !== undefined).join('\n'));
    return ask(step, {
      text: { key: 'bookIntake:summary.question' },
      simpler: { key: 'bookIntake:summary.simpler' },
      where,
      when: { key: 'bookIntake:summary.when', params: { when: slotText(t, this.locale(step), slot.start) } },
      choices: [YES, NO],
      // "Nee toch niet", "non finalement", "annuleer": maybe no appointment after all; asked, nothing dropped yet.
      also: [
        { id: 'change', label: 'bookIntake:summary.change' },
        change('none'),
        // "Nee, een ander centrum", "liever een andere dag": that is what changes, not asked which.
        // Another day ("de datum klopt niet") shows the hours from the next day on; "het uur is fout" the hours again.
        { ...change('centre'), synonyms: 'otherCentre' },
        { id: 'day', label: 'bookIntake:slots.otherDay', synonyms: 'otherDay' },
        { id: 'day', label: 'bookIntake:slots.otherDay', synonyms: 'wrongDay' },
        { ...change('slot'), synonyms: 'wrongHour' },
        // "ik wil de naam veranderen", "i want to correct the name": that is asked again, not which part.
        ...NAMED_CHANGES,
        // "Nee, liever ter plaatse": that way of talking, the rest kept, and "Klopt dit?" again.
        ...WAYS_WORD_FOR_WORD,
        // "the name is correct", "le nom est correct" alone: a yes ("correct" is also a word of "Aanpassen");
        // never in a longer reply ("the name is correct but the number is wrong").
        { ...YES, synonyms: 'nameCorrect', wholeOnly: true },
      ],
      // "Kan het later?", "verzetten": the recognizer hears a move, but nothing is booked yet: the day and hour change.
      intents: { cancel_booking: 'none', move_booking: 'slot' },
      // "Ja ma ik heb een ander nummer": something is not right, so nothing is booked yet.
      yesBut: NO.id,
      open: 'summary',
    });
  }

  /**
   * "Ja": stores the booking and confirms it. "Nee" or "Aanpassen": asks what to change. A new
   * name or number said with the "nee" is taken, and "Klopt dit?" comes back.
   */
  private async decideStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    // "Ja, maar de naam is Fatma" is a yes to all but the name: nothing is booked with the old one.
    const correction = typedOf<Correction | DayCorrection>(step.result) ?? this.correctionSaid(step);
    if (correction) return this.corrected(step, correction);
    const way = wayOf(step.result);
    if (way) return this.again(step, this.keptWithWay(step, way), { modeSaid: way });
    // "nee, ik wil toch naar Sint-Niklaas", "liever in Aalst": the centres near that place; the name,
    // the contact and the ways of talking stay (were "Oké, we stoppen hier" and "Bedoel je …?").
    const elsewhere = this.otherPlaceSaid(step);
    if (elsewhere) {
      const { firstName, contact, reminder } = this.draft(step);
      const kept = withoutUndefined({ ...this.keptForAnotherPlace(step, undefined), firstName, contact, reminder });
      return this.again(step, kept, { placeAgain: elsewhere });
    }
    if (choiceOf(step.result) === 'yes') return this.reserve(step, this.draft(step));
    const named = choiceOf<Change>(step.result);
    if (named === 'centre' || named === 'slot' || named === 'day' || named === 'name' || named === 'contact') return step.next(step.result);
    // "Nee toch niet": "Geen afspraak" is one of the buttons (else under "Meer"), next to what can change.
    const quitting = choiceOf(step.result) === 'none';
    values(step).quitting = quitting;
    const third = quitting ? change('none') : change('name');
    return ask(step, {
      text: { key: 'bookIntake:change.question' },
      choices: [change('slot'), change('centre'), third],
      more: MORE,
      // "nee", "niets": nothing to change after all; "Klopt dit?" comes back.
      // "Annuleer die afspraak": nothing is booked yet, so no appointment after all (under "Meer").
      also: [
        // "het uur klopt nie": the day and hour, never the "klopt" of nothing to change.
        { ...change('slot'), synonyms: 'wrongHour', precise: true },
        { ...change('nothing'), synonyms: 'changeNothing' },
        change('contact'),
        quitting ? change('name') : change('none'),
        // "Liever online", "plutôt par téléphone": that way of talking, the rest kept, and "Klopt dit?" again.
        ...WAYS_WORD_FOR_WORD,
      ],
      intents: { cancel_booking: 'none' },
      open: 'correction',
    });
  }

  /** Another place named in this turn's message, besides a "nee" ("nee, liever in Aalst"). */
  private otherPlaceSaid(step: Step<BookIntakeOptions>): PlaceLookup | undefined {
    if (choiceOf(step.result) === 'yes') return undefined;
    const text = clampText(step.context.activity.text ?? '');
    return otherCentreSaid(this.deps.booking.centres, text, this.deps.vocabulary.placeWords, [])?.place;
  }

  /** A new name or contact in this turn's message, besides the answer it gave. */
  private correctionSaid(step: Step<BookIntakeOptions>): Correction | undefined {
    const said = parseCorrection(clampText(step.context.activity.text ?? ''), this.corrections);
    return said.ok && 'value' in said ? (said.value as Correction) : undefined;
  }

  /**
   * Everything as it was, with the name or the contact the user just gave; then "Klopt dit?"
   * again. Another day: the hours from that day, the rest kept.
   */
  private corrected(step: Step<BookIntakeOptions>, correction: Correction | DayCorrection): Promise<DialogTurnResult> {
    const { place, filter, centreId, mode, slot, firstName, contact, reminder } = this.draft(step);
    const prefill: BookingDraft =
      'when' in correction
        ? { place, filter, centreId, mode, firstName, contact, reminder, when: correction.when }
        : { place, filter, centreId, mode, slot, firstName, contact, reminder, ...correction };
    return this.again(step, withoutUndefined(prefill));
  }

  /** "Meer": the contact, or no appointment after all. */
  private async changeMoreStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    if (choiceOf(step.result) !== 'more') return step.next(step.result);
    const rest = values(step).quitting === true ? [change('name'), change('contact')] : [change('contact'), change('none')];
    return ask(step, { text: { key: 'bookIntake:change.moreQuestion' }, choices: rest, also: WAYS_WORD_FOR_WORD });
  }

  /** Starts over with everything except what the user wants to change ("Niets": all of it); "Geen afspraak" stops. */
  private async changeStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const { place, filter, centreId, mode, slot, firstName, contact, reminder } = this.draft(step);
    const keep: Record<Exclude<Change, 'none'>, BookingDraft> = {
      nothing: { place, filter, centreId, mode, slot, firstName, contact, reminder },
      slot: { place, filter, centreId, mode, firstName, contact, reminder },
      day: { place, filter, centreId, mode, firstName, contact, reminder, ...(slot && { after: dayAfter(slot) }) },
      centre: { place, filter, firstName, contact, reminder },
      name: { place, filter, centreId, mode, slot, contact, reminder },
      contact: { place, filter, centreId, mode, slot, firstName, reminder },
    };
    const what = choiceOf<Change>(step.result);
    // "De naam is Fatma" names the answer "Naam", and the new name with it.
    const correction =
      typedOf<Correction | DayCorrection>(step.result) ?? (what === 'name' || what === 'contact' ? this.correctionSaid(step) : undefined);
    if (correction) return this.corrected(step, correction);
    // "Liever online" at "Wat wil je aanpassen?": as at "Klopt dit?", said back and the summary again.
    const way = wayOf(step.result);
    if (way) return this.again(step, this.keptWithWay(step, way), { modeSaid: way });
    if (what === undefined || what === 'none') {
      // Moving to another centre: nothing moves, the booking stays.
      await send(step.context, this.t(step)(step.options.replaces ? 'manageBooking:unchanged' : 'bookIntake:summary.notBooked'));
      return step.endDialog();
    }
    return this.again(step, withoutUndefined(keep[what]));
  }

  /**
   * Stores the booking; only a stored booking is confirmed. A slot taken in the meantime gets the
   * news and new choices, with everything else kept.
   */
  private async reserve(step: WaterfallStepContext<BookIntakeOptions>, draft: BookingDraft): Promise<DialogTurnResult> {
    const { bookings, notifier, lastBooking, conversationReference } = this.deps.booking;
    const t = this.t(step);
    const centre = this.centre(draft);
    const contact = draft.contact;
    const eligibility = await this.deps.eligibilityCheck.get(step.context);
    const { replaces } = step.options;
    const book = (booking: NewBooking) =>
      replaces ? relocateForTurn(bookings, replaces.code, booking, step.context) : reserveForTurn(bookings, booking, step.context);
    const result: RelocateResult = await book({
      centreId: centre.id,
      slot: draft.slot as Slot,
      person: {
        firstName: draft.firstName ?? '',
        ...(contact?.kind === 'phone' && { phone: contact.value }),
        ...(contact?.kind === 'email' && { email: contact.value }),
        // "0478 12 34 56 of an@voorbeeld.be": the centre gets both.
        ...(contact?.email !== undefined && { email: contact.email }),
      },
      locale: this.locale(step),
      mode: draft.mode ?? 'in_person',
      reminderOptIn: draft.reminder ?? false,
      ...(draft.reminder && { conversationReference: conversationReference(step.context) }),
      // The answers go with the booking; where the person lives stays in the conversation.
      ...(eligibility && { eligibility: withoutHome(eligibility) }),
    });
    if (!result.ok) {
      await send(step.context, t('bookIntake:slotTaken'));
      const { slot: _taken, ...rest } = draft;
      return this.again(step, withoutUndefined(rest));
    }
    await lastBooking.set(step.context, { code: result.booking.code });
    // The booking is stored: from here on nothing may keep the person from hearing so. A count
    // that cannot be kept is dropped; the notifier keeps what it cannot queue in its own log.
    // A booking that came back from an earlier turn was counted and told already.
    // A move to another centre is no new person reached: not counted again.
    if (!result.existing) {
      if (!replaces) {
        await this.deps.reach
          ?.record('booking', { channel: step.context.activity.channelId, locale: this.locale(step) })
          .catch(() => undefined);
      }
      await notifier.bookingConfirmed(result.booking, centre);
    }
    // The old centre is told, as at a cancel; the person hears the old booking is gone, or still stands.
    const old = replaces && this.deps.booking.centres.get(replaces.centreId);
    if (result.cancelled && old) await notifier.bookingCancelled(result.cancelled, old);
    const moved = !old
      ? undefined
      : result.oldKept
        ? t('bookIntake:relocate.oldKept', { centre: old.name, code: replaces.code })
        : t('bookIntake:relocate.oldCancelled', { centre: old.name });
    for (const activity of confirmationMessages(t, this.locale(step), result.booking, centre, {
      emailed: this.deps.booking.emailsPerson,
      files: this.deps.channel.showsFiles(step.context),
      ...(moved && { note: moved }),
    })) {
      await step.context.sendActivity(activity);
    }
    return step.replaceDialog(BookIntakeDialog.afterId, {
      code: result.booking.code,
      day: brusselsDate(new Date(result.booking.slot.start)),
    });
  }

  /** "Wil je nog iets weten?": what to bring and how to cancel come on request. */
  private async askAfterStep(step: Step<AfterOptions>): Promise<DialogTurnResult> {
    return ask(step, {
      text: { key: 'bookIntake:confirmed.after' },
      choices: [
        { id: 'bring', label: 'bookIntake:confirmed.bringButton' },
        { id: 'cancel', label: 'bookIntake:confirmed.cancelButton' },
        { id: 'done', label: 'bookIntake:confirmed.noThanks' },
      ],
      // The booking is made: "wanneer is mijn afspraak?" or another flow may start at once.
      passing: true,
      // "Liever in Aalst", "kan het in een andere stad?": this booking moves to another centre.
      open: 'otherCentre',
    });
  }

  private async answerAfterStep(step: Step<AfterOptions>): Promise<DialogTurnResult> {
    const t = this.t(step);
    const answer = choiceOf(step.result);
    const elsewhere = typedOf<OtherCentre>(step.result);
    const booking = elsewhere && (await this.deps.booking.bookings.get(step.options.code));
    if (elsewhere && booking?.status === 'confirmed')
      return step.replaceDialog(BookIntakeDialog.stepsId, relocation(booking, elsewhere.place));
    // Free or not is the rule of the meeting's day: one booked on 30 December may fall in January.
    const free = this.deps.rules.firstMeetingFreeOn(step.options.day);
    if (answer === 'bring') await send(step.context, t(free ? 'bookIntake:confirmed.bringFree' : 'bookIntake:confirmed.bring'));
    // "Kan ik annuleren?", "ik wil annuleren": yes, and the booking with "Wil je deze afspraak annuleren?".
    if (answer === 'cancel') {
      await send(step.context, t('bookIntake:confirmed.cancel'));
      return step.endDialog('cancelBooking' satisfies MenuAction);
    }
    return step.endDialog(step.options.code);
  }

  private draft(step: WaterfallStepContext): BookingDraft {
    return (values(step).draft ??= {}) as BookingDraft;
  }

  private centre(draft: BookingDraft): Centre {
    const centre = draft.centreId ? this.deps.booking.centres.get(draft.centreId) : undefined;
    if (!centre) throw new Error(`BookIntakeDialog: unknown centre ${draft.centreId ?? '(none)'}`);
    return centre;
  }

  /** What the booking is for: a free first meeting; free until a day (the rules end soon); or not known to be free. */
  private intro(step: Step<BookIntakeOptions>): string {
    const t = this.t(step);
    if (this.firstMeetingFree()) return t('bookIntake:intro');
    const today = brusselsDate(this.deps.clock.now());
    const until = this.deps.rules.firstMeetingFreeUntil(today);
    const intro = until ? t('bookIntake:introFreeUntil', { date: formatDate(this.locale(step), until) }) : t('bookIntake:introMaybeFree');
    // "Ik wil een loopbaancheque" once the cheque is gone (2027): what comes in its place, then the booking.
    const regime = announcedOn(this.deps.rules, today);
    const { wish } = step.options;
    const { vocabulary } = this.deps;
    const namesTheCheque =
      wish !== undefined && containsPhrase(wish, vocabulary.chequeWords) && !containsPhrase(wish, vocabulary.creditWords);
    if (!regime || !namesTheCheque) return intro;
    const view = { t, locale: this.locale(step), rules: this.deps.rules, date: today, contact: this.deps.contact };
    return `${announcedStart(view, regime)}\n${intro}`;
  }

  /** Free under the rules of today and of the last day slots are offered for (the rules may change in between). */
  private firstMeetingFree(): boolean {
    return firstMeetingFreeWhenBooked(this.deps.rules, brusselsDate(this.deps.clock.now()));
  }

  private async noCentre(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await send(step.context, this.t(step)('bookIntake:centres.noneWithFilter'));
    return step.replaceDialog(TalkToPersonDialog.id, { reason: 'booking_failed' });
  }

  private t(step: WaterfallStepContext): Translator {
    return this.deps.language.t(step.context);
  }

  private locale(step: WaterfallStepContext): Locale {
    return this.deps.language.locale(step.context);
  }
}

/** The ways of working the centre offers that the filter allows; all of them when none is allowed. */
function allowedModes(centre: Centre, filter: ModeFilter): Mode[] {
  const allowed = centre.modes.filter((m) => (!filter.only?.length || filter.only.includes(m)) && !filter.without?.includes(m));
  return allowed.length > 0 ? allowed : [...centre.modes];
}

/** `filter` with `refused` refused as well: none of them is still asked for. */
function withoutModes(filter: ModeFilter, refused: readonly Mode[]): ModeFilter {
  const only = filter.only?.filter((m) => !refused.includes(m));
  return { ...(only?.length && { only }), without: [...new Set([...(filter.without ?? []), ...refused])] };
}

function onlyMode(filter: ModeFilter): Mode | undefined {
  return filter.only?.length === 1 ? filter.only[0] : undefined;
}

/**
 * The time said last is the one that counts: a day or "zo snel mogelijk" said at a later question
 * replaces what was said before ("dinsdag" at the place, then "zo snel mogelijk": the first free hour).
 */
function keepTime(draft: BookingDraft, said: EarlyTime): void {
  if (!said.when && !said.soonest) return;
  delete draft.when;
  delete draft.soonest;
  if (said.when) draft.when = said.when;
  if (said.soonest) draft.soonest = true;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The contact as the user reads it back: a Belgian number in the national form, an address as typed, both when both were given. */
function contactForDisplay(contact: BookingDraft['contact']): string {
  if (!contact) return '';
  if (contact.kind === 'email') return contact.value;
  return [phoneForDisplay(contact.value), ...(contact.email !== undefined ? [contact.email] : [])].join(', ');
}

function withoutHome(check: EligibilityCheck): Omit<EligibilityCheck, 'home'> {
  const { home: _home, ...answers } = check;
  return answers;
}

/** The Brussels day of `slot`, from now at the earliest: the hours to show again for it. */
function dayWindow(slot: Slot, now: Date): WindowJson {
  const day = brusselsDate(new Date(slot.start));
  const from = brusselsTime(day, 0);
  return { from: (from > now ? from : now).toISOString(), to: brusselsTime(addDays(day, 1), 0).toISOString() };
}

/** The last moment of the Brussels day `slot` is on: hours "after" it are on later days. */
function dayAfter(slot: Slot): string {
  const next = addDays(brusselsDate(new Date(slot.start)), 1);
  return new Date(brusselsToInstant(next, '00:00').getTime() - 1).toISOString();
}
