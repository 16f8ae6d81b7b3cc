import { toActivity } from '../src/conversation/activity.js';
import { ComponentDialog, Dialog, type DialogTurnResult, type WaterfallStepContext } from '../src/bot/sdk.js';
import type { Locale } from '../src/i18n/locale.js';
import { matchChoice } from '../src/understanding/choices.js';
import { detectOtherLanguage, shortReplyIn } from '../src/understanding/languageDetect.js';
import { mainMenu, type MenuAction } from './menu.js';
import type { Question } from './shared/ask.js';
import type { DialogDeps } from './shared/deps.js';
import { isSideQuestion, SideQuestions, type SideQuestion } from './shared/sideQuestions.js';
import { send } from './shared/send.js';
import { namedStepsOf, Steps } from './shared/steps.js';
import { flowOffer } from './shared/twoQuestions.js';

export interface OfferLanguageOptions {
  locale: Locale;
  /** The message written in that language, answered after the offer. */
  said?: string;
  /** The menu answer that message gave (a first message), handed on after the offer. */
  choice?: MenuAction;
  /** The side question its words asked ("is the coaching in English?"), answered after the offer. */
  side?: SideQuestion;
  /** The question that was open, for a side question about it ("why do you ask?": the condition it checks). */
  open?: Question;
  /** Begun from the first message, whose menu reads this dialog's result: a flow asked for in the reply is handed on. */
  fromMenu?: boolean;
}

/**
 * "Voulez-vous continuer en français ?", asked in the language the user wrote in, with the answers
 * in that language too. "Yes" switches, and so does any reply but a no that is not clearly written
 * in the conversation's own language ("Français", "salarié", "where is the office near Antwerp?");
 * a side question written so ("c'est combien ?") is answered after the switch. A no, or a reply in
 * the conversation's language, keeps it. Either way the message written in that language is not lost: a side
 * question in it is answered ("how much money?"), and a menu answer in a first message ("I want an
 * appointment") is passed on to the menu. The question that was open comes back afterwards.
 */
export class OfferLanguageDialog extends ComponentDialog {
  static readonly id = 'offerLanguage';

  private readonly side: SideQuestions;

  constructor(private readonly deps: Pick<DialogDeps, 'language' | 'vocabulary' | 'understanding' | 'rules' | 'contact' | 'clock'>) {
    super(OfferLanguageDialog.id);
    this.side = new SideQuestions(deps);
    this.addDialog(
      // Named: a conversation waiting at the question when a step is added goes on by name.
      new Steps(
        `${OfferLanguageDialog.id}.steps`,
        namedStepsOf<OfferLanguageOptions>(this, { ask: this.askStep, answer: this.answerStep }),
      ),
    );
    this.initialDialogId = `${OfferLanguageDialog.id}.steps`;
  }

  /** Asks in the detected language; the answer comes back as plain text. */
  private async askStep(step: WaterfallStepContext<OfferLanguageOptions>): Promise<DialogTurnResult> {
    const t = this.deps.language.translatorFor(step.options.locale);
    const buttons = ['yes', 'no'].map((value) => ({ value, title: t(`answers.${value}` as never) as string }));
    await step.context.sendActivity(toActivity({ text: t('freeText:offerSwitch'), buttons }));
    return Dialog.EndOfTurn;
  }

  /**
   * Switches on yes. Then the message that led to the offer: its menu answer is handed on, or its
   * side question answered. That answer shows which language the chat goes on in; only when
   * nothing follows is it said ("Fine, we continue in English."), so the turn stays short.
   */
  private async answerStep(step: WaterfallStepContext<OfferLanguageOptions>): Promise<DialogTurnResult> {
    const { language, vocabulary } = this.deps;
    const reply = typeof step.result === 'string' ? step.result : '';
    const answer = matchChoice(reply, [vocabulary.choice('yes', 'answers.yes'), vocabulary.choice('no', 'answers.no')], vocabulary.words);
    const { locale } = step.options;
    // Anything but a no, unless clearly written in the chat's own language, goes on in the language
    // offered: "Français", "salarié", "c'est combien ?" to "Voulez-vous continuer en français ?".
    const own = language.locale(step.context);
    const inOwnLanguage = detectOtherLanguage(reply, locale) === own || shortReplyIn(reply, own, locale);
    // A yes in the chat's own words ("ja" to "Voulez-vous continuer en français ?") is written in
    // that language: it stays (was the switch to a language the user does not write).
    const switching = answer === 'yes' ? !inOwnLanguage : answer === undefined && reply.trim() !== '' && !inOwnLanguage;
    if (switching) await language.choose(step.context, locale);
    // A reply in place of a yes or no is read in the language the chat goes on in: "je veux un
    // rendez-vous" after the switch, "wat kost het?" in Dutch to the French offer (was lost).
    const typed = answer === undefined && reply.trim() !== '';
    const readIn = switching ? locale : own;
    // "je veux un rendez-vous" in place of a yes: the flow it asks for (the latest wish wins).
    const wished = typed && step.options.fromMenu ? await this.menuAnswerIn(readIn, reply) : undefined;
    if (wished && wished !== step.options.choice) return step.endDialog({ choice: wished, wish: reply });
    // A question asked instead of answering ("c'est combien ?") is answered.
    const heard = typed ? await this.sideQuestionIn(readIn, reply) : undefined;
    // "pour moi" after "je peux avoir un chèque ?" is heard as the check the first message started: that goes on.
    const asked = heard === 'check_eligibility' && step.options.choice === 'check' ? undefined : heard;
    if (asked) {
      await this.side.answer(step.context, asked, reply);
      // "je voudrais un rendez-vous", then "c'est combien ?" at the offer: the price, and the flow asked
      // for first is offered in place of the menu (was dropped).
      const flow = step.options.fromMenu ? step.options.choice : undefined;
      if (flow === 'check' || flow === 'book')
        return step.endDialog({ offerFirst: flowOffer(language.t(step.context), flow, step.options.said) });
      return step.endDialog();
    }
    const { choice, side } = await this.whatWasSaid(step.options);
    // The message goes with the choice: "an appointment in Gent next Tuesday" still names Gent and Tuesday.
    // A reply in place of a yes goes with it too: "Flandre" after "je veux savoir si je peux avoir le
    // chèque" is where one lives (was lost, and asked again).
    const told = typed ? reply.trim() : '';
    const wish = [step.options.said, told].filter((part) => part !== undefined && part !== '').join('. ');
    if (choice) return step.endDialog({ choice, ...(wish !== '' && { wish }) });
    if (side && step.options.said) {
      await this.side.answer(step.context, side, step.options.said, step.options.open);
      return step.endDialog();
    }
    await send(step.context, language.t(step.context)(switching ? 'chooseLanguage:done' : 'freeText:stayInLanguage'));
    return step.endDialog();
  }

  /** The menu answer a reply asks for, surely ("je veux un rendez-vous": the booking); never another language. */
  private async menuAnswerIn(locale: Locale, text: string): Promise<MenuAction | undefined> {
    const { intent, confidence } = await this.deps.understanding.recognizer.recognize(locale, text);
    const action = confidence === 'sure' ? mainMenu(false).intents?.[intent] : undefined;
    return action === 'language' ? undefined : action;
  }

  private async sideQuestionIn(locale: Locale, text: string): Promise<SideQuestion | undefined> {
    const { intent, confidence } = await this.deps.understanding.recognizer.recognize(locale, text);
    return confidence === 'sure' && isSideQuestion(intent) ? intent : undefined;
  }

  /**
   * The message that led to the offer, read in the language it was written in: the menu answer a
   * first message gave (only the menu of a first message reads the dialog's result), or a side
   * question. Anything else: the question that was open comes back as it was.
   */
  private async whatWasSaid(options: OfferLanguageOptions): Promise<{ choice?: MenuAction; side?: SideQuestion }> {
    if (options.choice) return { choice: options.choice };
    if (options.side) return { side: options.side };
    if (!options.said) return {};
    const { intent } = await this.deps.understanding.recognizer.recognize(options.locale, options.said);
    return isSideQuestion(intent) ? { side: intent } : {};
  }
}
