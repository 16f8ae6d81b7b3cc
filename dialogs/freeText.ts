import type { Locale } from '../src/i18n/locale.js';
import type { Translator } from '../src/i18n/i18n.js';
import { toActivity } from '../src/bot/render.js';
import {
  ComponentDialog,
  Dialog,
  type DialogContext,
  type DialogTurnResult,
  type StatePropertyAccessor,
  type TurnContext,
  type WaterfallStepContext,
} from '../src/bot/sdk.js';
import { brusselsDate } from '../src/domain/calendar.js';
import type { ClarityCounter } from '../src/readability/clarity.js';
import { detectOtherLanguage } from '../src/understanding/languageDetect.js';
import { matchChoice } from '../src/understanding/choices.js';
import type { Command } from '../src/understanding/commands.js';
import type { Intent, IntentRecognizer } from '../src/understanding/nlu/intents.js';
import { glossaryTexts, type Glossary } from './explainWord.js';
import { announcedOn, describeRules } from './shared/chequeTerms.js';
import type { DialogDeps } from './shared/deps.js';
import { openQuestion, QuestionPrompt, type Question, type Text } from './shared/question.js';
import { send } from './shared/send.js';
import { Steps } from './shared/steps.js';

/** Plain-language memory of a conversation (conversation state, property `plainLanguage`). */
export interface PlainLanguageState {
  /** The short version of the last thing explained, for "zeg het eenvoudiger". */
  simpler?: Text;
}

/** What free-text understanding needs; passed in DialogDeps.understanding. */
export interface UnderstandingDeps {
  recognizer: IntentRecognizer;
  glossary: Glossary;
  /** "Was dit duidelijk?" counts per step, without user ids. */
  clarity: ClarityCounter;
  state: StatePropertyAccessor<PlainLanguageState>;
  /** A translator for another language than the turn's, to offer a switch in the user's language. */
  translatorFor(locale: Locale): Translator;
  /** How long conversation state is kept (STATE_TTL_DAYS), for the privacy answer. */
  stateTtlDays: number;
}

/** Menu answers an intent stands for; the menu's own routing then starts the flow. */
const MENU_VALUE: Partial<Record<Intent, string>> = {
  explain_cheque: 'explain',
  check_eligibility: 'check',
  book_intake: 'book',
  talk_to_person: 'person',
  change_language: 'language',
  cancel_booking: 'cancelBooking',
};
const MENU_LABEL: Record<string, string> = {
  explain: 'menu.explain',
  check: 'menu.check',
  book: 'menu.book',
  person: 'menu.person',
  language: 'menu.language',
};
/** Intents the root's global commands already handle; free text only points to them. */
const COMMAND: Partial<Record<Intent, Command>> = { greeting: 'greeting', help: 'help', restart: 'restart', stop: 'stop' };

interface PromptInstanceState {
  options?: { question?: Question };
  state?: { freeTextMisses?: number };
}

/** Marks the last explanation so "zeg het eenvoudiger" can give its short version later. */
export async function rememberExplanation(deps: Pick<DialogDeps, 'understanding'>, context: TurnContext, simpler: Text): Promise<void> {
  if (!deps.understanding) return;
  await deps.understanding.state.set(context, { ...(await deps.understanding.state.get(context, {})), simpler });
}

/**
 * Typed messages that are not an answer to the question on screen. At the main menu (and in a
 * first message) they are understood with the recognizer and routed like the menu buttons; at any
 * button question "zeg het eenvoudiger" and "wat betekent …?" are answered, and the question asked
 * again. When the recognizer is not sure, the bot never acts: first it asks to say it differently,
 * then it shows the likely choices as buttons, then it offers a person.
 */
export class FreeText {
  static readonly offerLanguageId = 'offerLanguage';

  constructor(
    private readonly deps: DialogDeps & { understanding: UnderstandingDeps },
    private readonly questions: QuestionPrompt,
  ) {}

  /** Dialogs the router starts; the root adds them to its set. */
  dialogs(): Dialog[] {
    return [new OfferLanguageDialog(this.deps)];
  }

  /**
   * Handles a message that is no button answer and no command: a turn result when it did, a
   * command for the root to run, or undefined to let the open question deal with it as usual.
   */
  async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | Command | undefined> {
    const text = innerDc.context.activity.text ?? '';
    const open = openQuestion(innerDc);
    if (!open || text.trim() === '') return undefined;
    const { question, leaf } = open;
    const promptState = leaf.activeDialog?.state as PromptInstanceState;
    if (this.questions.understand(text, question) !== undefined) return undefined;

    const atMenu = leaf === innerDc && innerDc.stack.length === 2 && question.text.key.startsWith('menu.question');
    const locale = this.deps.language.locale(innerDc.context);
    if (atMenu) {
      const other = detectOtherLanguage(text, locale);
      if (other) return innerDc.beginDialog(FreeText.offerLanguageId, { locale: other });
    }
    const { intent, alternatives } = await this.deps.understanding.recognizer.recognize(locale, text);

    const explained = await this.explainOnTheSide(innerDc.context, intent, text);
    if (explained) {
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    if (!atMenu) return undefined;

    const command = COMMAND[intent];
    if (command) return command;
    const value = MENU_VALUE[intent];
    if (value) return innerDc.endDialog(value);

    const misses = ((promptState.state ??= {}).freeTextMisses ?? 0) + 1;
    promptState.state.freeTextMisses = misses;
    const t = this.deps.language.t(innerDc.context);
    if (misses === 1) {
      await send(innerDc.context, t('freeText:rephrase'));
      return Dialog.EndOfTurn;
    }
    if (misses === 2) {
      // Buttons carry the menu labels, so a tap is understood by the menu question still open.
      const likely = alternatives.map((a) => MENU_VALUE[a.intent]).filter((v): v is string => v !== undefined && v !== 'person');
      const values = [...new Set([...likely, 'explain', 'check'])].slice(0, 2);
      const buttons = [...values, 'person'].map((v) => ({ value: v, title: t((MENU_LABEL[v] ?? '') as never) as string }));
      await innerDc.context.sendActivity(toActivity({ text: t('freeText:likelyChoices'), buttons }));
      return Dialog.EndOfTurn;
    }
    await send(innerDc.context, t('freeText:toPerson'));
    return innerDc.endDialog('person');
  }

  /**
   * The menu answer a conversation's first message stands for, when it is free text. Questions
   * answered on the side (cost, privacy, a word) are answered here; the menu follows.
   */
  async firstMessage(context: TurnContext, text: string): Promise<string | undefined> {
    if (text.trim() === '') return undefined;
    const { intent } = await this.deps.understanding.recognizer.recognize(this.deps.language.locale(context), text);
    if (await this.explainOnTheSide(context, intent, text)) return undefined;
    return MENU_VALUE[intent];
  }

  /** Answers cost, privacy, "wat betekent" and "zeg het eenvoudiger" without leaving the question. */
  private async explainOnTheSide(context: TurnContext, intent: Intent, text: string): Promise<boolean> {
    const t = this.deps.language.t(context);
    const { understanding, contact } = this.deps;
    switch (intent) {
      case 'simpler': {
        const { simpler } = await understanding.state.get(context, {});
        await send(context, simpler ? (t(simpler.key as never, simpler.params) as string) : t('freeText:noSimpler'));
        return true;
      }
      case 'explain_word': {
        const term = understanding.glossary.find(text);
        if (!term) {
          await send(context, t('glossary:unknownWord', { phone: contact.phone }));
          return true;
        }
        const texts = glossaryTexts(term);
        await send(context, t(texts.explanation.key as never) as string);
        await rememberExplanation(this.deps, context, texts.simple);
        return true;
      }
      case 'cost': {
        const view = { t, locale: this.deps.language.locale(context), rules: this.deps.rules, date: brusselsDate(this.deps.clock.now()), contact };
        await send(context, ...describeRules(view));
        const announced = announcedOn(view.rules, view.date) !== undefined;
        await rememberExplanation(this.deps, context, announced ? { key: 'rules:announced.simple', params: { phone: contact.phone } } : { key: 'explainCheque:simple' });
        return true;
      }
      case 'privacy':
        await send(
          context,
          t('freeText:privacy.kept', { days: understanding.stateTtlDays }),
          t('freeText:privacy.logs'),
          t('freeText:privacy.questions', { phone: contact.phone }),
        );
        return true;
      default:
        return false;
    }
  }
}

/** The innermost dialog context (through component dialogs), where the open question lives. */
interface OfferOptions {
  locale: Locale;
}

/**
 * "Wil je verder in het Frans?", asked in the language the user wrote in, with the answers in that
 * language too. Only "yes" switches; anything else keeps the conversation's language. The bot
 * never switches on a guess.
 */
class OfferLanguageDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps & { understanding: UnderstandingDeps }) {
    super(FreeText.offerLanguageId);
    this.addDialog(
      new Steps(`${FreeText.offerLanguageId}.steps`, [
        (step) => this.askStep(step as WaterfallStepContext<OfferOptions>),
        (step) => this.answerStep(step as WaterfallStepContext<OfferOptions>),
      ]),
    );
    this.initialDialogId = `${FreeText.offerLanguageId}.steps`;
  }

  /** Asks in the detected language; the answer comes back as plain text. */
  private async askStep(step: WaterfallStepContext<OfferOptions>): Promise<DialogTurnResult> {
    const t = this.deps.understanding.translatorFor(step.options.locale);
    const buttons = ['yes', 'no'].map((value) => ({ value, title: t(`answers.${value}` as never) as string }));
    await step.context.sendActivity(toActivity({ text: t('freeText:offerSwitch'), buttons }));
    return Dialog.EndOfTurn;
  }

  /** Switches on yes; says in which language it goes on either way. */
  private async answerStep(step: WaterfallStepContext<OfferOptions>): Promise<DialogTurnResult> {
    const { language } = this.deps;
    const reply = typeof step.result === 'string' ? step.result : '';
    const answer = matchChoice(reply, [language.vocabulary('yes', 'answers.yes'), language.vocabulary('no', 'answers.no')], language.fillerWords);
    if (answer === 'yes') {
      await language.choose(step.context, step.options.locale);
      await send(step.context, language.t(step.context)('chooseLanguage:done'));
    } else {
      await send(step.context, language.t(step.context)('freeText:stayInLanguage'));
    }
    return step.endDialog();
  }
}
