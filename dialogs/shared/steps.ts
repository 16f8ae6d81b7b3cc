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
  protected override async onStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = step.activeDialog?.state as StepsState;
    (state.received ??= [])[step.index] = step.result;
    const result = await super.onStep(step);
    const asked = (state.asked ??= []);
    if (result.status === DialogTurnStatus.waiting && state.stepIndex === step.index && asked.at(-1) !== step.index) {
      asked.push(step.index);
    }
    return result;
  }

  canGoBack(instance: DialogInstance): boolean {
    return ((instance.state as StepsState).asked?.length ?? 0) >= 2;
  }

  /** Re-asks the previous question; `dc` must have this waterfall as its active dialog. */
  async back(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog?.state as StepsState;
    const asked = state.asked ?? [];
    asked.pop();
    const target = asked.at(-1);
    if (target === undefined) throw new RangeError(`Steps.back(): ${this.id} has no earlier question.`);
    return this.runStep(dc, target, DialogReason.replaceCalled, state.received?.[target]);
  }
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
