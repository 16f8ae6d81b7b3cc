import { isLocale } from '../src/i18n/locale.js';
import { ComponentDialog, type DialogTurnResult, type WaterfallStepContext } from '../src/bot/sdk.js';
import type { DialogDeps } from './shared/deps.js';
import { ask, AskPrompt, choiceOf } from './shared/ask.js';
import { send } from './shared/send.js';
import { Steps } from './shared/steps.js';

/** "Andere taal": the user picks nl, fr or en; the choice is kept for their next visits too. */
export class ChooseLanguageDialog extends ComponentDialog {
  static readonly id = 'chooseLanguage';

  constructor(private readonly deps: Pick<DialogDeps, 'language' | 'vocabulary'>) {
    super(ChooseLanguageDialog.id);
    this.addDialog(new AskPrompt(deps));
    this.addDialog(new Steps(`${ChooseLanguageDialog.id}.steps`, [this.askLanguageStep.bind(this), this.switchStep.bind(this)]));
    this.initialDialogId = `${ChooseLanguageDialog.id}.steps`;
  }

  /** Asks which language, each name written in its own language. */
  private askLanguageStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return ask(step, {
      text: { key: 'chooseLanguage:question' },
      choices: [
        { id: 'nl', label: 'chooseLanguage:nl' },
        { id: 'fr', label: 'chooseLanguage:fr' },
        { id: 'en', label: 'chooseLanguage:en' },
      ],
    });
  }

  /** Switches and confirms in the new language. */
  private async switchStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const chosen = choiceOf(step.result);
    if (isLocale(chosen)) {
      await this.deps.language.choose(step.context, chosen);
      await send(step.context, this.deps.language.t(step.context)('chooseLanguage:done'));
    }
    return step.endDialog();
  }
}
