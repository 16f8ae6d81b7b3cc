import { centreAddress } from '../../src/booking/ics.js';
import type { Place } from '../../src/booking/model.js';
import { ComponentDialog, type DialogTurnResult } from '../../src/bot/sdk.js';
import type { Translator } from '../../src/i18n/i18n.js';
import type { Locale } from '../../src/i18n/locale.js';
import { acknowledgementsAskAgain, ask, AskPrompt, choiceOf, typedOf, type Choice, type ParseResult } from '../shared/ask.js';
import type { DialogDeps } from '../shared/deps.js';
import { send } from '../shared/send.js';
import { namedStepsOf, restart, Steps, values, type Step } from '../shared/steps.js';
import { modesText, shorten } from './format.js';
import { earlyKey, earlyTimeSaid, QUIT_OFFER, soonSaid, withoutSoon, type EarlyTime, type WindowJson } from './chooseSlot.js';
import { findModeFilter, findPlace, withoutDeniedModes, type ModeFilter } from './parsers.js';

export interface ChooseCentreOptions {
  place: Place;
  /** False when the user is outside Flanders/Brussels: centres are listed without distance. */
  distances: boolean;
  filter: ModeFilter;
  offset: number;
  /** Say which filter is on (the user just typed one). */
  announce?: boolean;
  /** A day said at this question ("dinsdag"), kept for the hours. */
  when?: WindowJson;
  /** "Zo snel mogelijk" said at this question: the first free hour, when the hours come. */
  soonest?: true;
  /** The day was just said: the cards are on screen already, so only the question comes again. */
  dayJustKept?: boolean;
  /** "Andere dag" was just said: the cards are on screen already; what comes first is said, and the question again. */
  dayComesLater?: boolean;
  /** A centre not to offer: the one a booking moves away from. */
  exclude?: string;
}

/** What the centre question ends with; `place` when the user typed another place there. */
export interface CentreChoice {
  centreId: string;
  filter: ModeFilter;
  place?: Place;
  when?: WindowJson;
  soonest?: true;
}

/** What typed words at the centre question can be: a way of working, another place, or a day for later. */
type CentreTyped = ({ filter: ModeFilter } | { place: Place } | { dayOnly: true }) & EarlyTime;

const PAGE = 3;
/** Only as typed: "anvers" (Antwerp) is one letter from "anders" ("iets anders"), and a place here. */
const MORE: Choice = { id: 'more', label: 'menu.more', wordForWord: true };
/** "andere dag", "un autre jour": never "Meer" (a word of it is "andere", "autre"); the day comes after the centre. */
const OTHER_DAY: Choice = { id: 'otherDay', label: 'bookIntake:slots.otherDay', synonyms: 'otherDay' };
/** "Maakt niet uit", "het dichtste": the first of the list, the nearest; named when taken (the user did not tap it). */
const FIRST_LISTED = 'firstListed';

/**
 * "Welk centrum kies je?": the nearest centres three at a time, one short message each, with
 * distance, address and how they work; "Meer" pages on. "niet online" or "alleen telefonisch"
 * list again with that filter; a postcode or place name lists the centres near that place; a day
 * ("dinsdag") is kept for the hours.
 */
export class ChooseCentreDialog extends ComponentDialog {
  static readonly id = 'chooseCentre';
  private static readonly stepsId = `${ChooseCentreDialog.id}.steps`;

  constructor(private readonly deps: Pick<DialogDeps, 'language' | 'vocabulary' | 'booking' | 'clock'>) {
    super(ChooseCentreDialog.id);
    this.addDialog(
      new AskPrompt(
        deps,
        { centre: (text) => this.parseCentreWords(text) },
        { answersItself: ['book_intake'], ownFlowAgain: 'bookIntake:where.bookingNow' },
      ),
    );
    this.addDialog(
      new Steps(
        ChooseCentreDialog.stepsId,
        namedStepsOf<ChooseCentreOptions>(this, { showCentres: this.showCentresStep, centreChosen: this.centreChosenStep }),
      ),
    );
    this.initialDialogId = ChooseCentreDialog.stepsId;
  }

  /** The nearest centres, three at a time, one short message each; "Meer" for the next three. */
  private async showCentresStep(step: Step<ChooseCentreOptions>): Promise<DialogTurnResult> {
    const t = this.deps.language.t(step.context);
    const locale = this.deps.language.locale(step.context);
    let options = step.options;
    const near = (o: ChooseCentreOptions, offset: number, limit = PAGE) => this.near(o, offset, limit);
    let page = near(options, options.offset);
    const notes: string[] = [];
    if (page.length === 0 && options.offset > 0) {
      notes.push(t('bookIntake:centres.noMore'));
      options = { ...options, offset: 0 };
      page = near(options, 0);
    }
    if (page.length === 0) {
      notes.push(t('bookIntake:centres.noneWithFilter'));
      options = { ...options, filter: {}, offset: 0, announce: false };
      page = near(options, 0);
    }
    if (options.announce) notes.push(filterNote(t, locale, options.filter));
    const { dayJustKept, dayComesLater, ...kept } = options;
    values(step).options = kept;
    const labels = page.map(({ centre }) => centre.address.municipality);
    const [first] = page;
    const hasMore = near(options, options.offset + PAGE, 1).length > 0;
    const question = {
      text: { key: 'bookIntake:centres.question' },
      simpler: { key: 'bookIntake:centres.simpler' },
      // "nee" at the list: none of these fits, so more of them or another place (was: tap a centre).
      saidNo: { key: hasMore ? 'bookIntake:centres.noneFitsMore' : 'bookIntake:centres.noneFits' },
      ...acknowledgementsAskAgain({ key: 'bookIntake:centres.simpler' }),
      choices: page.map(({ centre }, i) => ({
        id: centre.id,
        title: shorten(labels.filter((l) => l === labels[i]).length > 1 ? `${labels[i]} ${i + 1}` : (labels[i] ?? '')),
      })),
      ...(hasMore && { more: MORE }),
      also: [
        OTHER_DAY,
        // "Maakt niet uit", "het dichtste": the first of the list, the nearest where distances are shown, also after "Meer".
        ...(first ? [{ id: FIRST_LISTED, label: 'answers.any', synonyms: 'noPreference', wholeOnly: true }] : []),
        ...(first && options.distances ? [{ id: FIRST_LISTED, label: 'answers.any', synonyms: 'nearestCentre' }] : []),
      ],
      open: 'centre',
      keepsContact: true,
      beforeTheHours: true,
      quitOffer: QUIT_OFFER,
    };
    if (dayJustKept || dayComesLater) {
      await send(step.context, t(dayComesLater ? 'bookIntake:where.bookingNow' : earlyKey(options)));
      return ask(step, question);
    }
    const cards = page.map(({ centre, distanceKm }, i) => {
      // Numbered as the buttons below them are, on every page: card 1 is button "1. …".
      const number = i + 1;
      const title = !options.distances
        ? t('bookIntake:centres.title', { number, name: centre.name })
        : distanceKm < 1
          ? t('bookIntake:centres.titleNear', { number, name: centre.name })
          : t('bookIntake:centres.titleKm', { number, name: centre.name, km: Math.round(distanceKm) });
      return [title, centreAddress(centre), t('bookIntake:centres.modes', { modes: modesText(t, locale, centre.modes) })].join('\n');
    });
    // One turn holds at most four messages: a note goes with the first card.
    const [firstCard = '', ...otherCards] = cards;
    await send(step.context, [...notes, firstCard].filter((m) => m !== '').join('\n\n'), ...otherCards);
    return ask(step, question);
  }

  /** The centres shown from `offset` on, counted from the nearest without the centre left out, so that pages stay in step. */
  private near(o: ChooseCentreOptions, offset: number, limit = PAGE) {
    return this.deps.booking.centres
      .nearest(o.place, { modes: o.filter.only ?? [], excludeModes: o.filter.without ?? [], limit: offset + limit + 1, offset: 0 })
      .filter(({ centre }) => centre.id !== o.exclude)
      .slice(offset, offset + limit);
  }

  /** A centre ends the choice; "Meer" pages on; a typed filter or place lists again. */
  private async centreChosenStep(step: Step<ChooseCentreOptions>): Promise<DialogTurnResult> {
    const said = values(step).options as ChooseCentreOptions;
    const typed = typedOf<CentreTyped>(step.result);
    // The time said last is the one that counts: "dinsdag", then "zo snel mogelijk", is the first free hour.
    const time: EarlyTime = typed?.when || typed?.soonest ? { when: typed.when, soonest: typed.soonest } : said;
    const { when: _when, soonest: _soonest, ...rest } = said;
    const options: ChooseCentreOptions = {
      ...rest,
      ...(time.when && { when: time.when }),
      ...(time.soonest && { soonest: time.soonest }),
    };
    if (typed && 'dayOnly' in typed) return restart(step, { ...options, dayJustKept: true });
    if (typed && 'filter' in typed) return restart(step, { ...options, filter: typed.filter, offset: 0, announce: true });
    // "celui de Gand", "the one in Ghent": the town of a centre listed, in another language, is that centre.
    const listed =
      typed && 'place' in typed
        ? this.near(options, options.offset).find(({ centre }) => centre.address.postcode === typed.place.postcode)
        : undefined;
    if (listed) return step.endDialog(this.chosen(options, listed.centre.id));
    if (typed && 'place' in typed) return restart(step, { ...options, place: typed.place, distances: true, offset: 0 });
    const choice = choiceOf(step.result);
    if (choice === OTHER_DAY.id) return restart(step, { ...options, dayComesLater: true });
    if (choice === 'more') return restart(step, { ...options, offset: options.offset + PAGE, announce: false });
    const firstListed = choice === FIRST_LISTED ? this.near(options, 0, 1)[0]?.centre : undefined;
    if (firstListed)
      await send(step.context, this.deps.language.t(step.context)('bookIntake:centres.firstTaken', { name: firstListed.name }));
    return step.endDialog(this.chosen(options, firstListed?.id ?? choice ?? ''));
  }

  /** The centre chosen, with what was said on the way (a filter, the place where distances were shown, a time). */
  private chosen(options: ChooseCentreOptions, centreId: string): CentreChoice {
    return {
      centreId,
      filter: options.filter,
      ...(options.distances && { place: options.place }),
      ...(options.when && { when: options.when }),
      ...(options.soonest && { soonest: options.soonest }),
    };
  }

  /**
   * "niet online", "alleen telefonisch": a filter; "2000", "Gent": the centres near that place;
   * "dinsdag": a day for the hours. A day goes with a filter or place said in the same words.
   */
  private parseCentreWords(text: string): ParseResult {
    // "geen video alleen voormiddag": the mornings; "geen" refuses the video, not a time.
    const { vocabulary } = this.deps;
    const now = this.deps.clock.now();
    const filter = findModeFilter(vocabulary, text);
    const place = findPlace(this.deps.booking.centres, withoutSoon(vocabulary, text));
    const first = place && 'places' in place ? place.places[0] : undefined;
    // With a way of working or a place, "zo snel mogelijk" anywhere in the words; alone, only in few.
    const soon = (filter || first) && soonSaid(vocabulary, text, now);
    const when: EarlyTime | undefined = soon
      ? { soonest: true, ...(soon.within && { when: soon.within }) }
      : earlyTimeSaid(vocabulary, withoutDeniedModes(vocabulary, text), now);
    if (filter) return { ok: true, value: { filter, ...when } satisfies CentreTyped };
    if (first) return { ok: true, value: { place: first, ...when } satisfies CentreTyped };
    if (when) return { ok: true, value: { dayOnly: true, ...when } satisfies CentreTyped };
    return { ok: false, retry: { key: 'bookIntake:centres.notUnderstood' } };
  }
}

function filterNote(t: Translator, locale: Locale, filter: ModeFilter): string {
  if (filter.without?.length) return t('bookIntake:centres.filterWithout', { modes: modesText(t, locale, filter.without) });
  if (filter.only?.length) return t('bookIntake:centres.filterOnly', { modes: modesText(t, locale, filter.only) });
  return t('bookIntake:centres.filterNone');
}
