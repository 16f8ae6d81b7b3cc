import { describe, expect, it } from 'vitest';
import { formatClock } from '../../src/i18n/format.js';
import { negotiateLocale, toSupported } from '../../src/i18n/locale.js';

describe('negotiateLocale', () => {
  it('When the user chose a language, Then that wins over the client', () => {
    expect(negotiateLocale('fr', 'nl-BE')).toBe('fr');
  });
  it.each([
    ['nl-BE', 'nl'],
    ['fr_BE', 'fr'],
    ['EN-gb', 'en'],
    ['de-DE', 'nl'],
    [undefined, 'nl'],
    ['', 'nl'],
  ])('When the client says %s and nothing was chosen, Then it is %s', (client, expected) => {
    expect(negotiateLocale(undefined, client)).toBe(expected);
  });
  it('When the tag is not a language we speak, Then toSupported gives nothing', () => {
    expect(toSupported('tr')).toBeUndefined();
  });
});

describe('formatClock', () => {
  it.each([
    ['nl', '08:00', '8.00 uur'],
    ['nl', '16:30', '16.30 uur'],
    ['fr', '08:00', '8 h'],
    ['fr', '16:30', '16 h 30'],
    ['en', '08:00', '8 am'],
    ['en', '16:30', '4.30 pm'],
    ['en', '12:00', '12 pm'],
  ] as const)('%s %s → %s', (locale, time, expected) => {
    expect(formatClock(locale, time)).toBe(expected);
  });
});
