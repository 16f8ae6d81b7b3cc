import type { Language } from '../../src/bot/language.js';
import { toActivity } from '../../src/bot/render.js';
import {
  Prompt,
  type DialogContext,
  type PromptOptions,
  type PromptRecognizerResult,
  type TurnContext,
  type WaterfallStepContext,
  type DialogTurnResult,
} from '../../src/bot/sdk.js';
import { matchChoice } from '../../src/understanding/choices.js';

/** At most three answers on screen; more than that is too much to read on a phone. */
export const MAX_BUTTONS = 3;

/** A translation key with its placeholder values; kept in dialog state, rendered per turn. */
export interface Text {
  key: string;
  params?: Record<string, string | number>;
}

export interface Choice {
  value: string;
  /** Translation key of the button label. */
  label: string;
}

/**
 * One question with its answers. `more` adds a "Meer" button after the three answers;
 * `alsoUnderstood` are answers typed in words without a button of their own (e.g. "met iemand
 * praten" in the main menu).
 */
export interface Question {
  text: Text;
  choices: readonly Choice[];
  more?: Choice;
  alsoUnderstood?: readonly Choice[];
}

interface QuestionOptions extends PromptOptions {
  question: Question;
}

/** The prompt's own state; `attemptCount` is kept by botbuilder's Prompt when a validator is set. */
interface QuestionState {
  attemptCount?: number;
}

/** A prompt that can tell whether a reply is one of its answer choices (not free text). */
export interface ChoiceAware {
  understandsChoice(context: TurnContext, reply: string, options: PromptOptions): boolean;
}

/**
 * Whether the question open at the innermost dialog takes `reply` as one of its answer choices.
 * Global words that are also answers somewhere ("Met iemand praten") stay answers there.
 */
export function openQuestionTakes(dc: DialogContext, reply: string): boolean {
  let leaf = dc;
  while (leaf.child) leaf = leaf.child;
  const active = leaf.activeDialog;
  const prompt = active ? leaf.findDialog(active.id) : undefined;
  const options = (active?.state as { options?: PromptOptions } | undefined)?.options;
  return !!prompt && !!options && 'understandsChoice' in prompt && (prompt as unknown as ChoiceAware).understandsChoice(leaf.context, reply, options);
}

/**
 * Asks a question with buttons and understands the answer however it comes: a tap, the button's
 * number, the words with typos, or the same words in another language. An unclear answer gets a
 * kind retry; the second miss also points to "help" and a person.
 */
export class QuestionPrompt extends Prompt<string> implements ChoiceAware {
  static readonly id = 'question';

  constructor(private readonly language: Language) {
    // The validator accepts whatever was recognized; it is there so that botbuilder counts the
    // attempts (recognition itself also runs on bubbling events and must stay side-effect free).
    super(QuestionPrompt.id, async (prompt) => prompt.recognized.succeeded);
  }

  protected override async onPrompt(
    context: TurnContext,
    state: QuestionState,
    options: PromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    const t = this.language.t(context);
    if (isRetry) {
      await context.sendActivity(toActivity({ text: t((state.attemptCount ?? 0) > 1 ? 'notUnderstoodAgain' : 'notUnderstood') }));
    }
    const { question } = questionOf(options);
    const buttons = shownChoices(question).map((c) => ({ value: c.value, title: t(c.label as never) as string }));
    await context.sendActivity(toActivity({ text: t(question.text.key as never, question.text.params) as string, buttons }));
  }

  protected override async onRecognize(
    context: TurnContext,
    _state: QuestionState,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<string>> {
    const { question } = questionOf(options);
    const value = this.understand(context.activity.text ?? '', question);
    return value === undefined ? { succeeded: false } : { succeeded: true, value };
  }

  understandsChoice(_context: TurnContext, reply: string, options: PromptOptions): boolean {
    return this.understand(reply, questionOf(options).question) !== undefined;
  }

  /** Which answer `reply` means, or undefined; numbers refer to the buttons on screen. */
  understand(reply: string, question: Question): string | undefined {
    const shown = shownChoices(question);
    const all = [...shown, ...(question.alsoUnderstood ?? [])];
    const vocabularies = all.map((c) => this.language.vocabulary(c.value, c.label));
    const byNumber = /^\s*\d+\s*$/.test(reply);
    return matchChoice(reply, byNumber ? vocabularies.slice(0, shown.length) : vocabularies, this.language.fillerWords);
  }
}

function shownChoices(question: Question): Choice[] {
  return question.more ? [...question.choices, question.more] : [...question.choices];
}

function questionOf(options: PromptOptions): QuestionOptions {
  const question = (options as Partial<QuestionOptions>).question;
  if (!question) throw new TypeError('QuestionPrompt: options.question is required.');
  return { ...options, question };
}

/** Asks `question` from a waterfall step; the next step receives the chosen value. */
export function ask(step: WaterfallStepContext, question: Question): Promise<DialogTurnResult> {
  if (question.choices.length > MAX_BUTTONS) {
    throw new RangeError(`ask(): ${question.text.key} offers ${question.choices.length} answers; at most ${MAX_BUTTONS}.`);
  }
  const options: QuestionOptions = { question };
  return step.prompt(QuestionPrompt.id, options);
}

export const yesNo = (text: Text): Question => ({
  text,
  choices: [
    { value: 'yes', label: 'answers.yes' },
    { value: 'no', label: 'answers.no' },
  ],
});

/**
 * The question the user is answering right now, wherever it sits in the dialog tree, with the
 * prompt that asks it; undefined when the innermost dialog is not a QuestionPrompt.
 */
export function openQuestion(dc: DialogContext): { question: Question; prompt: QuestionPrompt; leaf: DialogContext } | undefined {
  let leaf = dc;
  while (leaf.child) leaf = leaf.child;
  const active = leaf.activeDialog;
  const prompt = active ? leaf.findDialog(active.id) : undefined;
  const question = (active?.state as { options?: Partial<QuestionOptions> } | undefined)?.options?.question;
  return prompt instanceof QuestionPrompt && question ? { question, prompt, leaf } : undefined;
}
