import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import shipped from '../../data/cheque-regimes.json' with { type: 'json' };
import { ChequeRules, RulesFileError, type ChequeTerms } from '../../src/domain/chequeRegimes.js';
import { sourced, testConditions, testRegime, testRulesFile, unknown } from '../support/rules.js';

const rules = ChequeRules.load();

describe('the shipped regimes', () => {
  it('When data/cheque-regimes.json is loaded, then it holds the four regimes in date order', () => {
    expect(rules.regimes.map((r) => [r.id, r.validFrom, r.validTo, r.confirmed])).toStrictEqual([
      ['cheque-2013', '2013-07-01', '2019-12-31', true],
      ['cheque-2020', '2020-01-01', '2025-10-31', true],
      ['transitional-2025', '2025-11-01', '2026-12-31', true],
      ['loopbaankrediet-2027', '2027-01-01', null, false],
    ]);
  });

  it('When the data is loaded, then the conditions of each regime are exactly the documented ones', () => {
    const accepted = {
      residence: ['flanders', 'brussels'],
      residenceUnclear: ['abroad'],
      work: ['employee', 'self_employed'],
      workUnclear: ['civil_servant', 'helper', 'sick', 'side_self_employed', 'working_pensioner', 'career_break', 'on_leave'],
    };
    expect(rules.regimes.map((r) => [r.id, r.conditions])).toStrictEqual([
      [
        'cheque-2013',
        {
          ...accepted,
          experience: { kind: 'recent', months: 12, withinMonths: 24 },
          previousUse: { kind: 'portfolio', years: 6 },
          outplacementExcluded: true,
        },
      ],
      [
        'cheque-2020',
        { ...accepted, experience: { kind: 'career', years: 7 }, previousUse: { kind: 'portfolio', years: 6 }, outplacementExcluded: true },
      ],
      [
        'transitional-2025',
        { ...accepted, experience: { kind: 'career', years: 7 }, previousUse: { kind: 'never' }, outplacementExcluded: true },
      ],
      ['loopbaankrediet-2027', null],
    ]);
  });

  it('When the data is loaded, then every value says how sure it is and names a listed source (unknown ones are null)', () => {
    const facts = rules.regimes.flatMap((r) => r.facts.map((f) => ({ regime: r.id, ...f })));
    expect(facts.length).toBeGreaterThan(30);
    expect(facts.filter((f) => f.status !== 'unknown' && f.sources.length === 0)).toEqual([]);
    const listed = Object.keys(shipped.sources);
    expect(facts.flatMap((f) => f.sources).filter((s) => !listed.includes(s))).toEqual([]);
  });

  it('When the 2027 regime is read, then only what the sources say is known, with how sure it is', () => {
    const credit = rules.regimeOn('2027-01-01');
    expect(credit?.announced).toMatchObject({
      runBy: { value: 'departement-wewis', status: 'official' },
      hours: { value: 6, status: 'single_source' },
      experienceYears: { value: 7, status: 'single_source' },
      ownContributionEur: { value: null, status: 'unknown' },
      howToApply: { value: null, status: 'unknown' },
    });
    expect(credit?.freeFirstMeeting, 'unset until a source confirms it').toBeNull();
  });

  it.each([
    ['2013-06-30', undefined],
    ['2013-07-01', 'cheque-2013'],
    ['2019-12-31', 'cheque-2013'],
    ['2020-01-01', 'cheque-2020'],
    ['2025-10-31', 'cheque-2020'],
    ['2025-11-01', 'transitional-2025'],
    ['2026-12-31', 'transitional-2025'],
    ['2027-01-01', 'loopbaankrediet-2027'],
  ])('When regimeOn(%s) is asked, then it is %s', (date, id) => {
    expect(rules.regimeOn(date)?.id).toBe(id);
  });

  it.each([
    ['2025-09-30', false],
    ['2025-10-01', true],
    ['2025-10-31', true],
    ['2025-11-01', false],
  ])('When unclearOn(%s) is asked, then the sources disagree about that day: %s', (date, unclear) => {
    expect(rules.unclearOn(date)?.reason === 'start_date_unclear').toBe(unclear);
  });
});

describe('termsOn', () => {
  it.each<[string, string, ChequeTerms | undefined]>([
    [
      'When the date is 2026-11-26, then one transitional cheque with hours and price unknown',
      '2026-11-26',
      { regimeId: 'transitional-2025', confirmed: true, cheques: 1, hoursPerCheque: null, ownContributionEur: null, onlyIfNeverUsed: true },
    ],
    [
      'When the date is 2021-03-01, then 2 cheques of 4 and 3 hours at EUR 40',
      '2021-03-01',
      { regimeId: 'cheque-2020', confirmed: true, cheques: 2, hoursPerCheque: [4, 3], ownContributionEur: 40, onlyIfNeverUsed: false },
    ],
    [
      'When the date is 2024-01-01, then the price is unknown: the date of the EUR 45 change was not found',
      '2024-01-01',
      { regimeId: 'cheque-2020', confirmed: true, cheques: 2, hoursPerCheque: [4, 3], ownContributionEur: null, onlyIfNeverUsed: false },
    ],
    [
      'When the date is 2025-02-28, then still unknown: EUR 45 is sourced from March 2025',
      '2025-02-28',
      { regimeId: 'cheque-2020', confirmed: true, cheques: 2, hoursPerCheque: [4, 3], ownContributionEur: null, onlyIfNeverUsed: false },
    ],
    [
      'When the date is 2025-03-01, then EUR 45 per cheque',
      '2025-03-01',
      { regimeId: 'cheque-2020', confirmed: true, cheques: 2, hoursPerCheque: [4, 3], ownContributionEur: 45, onlyIfNeverUsed: false },
    ],
    [
      'When the date is 2025-10-15, then not confirmed: the sources disagree on the rules of October 2025',
      '2025-10-15',
      { regimeId: 'cheque-2020', confirmed: false, cheques: 2, hoursPerCheque: [4, 3], ownContributionEur: 45, onlyIfNeverUsed: false },
    ],
    [
      'When the date is 2013-07-01, then 2 cheques of 4 hours at EUR 40',
      '2013-07-01',
      { regimeId: 'cheque-2013', confirmed: true, cheques: 2, hoursPerCheque: [4, 4], ownContributionEur: 40, onlyIfNeverUsed: false },
    ],
    [
      'When the date is 2027-01-01, then nothing is confirmed',
      '2027-01-01',
      {
        regimeId: 'loopbaankrediet-2027',
        confirmed: false,
        cheques: null,
        hoursPerCheque: null,
        ownContributionEur: null,
        onlyIfNeverUsed: false,
      },
    ],
    ['When the date is before the first regime, then there are no terms', '2013-06-30', undefined],
  ])('%s', (_name, date, expected) => {
    expect(rules.termsOn(date)).toStrictEqual(expected);
  });
});

describe('changeAhead: saying the rules end before they do', () => {
  it.each([
    ['2026-10-31', undefined],
    ['2026-11-01', { endsOn: '2026-12-31', next: 'loopbaankrediet-2027' }],
    ['2026-12-15', { endsOn: '2026-12-31', next: 'loopbaankrediet-2027' }],
    ['2026-12-31', { endsOn: '2026-12-31', next: 'loopbaankrediet-2027' }],
    ['2027-01-01', undefined],
  ])('When the date is %s, then the change ahead is %j', (date, expected) => {
    const ahead = rules.changeAhead(date);
    expect(ahead && { endsOn: ahead.endsOn, next: ahead.next?.id }).toStrictEqual(expected);
  });

  it.each([
    ['2026-11-26', 7],
    ['2020-01-01', 7],
    ['2019-01-01', 1],
    ['2027-01-02', 7],
    ['2013-06-30', undefined],
  ])('When the years of experience asked on %s are looked up, then they are %s (adopted or announced)', (date, years) => {
    expect(rules.experienceYearsOn(date)).toBe(years);
  });

  it.each([
    ['2026-11-26', true],
    ['2027-01-04', false],
  ])(
    'When whether the first meeting is free is looked up on %s, then it is %s (unknown for the loopbaankrediet counts as not said)',
    (date, free) => {
      expect(rules.firstMeetingFreeOn(date)).toBe(free);
    },
  );

  it.each([
    ['2026-11-26', '2026-12-31'],
    ['2026-12-31', '2026-12-31'],
    ['2027-01-04', undefined],
  ])(
    'When the last free day of a first meeting is asked on %s, then it is %s (the end of the free rules; none when not free that day)',
    (date, until) => {
      expect(rules.firstMeetingFreeUntil(date)).toBe(until);
    },
  );

  it.each([
    ['2026-11-26', '2026-12-10', true],
    ['2026-12-28', '2027-01-11', false],
    ['2027-01-04', '2027-01-18', false],
  ])(
    'When a first meeting any day from %s to %s is asked about, then it is free: %s (free only if every regime then says so)',
    (from, to, free) => {
      expect(rules.firstMeetingFreeFromTo(from, to)).toBe(free);
    },
  );
});

describe('the regimes schema', () => {
  const load = (regimes: unknown[], change: Record<string, unknown> = {}) => ChequeRules.fromJson(testRulesFile(regimes, change));

  it('When a valid file is given, then it loads', () => {
    expect(load([testRegime('a', '2030-01-01', '2030-12-31'), testRegime('b', '2031-01-01', null)]).regimes).toHaveLength(2);
  });

  const gives = (amounts: unknown[]) => ({ gives: { cheques: sourced(1), hoursPerCheque: unknown, ownContributionEur: amounts } });

  it.each<[string, unknown[], Record<string, unknown>, RegExp]>([
    [
      'two regimes overlap',
      [testRegime('a', '2030-01-01', '2030-12-31'), testRegime('b', '2030-12-31', null)],
      {},
      /regimes\.1\.validFrom: overlaps the regime before it/,
    ],
    [
      'an open-ended regime is followed by another',
      [testRegime('a', '2030-01-01', null), testRegime('b', '2031-01-01', null)],
      {},
      /overlaps the regime before it/,
    ],
    [
      'regimes are out of date order',
      [testRegime('b', '2031-01-01', null), testRegime('a', '2030-01-01', '2030-12-31')],
      {},
      /overlaps the regime before it/,
    ],
    ['a date is not a calendar date', [testRegime('a', '2030-02-30', null)], {}, /regimes\.0\.validFrom\.value/],
    ['a date is not ISO', [testRegime('a', '01/01/2030', null)], {}, /validFrom/],
    ['a regime ends before it starts', [testRegime('a', '2030-01-01', '2029-12-31')], {}, /regimes\.0\.validTo: ends before it starts/],
    [
      'a confirmed regime has no conditions',
      [testRegime('a', '2030-01-01', null, { conditions: unknown })],
      {},
      /a confirmed regime needs conditions/,
    ],
    [
      'a known value has no source',
      [testRegime('a', '2030-01-01', null, { freeFirstMeeting: { value: true, status: 'official', sources: [] } })],
      {},
      /freeFirstMeeting\.sources: a known value needs at least one source/,
    ],
    [
      'a value is null but not marked unknown',
      [testRegime('a', '2030-01-01', null, { freeFirstMeeting: { value: null, status: 'reported', sources: ['test-source'] } })],
      {},
      /freeFirstMeeting\.status: is "unknown" exactly when the value is null/,
    ],
    [
      'a value names a source that is not listed',
      [testRegime('a', '2030-01-01', null, { freeFirstMeeting: { value: true, status: 'official', sources: ['nowhere'] } })],
      {},
      /"nowhere" is not in the file's sources/,
    ],
    [
      'a confirmed regime has announced values',
      [
        testRegime('a', '2030-01-01', null, {
          announced: { runBy: sourced('vdab'), hours: unknown, experienceYears: unknown, ownContributionEur: unknown, howToApply: unknown },
        }),
      ],
      {},
      /only a regime that is not confirmed has announced values/,
    ],
    [
      'a price period lies outside the regime',
      [testRegime('a', '2030-01-01', '2030-12-31', gives([{ from: '2030-01-01', to: '2031-01-31', eur: sourced(40) }]))],
      {},
      /lies outside the regime period/,
    ],
    [
      'two price periods overlap',
      [
        testRegime(
          'a',
          '2030-01-01',
          null,
          gives([
            { from: '2030-01-01', to: '2030-06-30', eur: sourced(40) },
            { from: '2030-06-30', to: '2030-12-31', eur: sourced(45) },
          ]),
        ),
      ],
      {},
      /overlaps the amount before it/,
    ],
    [
      'a residence is both accepted and unclear',
      [testRegime('a', '2030-01-01', null, { conditions: sourced({ ...testConditions, residence: ['flanders', 'brussels', 'abroad'] }) })],
      {},
      /"abroad" is both accepted and unclear/,
    ],
    [
      'Brussels is excluded (no reason code for that)',
      [testRegime('a', '2030-01-01', null, { conditions: sourced({ ...testConditions, residence: ['flanders'] }) })],
      {},
      /must accept "brussels"/,
    ],
    [
      'civil servants are excluded without a reason code',
      [testRegime('a', '2030-01-01', null, { conditions: sourced({ ...testConditions, workUnclear: ['helper', 'sick'] }) })],
      {},
      /must accept "civil_servant" or list it in workUnclear/,
    ],
    [
      'Wallonia is listed as unclear (no reason code for that)',
      [testRegime('a', '2030-01-01', null, { conditions: sourced({ ...testConditions, residenceUnclear: ['wallonia'] }) })],
      {},
      /residenceUnclear/,
    ],
    [
      'an unclear period has an unknown reason',
      [testRegime('a', '2030-01-01', null)],
      { unclearPeriods: [{ from: '2030-02-01', to: '2030-02-28', reason: 'because', note: 'x', sources: ['test-source'] }] },
      /unclearPeriods\.0\.reason/,
    ],
  ])('When %s, then the file is rejected with a line that names it', (_name, regimes, change, message) => {
    expect(() => load(regimes, change)).toThrow(RulesFileError);
    expect(() => load(regimes, change)).toThrow(message);
  });

  it('When several things are wrong, then every problem is listed on its own line', () => {
    try {
      load([testRegime('a', '2030-01-01', '2029-12-31', { confirmed: true, conditions: unknown })]);
      expect.unreachable('the file should be rejected');
    } catch (error) {
      expect((error as RulesFileError).problems).toStrictEqual([
        'regimes.0.validTo: ends before it starts',
        'regimes.0.conditions: a confirmed regime needs conditions',
      ]);
    }
  });
});

describe('a rules file from the operator (RULES_FILE)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rules-'));
  const write = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('When the file is valid, then its values are used: a confirmed price replaces the unknown one', () => {
    const confirmed = structuredClone(shipped);
    const transitional = confirmed.regimes[2];
    if (!transitional) throw new Error('the shipped file has a transitional regime');
    (transitional.gives.ownContributionEur as unknown[])[0] = {
      from: '2025-11-01',
      to: '2026-12-31',
      eur: { value: 50, status: 'official', sources: ['extranet-reform'], note: 'an example' },
    };
    const path = write('confirmed.json', JSON.stringify(confirmed));
    expect(ChequeRules.fromFile(path).termsOn('2026-12-15')?.ownContributionEur).toBe(50);
  });

  it('When the file is not JSON, then it is refused with a line saying so', () => {
    const path = write('broken.json', '{ "regimes": [');
    expect(() => ChequeRules.fromFile(path)).toThrow(/cannot be read as JSON/);
  });

  it('When the file does not exist, then it is refused with a line saying so', () => {
    expect(() => ChequeRules.fromFile(join(dir, 'missing.json'))).toThrow(/cannot be read as JSON: ENOENT/);
  });
});
