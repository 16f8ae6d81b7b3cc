import { brusselsDate } from '../src/domain/calendar.js';
import { ComponentDialog, type DialogTurnResult, type WaterfallStepContext } from '../src/bot/sdk.js';
import { rememberExplanation } from './freeText.js';
import { describeTerms } from './shared/chequeTerms.js';
import type { DialogDeps } from './shared/deps.js';
import { ask, QuestionPrompt, yesNo } from './shared/question.js';
import { send } from './shared/send.js';
import { Steps } from './shared/steps.js';
import { TalkToPersonDialog } from './talkToPerson.js';

/**
 * "Wat is een loopbaancheque?" in four short messages, with the numbers of the rules in force
 * today. Values the rules data leaves unconfirmed are said to be unsure, with where to check.
 */
export class ExplainChequeDialog extends ComponentDialog {
  static readonly id = 'explainCheque';

  constructor(private readonly deps: DialogDeps) {
    super(ExplainChequeDialog.id);
    this.addDialog(new QuestionPrompt(deps.language));
    this.addDialog(new TalkToPersonDialog(deps));
    this.addDialog(
      new Steps(`${ExplainChequeDialog.id}.steps`, [
        this.explainStep.bind(this),
        this.clearStep.bind(this),
        this.simplerOrPersonStep.bind(this),
        this.clearAfterSimpleStep.bind(this),
      ]),
    );
    this.initialDialogId = `${ExplainChequeDialog.id}.steps`;
  }

  /** Explains guidance, the free first talk, what the cheque gives and costs, and privacy; asks if it was clear. */
  private async explainStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = this.deps.language.t(step.context);
    const terms = this.deps.rules.termsOn(brusselsDate(this.deps.clock.now()));
    await send(
      step.context,
      t('explainCheque:guidance'),
      t('explainCheque:firstTalkFree'),
      describeTerms(t, terms, this.deps.contact),
      t('explainCheque:privateAndDutch'),
    );
    await rememberExplanation(this.deps, step.context, { key: 'explainCheque:simple' });
    return ask(step, yesNo({ key: 'explainCheque:clear' }));
  }

  /** "Ja" ends here; "nee" offers a simpler version or a person. */
  private async clearStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.countClarity(ExplainChequeDialog.id, step.result);
    if (step.result === 'yes') return this.glad(step);
    return ask(step, {
      text: { key: 'explainCheque:simplerOrPerson' },
      choices: [
        { value: 'simpler', label: 'explainCheque:simpler' },
        { value: 'person', label: 'menu.person' },
      ],
    });
  }

  /** Gives the simple version and asks again, or gives the way to a person. */
  private async simplerOrPersonStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === 'person') return step.replaceDialog(TalkToPersonDialog.id);
    await send(step.context, this.deps.language.t(step.context)('explainCheque:simple'));
    return ask(step, yesNo({ key: 'explainCheque:clear' }));
  }

  /** Still unclear after the simple version: a person explains it better than a third text. */
  private async clearAfterSimpleStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.countClarity(`${ExplainChequeDialog.id}.simple`, step.result);
    if (step.result === 'yes') return this.glad(step);
    return step.replaceDialog(TalkToPersonDialog.id);
  }

  private async glad(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await send(step.context, this.deps.language.t(step.context)('glad'));
    return step.endDialog();
  }

  /** Counts the "Was dit duidelijk?" answer of `step`, without anything about the user. */
  private async countClarity(step: string, answer: unknown): Promise<void> {
    if (answer === 'yes' || answer === 'no') await this.deps.understanding?.clarity.record(step, answer);
  }
}
