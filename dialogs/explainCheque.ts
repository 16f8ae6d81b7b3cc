import { firstMeetingFreeWhenBooked } from '../src/booking/slots.js';
import { brusselsDate } from '../src/domain/calendar.js';
import { ComponentDialog, type DialogTurnResult, type TurnContext, type WaterfallStepContext } from '../src/bot/sdk.js';
import { ask, AskPrompt, choiceOf, NO, yesNo, type Question, type Text } from './shared/ask.js';
import { announcedOn, describeAnnounced, describeComing, describeRules, simpleExplanation, type RulesView } from './shared/chequeTerms.js';
import { clampText, containsPhrase } from '../src/understanding/text.js';
import { rememberExplanation, rememberSimplerSaid, simplerSaidAlready, type DialogDeps } from './shared/deps.js';
import { send } from './shared/send.js';
import { namedStepsOf, Steps } from './shared/steps.js';
import { TalkToPersonDialog } from './talkToPerson.js';

/** Neither a simpler text nor a person ("nee" where both are offered). */
const NEITHER = 'neither';

/**
 * "Wat is een loopbaancheque?" in one short turn: one sentence on what the cheque is, what it gives
 * and costs under the rules in force today (and that they end, when they end within 60 days), then
 * "Was dit duidelijk?" with "Meer uitleg" for the details. Under announced rules (the loopbaankrediet
 * from 2027) it says what is announced and how sure each part is. Values the rules data leaves
 * unknown are said to be unknown, with where to check.
 */
export class ExplainChequeDialog extends ComponentDialog {
  static readonly id = 'explainCheque';

  constructor(private readonly deps: DialogDeps) {
    super(ExplainChequeDialog.id);
    this.addDialog(new AskPrompt(deps));
    this.addDialog(new TalkToPersonDialog(deps));
    // Named: a conversation waiting at "Was dit duidelijk?" when a step is added goes on by name.
    this.addDialog(
      new Steps(
        `${ExplainChequeDialog.id}.steps`,
        namedStepsOf(this, {
          explain: this.explainStep,
          details: this.detailsStep,
          clear: this.clearStep,
          simplerOrPerson: this.simplerOrPersonStep,
          clearAfterSimple: this.clearAfterSimpleStep,
        }),
      ),
    );
    this.initialDialogId = `${ExplainChequeDialog.id}.steps`;
  }

  /** Says what the cheque is, gives and costs today; asks if it was clear. */
  private async explainStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const view = this.view(step);
    if (announcedOn(view.rules, view.date)) {
      await send(step.context, ...describeAnnounced(view));
      await rememberExplanation(this.deps, step.context, this.simple());
      return ask(step, clearQuestion);
    }
    // "Wat is het loopbaankrediet?" before it starts: what is announced about it, not the cheque.
    const coming = this.asksAboutWhatComes(step.context) ? describeComing(view) : [];
    if (coming.length > 0) {
      await send(step.context, ...coming);
      await rememberExplanation(this.deps, step.context, this.simple(true));
      return ask(step, clearQuestion);
    }
    await send(step.context, view.t('explainCheque:what'), ...describeRules(view));
    await rememberExplanation(this.deps, step.context, this.simple());
    return ask(step, { ...clearQuestion, choices: [...(clearQuestion.choices ?? []), { id: 'more', label: 'explainCheque:more' }] });
  }

  /** "Meer uitleg": what guidance is, the free first talk (where the rules say so), privacy. */
  private async detailsStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (choiceOf(step.result) !== 'more') return step.next(step.result);
    const t = this.deps.language.t(step.context);
    const firstTalkFree = firstMeetingFreeWhenBooked(this.deps.rules, this.today());
    await send(
      step.context,
      t('explainCheque:guidance'),
      ...(firstTalkFree ? [t('explainCheque:firstTalkFree')] : []),
      t('explainCheque:privateAndDutch'),
    );
    return ask(step, clearQuestion);
  }

  /**
   * "Ja" ends here; "nee" offers a simpler version or a person, or only a person when the simpler
   * version was said already ("ik snap het niet" at "Was dit duidelijk?").
   */
  private async clearStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = choiceOf(step.result);
    await this.countClarity(ExplainChequeDialog.id, answer, step.context);
    if (answer === 'yes') return this.glad(step);
    if (await simplerSaidAlready(this.deps, step.context)) return step.replaceDialog(TalkToPersonDialog.id, { reason: 'asked' });
    return ask(step, {
      text: { key: 'explainCheque:simplerOrPerson' },
      choices: [
        { id: 'simpler', label: 'explainCheque:simpler' },
        { id: 'person', label: 'menu.person' },
      ],
      // "Nee", "nee dank je": neither, so the menu again (never "niet begrepen").
      also: [{ id: NEITHER, label: 'answers.no', synonyms: 'no' }],
      passing: true,
    });
  }

  /** Gives the simple version and asks again, or gives the way to a person. */
  private async simplerOrPersonStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (choiceOf(step.result) === 'person') return step.replaceDialog(TalkToPersonDialog.id, { reason: 'asked' });
    if (choiceOf(step.result) === NEITHER) return step.endDialog();
    const simple = this.simple();
    await send(step.context, this.deps.language.t(step.context)(simple.key as never, simple.params) as string);
    await rememberSimplerSaid(this.deps, step.context);
    return ask(step, clearQuestion);
  }

  /** Still unclear after the simple version: a person explains it better than a third text. */
  private async clearAfterSimpleStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = choiceOf(step.result);
    await this.countClarity(`${ExplainChequeDialog.id}.simple`, answer, step.context);
    if (answer === 'yes') return this.glad(step);
    return step.replaceDialog(TalkToPersonDialog.id, { reason: 'asked' });
  }

  private async glad(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await send(step.context, this.deps.language.t(step.context)('glad'));
    return step.endDialog();
  }

  private asksAboutWhatComes(context: TurnContext): boolean {
    return context.activity.type === 'message' && containsPhrase(clampText(context.activity.text ?? ''), this.deps.vocabulary.creditWords);
  }

  /** The short version for "zeg het eenvoudiger": of the cheque, or of the announced rules. */
  private simple(announced = announcedOn(this.deps.rules, this.today()) !== undefined): Text {
    return simpleExplanation(this.deps.rules, this.today(), this.deps.contact.phone, announced);
  }

  private view(step: WaterfallStepContext): RulesView {
    const { language, rules, contact } = this.deps;
    return { t: language.t(step.context), locale: language.locale(step.context), rules, date: this.today(), contact };
  }

  private today(): string {
    return brusselsDate(this.deps.clock.now());
  }

  /** Counts the "Was dit duidelijk?" answer of `step`, without anything about the user. */
  private async countClarity(step: string, answer: string | undefined, context: TurnContext): Promise<void> {
    if (answer !== 'yes' && answer !== 'no') return;
    await this.deps.understanding.clarity.record(step, answer);
    await this.deps.reach?.record(answer === 'yes' ? 'clear_yes' : 'clear_no', {
      channel: context.activity.channelId,
      locale: this.deps.language.locale(context),
    });
  }
}

/** "Was dit duidelijk?"; "een beetje", "sort of" said alone: not quite, so a simpler text or a person is offered, as for "nee". */
const clearQuestion: Question = {
  ...yesNo({ key: 'explainCheque:clear' }),
  also: [{ ...NO, synonyms: 'partly', wholeOnly: true }],
  passing: true,
};
