import type { Tally } from '../understanding/nlu/evaluation.js';

const percent = (n: number, total: number): string => `${total === 0 ? '0.0' : ((100 * n) / total).toFixed(1)}%`;

/**
 * One line of figures, for `npm run nlu:eval` and the tests' output (operators read it, users never
 * do, so it lives here and not in locales/).
 */
export function describeTally(label: string, t: Tally): string {
  return [
    `${label.padEnd(5)} n=${String(t.total).padStart(3)}`,
    `right ${percent(t.right, t.total)}`,
    `asked ${percent(t.asked, t.total)}`,
    `right+asked ${percent(t.right + t.asked, t.total)}`,
    `acted on wrongly ${percent(t.wrong, t.total)}`,
    `not understood ${percent(t.missed, t.total)}`,
  ].join('  ');
}
