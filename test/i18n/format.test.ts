import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/format.js';

describe('formatDate', () => {
  it.each([
    ['fr', '2027-01-01', '1er janvier 2027'],
    ['fr', '2026-12-31', '31 décembre 2026'],
    ['fr', '2027-01-11', '11 janvier 2027'],
    ['nl', '2027-01-01', '1 januari 2027'],
    ['en', '2027-01-01', '1 January 2027'],
  ] as const)('When %s writes %s, Then "%s"', (locale, date, written) => {
    expect(formatDate(locale, date)).toBe(written);
  });
});
