import {
  DialogReason,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
  type WaterfallStep,
  type WaterfallStepContext,
} from '../../src/bot/sdk.js';

interface StepsState {
  stepIndex: number;
  /** The result each step received, so a step can be run again as it first ran. */
  received?: unknown[];
  /** Indexes of the steps that asked something, oldest first. */
  asked?: number[];
  /** The names of the steps when the indexes above were written (named steps only). */
  layout?: string[];
  /**
   * The state this waterfall had when it started itself again (`restart`): "terug" at its first
   * question goes back to the question answered there, as it was then.
   */
  previous?: StepsState;
}

/** How many restarts "terug" can go back through; older ones are forgotten (state stays small). */
const MAX_PREVIOUS = 4;

/**
 * Steps with names, in order: a waterfall that stores its names with its step index, so a
 * conversation waiting at a question when the bot is redeployed with a step added or removed
 * goes on at the step of that name, not at whatever step now has its number.
 */
export interface NamedSteps {
  steps: Readonly<Record<string, WaterfallStep>>;
  /**
   * The names of the steps as they were before their names were stored with the state: state
   * without names was written with this layout (default: today's).
   */
  unstamped?: readonly string[];
}

/**
 * A waterfall that can go one question back ("terug").
 *
 * It remembers which steps ended their turn waiting for the user and what each step received.
 * Going back runs the step that asked the previous question again, with the input it had then;
 * steps that were skipped (`step.next()`) are skipped on the way back too. Every step therefore
 * asks at most one question, which is also what plain language wants.
 */
export class Steps extends WaterfallDialog {
  /** The step names, for named steps; undefined for a plain list. */
  private readonly names: readonly string[] | undefined;
  private readonly unstamped: readonly string[] | undefined;

  constructor(dialogId: string, steps: WaterfallStep[] | NamedSteps) {
    super(dialogId, Array.isArray(steps) ? steps : Object.values(steps.steps));
    if (!Array.isArray(steps)) {
      this.names = Object.keys(steps.steps);
      this.unstamped = steps.unstamped ?? this.names;
    }
  }

  override async resumeDialog(dc: DialogContext, reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    this.restamp(dc.activeDialog?.state as StepsState | undefined);
    return super.resumeDialog(dc, reason, result);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    this.restamp(dc.activeDialog?.state as StepsState | undefined);
    return super.continueDialog(dc);
  }

  /**
   * Runs the step called `name` with `result`, from inside another step: a question asked again
   * with what a later answer said ("vrijdag niet" at the part of Friday: which day, then). "Terug"
   * from there goes to the question answered last, as ever.
   */
  async goTo(step: WaterfallStepContext, name: string, result?: unknown): Promise<DialogTurnResult> {
    const index = this.names?.indexOf(name) ?? -1;
    if (index < 0) throw new RangeError(`Steps.goTo(): ${this.id} has no step "${name}".`);
    return this.runStep(step, index, DialogReason.nextCalled, result);
  }

  /**
   * Stored indexes written under another layout of named steps, read by name: the step that
   * waits goes on as the step of that name; a step that no longer exists as the first one after
   * it (in the old layout) that still does. What the steps received and asked moves with them.
   */
  private restamp(state: StepsState | undefined): void {
    const names = this.names;
    if (!state || !names) return;
    const stored = state.layout ?? this.unstamped ?? names;
    state.layout = [...names];
    if (stored.length === names.length && stored.every((n, i) => n === names[i])) return;
    const now = (old: number) => names.indexOf(stored[old] ?? '');
    const waiting = now(state.stepIndex);
    if (waiting >= 0) state.stepIndex = waiting;
    else {
      const after = stored
        .slice(state.stepIndex + 1)
        .map((n) => names.indexOf(n))
        .find((i) => i >= 0);
      state.stepIndex = (after ?? names.length) - 1;
    }
    const received: unknown[] = [];
    state.received?.forEach((value, old) => {
      if (now(old) >= 0) received[now(old)] = value;
    });
    state.received = received;
    state.asked = (state.asked ?? []).map(now).filter((i) => i >= 0);
  }

  protected override async onStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = step.activeDialog?.state as StepsState;
    if (this.names) state.layout ??= [...this.names];
    (state.received ??= [])[step.index] = step.result;
    const result = await super.onStep(step);
    const asked = (state.asked ??= []);
    if (result.status === DialogTurnStatus.waiting && state.stepIndex === step.index && asked.at(-1) !== step.index) {
      asked.push(step.index);
    }
    return result;
  }

  canGoBack(instance: DialogInstance): boolean {
    const state = instance.state as StepsState;
    const asked = state.asked?.length ?? 0;
    return asked >= 2 || (asked >= 1 && state.previous !== undefined);
  }

  /** Re-asks the previous question; `dc` must have this waterfall as its active dialog. */
  async back(dc: DialogContext): Promise<DialogTurnResult> {
    const instance = dc.activeDialog as DialogInstance;
    let state = instance.state as StepsState;
    this.restamp(state);
    // At the first question after a restart: the waterfall as it was, at the question answered then.
    if ((state.asked?.length ?? 0) < 2 && state.previous) {
      state = state.previous;
      instance.state = state;
      this.restamp(state);
      const target = state.asked?.at(-1);
      if (target === undefined) throw new RangeError(`Steps.back(): ${this.id} has no earlier question.`);
      return this.runStep(dc, target, DialogReason.replaceCalled, state.received?.[target]);
    }
    const asked = state.asked ?? [];
    asked.pop();
    const target = asked.at(-1);
    if (target === undefined) throw new RangeError(`Steps.back(): ${this.id} has no earlier question.`);
    return this.runStep(dc, target, DialogReason.replaceCalled, state.received?.[target]);
  }
}

/**
 * Starts this step's waterfall again with `options` (a question asked again with what the answer
 * said: "online" at the town question, a day at the way of talking), keeping the way back: "terug"
 * at the first question of the new run asks the question just answered again, with all that was
 * known then.
 */
export async function restart(step: WaterfallStepContext, options?: object): Promise<DialogTurnResult> {
  const { stack } = step;
  const at = stack.length - 1;
  const before = stack[at];
  if (!before) throw new RangeError('restart(): no active waterfall.');
  // A copy: the step that restarts is still running, and its waterfall writes to the old state after this.
  const previous = structuredClone(before.state) as StepsState;
  const result = await step.replaceDialog(before.id, options);
  const now = stack[at];
  if (now && now !== before && now.id === before.id && (previous.asked?.length ?? 0) > 0)
    (now.state as StepsState).previous = trimmed(previous, MAX_PREVIOUS);
  return result;
}

/** `state` with at most `depth` restarts behind it. */
function trimmed(state: StepsState, depth: number): StepsState {
  const { previous, ...rest } = state;
  return previous && depth > 1 ? { ...rest, previous: trimmed(previous, depth - 1) } : rest;
}

/**
 * Forgets the question answered last, so "terug" passes it by: a flow that finished and handed on
 * to the next one is not started again by a "terug" at the next one's first question.
 */
export function forgetLastAsked(step: WaterfallStepContext): void {
  const state = step.activeDialog?.state as StepsState | undefined;
  state?.asked?.pop();
}

/**
 * Counts this step as one that asked, although it passed its answer on: "terug" to it must run it
 * again (the root's menu, when the first message already chose from it).
 */
export function countAsAsked(step: WaterfallStepContext): void {
  const state = step.activeDialog?.state as StepsState | undefined;
  if (!state) return;
  const asked = (state.asked ??= []);
  if (asked.at(-1) !== step.index) asked.push(step.index);
}

/**
 * Goes one question back anywhere in a stack of dialogs: the innermost waterfall that has an
 * earlier question wins; dialogs above it (the open prompt, a finished sub-dialog) are dropped.
 * A dialog that interrupted a question ("met iemand praten" in the middle of a booking) and has no
 * earlier question of its own is left: the question it interrupted is asked again.
 * Returns undefined when the user is already at the first question.
 */
export async function goBack(dc: DialogContext): Promise<DialogTurnResult | undefined> {
  const chain: DialogContext[] = [];
  for (let current: DialogContext | undefined = dc; current; current = current.child) chain.push(current);
  for (const context of chain.reverse()) {
    if (interruptedAQuestion(context)) {
      context.stack.pop();
      await context.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    // The active dialog is the last one on a botbuilder stack.
    const index = context.stack.findLastIndex((instance) => {
      const dialog = context.findDialog(instance.id);
      return dialog instanceof Steps && dialog.canGoBack(instance);
    });
    if (index < 0) continue;
    const steps = context.findDialog(context.stack[index]?.id ?? '') as Steps;
    context.stack.splice(index + 1);
    return steps.back(context);
  }
  return undefined;
}

/**
 * True when the active dialog of `dc` was started over a waiting question rather than by a step
 * of a waterfall: what lies under it is a prompt or a flow, not the waterfall that began it.
 */
function interruptedAQuestion(dc: DialogContext): boolean {
  const [under, top] = dc.stack.slice(-2);
  if (!under || !top) return false;
  const topDialog = dc.findDialog(top.id);
  if (topDialog instanceof Steps && topDialog.canGoBack(top)) return false;
  return !(dc.findDialog(under.id) instanceof Steps);
}

/**
 * True when this step runs again because the user went back to its question ("terug"): what it
 * says before the question (an introduction) was said the first time and is not said again.
 */
export function cameBack(step: WaterfallStepContext): boolean {
  // Steps.back() is the only place a step is run with this reason: replaceDialog begins a dialog anew.
  return step.reason === DialogReason.replaceCalled;
}

/** A waterfall step context whose options have a known shape (what the dialog itself passed). */
export type Step<O extends object> = WaterfallStepContext<O>;

/**
 * Step methods bound to their dialog, with names, for `Steps`. The names are kept with the step
 * index in dialog state, so a deploy that adds, removes or moves a step goes on with a waiting
 * conversation at the step of the same name. Rename a step only with `unstamped` or a layout read
 * by name in mind: a stored name that no longer exists goes on at the step after it. `Steps` is not
 * generic, so a step that reads typed options would not fit its list; the options are the dialog's
 * own, hence the cast.
 */
export function namedStepsOf<O extends object>(
  owner: object,
  steps: Readonly<Record<string, (step: Step<O>) => Promise<DialogTurnResult>>>,
): NamedSteps {
  return { steps: Object.fromEntries(Object.entries(steps).map(([name, s]) => [name, s.bind(owner) as unknown as WaterfallStep])) };
}

/** The step's own values (kept with the waterfall in dialog state, so plain JSON only). */
export function values(step: WaterfallStepContext): Record<string, unknown> {
  return step.values as Record<string, unknown>;
}
