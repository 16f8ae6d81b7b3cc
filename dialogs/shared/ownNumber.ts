import type { TurnContext } from '../../src/bot/sdk.js';
import { phoneForDisplay } from '../../src/understanding/contact.js';
import { choiceOf, type Question } from './ask.js';
import type { DialogDeps } from './deps.js';

/*
 * The user's own number as a button at "Op welk nummer …?", where the channel gives it (WhatsApp):
 * one tap, or "dit nummer", instead of typing what we already have.
 */

const OWN_NUMBER = 'ownNumber';

/**
 * What an open number question adds when the channel gives the user's number: that number as a
 * button ("0470 12 34 56") beside back and a person. A number typed is read first, so another
 * number close to it is never taken for the button. Undefined when the channel gives none.
 */
export function ownNumberOffer(
  deps: Pick<DialogDeps, 'channel'>,
  context: TurnContext,
): Pick<Question, 'choices' | 'helpersToo' | 'openFirst'> | undefined {
  const own = deps.channel.ownNumber(context);
  if (!own) return undefined;
  return { choices: [{ id: OWN_NUMBER, title: phoneForDisplay(own), synonyms: OWN_NUMBER }], helpersToo: true, openFirst: true };
}

/**
 * Where the channel gives no number (Web Chat): "mijn nummer", "dit nummer" typed at the question
 * get "Ik zie je nummer niet" and an example, never the handover the recognizer hears in
 * "nummer" (it is sure of "Met iemand praten"). A number typed is read first: "mijn gsm is
 * 0470/12.34.56" is that number, not the words "mijn gsm".
 */
export function ownNumberUnseen(deps: Pick<DialogDeps, 'channel'>, context: TurnContext): Pick<Question, 'refused' | 'openFirst'> {
  if (deps.channel.ownNumber(context)) return {};
  return {
    openFirst: true,
    refused: [
      { id: OWN_NUMBER, label: 'bookIntake:who.ownNumberUnseen', synonyms: OWN_NUMBER, retry: { key: 'bookIntake:who.ownNumberUnseen' } },
    ],
  };
}

/** The own number (E.164) when the answer was that button; else undefined. */
export function ownNumberChosen(deps: Pick<DialogDeps, 'channel'>, context: TurnContext, result: unknown): string | undefined {
  return choiceOf(result) === OWN_NUMBER ? deps.channel.ownNumber(context) : undefined;
}
