import type { Place } from '../../src/booking/model.js';
import { provinceOf } from '../../src/booking/places.js';
import { ComponentDialog, type DialogTurnResult } from '../../src/bot/sdk.js';
import { acknowledgementsAskAgain, ask, AskPrompt, choiceOf, typedOf, type ParseResult, type Text } from '../shared/ask.js';
import type { DialogDeps } from '../shared/deps.js';
import { send } from '../shared/send.js';
import { namedStepsOf, restart, Steps, values, type Step } from '../shared/steps.js';
import { earlyKey, earlyTimeSaid, QUIT_OFFER, soonSaid, type EarlyTime, type WindowJson } from './chooseSlot.js';
import { shorten } from './format.js';
import { matchChoice } from '../../src/understanding/choices.js';
import { findModeFilter, findPlaceSaid, parsePlace, walloonHomeIn, type ModeFilter, type PlaceLookup } from './parsers.js';

/**
 * Where the user looks for a centre: a place, outside Flanders and Brussels, or not found; with
 * the day they said on the way ("Genk, liefst op dinsdag"), for the hours later.
 */
export type PlaceChoice = ({ place: Place } | { outside: true; lives?: true } | { unknown: true } | { anywhere: true }) &
  EarlyTime & {
    /** "online", "via internet" said at the place question: only the centres that work that way. */
    filter?: ModeFilter;
  };

/**
 * What typed words at the place questions are: a place (with a time, perhaps), only a time
 * ("dinsdag", "zo snel mogelijk"), or only a way of talking ("online", "kan het online?").
 */
type PlaceTyped = (PlaceLookup & EarlyTime) | { timeOnly: EarlyTime } | { modeOnly: ModeFilter };

export interface ChoosePlaceOptions {
  /** A place typed at the list of places: look it up instead of asking again. */
  lookup?: PlaceTyped;
  /** Where the person said they live, in the eligibility check: offered first ("dicht bij Gent?"). */
  home?: Place;
  /** A day said at an earlier place question, kept for the hours. */
  when?: WindowJson;
  /** "Zo snel mogelijk" said at an earlier place question: the first free hour, when the hours come. */
  soonest?: true;
  /** "online" said at an earlier place question: kept for the centres, and the place may be left open. */
  filter?: ModeFilter;
}

/** How many places a "Welke plaats bedoel je?" offers. */
const PAGE = 3;
/** A number too short to be a postcode (those have four digits). */
const SHORT_NUMBER = /^\s*\d{1,3}\s*$/;

/**
 * "In welke gemeente zoek je een centrum?": a postcode or a place name (typos allowed when the
 * message is just the name), then "Welke plaats bedoel je?" when a name has several places. Ends
 * with a PlaceChoice. A day said here ("dinsdag") is kept for the hours, never read as a place.
 */
export class ChoosePlaceDialog extends ComponentDialog {
  static readonly id = 'choosePlace';

  constructor(private readonly deps: Pick<DialogDeps, 'language' | 'vocabulary' | 'booking' | 'clock'>) {
    super(ChoosePlaceDialog.id);
    // "Wanneer kan ik komen?" while the place is asked: the booking goes on, never offered again.
    this.addDialog(
      new AskPrompt(
        deps,
        {
          place: (text, _context, attempt) => this.parsePlaceAndDay(text, attempt),
          // "Welke plaats bedoel je?": the place was said, so misses never end it as a place not found;
          // the second brings the offer of a person beside "Opnieuw proberen", as any question's does.
          placeOfSeveral: (text) => this.parsePlaceAndDay(text, 1),
        },
        { answersItself: ['book_intake'], ownFlowAgain: 'bookIntake:where.bookingNow' },
      ),
    );
    this.addDialog(
      new Steps(
        `${ChoosePlaceDialog.id}.steps`,
        namedStepsOf<ChoosePlaceOptions>(this, {
          askPlace: this.askPlaceStep,
          pickPlace: this.pickPlaceStep,
          placeChosen: this.placeChosenStep,
        }),
      ),
    );
    this.initialDialogId = `${ChoosePlaceDialog.id}.steps`;
  }

  /** Asks the place (or uses one typed at the list of places); near home first, when that is known. */
  private async askPlaceStep(step: Step<ChoosePlaceOptions>): Promise<DialogTurnResult> {
    if (step.options.lookup) return step.next({ typed: step.options.lookup });
    const { home } = step.options;
    if (home) {
      return ask(step, {
        text: { key: 'bookIntake:where.nearHome', params: { place: this.named(step, [home])[0]?.name ?? home.name } },
        simpler: { key: 'bookIntake:where.simpler' },
        choices: [
          { id: 'home', label: 'answers.yes', synonyms: 'yes' },
          { id: 'other', label: 'bookIntake:where.otherPlace' },
        ],
        also: [{ id: 'other', label: 'answers.no', synonyms: 'no' }],
        open: 'place',
        listFollows: true,
        keepsContact: true,
        beforeTheHours: true,
        readsWaysOfTalking: true,
      });
    }
    // "online" said: no travel, so any centre that works that way will do; where is a wish, no need.
    const remote = step.options.filter?.only;
    if (remote?.length && remote.every((mode) => mode === 'online' || mode === 'phone')) {
      return ask(step, {
        text: { key: 'bookIntake:where.nearForRemote' },
        simpler: { key: 'bookIntake:where.simpler' },
        choices: [{ id: 'anywhere', label: 'answers.any', synonyms: 'noPreference' }],
        // One answer of its own: Terug and a person stay beside it, as at every place question.
        helpersToo: true,
        open: 'place',
        listFollows: true,
        keepsContact: true,
        beforeTheHours: true,
        quitOffer: QUIT_OFFER,
        readsWaysOfTalking: true,
      });
    }
    return ask(step, {
      text: { key: 'bookIntake:where.question' },
      simpler: { key: 'bookIntake:where.simpler' },
      ...acknowledgementsAskAgain({ key: 'bookIntake:where.simpler' }),
      open: 'place',
      listFollows: true,
      readsWaysOfTalking: true,
      keepsContact: true,
      beforeTheHours: true,
      quitOffer: QUIT_OFFER,
      // A typed number is a postcode, never the helper in that place ("1" after a miss is no Terug):
      // the helpers show no number.
      numbersAreValues: true,
    });
  }

  /** One place: done. Several: which one. Outside or unknown: ends with that. Only a day: kept, and the place asked again. */
  private async pickPlaceStep(step: Step<ChoosePlaceOptions>): Promise<DialogTurnResult> {
    const { home, filter } = step.options;
    const earlier = timeOf(step.options);
    const chosen = choiceOf(step.result);
    if (chosen === 'home' && home) return step.endDialog(withDay({ place: home }, earlier, filter));
    if (chosen === 'anywhere') return step.endDialog(withDay({ anywhere: true }, earlier, filter));
    if (chosen === 'other') return restart(step, { ...earlier, ...(filter && { filter }) });
    const typed = typedOf<PlaceTyped>(step.result) as PlaceTyped;
    if ('timeOnly' in typed) {
      await send(step.context, this.deps.language.t(step.context)(earlyKey(typed.timeOnly)));
      return restart(step, {
        ...typed.timeOnly,
        ...(home && { home }),
        ...(filter && { filter }),
      } satisfies ChoosePlaceOptions);
    }
    if ('modeOnly' in typed) {
      // "online", "kan het online?": kept, and said what it means (the centres that work so), never "Die plaats ken ik niet".
      const [only] = typed.modeOnly.only ?? [];
      const t = this.deps.language.t(step.context);
      await send(step.context, t(only ? `bookIntake:where.modeKept.${only}` : 'bookIntake:where.modeRefusedKept'));
      return restart(step, {
        ...earlier,
        ...(home && { home }),
        filter: typed.modeOnly,
      } satisfies ChoosePlaceOptions);
    }
    const { when: saidNow, soonest: soonNow, ...lookup } = typed;
    // The time said last is the one that counts ("dinsdag", then "9000 zo snel mogelijk").
    const when = timeOf({ when: saidNow, soonest: soonNow }) ?? earlier;
    values(step).when = when;
    values(step).filter = filter;
    if (!('places' in lookup)) return step.endDialog(withDay(lookup, when, filter));
    const places = this.named(step, lookup.places);
    const [first] = places;
    if (first && places.length === 1) return step.endDialog(withDay({ place: first }, when, filter));
    values(step).places = places.slice(0, PAGE);
    return ask(step, {
      text: this.whichPlace(step, places.slice(0, PAGE)),
      choices: places.slice(0, PAGE).map((p, i) => ({ id: String(i), title: shorten(`${p.postcode} ${p.name}`) })),
      open: 'placeOfSeveral',
      keepsContact: true,
      beforeTheHours: true,
    });
  }

  /**
   * "Welke plaats bedoel je?"; where places of one name lie in different provinces ("3800 Aalst",
   * "9300 Aalst"), each with its province first: a postcode alone tells few people which is theirs.
   */
  private whichPlace(step: Step<ChoosePlaceOptions>, places: readonly Place[]): Text {
    const t = this.deps.language.t(step.context);
    const provinces = (name: string) => new Set(places.filter((p) => p.name === name).map((p) => provinceOf(p.postcode)));
    const told = places.filter((p) => provinces(p.name).size > 1);
    if (told.length === 0) return { key: 'bookIntake:where.which' };
    const lines = told.map((p) => {
      const province = provinceOf(p.postcode);
      return t('bookIntake:where.placeIn', {
        place: `${p.postcode} ${p.name}`,
        province: province ? t(`bookIntake:where.provinces.${province}`) : '',
      });
    });
    return { key: 'bookIntake:where.whichIn', params: { list: lines.join('\n') } };
  }

  /** The place picked from the list, or a new one typed instead. */
  private async placeChosenStep(step: Step<ChoosePlaceOptions>): Promise<DialogTurnResult> {
    const when = values(step).when as EarlyTime | undefined;
    const filter = values(step).filter as ModeFilter | undefined;
    const typed = typedOf<PlaceTyped>(step.result);
    if (typed)
      return restart(step, {
        lookup: typed,
        ...when,
        ...(filter && { filter }),
      } satisfies ChoosePlaceOptions);
    const place = (values(step).places as Place[])[Number(choiceOf(step.result))];
    return step.endDialog(withDay(place ? { place } : { unknown: true }, when, filter));
  }

  /**
   * The places by their names in the chat's language, each once: "ghenk" finds Ghent, which a
   * Dutch chat offers as "9000 Gent" (the centres' addresses say Gent too).
   */
  private named(step: Step<ChoosePlaceOptions>, places: readonly Place[]): Place[] {
    const locale = this.deps.language.locale(step.context);
    const seen = new Set<string>();
    const { centres } = this.deps.booking;
    return places
      .map((place) => ({ postcode: place.postcode, name: centres.placeName(place, locale), lat: place.lat, lon: place.lon }))
      .filter((p) => {
        const key = `${p.postcode}|${p.name}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  }

  /**
   * A place as parsePlace reads it; a day said with it ("genk, liefst op dinsdag") makes the place
   * sure and goes with it; a day alone ("dinsdag") is no place but kept.
   */
  private parsePlaceAndDay(text: string, attempt: number): ParseResult {
    const { centres } = this.deps.booking;
    const { vocabulary } = this.deps;
    // "1", "12": no postcode, most likely a button's number; what to type is said, and it is no miss.
    if (SHORT_NUMBER.test(text)) return { ok: false, retry: { key: 'bookIntake:where.numberNotPlace' }, noMiss: true };
    // "Weet ik niet", "weet ni": not a place nobody knows, but a question not understood.
    if (matchChoice(text, [vocabulary.choice('unknown', 'checkEligibility:answers.unknown')], vocabulary.words) === 'unknown') {
      return { ok: false, retry: { key: 'bookIntake:where.simpler' } };
    }
    const found = findPlaceSaid(centres, text, vocabulary.placeWords);
    // "9000 zo snel mogelijk": the place, and the first free hour when the hours come.
    const soon = found && soonSaid(vocabulary, text, this.deps.clock.now());
    const time = soon
      ? { soonest: true as const, ...(soon.within && { when: soon.within }) }
      : earlyTimeSaid(vocabulary, text, this.deps.clock.now());
    // "online", "via internet", "kan het online?" and no place: how to talk, kept for the centres.
    const mode = found ? undefined : findModeFilter(vocabulary, text);
    if (!time && mode) return { ok: true, value: { modeOnly: mode } satisfies PlaceTyped };
    if (!time) return this.withHome(text, parsePlace(centres, text, attempt, vocabulary));
    return { ok: true, value: (found ? { ...this.withHome(text, found), ...time } : { timeOnly: time }) satisfies PlaceTyped };
  }

  /** "ik woon in Luik": a place outside Flanders and Brussels where the user lives, so the booking can say what that means. */
  private withHome<T extends ParseResult | PlaceLookup>(text: string, read: T): T {
    const lives = () => walloonHomeIn(this.deps.booking.centres, text, this.deps.vocabulary) !== undefined;
    if ('outside' in read && lives()) return { ...read, lives: true };
    if ('ok' in read && read.ok && 'value' in read && read.value && typeof read.value === 'object' && 'outside' in read.value && lives())
      return { ...read, value: { ...read.value, lives: true } };
    return read;
  }
}

/** The time in `said` (a day, the first free hour, or both); undefined when it holds none. */
function timeOf(said: EarlyTime): EarlyTime | undefined {
  const { when, soonest } = said;
  return when || soonest ? { ...(when && { when }), ...(soonest && { soonest }) } : undefined;
}

/** The choice with the time and the way of talking said on the way, if they were. */
function withDay(choice: PlaceChoice, time: EarlyTime | undefined, filter?: ModeFilter): PlaceChoice {
  return { ...choice, ...time, ...(filter && { filter }) };
}
