import { formatClock } from '../src/i18n/format.js';
import { ComponentDialog, type DialogTurnResult, type WaterfallStepContext } from '../src/bot/sdk.js';
import type { DialogDeps } from './shared/deps.js';
import { send } from './shared/send.js';
import { Steps } from './shared/steps.js';

/**
 * "Met iemand praten": how to reach a person at VDAB (free number, its hours, the website).
 * The staff handover replaces this with a live hand-off; until then nobody is left without a way out.
 */
export class TalkToPersonDialog extends ComponentDialog {
  static readonly id = 'talkToPerson';

  constructor(private readonly deps: Pick<DialogDeps, 'language' | 'contact'>) {
    super(TalkToPersonDialog.id);
    this.addDialog(new Steps(`${TalkToPersonDialog.id}.steps`, [this.giveContactStep.bind(this)]));
    this.initialDialogId = `${TalkToPersonDialog.id}.steps`;
  }

  /** Gives the phone number with its hours, then the website. */
  private async giveContactStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { language, contact } = this.deps;
    const t = language.t(step.context);
    const locale = language.locale(step.context);
    await send(
      step.context,
      [
        t('talkToPerson:call', { phone: contact.phone }),
        t('talkToPerson:hours', { from: formatClock(locale, contact.hours.from), to: formatClock(locale, contact.hours.to) }),
        t('talkToPerson:website', { website: contact.websiteLabel }),
      ].join('\n'),
    );
    return step.endDialog();
  }
}
