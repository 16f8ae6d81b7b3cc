import { expect } from 'vitest';
import type { Storage } from 'botbuilder';

/** The stored state of a named-steps waterfall (dialogs/shared/steps.ts). */
export interface StoredSteps {
  stepIndex: number;
  received?: unknown[];
  asked?: number[];
  layout?: string[];
}

/**
 * Rewrites the stored state of the waterfall `dialogId` in conversation `key` of `storage`, as an
 * older bot would have written it: what a deploy meets in Redis.
 */
export async function rewriteWaterfall(
  storage: Storage,
  key: string,
  dialogId: string,
  change: (state: StoredSteps) => void,
): Promise<void> {
  const item = (await storage.read([key]))[key] as Record<string, unknown>;
  const found: StoredSteps[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.id === dialogId && typeof record.state === 'object') found.push(record.state as StoredSteps);
    for (const value of Object.values(record)) visit(value);
  };
  visit(item);
  expect(found, `the waterfall ${dialogId} is stored once`).toHaveLength(1);
  change(found[0] as StoredSteps);
  await storage.write({ [key]: { ...item, eTag: '*' } });
}

/**
 * The state as a bot without step `added` wrote it: that name out of the layout, the indexes after
 * it one lower, what it received and asked left out. The waiting step must come after `added`.
 */
export function withoutStep(added: string): (state: StoredSteps) => void {
  return (state) => {
    const layout = state.layout ?? [];
    const at = layout.indexOf(added);
    expect(at, `the layout has ${added}`).toBeGreaterThanOrEqual(0);
    expect(state.stepIndex, `the waiting step comes after ${added}`).toBeGreaterThan(at);
    const older = (index: number) => (index < at ? index : index - 1);
    state.layout = layout.filter((name) => name !== added);
    state.stepIndex = older(state.stepIndex);
    state.received = (state.received ?? []).filter((_, index) => index !== at);
    state.asked = (state.asked ?? []).filter((index) => index !== at).map(older);
  };
}

/**
 * The state as a bot with one step more, `added` before step `before`, wrote it: a deploy rolled
 * back while a question waits. The indexes from `before` on are one higher.
 */
export function withStepBefore(added: string, before: string): (state: StoredSteps) => void {
  return (state) => {
    const layout = state.layout ?? [];
    const at = layout.indexOf(before);
    expect(at, `the layout has ${before}`).toBeGreaterThanOrEqual(0);
    const newer = (index: number) => (index < at ? index : index + 1);
    state.layout = [...layout.slice(0, at), added, ...layout.slice(at)];
    state.stepIndex = newer(state.stepIndex);
    const received = [...(state.received ?? [])];
    if (received.length > at) received.splice(at, 0, null);
    state.received = received;
    state.asked = (state.asked ?? []).map(newer);
  };
}
