import type { Place } from '../../src/booking/model.js';
import { ComponentDialog, type DialogTurnResult } from '../../src/bot/sdk.js';
import { ask, AskPrompt, choiceOf, typedOf } from '../shared/ask.js';
import type { DialogDeps } from '../shared/deps.js';
import { Steps, stepsOf, values, type Step } from '../shared/steps.js';
import { shorten } from './format.js';
import { parsePlace, type PlaceLookup } from './parsers.js';

/** Where the user looks for a centre: a place, outside Flanders and Brussels, or not found. */
export type PlaceChoice = { place: Place } | { outside: true } | { unknown: true };

export interface ChoosePlaceOptions {
  /** A place typed at the list of places: look it up instead of asking again. */
  lookup?: PlaceLookup;
}

/** How many places a "Welke plaats bedoel je?" offers. */
const PAGE = 3;

/**
 * "In welke gemeente zoek je een centrum?": a postcode or a place name (typos allowed when the
 * message is just the name), then "Welke plaats bedoel je?" when a name has several places. Ends
 * with a PlaceChoice.
 */
export class ChoosePlaceDialog extends ComponentDialog {
  static readonly id = 'choosePlace';

  constructor(deps: Pick<DialogDeps, 'language' | 'vocabulary' | 'booking'>) {
    super(ChoosePlaceDialog.id);
    this.addDialog(
      new AskPrompt(deps, {
        place: (text, _context, attempt) => parsePlace(deps.booking.centres, text, attempt, deps.vocabulary.placeWords),
      }),
    );
    this.addDialog(new Steps(`${ChoosePlaceDialog.id}.steps`, stepsOf(this, this.askPlaceStep, this.pickPlaceStep, this.placeChosenStep)));
    this.initialDialogId = `${ChoosePlaceDialog.id}.steps`;
  }

  /** Asks the place (or uses one typed at the list of places). */
  private async askPlaceStep(step: Step<ChoosePlaceOptions>): Promise<DialogTurnResult> {
    if (step.options.lookup) return step.next({ typed: step.options.lookup });
    return ask(step, { text: { key: 'bookIntake:where.question' }, open: 'place' });
  }

  /** One place: done. Several: which one. Outside or unknown: ends with that. */
  private async pickPlaceStep(step: Step<ChoosePlaceOptions>): Promise<DialogTurnResult> {
    const lookup = typedOf<PlaceLookup>(step.result) as PlaceLookup;
    if (!('places' in lookup)) return step.endDialog(lookup satisfies PlaceChoice);
    const [first] = lookup.places;
    if (first && lookup.places.length === 1) return step.endDialog({ place: first } satisfies PlaceChoice);
    values(step).places = lookup.places.slice(0, PAGE);
    return ask(step, {
      text: { key: 'bookIntake:where.which' },
      choices: lookup.places.slice(0, PAGE).map((p, i) => ({ id: String(i), title: shorten(`${p.postcode} ${p.name}`) })),
      open: 'place',
    });
  }

  /** The place picked from the list, or a new one typed instead. */
  private async placeChosenStep(step: Step<ChoosePlaceOptions>): Promise<DialogTurnResult> {
    const typed = typedOf<PlaceLookup>(step.result);
    if (typed) return step.replaceDialog(`${ChoosePlaceDialog.id}.steps`, { lookup: typed } satisfies ChoosePlaceOptions);
    const place = (values(step).places as Place[])[Number(choiceOf(step.result))];
    return step.endDialog(place ? ({ place } satisfies PlaceChoice) : ({ unknown: true } satisfies PlaceChoice));
  }
}
