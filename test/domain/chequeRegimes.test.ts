import { describe, expect, it } from 'vitest';
import { ChequeRules, type ChequeTerms } from '../../src/domain/chequeRegimes.js';

const rules = ChequeRules.load();

/** A minimal valid regime; each test changes one thing. */
function regime(id: string, validFrom: string, validTo: string | null, change: Record<string, unknown> = {}) {
  return {
    id,
    validFrom,
    validTo,
    confirmed: true,
    conditions: {
      residence: ['flanders', 'brussels'],
      residenceUnclear: ['abroad'],
      work: ['employee', 'self_employed'],
      workUnclear: ['civil_servant', 'helper'],
      experience: { kind: 'career', years: 7 },
      previousUse: { kind: 'never' },
      outplacementExcluded: true,
    },
    gives: { cheques: 1, hoursPerCheque: null, ownContributionEur: [] },
    sources: ['https://www.vdab.be/loopbaancheques'],
    ...change,
  };
}

const conditions = regime('x', '2030-01-01', null).conditions;

describe('the shipped regimes', () => {
  it('When data/cheque-regimes.json is loaded, then it holds the four regimes in date order', () => {
    expect(rules.regimes.map((r) => [r.id, r.validFrom, r.validTo, r.confirmed])).toStrictEqual([
      ['cheque-2013', '2013-07-01', '2019-12-31', true],
      ['cheque-2020', '2020-01-01', '2025-09-30', true],
      ['transitional-2025', '2025-10-01', '2026-12-31', true],
      ['loopbaankrediet-2027', '2027-01-01', null, false],
    ]);
  });

  it('When the data is loaded, then the conditions of each regime are exactly the documented ones', () => {
    const accepted = { residence: ['flanders', 'brussels'], residenceUnclear: ['abroad'], work: ['employee', 'self_employed'], workUnclear: ['civil_servant', 'helper'] };
    expect(rules.regimes.map((r) => [r.id, r.conditions])).toStrictEqual([
      ['cheque-2013', { ...accepted, experience: { kind: 'recent', months: 12, withinMonths: 24 }, previousUse: { kind: 'portfolio', years: 6 }, outplacementExcluded: true }],
      ['cheque-2020', { ...accepted, experience: { kind: 'career', years: 7 }, previousUse: { kind: 'portfolio', years: 6 }, outplacementExcluded: true }],
      ['transitional-2025', { ...accepted, experience: { kind: 'career', years: 7 }, previousUse: { kind: 'never' }, outplacementExcluded: true }],
      ['loopbaankrediet-2027', null],
    ]);
  });

  it.each([
    ['2013-06-30', undefined],
    ['2013-07-01', 'cheque-2013'],
    ['2019-12-31', 'cheque-2013'],
    ['2020-01-01', 'cheque-2020'],
    ['2025-09-30', 'cheque-2020'],
    ['2025-10-01', 'transitional-2025'],
    ['2026-12-31', 'transitional-2025'],
    ['2027-01-01', 'loopbaankrediet-2027'],
  ])('When regimeOn(%s) is asked, then it is %s', (date, id) => {
    expect(rules.regimeOn(date)?.id).toBe(id);
  });
});

describe('termsOn', () => {
  it.each<[string, string, ChequeTerms | undefined]>([
    ['When the date is 2026-11-26, then one transitional cheque with hours and price unknown', '2026-11-26',
      { regimeId: 'transitional-2025', confirmed: true, cheques: 1, hoursPerCheque: null, ownContributionEur: null, onlyIfNeverUsed: true }],
    ['When the date is 2021-03-01, then 2 cheques of 4 and 3 hours at EUR 40', '2021-03-01',
      { regimeId: 'cheque-2020', confirmed: true, cheques: 2, hoursPerCheque: [4, 3], ownContributionEur: 40, onlyIfNeverUsed: false }],
    ['When the date is 2024-01-01, then the price is unknown: the date of the EUR 45 change was not found', '2024-01-01',
      { regimeId: 'cheque-2020', confirmed: true, cheques: 2, hoursPerCheque: [4, 3], ownContributionEur: null, onlyIfNeverUsed: false }],
    ['When the date is 2013-07-01, then 2 cheques of 4 hours at EUR 40', '2013-07-01',
      { regimeId: 'cheque-2013', confirmed: true, cheques: 2, hoursPerCheque: [4, 4], ownContributionEur: 40, onlyIfNeverUsed: false }],
    ['When the date is 2027-01-01, then nothing is confirmed', '2027-01-01',
      { regimeId: 'loopbaankrediet-2027', confirmed: false, cheques: null, hoursPerCheque: null, ownContributionEur: null, onlyIfNeverUsed: false }],
    ['When the date is before the first regime, then there are no terms', '2013-06-30', undefined],
  ])('%s', (_name, date, expected) => {
    expect(rules.termsOn(date)).toStrictEqual(expected);
  });
});

describe('the regimes schema', () => {
  it('When a valid file is given, then it loads', () => {
    expect(ChequeRules.fromJson({ regimes: [regime('a', '2030-01-01', '2030-12-31'), regime('b', '2031-01-01', null)] }).regimes).toHaveLength(2);
  });

  it.each<[string, unknown, RegExp]>([
    ['two regimes overlap', { regimes: [regime('a', '2030-01-01', '2030-12-31'), regime('b', '2030-12-31', null)] }, /overlaps the regime before it/],
    ['an open-ended regime is followed by another', { regimes: [regime('a', '2030-01-01', null), regime('b', '2031-01-01', null)] }, /overlaps the regime before it/],
    ['regimes are out of date order', { regimes: [regime('b', '2031-01-01', null), regime('a', '2030-01-01', '2030-12-31')] }, /overlaps the regime before it/],
    ['a date is not a calendar date', { regimes: [regime('a', '2030-02-30', null)] }, /validFrom/],
    ['a date is not ISO', { regimes: [regime('a', '01/01/2030', null)] }, /validFrom/],
    ['a regime ends before it starts', { regimes: [regime('a', '2030-01-01', '2029-12-31')] }, /ends before it starts/],
    ['a confirmed regime has no conditions', { regimes: [regime('a', '2030-01-01', null, { conditions: null })] }, /a confirmed regime needs conditions/],
    ['a source is not a URL', { regimes: [regime('a', '2030-01-01', null, { sources: ['vdab'] })] }, /sources/],
    ['a price period lies outside the regime',
      { regimes: [regime('a', '2030-01-01', '2030-12-31', { gives: { cheques: 1, hoursPerCheque: null, ownContributionEur: [{ from: '2030-01-01', to: '2031-01-31', eur: 40 }] } })] },
      /lies outside the regime period/],
    ['two price periods overlap',
      { regimes: [regime('a', '2030-01-01', null, { gives: { cheques: 1, hoursPerCheque: null, ownContributionEur: [{ from: '2030-01-01', to: '2030-06-30', eur: 40 }, { from: '2030-06-30', to: '2030-12-31', eur: 45 }] } })] },
      /overlaps the amount before it/],
    ['a residence is both accepted and unclear',
      { regimes: [regime('a', '2030-01-01', null, { conditions: { ...conditions, residence: ['flanders', 'brussels', 'abroad'] } })] },
      /"abroad" is both accepted and unclear/],
    ['Brussels is excluded (no reason code for that)',
      { regimes: [regime('a', '2030-01-01', null, { conditions: { ...conditions, residence: ['flanders'] } })] },
      /must accept "brussels"/],
    ['civil servants are excluded without a reason code',
      { regimes: [regime('a', '2030-01-01', null, { conditions: { ...conditions, workUnclear: ['helper'] } })] },
      /must accept "civil_servant" or list it in workUnclear/],
    ['Wallonia is listed as unclear (no reason code for that)',
      { regimes: [regime('a', '2030-01-01', null, { conditions: { ...conditions, residenceUnclear: ['wallonia'] } })] },
      /residenceUnclear/],
  ])('When %s, then the file is rejected', (_name, raw, message) => {
    expect(() => ChequeRules.fromJson(raw)).toThrow(message);
  });
});
