import { bookingIcs, centreAddress, mapLink } from '../src/booking/ics.js';
import { brusselsDate } from '../src/domain/calendar.js';
import { MODES, type Booking, type Centre, type Mode, type Place, type Slot } from '../src/booking/model.js';
import { conversationReferenceOf } from '../src/bot/proactive.js';
import {
  ComponentDialog,
  type Activity,
  type TurnContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from '../src/bot/sdk.js';
import { toActivity } from '../src/bot/render.js';
import type { Translator } from '../src/i18n/i18n.js';
import type { Locale } from '../src/i18n/locale.js';
import { understandContact } from '../src/understanding/contact.js';
import { closeTo, tokens } from '../src/understanding/text.js';
import { ChooseSlotDialog } from './booking/chooseSlot.js';
import { modesText, shorten, slotText } from './booking/format.js';
import {
  askOpen,
  choiceOf,
  OpenQuestionPrompt,
  stepsOf,
  typedOf,
  values,
  type Option,
  type ParseResult,
  type Step,
} from './booking/prompt.js';
import type { DialogDeps } from './shared/deps.js';
import { send } from './shared/send.js';
import { Steps } from './shared/steps.js';
import { TalkToPersonDialog } from './talkToPerson.js';

export type BookIntakeDeps = Pick<DialogDeps, 'language' | 'contact' | 'clock' | 'rules' | 'eligibilityCheck' | 'booking'>;

/** Which ways of working the user asked for ("alleen telefonisch") or against ("niet online"). */
export interface ModeFilter {
  only?: Mode[];
  without?: Mode[];
}

/** Where the user is: a place, or a place outside Flanders and Brussels / one the bot cannot find. */
type PlaceChoice = { place: Place } | { outside: true } | { unknown: true };
type PlaceLookup = { places: Place[] } | { outside: true } | { unknown: true };

interface CentreChoice {
  centreId: string;
  filter: ModeFilter;
}

/** What the booking has so far. Plain JSON: it lives in dialog state. */
export interface BookingDraft {
  /** Null when the user is outside Flanders/Brussels: centres are then listed without distance. */
  place?: Place | null;
  filter?: ModeFilter;
  centreId?: string;
  mode?: Mode;
  slot?: Slot;
  firstName?: string;
  contact?: { kind: 'phone' | 'email'; value: string };
  reminder?: boolean;
}

export interface BookIntakeOptions {
  /** Answers kept when the user changes one thing ("Aanpassen") or the slot was just taken. */
  prefill?: BookingDraft;
}

interface ChooseCentreOptions {
  place: Place;
  distances: boolean;
  filter: ModeFilter;
  offset: number;
  /** Say which filter is on (the user just typed one). */
  announce?: boolean;
}

const PAGE = 3;
const MORE: Option = { value: 'more', label: 'menu.more' };
const YES: Option = { value: 'yes', label: 'answers.yes' };
const NO: Option = { value: 'no', label: 'answers.no' };

/**
 * Postcodes of Wallonia (1300–1499 Walloon Brabant, 4000–7999). The shipped place list has only
 * Flanders and Brussels, so such a postcode is known to be outside rather than mistyped.
 */
const WALLOON_POSTCODE = /\b(1[34]\d\d|[4-7]\d\d\d)\b/;

/**
 * "Afspraak maken": books the free kennismakingsgesprek at a loopbaancentrum in four steps, one
 * question per message:
 * 1. Where: postcode or municipality (typos allowed); the nearest centres three at a time, with
 *    distance, address and how they work; "niet online" / "alleen telefonisch" filter the list.
 * 2. When: the earliest free slots (ChooseSlotDialog).
 * 3. Who: first name and a phone number or e-mail address, after one line on what is kept.
 * 4. "Klopt dit?", then the booking is stored (atomically; a slot taken meanwhile gets new
 *    choices) and only then confirmed, with the code, the address and a calendar file.
 *
 * The eligibility answers of this conversation go with the booking; a check done for someone
 * else makes the name question ask for that person's first name.
 */
export class BookIntakeDialog extends ComponentDialog {
  static readonly id = 'bookIntake';
  private static readonly stepsId = `${BookIntakeDialog.id}.steps`;
  private static readonly placeId = `${BookIntakeDialog.id}.place`;
  private static readonly centreId = `${BookIntakeDialog.id}.centre`;

  constructor(private readonly deps: BookIntakeDeps) {
    super(BookIntakeDialog.id);
    this.addDialog(
      new OpenQuestionPrompt(deps.language, {
        place: (text, _context, attempt) => this.parsePlace(text, attempt),
        centreFilter: (text) => this.parseFilter(text),
        firstName: (text) => parseFirstName(text),
        contact: (text) => parseContact(text),
      }),
    );
    this.addDialog(new ChooseSlotDialog({ language: deps.language, clock: deps.clock, slots: deps.booking.slots }));
    this.addDialog(new TalkToPersonDialog(deps));
    this.addDialog(new Steps(BookIntakeDialog.placeId, stepsOf(this, this.askPlaceStep, this.pickPlaceStep, this.placeChosenStep)));
    this.addDialog(new Steps(BookIntakeDialog.centreId, stepsOf(this, this.showCentresStep, this.centreChosenStep)));
    this.addDialog(
      new Steps(
        BookIntakeDialog.stepsId,
        stepsOf(
          this,
          this.whereStep,
          this.outsideStep,
          this.centreStep,
          this.modeStep,
          this.slotStep,
          this.nameStep,
          this.contactStep,
          this.reminderStep,
          this.summaryStep,
          this.decideStep,
          this.changeStep,
        ),
      ),
    );
    this.initialDialogId = BookIntakeDialog.stepsId;
  }

  // ---- the booking, step by step ---------------------------------------------------------------

  /** Asks where the user looks for a centre (skipped when that is known already). */
  private async whereStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const prefill = step.options.prefill;
    values(step).draft = { ...prefill } satisfies BookingDraft;
    if (prefill?.place) return step.next({ place: prefill.place } satisfies PlaceChoice);
    if (prefill && prefill.place === null) return step.next({ outside: true } satisfies PlaceChoice);
    // Whether the first meeting is free is a rule of the day (unknown for the loopbaankrediet).
    const free = this.deps.rules.regimeOn(brusselsDate(this.deps.clock.now()))?.freeFirstMeeting === true;
    await send(step.context, this.t(step)(free ? 'bookIntake:intro' : 'bookIntake:introMaybeFree'));
    return step.beginDialog(BookIntakeDialog.placeId, {});
  }

  /** Outside Flanders/Brussels or not found: offers centres that work online or by phone, or a person. */
  private async outsideStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const choice = step.result as PlaceChoice;
    const draft = this.draft(step);
    if ('place' in choice) {
      draft.place = choice.place;
      return step.next(undefined);
    }
    draft.place = null;
    if (step.options.prefill?.filter) return step.next({ choice: filterMode(step.options.prefill.filter) ?? 'online' });
    const t = this.t(step);
    await send(step.context, t('outside' in choice ? 'bookIntake:where.outside' : 'bookIntake:where.notFound'), t('bookIntake:where.flandersOnly'));
    return askOpen(step, {
      text: { key: 'bookIntake:where.remoteQuestion' },
      choices: [
        { value: 'online', label: 'bookIntake:where.online' },
        { value: 'phone', label: 'bookIntake:where.phone' },
        { value: 'person', label: 'menu.person' },
      ],
    });
  }

  /** Shows the nearest centres (ChooseCentre), or hands over to a person. */
  private async centreStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    const remote = choiceOf(step.result);
    if (remote === 'person') return step.replaceDialog(TalkToPersonDialog.id);
    if (remote === 'online' || remote === 'phone') draft.filter = { only: [remote] };
    const prefill = step.options.prefill;
    if (prefill?.centreId && this.deps.booking.centres.get(prefill.centreId)) {
      return step.next({ centreId: prefill.centreId, filter: prefill.filter ?? {} } satisfies CentreChoice);
    }
    const place = draft.place ?? this.referencePlace();
    if (!place) return this.noCentre(step);
    const options: ChooseCentreOptions = { place, distances: draft.place != null, filter: draft.filter ?? {}, offset: 0 };
    return step.beginDialog(BookIntakeDialog.centreId, options);
  }

  /** Asks how the conversation happens when the centre offers more than one way. */
  private async modeStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    const chosen = step.result as CentreChoice;
    draft.centreId = chosen.centreId;
    draft.filter = chosen.filter;
    const centre = this.centre(draft);
    const modes = allowedModes(centre, chosen.filter);
    const prefilled = step.options.prefill?.mode;
    if (prefilled && modes.includes(prefilled) && step.options.prefill?.centreId === centre.id) return step.next({ choice: prefilled });
    if (modes.length === 1) return step.next({ choice: modes[0] });
    const options = modes.map((m) => ({ value: m, label: `bookIntake:modes.button.${m}` }));
    return askOpen(step, {
      text: { key: modes.length > PAGE ? 'bookIntake:modes.questionMore' : 'bookIntake:modes.question' },
      choices: options.slice(0, PAGE),
      alsoUnderstood: options.slice(PAGE),
    });
  }

  /** Shows the earliest free slots (ChooseSlotDialog). */
  private async slotStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    draft.mode = choiceOf(step.result) as Mode;
    const centre = this.centre(draft);
    return step.beginDialog(ChooseSlotDialog.id, { centreId: centre.id });
  }

  /** Says what is kept and for how long; asks the first name. */
  private async nameStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    const slot = step.result as Slot | undefined;
    // No free hour at this centre: choose another centre, the place stays.
    if (!slot) return step.replaceDialog(BookIntakeDialog.stepsId, { prefill: { place: draft.place ?? null, filter: draft.filter ?? {} } });
    draft.slot = slot;
    const prefill = step.options.prefill;
    if (prefill?.firstName) return step.next({ typed: prefill.firstName });
    const t = this.t(step);
    await send(step.context, t('bookIntake:who.consent', { days: this.deps.booking.retentionDays }));
    const eligibility = await this.deps.eligibilityCheck.get(step.context);
    const forOther = eligibility?.forWhom === 'other';
    return askOpen(step, { text: { key: forOther ? 'bookIntake:who.nameOther' : 'bookIntake:who.name' }, open: 'firstName' });
  }

  /** Asks a phone number or an e-mail address. */
  private async contactStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    draft.firstName = typedOf<string>(step.result);
    const prefill = step.options.prefill;
    if (prefill?.contact) return step.next({ typed: prefill.contact });
    return askOpen(step, { text: { key: 'bookIntake:who.contact' }, open: 'contact' });
  }

  /** Offers a reminder the day before, where the channel can send one. */
  private async reminderStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    draft.contact = typedOf<BookingDraft['contact']>(step.result);
    if (!this.deps.booking.canRemind(step.context)) return step.next({ choice: 'no' });
    const prefill = step.options.prefill;
    if (prefill?.reminder !== undefined) return step.next({ choice: prefill.reminder ? 'yes' : 'no' });
    return askOpen(step, { text: { key: 'bookIntake:reminder.question' }, choices: [YES, NO] });
  }

  /** Shows everything in one message and asks "Klopt dit?". */
  private async summaryStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    draft.reminder = choiceOf(step.result) === 'yes';
    const t = this.t(step);
    const locale = this.locale(step);
    const centre = this.centre(draft);
    const slot = draft.slot as Slot;
    const lines = [
      t('bookIntake:summary.when', { when: slotText(t, locale, slot.start) }),
      t('bookIntake:summary.where', { centre: centre.name, address: centreAddress(centre) }),
      t(`bookIntake:summary.mode.${draft.mode ?? 'in_person'}`),
      t('bookIntake:summary.who', { name: draft.firstName ?? '', contact: draft.contact?.value ?? '' }),
    ];
    if (draft.reminder) lines.push(t('bookIntake:summary.reminder'));
    await send(step.context, [t('bookIntake:summary.title'), ...lines].join('\n'));
    return askOpen(step, {
      text: { key: 'bookIntake:summary.question' },
      choices: [YES, NO, { value: 'change', label: 'bookIntake:summary.change' }],
    });
  }

  /** "Ja": stores the booking and confirms it; "Nee": stops; "Aanpassen": asks what. */
  private async decideStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    const t = this.t(step);
    switch (choiceOf(step.result)) {
      case 'yes':
        return this.reserve(step, draft);
      case 'no':
        await send(step.context, t('bookIntake:summary.notBooked'));
        return step.endDialog();
      default:
        return askOpen(step, {
          text: { key: 'bookIntake:change.question' },
          choices: [
            { value: 'centre', label: 'bookIntake:change.centre' },
            { value: 'slot', label: 'bookIntake:change.slot' },
            { value: 'who', label: 'bookIntake:change.who' },
          ],
        });
    }
  }

  /** Starts over with everything except what the user wants to change. */
  private async changeStep(step: Step<BookIntakeOptions>): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    const { place, filter, centreId, mode, slot, firstName, contact, reminder } = draft;
    const who = { firstName, contact, reminder };
    const prefill: BookingDraft =
      choiceOf(step.result) === 'centre'
        ? { place, filter, ...who }
        : choiceOf(step.result) === 'slot'
          ? { place, filter, centreId, mode, ...who }
          : { place, filter, centreId, mode, slot };
    return step.replaceDialog(BookIntakeDialog.stepsId, { prefill: withoutUndefined(prefill) });
  }

  /**
   * Stores the booking; only a stored booking is confirmed. A slot taken in the meantime gets the
   * news and new choices, with everything else kept.
   */
  private async reserve(step: WaterfallStepContext<BookIntakeOptions>, draft: BookingDraft): Promise<DialogTurnResult> {
    const { bookings, notifier, lastBooking } = this.deps.booking;
    const t = this.t(step);
    const centre = this.centre(draft);
    const slot = draft.slot as Slot;
    const contact = draft.contact;
    const eligibility = await this.deps.eligibilityCheck.get(step.context);
    const result = await bookings.reserve({
      centreId: centre.id,
      slot,
      person: {
        firstName: draft.firstName ?? '',
        ...(contact?.kind === 'phone' && { phone: contact.value }),
        ...(contact?.kind === 'email' && { email: contact.value }),
      },
      locale: this.locale(step),
      mode: draft.mode ?? 'in_person',
      reminderOptIn: draft.reminder ?? false,
      ...(draft.reminder && { conversationReference: conversationReferenceOf(step.context) }),
      ...(eligibility && { eligibility }),
    });
    if (!result.ok) {
      await send(step.context, t('bookIntake:slotTaken'));
      const { slot: _taken, ...rest } = draft;
      return step.replaceDialog(BookIntakeDialog.stepsId, { prefill: withoutUndefined(rest) });
    }
    await lastBooking.set(step.context, { code: result.booking.code });
    await notifier.bookingConfirmed(result.booking, centre);
    await this.confirm(step.context, result.booking, centre);
    return step.endDialog(result.booking.code);
  }

  /** The confirmation: code, when and where with a map link, what to bring, how to cancel, the .ics. */
  private async confirm(context: TurnContext, booking: Booking, centre: Centre): Promise<void> {
    const t = this.deps.language.t(context);
    const locale = this.deps.language.locale(context);
    await send(
      context,
      t('bookIntake:confirmed.done', { code: booking.code }),
      t('bookIntake:confirmed.when', { when: slotText(t, locale, booking.slot.start), centre: centre.name }),
      t(`bookIntake:confirmed.mode.${booking.mode}`),
      t('bookIntake:confirmed.address', { address: centreAddress(centre), map: mapLink(centre) }),
      t('bookIntake:confirmed.bring'),
      t('bookIntake:confirmed.cancel'),
    );
    await context.sendActivity(calendarMessage(t('bookIntake:confirmed.calendar'), booking, centre, locale));
    if (booking.reminderOptIn) await send(context, t('bookIntake:confirmed.reminder'));
  }

  // ---- where: the place ------------------------------------------------------------------------

  /** "In welke gemeente zoek je een centrum?" (or uses an answer typed at the place choice). */
  private async askPlaceStep(step: Step<{ lookup?: PlaceLookup }>): Promise<DialogTurnResult> {
    if (step.options.lookup) return step.next({ typed: step.options.lookup });
    return askOpen(step, { text: { key: 'bookIntake:where.question' }, open: 'place' });
  }

  /** One place: done. Several: which one. Outside or unknown: ends with that. */
  private async pickPlaceStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const lookup = typedOf<PlaceLookup>(step.result) as PlaceLookup;
    if (!('places' in lookup)) return step.endDialog(lookup satisfies PlaceChoice);
    const [first] = lookup.places;
    if (first && lookup.places.length === 1) return step.endDialog({ place: first } satisfies PlaceChoice);
    values(step).places = lookup.places.slice(0, PAGE);
    return askOpen(step, {
      text: { key: 'bookIntake:where.which' },
      choices: lookup.places.slice(0, PAGE).map((p, i) => ({ value: String(i), title: shorten(`${p.postcode} ${p.name}`) })),
      open: 'place',
    });
  }

  /** The place picked from the list, or a new one typed instead. */
  private async placeChosenStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const typed = typedOf<PlaceLookup>(step.result);
    if (typed) return step.replaceDialog(BookIntakeDialog.placeId, { lookup: typed });
    const place = (values(step).places as Place[])[Number(choiceOf(step.result))];
    return step.endDialog(place ? ({ place } satisfies PlaceChoice) : ({ unknown: true } satisfies PlaceChoice));
  }

  private parsePlace(text: string, attempt: number): ParseResult {
    const found = this.deps.booking.centres.findPlaces(text);
    if (found.length > 0) {
      // One name under several postcodes, or several names under one postcode: the first is near enough.
      const sameName = found.every((p) => p.name === found[0]?.name);
      const samePostcode = found.every((p) => p.postcode === found[0]?.postcode);
      const places = sameName || samePostcode ? found.slice(0, 1) : dedupe(found);
      return { ok: true, value: { places } satisfies PlaceLookup };
    }
    if (WALLOON_POSTCODE.test(text)) return { ok: true, value: { outside: true } satisfies PlaceLookup };
    if (attempt >= 2) return { ok: true, value: { unknown: true } satisfies PlaceLookup };
    return { ok: false, retry: { key: 'bookIntake:where.unknown' } };
  }

  // ---- where: the centre -----------------------------------------------------------------------

  /** The nearest centres, three at a time, one short message each; "Meer" for the next three. */
  private async showCentresStep(step: Step<ChooseCentreOptions>): Promise<DialogTurnResult> {
    const t = this.t(step);
    const locale = this.locale(step);
    let options = step.options;
    const { centres } = this.deps.booking;
    const near = (o: ChooseCentreOptions, offset: number, limit = PAGE) =>
      centres.nearest(o.place, { modes: o.filter.only ?? [], excludeModes: o.filter.without ?? [], limit, offset });
    let page = near(options, options.offset);
    if (page.length === 0 && options.offset > 0) {
      await send(step.context, t('bookIntake:centres.noMore'));
      options = { ...options, offset: 0 };
      page = near(options, 0);
    }
    if (page.length === 0) {
      await send(step.context, t('bookIntake:centres.noneWithFilter'));
      options = { ...options, filter: {}, offset: 0, announce: false };
      page = near(options, 0);
    }
    if (options.announce) await send(step.context, this.filterNote(t, locale, options.filter));
    values(step).options = options;
    const cards = page.map(({ centre, distanceKm }, i) => {
      const number = options.offset + i + 1;
      const title = !options.distances
        ? t('bookIntake:centres.title', { number, name: centre.name })
        : distanceKm < 1
          ? t('bookIntake:centres.titleNear', { number, name: centre.name })
          : t('bookIntake:centres.titleKm', { number, name: centre.name, km: Math.round(distanceKm) });
      return [title, centreAddress(centre), t('bookIntake:centres.modes', { modes: modesText(t, locale, centre.modes) })].join('\n');
    });
    await send(step.context, ...cards);
    const labels = page.map(({ centre }) => centre.address.municipality);
    const hasMore = near(options, options.offset + PAGE, 1).length > 0;
    return askOpen(step, {
      text: { key: 'bookIntake:centres.question' },
      choices: page.map(({ centre }, i) => ({
        value: centre.id,
        title: shorten(labels.filter((l) => l === labels[i]).length > 1 ? `${labels[i]} ${options.offset + i + 1}` : (labels[i] ?? '')),
      })),
      ...(hasMore && { more: MORE }),
      open: 'centreFilter',
    });
  }

  /** A centre ends the choice; "Meer" pages on; a typed filter lists again with it. */
  private async centreChosenStep(step: Step<ChooseCentreOptions>): Promise<DialogTurnResult> {
    const options = values(step).options as ChooseCentreOptions;
    const filter = typedOf<ModeFilter>(step.result);
    if (filter) return step.replaceDialog(BookIntakeDialog.centreId, { ...options, filter, offset: 0, announce: true });
    const choice = choiceOf(step.result);
    if (choice === 'more') return step.replaceDialog(BookIntakeDialog.centreId, { ...options, offset: options.offset + PAGE, announce: false });
    return step.endDialog({ centreId: choice ?? '', filter: options.filter } satisfies CentreChoice);
  }

  /** "ik wil niet online" → without online; "alleen telefonisch", "wandelcoaching" → only that. */
  private parseFilter(text: string): ParseResult {
    const { language } = this.deps;
    const words = tokens(text);
    const said = (phrases: readonly string[]) =>
      phrases.some((phrase) => {
        const needed = tokens(phrase);
        return needed.length > 0 && needed.every((n) => words.some((w) => closeTo(w, n)));
      });
    const modes = MODES.filter((m) => said(language.vocabulary(`mode_${m}`, `bookIntake:modes.button.${m}`).phrases));
    if (modes.length === 0) return { ok: false, retry: { key: 'bookIntake:centres.notUnderstood' } };
    const negated = said(language.vocabulary('without', 'bookIntake:filter.without').phrases);
    return { ok: true, value: (negated ? { without: modes } : { only: modes }) satisfies ModeFilter };
  }

  private filterNote(t: Translator, locale: Locale, filter: ModeFilter): string {
    if (filter.without?.length) return t('bookIntake:centres.filterWithout', { modes: modesText(t, locale, filter.without) });
    if (filter.only?.length) return t('bookIntake:centres.filterOnly', { modes: modesText(t, locale, filter.only) });
    return t('bookIntake:centres.filterNone');
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private draft(step: WaterfallStepContext): BookingDraft {
    return (values(step).draft ??= {}) as BookingDraft;
  }

  private centre(draft: BookingDraft): Centre {
    const centre = draft.centreId ? this.deps.booking.centres.get(draft.centreId) : undefined;
    if (!centre) throw new Error(`BookIntakeDialog: unknown centre ${draft.centreId ?? '(none)'}`);
    return centre;
  }

  /** Without a place (outside Flanders/Brussels) centres are listed from Brussels, without distances. */
  private referencePlace(): Place | undefined {
    return this.deps.booking.centres.findPlaces('1000')[0];
  }

  private async noCentre(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await send(step.context, this.t(step)('bookIntake:centres.noneWithFilter'));
    return step.replaceDialog(TalkToPersonDialog.id);
  }

  private t(step: WaterfallStepContext): Translator {
    return this.deps.language.t(step.context);
  }

  private locale(step: WaterfallStepContext): Locale {
    return this.deps.language.locale(step.context);
  }
}

/** A message with the booking as an .ics attachment (inline base64, so no file server is needed). */
export function calendarMessage(text: string, booking: Booking, centre: Centre, locale: Locale, stamp?: Date): Partial<Activity> {
  const ics = bookingIcs(booking, centre, locale, stamp);
  return {
    ...toActivity({ text }),
    attachments: [
      {
        contentType: 'text/calendar',
        name: `${booking.code}.ics`,
        contentUrl: `data:text/calendar;base64,${Buffer.from(ics, 'utf8').toString('base64')}`,
      },
    ],
  };
}

/** The ways of working the centre offers that the filter allows; all of them when none is allowed. */
function allowedModes(centre: Centre, filter: ModeFilter): Mode[] {
  const allowed = centre.modes.filter((m) => (!filter.only?.length || filter.only.includes(m)) && !filter.without?.includes(m));
  return allowed.length > 0 ? allowed : [...centre.modes];
}

function filterMode(filter: ModeFilter): Mode | undefined {
  return filter.only?.length === 1 ? filter.only[0] : undefined;
}

/** A first name: letters with spaces, dashes or apostrophes, at most three words. */
function parseFirstName(text: string): ParseResult {
  const name = text.trim().replace(/\s+/g, ' ');
  const valid = /^\p{L}[\p{L}\p{M}' -]{0,39}$/u.test(name) && name.split(' ').length <= 3;
  return valid ? { ok: true, value: name } : { ok: false, retry: { key: 'bookIntake:who.nameRetry' } };
}

function parseContact(text: string): ParseResult {
  const contact = understandContact(text);
  if (contact.ok) return { ok: true, value: { kind: contact.kind, value: contact.value } };
  return { ok: false, retry: { key: `bookIntake:who.contactRetry.${contact.looksLike}` } };
}

function dedupe(places: readonly Place[]): Place[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const key = `${p.postcode}|${p.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

