import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/understanding/text.js';

/** The plain textbook version (fresh arrays per row, every cell): what the banded, reused-buffer one must always equal. */
function reference(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return Math.min(prev[b.length] ?? 0, max + 1);
}

describe('editDistance with its reused, banded rows', () => {
  it('When any two words are compared, with or without a limit, Then it gives what the textbook version gives', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '😀'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(reference(a, b, max));
      }),
      { numRuns: 5_000 },
    );
  });

  it('When long words are compared with a small limit (only the cells near the diagonal are worked out), Then it still gives the textbook answer', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 5, maxLength: 30 });
    const nearly = word.chain((a) =>
      fc.tuple(fc.constant(a), fc.array(fc.tuple(fc.nat(a.length), fc.constantFrom('a', 'b', '')), { maxLength: 4 })).map(([w, edits]) => {
        let b = w;
        for (const [at, letter] of edits) b = b.slice(0, at) + letter + b.slice(at + 1);
        return [w, b] as const;
      }),
    );
    fc.assert(
      fc.property(nearly, fc.integer({ min: 0, max: 3 }), ([a, b], max) => {
        expect(editDistance(a, b, max)).toBe(reference(a, b, max));
        expect(editDistance(b, a, max)).toBe(reference(b, a, max));
      }),
      { numRuns: 5_000 },
    );
  });

  it('When a long word follows short ones (the rows grow), Then earlier and later answers stay right', () => {
    const long = 'loopbaanbegeleiding'.repeat(40);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance(long, `${long}x`)).toBe(1);
    expect(editDistance('afsrpaak', 'afspraak', 1)).toBe(1);
  });
});
