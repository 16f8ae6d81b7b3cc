import { isLocale } from '../src/i18n/locale.js';
import { ComponentDialog, type DialogTurnResult, type WaterfallStepContext } from '../src/bot/sdk.js';
import type { DialogDeps } from './shared/deps.js';
import { detectOtherLanguage, writtenInOtherScript } from '../src/understanding/languageDetect.js';
import { clampText, containsPhrase, wordsOf } from '../src/understanding/text.js';
import { ask, AskPrompt, choiceOf, type Question } from './shared/ask.js';
import { send } from './shared/send.js';
import { SideQuestions } from './shared/sideQuestions.js';
import { namedStepsOf, Steps } from './shared/steps.js';

const languageQuestion: Question = {
  text: { key: 'chooseLanguage:question' },
  choices: [
    { id: 'nl', label: 'chooseLanguage:nl' },
    { id: 'fr', label: 'chooseLanguage:fr' },
    { id: 'en', label: 'chooseLanguage:en' },
  ],
};

/** "Andere taal": the user picks nl, fr or en; the choice is kept for their next visits too. */
export class ChooseLanguageDialog extends ComponentDialog {
  static readonly id = 'chooseLanguage';
  private readonly prompt: AskPrompt;
  /** Words that deny, in every language ("geen", "pas", "don't"). */
  private readonly denials: readonly string[];

  private readonly side: SideQuestions;

  constructor(private readonly deps: Pick<DialogDeps, 'language' | 'vocabulary' | 'rules' | 'contact' | 'clock' | 'understanding'>) {
    super(ChooseLanguageDialog.id);
    this.prompt = new AskPrompt(deps);
    this.side = new SideQuestions(deps);
    // "Ik spreek slecht Nederlands", "my Dutch is bad": the language named is the one that is hard.
    this.denials = [...deps.vocabulary.allLocales('understanding:denials'), ...deps.vocabulary.allLocales('understanding:weakInLanguage')];
    this.addDialog(this.prompt);
    // Named: a conversation waiting at the question when a step is added goes on by name.
    this.addDialog(
      new Steps(`${ChooseLanguageDialog.id}.steps`, namedStepsOf(this, { askLanguage: this.askLanguageStep, switch: this.switchStep })),
    );
    this.initialDialogId = `${ChooseLanguageDialog.id}.steps`;
  }

  /**
   * Asks which language, each name written in its own language. The words that asked may name it
   * ("kan ik in het Frans praten?"): then it is that one. A language the bot does not speak ("kan
   * het in het Turks?") hears which ones it does.
   */
  private async askLanguageStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const said = step.context.activity.type === 'message' ? clampText(step.context.activity.text ?? '') : '';
    // "Ik spreek geen Nederlands", "I don't speak Dutch", "ik spreek slecht Nederlands" name a language, but not the one wanted.
    const denies = containsPhrase(said, this.denials);
    // A number is the button that opened this question ("2" for "Andere taal"), never a language's place.
    const byNumber = /^\s*\d+\s*$/.test(said);
    const named = said && !denies && !byNumber ? this.prompt.understand(step.context, said, languageQuestion) : undefined;
    // "Can I do it in English?" in English: the chat is; the question is about the guidance. So is
    // "néerlandais obligatoire ?" in any chat: it names a language, but asks whether one must speak it.
    const aboutGuidance = containsPhrase(said, this.deps.vocabulary.mustWords) || containsPhrase(said, this.deps.vocabulary.guidanceWords);
    if (named && (aboutGuidance || (named === this.deps.language.locale(step.context) && !isJustAName(said)))) {
      await this.side.answer(step.context, 'guidance_language', said);
      return step.endDialog();
    }
    // "Kan in frans?" asks a question: after the switch, also that the guidance itself is in Dutch.
    if (named) return step.next({ choice: named, asked: this.deps.vocabulary.asks(said) });
    // "Je parle pas néerlandais" in a Dutch chat says it in the language wanted.
    const writtenIn = denies ? detectOtherLanguage(said, this.deps.language.locale(step.context)) : undefined;
    if (writtenIn) return step.next({ choice: writtenIn });
    const { otherLanguages, inOtherLanguage } = this.deps.vocabulary;
    // "In welke taal is het?", "c'est en quelle langue ?": the same two answers, whichever language was meant.
    const asksWhich = containsPhrase(said, this.deps.vocabulary.allLocales('understanding:whichLanguage'));
    if (containsPhrase(said, otherLanguages) || containsPhrase(said, inOtherLanguage) || writtenInOtherScript(said) || asksWhich) {
      // "Kan in arabisch?", "Türkçe konuşuyor musunuz": the chat's languages, and that the guidance is in Dutch whatever the chat.
      const t = this.deps.language.t(step.context);
      await send(step.context, `${t('chooseLanguage:onlyThese')} ${t('sideQuestions:guidanceLanguage')}`);
    }
    return ask(step, languageQuestion);
  }

  /** Switches and confirms in the new language. */
  private async switchStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const chosen = choiceOf(step.result);
    if (isLocale(chosen)) {
      await this.deps.language.choose(step.context, chosen);
      const t = this.deps.language.t(step.context);
      const asked = (step.result as { asked?: boolean } | undefined)?.asked === true;
      await send(step.context, asked ? `${t('chooseLanguage:done')} ${t('sideQuestions:guidanceLanguage')}` : t('chooseLanguage:done'));
    }
    return step.endDialog();
  }
}

/** True when `said` is a language's name alone ("English", "English please"): a choice, not a question. */
function isJustAName(said: string): boolean {
  return wordsOf(said).length <= 2;
}
