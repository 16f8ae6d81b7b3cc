import type { Language } from '../../src/bot/language.js';
import { toActivity } from '../../src/bot/render.js';
import {
  Prompt,
  type DialogTurnResult,
  type PromptOptions,
  type PromptRecognizerResult,
  type TurnContext,
  type WaterfallStep,
  type WaterfallStepContext,
} from '../../src/bot/sdk.js';
import { matchChoice, type ChoiceVocabulary } from '../../src/understanding/choices.js';
import { MAX_BUTTONS, type ChoiceAware, type Text } from '../shared/question.js';

/**
 * An answer button. `label` is a translation key (its words in every language and its synonyms
 * are understood, like QuestionPrompt's); `title` is a literal for data that has no key: a centre,
 * a place, an hour. Exactly one of them is set.
 */
export interface Option {
  value: string;
  label?: string;
  title?: string;
}

/**
 * A question that takes a tap or typed words: the buttons (at most three, plus `more`), answers
 * understood without a button (`alsoUnderstood`), and, with `open`, the name of a parser for
 * anything else the user types ("9000", "dinsdag", "0470 12 34 56").
 */
export interface OpenQuestion {
  text: Text;
  choices?: readonly Option[];
  more?: Option;
  alsoUnderstood?: readonly Option[];
  open?: string;
}

/** What the next step receives: a chosen button, or the parser's value for typed words. */
export type Answer = { choice: string } | { typed: unknown };

export type ParseResult = { ok: true; value: unknown } | { ok: false; retry: Text };

/**
 * Reads typed words. `attempt` counts from 1, so a parser can stop asking after a few misses by
 * returning a value that says so. The value must be plain JSON: it is kept in dialog state.
 */
export type Parser = (text: string, context: TurnContext, attempt: number) => ParseResult | Promise<ParseResult>;

interface OpenQuestionOptions extends PromptOptions {
  question: OpenQuestion;
}

interface OpenQuestionState {
  attemptCount?: number;
  /** Why the last typed answer failed, for the retry message. */
  retry?: Text;
}

/**
 * Asks an OpenQuestion and understands the reply: a button by tap, number or words (typos
 * allowed), else the question's parser. A failed parse gets the parser's own kind retry ("Die
 * plaats ken ik niet. Typ je postcode, bijvoorbeeld 9000."), with the buttons still there.
 */
export class OpenQuestionPrompt extends Prompt<Answer> implements ChoiceAware {
  static readonly id = 'openQuestion';

  constructor(
    private readonly language: Language,
    private readonly parsers: Readonly<Record<string, Parser>>,
  ) {
    // The validator only makes botbuilder count attempts; recognition decides.
    super(OpenQuestionPrompt.id, async (prompt) => prompt.recognized.succeeded);
  }

  protected override async onPrompt(
    context: TurnContext,
    state: OpenQuestionState,
    options: PromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    const t = this.language.t(context);
    const { question } = questionOf(options);
    const buttons = shown(question).map((o) => ({ value: o.value, title: titleOf(t, o) }));
    if (isRetry && state.retry) {
      await context.sendActivity(toActivity({ text: t(state.retry.key as never, state.retry.params) as string, buttons }));
      return;
    }
    if (isRetry) {
      await context.sendActivity(toActivity({ text: t((state.attemptCount ?? 0) > 1 ? 'notUnderstoodAgain' : 'notUnderstood') }));
    }
    await context.sendActivity(toActivity({ text: t(question.text.key as never, question.text.params) as string, buttons }));
  }

  protected override async onRecognize(
    context: TurnContext,
    state: OpenQuestionState,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<Answer>> {
    const { question } = questionOf(options);
    const text = context.activity.type === 'message' ? (context.activity.text ?? '') : '';
    const choice = this.understand(context, text, question);
    if (choice !== undefined) return { succeeded: true, value: { choice } };
    const parser = question.open ? this.parsers[question.open] : undefined;
    if (!parser || text.trim() === '') {
      delete state.retry;
      return { succeeded: false };
    }
    const parsed = await parser(text, context, (state.attemptCount ?? 0) + 1);
    if (parsed.ok) return { succeeded: true, value: { typed: parsed.value } };
    state.retry = parsed.retry;
    return { succeeded: false };
  }

  /** Only the buttons count here: free text the parser would read is not a choice. */
  understandsChoice(context: TurnContext, reply: string, options: PromptOptions): boolean {
    return this.understand(context, reply, questionOf(options).question) !== undefined;
  }

  private understand(context: TurnContext, reply: string, question: OpenQuestion): string | undefined {
    const t = this.language.t(context);
    const visible = shown(question);
    const all = [...visible, ...(question.alsoUnderstood ?? [])];
    const vocabularies: ChoiceVocabulary[] = all.map((o) =>
      o.label ? this.language.vocabulary(o.value, o.label) : { value: o.value, phrases: [o.title ?? titleOf(t, o)] },
    );
    const byNumber = /^\s*\d+\s*$/.test(reply);
    return matchChoice(reply, byNumber ? vocabularies.slice(0, visible.length) : vocabularies, this.language.fillerWords);
  }
}

function shown(question: OpenQuestion): Option[] {
  const choices = question.choices ?? [];
  return question.more ? [...choices, question.more] : [...choices];
}

function titleOf(t: ReturnType<Language['t']>, option: Option): string {
  return option.title ?? (t(option.label as never) as string);
}

function questionOf(options: PromptOptions): OpenQuestionOptions {
  const question = (options as Partial<OpenQuestionOptions>).question;
  if (!question) throw new TypeError('OpenQuestionPrompt: options.question is required.');
  return { ...options, question };
}

/** Asks `question` from a waterfall step; the next step receives an `Answer`. */
export function askOpen(step: WaterfallStepContext, question: OpenQuestion): Promise<DialogTurnResult> {
  if ((question.choices?.length ?? 0) > MAX_BUTTONS) {
    throw new RangeError(`askOpen(): ${question.text.key} offers ${question.choices?.length} answers; at most ${MAX_BUTTONS}.`);
  }
  const options: OpenQuestionOptions = { question };
  return step.prompt(OpenQuestionPrompt.id, options);
}

/** The chosen button's value, or undefined when the user typed something the parser read. */
export function choiceOf(result: unknown): string | undefined {
  return typeof result === 'object' && result !== null && 'choice' in result ? String((result as { choice: unknown }).choice) : undefined;
}

/** The parser's value, or undefined when a button was chosen. */
export function typedOf<T>(result: unknown): T | undefined {
  return typeof result === 'object' && result !== null && 'typed' in result ? ((result as { typed: unknown }).typed as T) : undefined;
}

/** A waterfall step context whose options have a known shape (what the dialog itself passed). */
export type Step<O extends object> = WaterfallStepContext<O>;

/**
 * Step methods bound to their dialog, for `Steps`. `Steps` is not generic, so a step that reads
 * typed options would not fit its list; the options are the dialog's own, hence the cast.
 */
export function stepsOf<O extends object>(owner: object, ...steps: Array<(step: Step<O>) => Promise<DialogTurnResult>>): WaterfallStep[] {
  return steps.map((s) => s.bind(owner) as unknown as WaterfallStep);
}

/** The step's own values (kept with the waterfall in dialog state, so plain JSON only). */
export function values(step: WaterfallStepContext): Record<string, unknown> {
  return step.values as Record<string, unknown>;
}
