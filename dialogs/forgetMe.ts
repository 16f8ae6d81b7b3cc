import { ComponentDialog, Dialog, type DialogTurnResult, type WaterfallStepContext } from '../src/bot/sdk.js';
import { toActivity } from '../src/conversation/activity.js';
import { ask, AskPrompt, choiceOf, type Question } from './shared/ask.js';
import type { DialogDeps } from './shared/deps.js';
import { send } from './shared/send.js';
import { namedStepsOf, Steps } from './shared/steps.js';

export type ForgetMeDeps = Pick<DialogDeps, 'language' | 'vocabulary' | 'contact' | 'understanding' | 'privacy'>;

const ERASE = 'erase';
const KEEP = 'keep';

const confirmQuestion: Question = {
  text: { key: 'freeText:forgetMe.question' },
  choices: [
    { id: ERASE, label: 'freeText:forgetMe.yes', synonyms: 'yes' },
    { id: KEEP, label: 'freeText:forgetMe.no', synonyms: 'no' },
  ],
};

/**
 * "Verwijder mijn gegevens" / "vergeet mij": asks once, then erases everything the bot keeps about
 * the user (src/privacy/eraser.ts): open bookings are cancelled and the centre told, the rest is
 * anonymised, the conversation is forgotten. Nothing is erased on a guess: only "Ja, wis alles"
 * erases; anything else keeps it all and goes back to the question that was open.
 *
 * After erasing, the turn ends here: the state is gone and is not written again, so the next
 * message starts a new conversation ("Opnieuw beginnen").
 */
export class ForgetMeDialog extends ComponentDialog {
  static readonly id = 'forgetMe';

  constructor(private readonly deps: ForgetMeDeps) {
    super(ForgetMeDialog.id);
    this.addDialog(new AskPrompt(deps));
    // Named: a conversation waiting at the question when a step is added goes on by name.
    this.addDialog(new Steps(`${ForgetMeDialog.id}.steps`, namedStepsOf(this, { ask: this.askStep, answer: this.answerStep })));
    this.initialDialogId = `${ForgetMeDialog.id}.steps`;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (!this.deps.privacy) {
      // Without an eraser (a tool or test build), say what is kept and who can help.
      const t = this.deps.language.t(step.context);
      await send(
        step.context,
        t('freeText:privacy.kept', { days: this.deps.understanding.stateTtlDays }),
        t('freeText:privacy.questions', { phone: this.deps.contact.phone }),
      );
      return step.endDialog();
    }
    return ask(step, confirmQuestion);
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = this.deps.language.t(step.context);
    if (choiceOf(step.result) !== ERASE || !this.deps.privacy) {
      await send(step.context, t('freeText:forgetMe.kept'));
      return step.endDialog();
    }
    const { cancelled } = await this.deps.privacy.erase(step.context);
    const done =
      cancelled.length > 0
        ? [t('freeText:forgetMe.done'), t('freeText:forgetMe.cancelled', { count: cancelled.length, codes: cancelled.join(', ') })]
        : [t('freeText:forgetMe.done')];
    await send(step.context, ...done.slice(0, -1));
    // `erased` tells a client that keeps the conversation on screen (the web chat page) to show it
    // afresh: the messages before this one are gone from the server too.
    await step.context.sendActivity({
      ...toActivity({ text: done.at(-1) ?? '', buttons: [{ value: 'restart', title: t('buttons.startAgain') }] }),
      channelData: { erased: true },
    });
    // The stack in memory is not stored again: the next message starts afresh.
    return Dialog.EndOfTurn;
  }
}
