import { toActivity } from '../src/conversation/activity.js';
import { ComponentDialog, Dialog, type DialogTurnResult, type WaterfallStepContext } from '../src/bot/sdk.js';
import type { Locale } from '../src/i18n/locale.js';
import { matchChoice } from '../src/understanding/choices.js';
import { detectOtherLanguage } from '../src/understanding/languageDetect.js';
import type { DialogDeps } from './shared/deps.js';
import { send } from './shared/send.js';
import { Steps } from './shared/steps.js';

export interface OfferLanguageOptions {
  locale: Locale;
}

/**
 * "Voulez-vous continuer en français ?", asked in the language the user wrote in, with the answers
 * in that language too. "Yes" switches, and so does a reply written on in that language ("where is
 * the office near Antwerp?" to "Do you want to continue in English?"); anything else keeps the
 * conversation's language. The question that was open comes back afterwards.
 */
export class OfferLanguageDialog extends ComponentDialog {
  static readonly id = 'offerLanguage';

  constructor(private readonly deps: Pick<DialogDeps, 'language' | 'vocabulary'>) {
    super(OfferLanguageDialog.id);
    this.addDialog(
      new Steps(`${OfferLanguageDialog.id}.steps`, [
        (step) => this.askStep(step as WaterfallStepContext<OfferLanguageOptions>),
        (step) => this.answerStep(step as WaterfallStepContext<OfferLanguageOptions>),
      ]),
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

  /** Switches on yes; says in which language it goes on either way. */
  private async answerStep(step: WaterfallStepContext<OfferLanguageOptions>): Promise<DialogTurnResult> {
    const { language, vocabulary } = this.deps;
    const reply = typeof step.result === 'string' ? step.result : '';
    const answer = matchChoice(reply, [vocabulary.choice('yes', 'answers.yes'), vocabulary.choice('no', 'answers.no')], vocabulary.words);
    const writesOnInIt = answer === undefined && detectOtherLanguage(reply, language.locale(step.context)) === step.options.locale;
    if (answer === 'yes' || writesOnInIt) {
      await language.choose(step.context, step.options.locale);
      await send(step.context, language.t(step.context)('chooseLanguage:done'));
    } else {
      await send(step.context, language.t(step.context)('freeText:stayInLanguage'));
    }
    return step.endDialog();
  }
}
