/**
 * Rules files for tests, in the format of data/cheque-regimes.json: a minimal valid regime that
 * each test changes in one place. Every value is sourced from the one test source.
 */

export const TEST_SOURCE = 'test-source';

const known = <T>(value: T) => ({ value, status: 'official', sources: [TEST_SOURCE] });
export const unknown = { value: null, status: 'unknown', sources: [] };

export const testConditions = {
  residence: ['flanders', 'brussels'],
  residenceUnclear: ['abroad'],
  work: ['employee', 'self_employed'],
  workUnclear: ['civil_servant', 'helper', 'sick', 'side_self_employed', 'working_pensioner', 'career_break', 'on_leave'],
  experience: { kind: 'career', years: 7 },
  previousUse: { kind: 'never' },
  outplacementExcluded: true,
};

/** A confirmed regime from `validFrom` to `validTo` (null: open-ended), with `change` on top. */
export function testRegime(id: string, validFrom: string, validTo: string | null, change: Record<string, unknown> = {}) {
  return {
    id,
    validFrom: known(validFrom),
    validTo: validTo === null ? unknown : known(validTo),
    confirmed: true,
    conditions: known(testConditions),
    gives: { cheques: known(1), hoursPerCheque: unknown, ownContributionEur: [] },
    freeFirstMeeting: known(true),
    ...change,
  };
}

/** A sourced value for a regime field: `sourced(45)`, `sourced(null)` for an unknown one. */
export function sourced<T>(value: T | null, status = value === null ? 'unknown' : 'official') {
  return { value, status, sources: value === null ? [] : [TEST_SOURCE] };
}

/** A whole rules file around `regimes`. */
export function testRulesFile(regimes: unknown[], change: Record<string, unknown> = {}) {
  return {
    sources: { [TEST_SOURCE]: { url: 'https://www.vdab.be/loopbaancheques', date: '2030-01-01', kind: 'official' } },
    unclearPeriods: [],
    regimes,
    ...change,
  };
}
