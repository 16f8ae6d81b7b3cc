import {
  ComponentDialog,
  Dialog,
  DialogTurnStatus,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from '../src/bot/sdk.js';
import { recognizeCommand } from '../src/understanding/commands.js';
import { CheckEligibilityDialog } from './checkEligibility.js';
import { ChooseLanguageDialog } from './chooseLanguage.js';
import { BookIntakeDialog } from './bookIntake.js';
import { ExplainChequeDialog } from './explainCheque.js';
import { FreeText } from './freeText.js';
import type { DialogDeps } from './shared/deps.js';
import { ask, openQuestionTakes, QuestionPrompt, type Choice, type Question } from './shared/question.js';
import { send } from './shared/send.js';
import { goBack, Steps } from './shared/steps.js';
import { ManageBookingDialog } from './manageBooking.js';
import { TalkToPersonDialog } from './talkToPerson.js';

export interface RootOptions {
  /** Say hello first: a new conversation, or the user said hello or "opnieuw". */
  greet?: boolean;
  /** The message that started the conversation; used as the menu answer when it is one. */
  firstReply?: string;
  /** The user has been helped already: "Kan ik je nog ergens mee helpen?". */
  again?: boolean;
}

const PERSON: Choice = { value: 'person', label: 'menu.person' };
const LANGUAGE: Choice = { value: 'language', label: 'menu.language' };
/** Typed, not shown: "annuleer mijn afspraak", "verplaats mijn afspraak" (with or without the code). */
const CANCEL_BOOKING: Choice = { value: 'cancelBooking', label: 'manageBooking:menu.cancel' };
const MOVE_BOOKING: Choice = { value: 'moveBooking', label: 'manageBooking:menu.move' };

const mainMenu = (again: boolean): Question => ({
  text: { key: again ? 'menu.questionAgain' : 'menu.question' },
  choices: [
    { value: 'explain', label: 'menu.explain' },
    { value: 'check', label: 'menu.check' },
    { value: 'book', label: 'menu.book' },
  ],
  more: { value: 'more', label: 'menu.more' },
  alsoUnderstood: [PERSON, LANGUAGE, CANCEL_BOOKING, MOVE_BOOKING],
});

const moreMenu: Question = { text: { key: 'menu.moreQuestion' }, choices: [PERSON, LANGUAGE] };

/**
 * The start of every conversation: greets, offers the menu, runs the chosen flow and comes back
 * to the menu. It also owns the words that work at any moment (help, opnieuw, terug, stop, and
 * their French and English twins), so the flows themselves never handle them.
 */
export class RootDialog extends ComponentDialog {
  static readonly id = 'root';
  private static readonly stepsId = `${RootDialog.id}.steps`;
  private readonly questions: QuestionPrompt;
  private readonly freeText: FreeText | undefined;

  constructor(private readonly deps: DialogDeps) {
    super(RootDialog.id);
    this.questions = new QuestionPrompt(deps.language);
    this.addDialog(this.questions);
    this.freeText = deps.understanding ? new FreeText({ ...deps, understanding: deps.understanding }, this.questions) : undefined;
    for (const dialog of this.freeText?.dialogs() ?? []) this.addDialog(dialog);
    this.addDialog(new ExplainChequeDialog(deps));
    this.addDialog(new CheckEligibilityDialog(deps));
    this.addDialog(new TalkToPersonDialog(deps));
    this.addDialog(new ChooseLanguageDialog(deps));
    this.addDialog(new BookIntakeDialog(deps));
    this.addDialog(new ManageBookingDialog(deps));
    this.addDialog(
      new Steps(RootDialog.stepsId, [
        this.askMenuStep.bind(this),
        this.routeStep.bind(this),
        this.routeMoreStep.bind(this),
        this.menuAgainStep.bind(this),
      ]),
    );
    this.initialDialogId = RootDialog.stepsId;
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: RootOptions): Promise<DialogTurnResult> {
    if (options?.greet) await send(innerDc.context, this.deps.language.t(innerDc.context)('greeting'));
    return super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const activity = innerDc.context.activity;
    let command = activity.type === 'message' ? recognizeCommand(activity.text ?? '', this.deps.language.commands) : undefined;
    // "Met iemand praten" is an answer where the open question offers it, a way out everywhere else.
    if (command === 'person' && openQuestionTakes(innerDc, activity.text ?? '')) command = undefined;
    if (command === undefined && activity.type === 'message' && this.freeText) {
      const freeText = await this.freeText.interrupt(innerDc);
      if (typeof freeText === 'string') command = freeText;
      else if (freeText) return freeText;
    }
    const t = this.deps.language.t(innerDc.context);
    switch (command) {
      case 'help':
        await send(innerDc.context, t('help.what'), t('help.how'), t('help.commands'), t('help.person'));
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'restart':
      case 'greeting':
        await innerDc.cancelAllDialogs();
        await send(innerDc.context, t('greeting'));
        return innerDc.beginDialog(RootDialog.stepsId, {});
      case 'back': {
        const result = await goBack(innerDc);
        if (result) return { status: DialogTurnStatus.waiting };
        await send(innerDc.context, t('backAtStart'));
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      }
      case 'person':
        // The way to a person, then the same question again: nothing the user gave is lost.
        return innerDc.beginDialog(TalkToPersonDialog.id);
      case 'stop':
        await innerDc.cancelAllDialogs();
        await send(innerDc.context, t('stopped'));
        return { status: DialogTurnStatus.complete };
      // 'erase': the confirmation dialog on src/privacy/eraser.ts is the lead's; until then, an answer.
      case 'erase':
      case undefined:
        return super.onContinueDialog(innerDc);
    }
  }

  /** Offers the menu, unless the first message already said what the user wants. */
  private async askMenuStep(step: WaterfallStepContext<RootOptions>): Promise<DialogTurnResult> {
    const menu = mainMenu(step.options.again ?? false);
    // A first "hallo" or "help" was answered by the greeting itself; only other words can be a wish.
    const firstReply = step.options.firstReply;
    const isCommand = firstReply !== undefined && recognizeCommand(firstReply, this.deps.language.commands) !== undefined;
    const firstChoice =
      firstReply && !isCommand
        ? (this.questions.understand(firstReply, menu) ?? (await this.freeText?.firstMessage(step.context, firstReply)))
        : undefined;
    if (firstChoice) return step.next(firstChoice);
    return ask(step, menu);
  }

  /** Starts the chosen flow, or opens "Meer". */
  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    switch (step.result) {
      case 'explain':
        return step.beginDialog(ExplainChequeDialog.id);
      case 'check':
        return step.beginDialog(CheckEligibilityDialog.id);
      case 'book':
        return step.beginDialog(BookIntakeDialog.id);
      case 'more':
        return ask(step, moreMenu);
      default:
        return step.next(step.result);
    }
  }

  /** Runs what was chosen under "Meer" (or typed straight from the menu). */
  private async routeMoreStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    switch (step.result) {
      case 'person':
        return step.beginDialog(TalkToPersonDialog.id);
      case 'language':
        return step.beginDialog(ChooseLanguageDialog.id);
      case 'cancelBooking':
        return step.beginDialog(ManageBookingDialog.id, { action: 'cancel' });
      case 'moveBooking':
        return step.beginDialog(ManageBookingDialog.id, { action: 'move' });
      default:
        return step.next();
    }
  }

  /** Back to the menu, remembering that this user has been helped already. */
  private menuAgainStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.replaceDialog(RootDialog.stepsId, { again: true });
  }
}
