import { describe, expect, it } from 'vitest';
import shippedRules from '../../data/cheque-regimes.json' with { type: 'json' };
import { ChequeRules } from '../../src/domain/chequeRegimes.js';
import {
  EligibilityInput,
  eligibilityInputOn,
  evaluateAnswers,
  evaluateEligibility,
  nextQuestion,
  usedWithin,
  workStandingOn,
  type EligibilityAnswers,
  type EligibilityResult,
} from '../../src/domain/eligibility.js';
import { sourced, testConditions, testRegime, testRulesFile } from '../support/rules.js';

const rules = ChequeRules.load();

/** Someone who meets every condition of every confirmed regime since 2020. */
const ok: EligibilityInput = {
  residence: 'flanders',
  work: 'employee',
  yearsExperience: 10,
  chequeUsedOn: 'never',
  outplacement: false,
};

const ELIGIBLE = ['book_intake', 'order_cheque'] as const;
const PERSON = ['talk_to_person'] as const;

type Row = [name: string, date: string, input: Partial<EligibilityInput>, expected: EligibilityResult];

function check(rows: Row[]): void {
  it.each(rows)('%s', (_name, date, change, expected) => {
    expect(evaluateEligibility({ ...ok, ...change }, rules, date)).toStrictEqual(expected);
  });
}

describe('evaluateEligibility on the first and last day of every regime', () => {
  check([
    [
      'When the check is the day before the first regime (2013-06-30), then refer: no regime',
      '2013-06-30',
      {},
      { outcome: 'refer', reasons: ['no_regime'], regime: null, next: [...PERSON] },
    ],
    [
      'When the check is on 2013-07-01 with 10 years, then refer: recent work cannot be told from total years',
      '2013-07-01',
      {},
      { outcome: 'refer', reasons: ['recent_work_unknown'], regime: 'cheque-2013', next: [...PERSON] },
    ],
    [
      'When the check is on 2019-12-31 with 10 years, then refer: recent work cannot be told from total years',
      '2019-12-31',
      {},
      { outcome: 'refer', reasons: ['recent_work_unknown'], regime: 'cheque-2013', next: [...PERSON] },
    ],
    [
      'When the check is on 2020-01-01, then eligible under cheque-2020',
      '2020-01-01',
      {},
      { outcome: 'eligible', reasons: [], regime: 'cheque-2020', next: [...ELIGIBLE] },
    ],
    [
      'When the check is on 2025-09-30, then eligible under cheque-2020',
      '2025-09-30',
      {},
      { outcome: 'eligible', reasons: [], regime: 'cheque-2020', next: [...ELIGIBLE] },
    ],
    [
      'When the check is on 2025-10-01 (the sources disagree on the start of the new rules), then refer, saying why',
      '2025-10-01',
      {},
      { outcome: 'refer', reasons: ['start_date_unclear'], regime: 'cheque-2020', next: [...PERSON] },
    ],
    [
      'When the check is on 2025-10-31, then still refer: October 2025 is unclear',
      '2025-10-31',
      {},
      { outcome: 'refer', reasons: ['start_date_unclear'], regime: 'cheque-2020', next: [...PERSON] },
    ],
    [
      'When the check is on 2025-11-01, then eligible under transitional-2025',
      '2025-11-01',
      {},
      { outcome: 'eligible', reasons: [], regime: 'transitional-2025', next: [...ELIGIBLE] },
    ],
    [
      'When the check is on 2026-12-31, then eligible under transitional-2025',
      '2026-12-31',
      {},
      { outcome: 'eligible', reasons: [], regime: 'transitional-2025', next: [...ELIGIBLE] },
    ],
    [
      'When the check is on 2027-01-01, then refer: the rules are changing',
      '2027-01-01',
      {},
      { outcome: 'refer', reasons: ['rules_changing'], regime: 'loopbaankrediet-2027', next: [...PERSON] },
    ],
    [
      'When the check is long after 2027 and the person fails everything, then still refer: nothing is confirmed',
      '2031-05-05',
      { residence: 'wallonia', work: 'jobseeker', yearsExperience: 0, chequeUsedOn: '2020-01-01', outplacement: true },
      { outcome: 'refer', reasons: ['rules_changing', 'announced_experience_below'], regime: 'loopbaankrediet-2027', next: [...PERSON] },
    ],
    [
      'When the check is on 2027-01-01 with 6 years, then refer, and the reported 7 years are named',
      '2027-01-01',
      { yearsExperience: 6 },
      { outcome: 'refer', reasons: ['rules_changing', 'announced_experience_below'], regime: 'loopbaankrediet-2027', next: [...PERSON] },
    ],
    [
      'When the check is on 2027-01-01 with 7 years, then refer: nothing is adopted yet',
      '2027-01-01',
      { yearsExperience: 7 },
      { outcome: 'refer', reasons: ['rules_changing'], regime: 'loopbaankrediet-2027', next: [...PERSON] },
    ],
  ]);
});

describe('evaluateEligibility where the rules change between two days', () => {
  check([
    [
      'When someone with 6 years checks on 2019-12-31, then refer under the 12-in-24-months rule',
      '2019-12-31',
      { yearsExperience: 6 },
      { outcome: 'refer', reasons: ['recent_work_unknown'], regime: 'cheque-2013', next: [...PERSON] },
    ],
    [
      'When someone with 6 years checks on 2020-01-01, then not eligible: 7 years are needed',
      '2020-01-01',
      { yearsExperience: 6 },
      {
        outcome: 'not_eligible',
        reasons: ['too_little_experience'],
        regime: 'cheque-2020',
        next: ['sector_fund', 'ask_employer', 'paid_coaching'],
      },
    ],
    [
      'When someone with exactly 7 years checks on 2020-01-01, then eligible',
      '2020-01-01',
      { yearsExperience: 7 },
      { outcome: 'eligible', reasons: [], regime: 'cheque-2020', next: [...ELIGIBLE] },
    ],
    [
      'When someone with 6.9 years checks on 2026-12-31, then not eligible under the transitional regime too',
      '2026-12-31',
      { yearsExperience: 6.9 },
      {
        outcome: 'not_eligible',
        reasons: ['too_little_experience'],
        regime: 'transitional-2025',
        next: ['sector_fund', 'ask_employer', 'paid_coaching'],
      },
    ],
    [
      'When someone with exactly 7 years checks on 2025-11-01, then eligible',
      '2025-11-01',
      { yearsExperience: 7 },
      { outcome: 'eligible', reasons: [], regime: 'transitional-2025', next: [...ELIGIBLE] },
    ],
    [
      'When someone with 6 years checks on 2025-11-01, then not eligible',
      '2025-11-01',
      { yearsExperience: 6 },
      {
        outcome: 'not_eligible',
        reasons: ['too_little_experience'],
        regime: 'transitional-2025',
        next: ['sector_fund', 'ask_employer', 'paid_coaching'],
      },
    ],
    [
      'When someone who used a cheque in 2022 checks on 2025-09-30, then refer: a second cheque may be left',
      '2025-09-30',
      { chequeUsedOn: '2022-05-01' },
      { outcome: 'refer', reasons: ['may_have_second_cheque'], regime: 'cheque-2020', next: [...PERSON] },
    ],
    [
      'When someone who used a cheque in 2022 checks on 2025-11-01, then not eligible: the single cheque is for never-users',
      '2025-11-01',
      { chequeUsedOn: '2022-05-01' },
      {
        outcome: 'not_eligible',
        reasons: ['used_cheque_before'],
        regime: 'transitional-2025',
        next: ['sector_fund', 'ask_employer', 'paid_coaching', 'wait_for_2027'],
      },
    ],
  ]);
});

describe('evaluateEligibility under the 2013 rule (12 months of work in the last 24)', () => {
  check([
    [
      'When someone never worked, then not eligible',
      '2016-04-01',
      { yearsExperience: 0 },
      {
        outcome: 'not_eligible',
        reasons: ['too_little_experience'],
        regime: 'cheque-2013',
        next: ['sector_fund', 'ask_employer', 'paid_coaching'],
      },
    ],
    [
      'When someone worked half a year in their whole career, then not eligible',
      '2016-04-01',
      { yearsExperience: 0.5 },
      {
        outcome: 'not_eligible',
        reasons: ['too_little_experience'],
        regime: 'cheque-2013',
        next: ['sector_fund', 'ask_employer', 'paid_coaching'],
      },
    ],
    [
      'When a self-employed person has too few years, then the same other ways, but no employer to ask',
      '2026-03-01',
      { work: 'self_employed', yearsExperience: 3 },
      {
        outcome: 'not_eligible',
        reasons: ['too_little_experience'],
        regime: 'transitional-2025',
        next: ['sector_fund', 'paid_coaching'],
      },
    ],
    [
      'When someone worked exactly 1 year in their whole career, then refer: it may or may not be recent',
      '2016-04-01',
      { yearsExperience: 1 },
      { outcome: 'refer', reasons: ['recent_work_unknown'], regime: 'cheque-2013', next: [...PERSON] },
    ],
    [
      'When someone with 20 years used a cheque 2 years ago, then refer for both',
      '2016-04-01',
      { yearsExperience: 20, chequeUsedOn: '2014-04-01' },
      { outcome: 'refer', reasons: ['recent_work_unknown', 'may_have_second_cheque'], regime: 'cheque-2013', next: [...PERSON] },
    ],
    [
      'When someone with 20 years is in outplacement, then not eligible: the failure wins over the unknown',
      '2016-04-01',
      { yearsExperience: 20, outplacement: true },
      { outcome: 'not_eligible', reasons: ['outplacement'], regime: 'cheque-2013', next: ['outplacement_programme'] },
    ],
  ]);
});

describe('evaluateEligibility for every work status', () => {
  check([
    [
      'When an employee checks, then eligible',
      '2026-03-01',
      { work: 'employee' },
      { outcome: 'eligible', reasons: [], regime: 'transitional-2025', next: [...ELIGIBLE] },
    ],
    [
      'When a self-employed person checks, then eligible',
      '2026-03-01',
      { work: 'self_employed' },
      { outcome: 'eligible', reasons: [], regime: 'transitional-2025', next: [...ELIGIBLE] },
    ],
    [
      'When a statutory civil servant checks, then refer: the sources do not say',
      '2026-03-01',
      { work: 'civil_servant' },
      { outcome: 'refer', reasons: ['unclear_civil_servant'], regime: 'transitional-2025', next: [...PERSON] },
    ],
    [
      'When someone self-employed in bijberoep checks, then refer: the sources do not say',
      '2026-03-01',
      { work: 'side_self_employed' },
      { outcome: 'refer', reasons: ['unclear_side_self_employed'], regime: 'transitional-2025', next: [...PERSON] },
    ],
    [
      'When a working pensioner checks, then refer: the sources do not say',
      '2026-03-01',
      { work: 'working_pensioner' },
      { outcome: 'refer', reasons: ['unclear_working_pensioner'], regime: 'transitional-2025', next: [...PERSON] },
    ],
    [
      "When someone on a full career break checks, then refer: the sources' table does not have it",
      '2026-03-01',
      { work: 'career_break' },
      { outcome: 'refer', reasons: ['unclear_career_break'], regime: 'transitional-2025', next: [...PERSON] },
    ],
    [
      'When someone in a notice period or on birth leave checks, then refer: probably yes while the contract runs, but online orders are refused',
      '2026-03-01',
      { work: 'on_leave' },
      { outcome: 'refer', reasons: ['unclear_on_leave'], regime: 'transitional-2025', next: [...PERSON] },
    ],
    [
      'When someone off sick checks, then refer: it counts as work only with a running contract, which is not asked',
      '2026-03-01',
      { work: 'sick' },
      { outcome: 'refer', reasons: ['unclear_sick'], regime: 'transitional-2025', next: [...PERSON] },
    ],
    [
      'When a helper or assisting spouse checks, then refer: the sources do not say',
      '2026-03-01',
      { work: 'helper' },
      { outcome: 'refer', reasons: ['unclear_helper'], regime: 'transitional-2025', next: [...PERSON] },
    ],
    [
      'When a jobseeker in Flanders checks, then not eligible and pointed to a VDAB job coach',
      '2026-03-01',
      { work: 'jobseeker' },
      { outcome: 'not_eligible', reasons: ['jobseeker'], regime: 'transitional-2025', next: ['jobseeker_coach'] },
    ],
    [
      'When a jobseeker in Brussels checks, then not eligible and pointed to Actiris',
      '2026-03-01',
      { work: 'jobseeker', residence: 'brussels' },
      { outcome: 'not_eligible', reasons: ['jobseeker'], regime: 'transitional-2025', next: ['actiris'] },
    ],
    [
      'When a jobseeker living abroad checks, then not eligible and pointed to a person',
      '2026-03-01',
      { work: 'jobseeker', residence: 'abroad' },
      { outcome: 'not_eligible', reasons: ['jobseeker'], regime: 'transitional-2025', next: ['talk_to_person'] },
    ],
    [
      'When someone not working checks, then not eligible and pointed to VDAB for other support',
      '2026-03-01',
      { work: 'not_working' },
      { outcome: 'not_eligible', reasons: ['not_working'], regime: 'transitional-2025', next: ['vdab_other_support'] },
    ],
    [
      'When a student checks, then not eligible',
      '2026-03-01',
      { work: 'student' },
      { outcome: 'not_eligible', reasons: ['student'], regime: 'transitional-2025', next: ['vdab_other_support'] },
    ],
    [
      'When a retired person checks, then not eligible',
      '2026-03-01',
      { work: 'retired' },
      { outcome: 'not_eligible', reasons: ['retired'], regime: 'transitional-2025', next: ['vdab_other_support'] },
    ],
    [
      'When someone off sick checks under cheque-2020, then refer too',
      '2021-03-01',
      { work: 'sick' },
      { outcome: 'refer', reasons: ['unclear_sick'], regime: 'cheque-2020', next: [...PERSON] },
    ],
    [
      'When a civil servant checks under cheque-2020, then refer too',
      '2021-03-01',
      { work: 'civil_servant' },
      { outcome: 'refer', reasons: ['unclear_civil_servant'], regime: 'cheque-2020', next: [...PERSON] },
    ],
  ]);
});

describe('evaluateEligibility for every residence', () => {
  check([
    [
      'When someone lives in Flanders, then eligible',
      '2026-03-01',
      { residence: 'flanders' },
      { outcome: 'eligible', reasons: [], regime: 'transitional-2025', next: [...ELIGIBLE] },
    ],
    [
      'When someone lives in Brussels, then eligible',
      '2026-03-01',
      { residence: 'brussels' },
      { outcome: 'eligible', reasons: [], regime: 'transitional-2025', next: [...ELIGIBLE] },
    ],
    [
      'When someone lives in Wallonia, then not eligible and pointed to Forem',
      '2026-03-01',
      { residence: 'wallonia' },
      { outcome: 'not_eligible', reasons: ['lives_outside_flanders_brussels'], regime: 'transitional-2025', next: ['forem'] },
    ],
    [
      'When someone lives abroad, then refer: only some cases qualify',
      '2026-03-01',
      { residence: 'abroad' },
      { outcome: 'refer', reasons: ['lives_abroad'], regime: 'transitional-2025', next: [...PERSON] },
    ],
    [
      'When someone lives in Wallonia under cheque-2020, then not eligible too',
      '2021-03-01',
      { residence: 'wallonia' },
      { outcome: 'not_eligible', reasons: ['lives_outside_flanders_brussels'], regime: 'cheque-2020', next: ['forem'] },
    ],
  ]);
});

describe('evaluateEligibility with "I don\'t know" answers', () => {
  check([
    [
      'When the years of experience are unknown, then refer',
      '2026-03-01',
      { yearsExperience: null },
      { outcome: 'refer', reasons: ['experience_unknown'], regime: 'transitional-2025', next: [...PERSON] },
    ],
    [
      'When previous use is unknown, then refer',
      '2026-03-01',
      { chequeUsedOn: 'unknown' },
      { outcome: 'refer', reasons: ['previous_use_unknown'], regime: 'transitional-2025', next: [...PERSON] },
    ],
    [
      'When previous use is unknown under cheque-2020, then refer',
      '2021-03-01',
      { chequeUsedOn: 'unknown' },
      { outcome: 'refer', reasons: ['previous_use_unknown'], regime: 'cheque-2020', next: [...PERSON] },
    ],
    [
      'When the years are unknown under the 2013 rule, then refer',
      '2016-04-01',
      { yearsExperience: null },
      { outcome: 'refer', reasons: ['experience_unknown'], regime: 'cheque-2013', next: [...PERSON] },
    ],
    [
      'When everything unclear comes together, then refer listing every unclear point in order',
      '2026-03-01',
      { residence: 'abroad', work: 'helper', yearsExperience: null, chequeUsedOn: 'unknown' },
      {
        outcome: 'refer',
        reasons: ['lives_abroad', 'unclear_helper', 'experience_unknown', 'previous_use_unknown'],
        regime: 'transitional-2025',
        next: [...PERSON],
      },
    ],
    [
      'When a jobseeker does not know their years, then not eligible, not refer',
      '2026-03-01',
      { work: 'jobseeker', yearsExperience: null },
      { outcome: 'not_eligible', reasons: ['jobseeker'], regime: 'transitional-2025', next: ['jobseeker_coach'] },
    ],
    [
      'When someone with 3 years does not know about previous use, then not eligible',
      '2026-03-01',
      { yearsExperience: 3, chequeUsedOn: 'unknown' },
      {
        outcome: 'not_eligible',
        reasons: ['too_little_experience'],
        regime: 'transitional-2025',
        next: ['sector_fund', 'ask_employer', 'paid_coaching'],
      },
    ],
    [
      'When someone living abroad is in outplacement, then not eligible',
      '2026-03-01',
      { residence: 'abroad', outplacement: true },
      { outcome: 'not_eligible', reasons: ['outplacement'], regime: 'transitional-2025', next: ['outplacement_programme'] },
    ],
  ]);
});

describe('evaluateEligibility with outplacement', () => {
  check([
    [
      'When someone is in outplacement, then not eligible and pointed to the outplacement itself',
      '2026-03-01',
      { outplacement: true },
      { outcome: 'not_eligible', reasons: ['outplacement'], regime: 'transitional-2025', next: ['outplacement_programme'] },
    ],
    [
      'When someone is in outplacement under cheque-2020, then not eligible',
      '2021-03-01',
      { outplacement: true },
      { outcome: 'not_eligible', reasons: ['outplacement'], regime: 'cheque-2020', next: ['outplacement_programme'] },
    ],
  ]);
});

describe('evaluateEligibility with several failures at once', () => {
  check([
    [
      'When every condition fails, then every reason is listed in the order of the conditions',
      '2026-01-01',
      { residence: 'wallonia', work: 'jobseeker', yearsExperience: 2, chequeUsedOn: '2020-01-01', outplacement: true },
      {
        outcome: 'not_eligible',
        reasons: ['lives_outside_flanders_brussels', 'jobseeker', 'too_little_experience', 'used_cheque_before', 'outplacement'],
        regime: 'transitional-2025',
        next: ['forem', 'outplacement_programme'],
      },
    ],
    [
      'When a worker has too little experience, used a cheque and is in outplacement, then all three with their alternatives',
      '2026-01-01',
      { yearsExperience: 3, chequeUsedOn: '2019-05-01', outplacement: true },
      {
        outcome: 'not_eligible',
        reasons: ['too_little_experience', 'used_cheque_before', 'outplacement'],
        regime: 'transitional-2025',
        next: ['sector_fund', 'ask_employer', 'paid_coaching', 'wait_for_2027', 'outplacement_programme'],
      },
    ],
    [
      'When a student without experience is in outplacement, then both reasons',
      '2021-03-01',
      { work: 'student', yearsExperience: 0, outplacement: true },
      {
        outcome: 'not_eligible',
        reasons: ['student', 'too_little_experience', 'outplacement'],
        regime: 'cheque-2020',
        next: ['vdab_other_support', 'outplacement_programme'],
      },
    ],
    [
      'When a Walloon worker used a cheque before, then no VDAB-only suggestion like the 2027 credit',
      '2026-01-01',
      { residence: 'wallonia', chequeUsedOn: '2019-05-01' },
      {
        outcome: 'not_eligible',
        reasons: ['lives_outside_flanders_brussels', 'used_cheque_before'],
        regime: 'transitional-2025',
        next: ['forem', 'sector_fund', 'ask_employer', 'paid_coaching'],
      },
    ],
    [
      'When a jobseeker used a cheque before, then only the jobseeker help',
      '2026-01-01',
      { work: 'jobseeker', chequeUsedOn: '2019-05-01' },
      { outcome: 'not_eligible', reasons: ['jobseeker', 'used_cheque_before'], regime: 'transitional-2025', next: ['jobseeker_coach'] },
    ],
  ]);
});

describe('evaluateEligibility at the 6-year portfolio boundary (cheque-2020)', () => {
  check([
    [
      'When the cheque was used exactly 6 years ago, then eligible: a new portfolio',
      '2021-03-01',
      { chequeUsedOn: '2015-03-01' },
      { outcome: 'eligible', reasons: [], regime: 'cheque-2020', next: [...ELIGIBLE] },
    ],
    [
      'When the cheque was used 6 years minus 1 day ago, then refer: the second cheque may be left',
      '2021-03-01',
      { chequeUsedOn: '2015-03-02' },
      { outcome: 'refer', reasons: ['may_have_second_cheque'], regime: 'cheque-2020', next: [...PERSON] },
    ],
    [
      'When the cheque was used today, then refer',
      '2021-03-01',
      { chequeUsedOn: '2021-03-01' },
      { outcome: 'refer', reasons: ['may_have_second_cheque'], regime: 'cheque-2020', next: [...PERSON] },
    ],
    [
      'When the check is on 29 February and the use on 28 February 6 years before, then eligible',
      '2024-02-29',
      { chequeUsedOn: '2018-02-28' },
      { outcome: 'eligible', reasons: [], regime: 'cheque-2020', next: [...ELIGIBLE] },
    ],
    [
      'When the check is on 29 February and the use on 1 March 6 years before, then refer',
      '2024-02-29',
      { chequeUsedOn: '2018-03-01' },
      { outcome: 'refer', reasons: ['may_have_second_cheque'], regime: 'cheque-2020', next: [...PERSON] },
    ],
    [
      'When the cheque was used long ago under the transitional regime, then still not eligible',
      '2026-03-01',
      { chequeUsedOn: '2014-01-01' },
      {
        outcome: 'not_eligible',
        reasons: ['used_cheque_before'],
        regime: 'transitional-2025',
        next: ['sector_fund', 'ask_employer', 'paid_coaching', 'wait_for_2027'],
      },
    ],
  ]);

  it.each([
    ['2015-03-01', 6, '2021-03-01', false],
    ['2015-03-02', 6, '2021-03-01', true],
    ['2018-02-28', 6, '2024-02-29', false],
    ['2018-03-01', 6, '2024-02-29', true],
    ['2014-12-31', 6, '2020-12-31', false],
  ] as const)('When %s is checked against %i years before %s, then within = %s', (usedOn, years, date, within) => {
    expect(usedWithin(usedOn, years, date)).toBe(within);
  });
});

describe('the input contract', () => {
  it('When the input has an unknown field, then it is rejected', () => {
    expect(EligibilityInput.safeParse({ ...ok, age: 40 }).success).toBe(false);
  });

  it.each([
    ['residence', { residence: 'mars' }],
    ['work', { work: 'unemployed' }],
    ['yearsExperience', { yearsExperience: -1 }],
    ['yearsExperience', { yearsExperience: '7' }],
    ['chequeUsedOn', { chequeUsedOn: '2023-02-30' }],
    ['chequeUsedOn', { chequeUsedOn: 'yes' }],
    ['outplacement', { outplacement: 'no' }],
  ] as const)('When %s is %j, then that field is rejected', (field, change) => {
    const result = eligibilityInputOn('2026-03-01').safeParse({ ...ok, ...change });
    expect(result.error?.issues.map((i) => i.path)).toStrictEqual([[field]]);
  });

  it('When a field is missing, then it is named as required', () => {
    const { outplacement: _omitted, ...rest } = ok;
    const result = eligibilityInputOn('2026-03-01').safeParse(rest);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toStrictEqual([[['outplacement'], 'is required']]);
  });

  it('When the cheque was used after the check date, then it is rejected', () => {
    const result = eligibilityInputOn('2026-03-01').safeParse({ ...ok, chequeUsedOn: '2026-03-02' });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toStrictEqual([
      [['chequeUsedOn'], 'must not be after the check date 2026-03-01'],
    ]);
    expect(() => evaluateEligibility({ ...ok, chequeUsedOn: '2026-03-02' }, rules, '2026-03-01')).toThrow();
  });

  it('When the cheque was used on the check date itself, then it is accepted', () => {
    expect(eligibilityInputOn('2026-03-01').safeParse({ ...ok, chequeUsedOn: '2026-03-01' }).success).toBe(true);
  });

  it('When the check date is not a calendar date, then evaluateEligibility throws', () => {
    expect(() => evaluateEligibility(ok, rules, '2026-02-30')).toThrow(RangeError);
  });
});

describe('nextQuestion', () => {
  type QRow = [name: string, date: string, answers: EligibilityAnswers, expected: ReturnType<typeof nextQuestion>];
  it.each<QRow>([
    ['When nothing is asked yet, then ask residence', '2026-03-01', {}, 'residence'],
    ['When the person lives in Flanders, then ask work', '2026-03-01', { residence: 'flanders' }, 'work'],
    ['When the person lives in Wallonia, then ask nothing more', '2026-03-01', { residence: 'wallonia' }, null],
    ['When the person lives abroad, then keep asking: a later "no" would win', '2026-03-01', { residence: 'abroad' }, 'work'],
    ['When the person is a jobseeker, then do not ask about experience', '2026-03-01', { residence: 'flanders', work: 'jobseeker' }, null],
    ['When the person is retired, then ask nothing more', '2026-03-01', { residence: 'brussels', work: 'retired' }, null],
    [
      'When the person is an employee, then ask the years of experience',
      '2026-03-01',
      { residence: 'flanders', work: 'employee' },
      'yearsExperience',
    ],
    [
      'When the person is a civil servant, then keep asking',
      '2026-03-01',
      { residence: 'flanders', work: 'civil_servant' },
      'yearsExperience',
    ],
    [
      'When the person has 3 years, then ask nothing more',
      '2026-03-01',
      { residence: 'flanders', work: 'employee', yearsExperience: 3 },
      null,
    ],
    [
      'When the person has 10 years, then ask about previous use',
      '2026-03-01',
      { residence: 'flanders', work: 'employee', yearsExperience: 10 },
      'chequeUsedOn',
    ],
    [
      'When the person does not know the years, then it counts as answered: ask about previous use',
      '2026-03-01',
      { residence: 'flanders', work: 'employee', yearsExperience: null },
      'chequeUsedOn',
    ],
    [
      'When the person used a cheque under the transitional regime, then ask nothing more',
      '2026-03-01',
      { residence: 'flanders', work: 'employee', yearsExperience: 10, chequeUsedOn: '2020-01-01' },
      null,
    ],
    [
      'When the person used a cheque within 6 years under cheque-2020, then still ask about outplacement',
      '2021-03-01',
      { residence: 'flanders', work: 'employee', yearsExperience: 10, chequeUsedOn: '2020-01-01' },
      'outplacement',
    ],
    [
      'When everything but outplacement is answered, then ask outplacement',
      '2026-03-01',
      { residence: 'flanders', work: 'employee', yearsExperience: 10, chequeUsedOn: 'never' },
      'outplacement',
    ],
    [
      'When every answer is unclear, then still ask outplacement',
      '2026-03-01',
      { residence: 'abroad', work: 'helper', yearsExperience: null, chequeUsedOn: 'unknown' },
      'outplacement',
    ],
    ['When everything is answered, then ask nothing more', '2026-03-01', { ...ok }, null],
    [
      'When the date is in the unconfirmed 2027 regime, then only the reported years of experience are asked',
      '2027-01-01',
      {},
      'yearsExperience',
    ],
    ['When the years are known under the 2027 regime, then nothing more is asked', '2027-01-01', { yearsExperience: 9 }, null],
    ['When the date is before the first regime, then ask nothing', '2013-06-30', {}, null],
  ])('%s', (_name, date, answers, expected) => {
    expect(nextQuestion(answers, rules, date)).toBe(expected);
  });

  it('When the person lives in Wallonia, then the early verdict says why', () => {
    expect(evaluateAnswers({ residence: 'wallonia' }, rules, '2026-03-01')).toStrictEqual({
      outcome: 'not_eligible',
      reasons: ['lives_outside_flanders_brussels'],
      regime: 'transitional-2025',
      next: ['forem'],
    });
  });

  it('When a jobseeker stops early, then the verdict lists the jobseeker reason', () => {
    expect(evaluateAnswers({ residence: 'flanders', work: 'jobseeker' }, rules, '2026-03-01')).toStrictEqual({
      outcome: 'not_eligible',
      reasons: ['jobseeker'],
      regime: 'transitional-2025',
      next: ['jobseeker_coach'],
    });
  });

  it('When a question is still open, then there is no verdict yet', () => {
    expect(evaluateAnswers({ residence: 'flanders', work: 'employee' }, rules, '2026-03-01')).toBeNull();
  });

  it('When the 2027 regime is in force, then the verdict waits for the years, then is refer', () => {
    expect(evaluateAnswers({}, rules, '2027-01-01')).toBeNull();
    expect(evaluateAnswers({ yearsExperience: null }, rules, '2027-01-01')).toStrictEqual({
      outcome: 'refer',
      reasons: ['rules_changing'],
      regime: 'loopbaankrediet-2027',
      next: ['talk_to_person'],
    });
  });

  it('When the data confirms that centres still offer a free first meeting under announced rules, then booking one comes first', () => {
    const shippedRaw = structuredClone(shippedRules) as { regimes: { freeFirstMeeting: unknown }[] };
    const credit = shippedRaw.regimes[3];
    if (!credit) throw new Error('the shipped file has a 2027 regime');
    credit.freeFirstMeeting = { value: true, status: 'official', sources: ['extranet-reform'] };
    expect(evaluateAnswers({ yearsExperience: 9 }, ChequeRules.fromJson(shippedRaw), '2027-03-01')?.next).toStrictEqual([
      'book_intake',
      'talk_to_person',
    ]);
  });

  it('When a regime does not exclude outplacement, then outplacement is never asked (data, not code)', () => {
    const noOutplacementRule = ChequeRules.fromJson(
      testRulesFile([
        testRegime('test-regime', '2030-01-01', null, {
          conditions: sourced({
            ...testConditions,
            residenceUnclear: [],
            work: [
              'employee',
              'self_employed',
              'civil_servant',
              'helper',
              'sick',
              'side_self_employed',
              'working_pensioner',
              'career_break',
              'on_leave',
            ],
            workUnclear: [],
            outplacementExcluded: false,
          }),
        }),
      ]),
    );
    const answers: EligibilityAnswers = { residence: 'flanders', work: 'helper', yearsExperience: 8, chequeUsedOn: 'never' };
    expect(nextQuestion(answers, noOutplacementRule, '2030-06-01')).toBeNull();
    expect(evaluateAnswers(answers, noOutplacementRule, '2030-06-01')).toStrictEqual({
      outcome: 'eligible',
      reasons: [],
      regime: 'test-regime',
      next: ['book_intake', 'order_cheque'],
    });
  });

  it('When an answer has an unknown field, then nextQuestion throws', () => {
    expect(() => nextQuestion({ age: 40 } as EligibilityAnswers, rules, '2026-03-01')).toThrow();
  });
});

describe('workStandingOn: how the rules take one kind of work on its own', () => {
  it.each([
    ['self_employed', '2026-12-03', { status: 'accepted' }],
    ['employee', '2026-12-03', { status: 'accepted' }],
    ['student', '2026-12-03', { status: 'excluded', reason: 'student' }],
    ['jobseeker', '2026-12-03', { status: 'excluded', reason: 'jobseeker' }],
    ['retired', '2024-05-01', { status: 'excluded', reason: 'retired' }],
    ['side_self_employed', '2026-12-03', { status: 'unclear', reason: 'unclear_side_self_employed' }],
  ] as const)('When "%s" is asked about on %s, Then it is %j', (work, date, standing) => {
    expect(workStandingOn(work, rules, date)).toEqual(standing);
  });

  it('When the rules are only announced (2027) or the sources disagree on the day (October 2025), Then nothing is said of it', () => {
    expect(workStandingOn('self_employed', rules, '2027-01-02')).toBeUndefined();
    expect(workStandingOn('self_employed', rules, '2025-10-15')).toBeUndefined();
  });
});
