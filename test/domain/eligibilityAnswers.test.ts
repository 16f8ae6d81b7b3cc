import { describe, expect, it } from 'vitest';
import { ChequeRules } from '../../src/domain/chequeRegimes.js';
import {
  newCheck,
  nextCheckQuestion,
  record,
  verdictOf,
  type Answers,
  type CheckQuestion,
  type EligibilityCheck,
} from '../../src/domain/eligibilityAnswers.js';

const rules = ChequeRules.load();

/** A check on `date` with these answers recorded in order. */
function checkWith(date: string, ...answers: [CheckQuestion, Answers[CheckQuestion]][]): EligibilityCheck {
  return answers.reduce((check, [question, answer]) => record(check, question, answer as never, rules), newCheck(date));
}

describe('from answers to engine input: one row per question', () => {
  it.each<[string, string, [CheckQuestion, string][], EligibilityCheck['input']]>([
    ['a range of years becomes its lower bound (7 since 2020)', '2026-11-26', [['years', 'at_least']], { yearsExperience: 7 }],
    ['"less than" becomes 0', '2026-11-26', [['years', 'below']], { yearsExperience: 0 }],
    ['"I don\'t know" the years becomes null', '2026-11-26', [['years', 'unknown']], { yearsExperience: null }],
    ['under the 2013 rule the range is about 1 year', '2018-03-01', [['years', 'at_least']], { yearsExperience: 1 }],
    ['"never used" stays "never"', '2026-11-26', [['chequeUsed', 'never']], { chequeUsedOn: 'never' }],
    [
      '"used" under the never-used rule becomes the check date: any use fails',
      '2026-11-26',
      [['chequeUsed', 'yes']],
      { chequeUsedOn: '2026-11-26' },
    ],
    ['"used" under a 6-year portfolio waits for when', '2021-03-01', [['chequeUsed', 'yes']], {}],
    [
      'used within 6 years becomes the check date',
      '2021-03-01',
      [
        ['chequeUsed', 'yes'],
        ['chequeWhen', 'yes'],
      ],
      { chequeUsedOn: '2021-03-01' },
    ],
    [
      'used longer ago becomes 1 January of the year before the window',
      '2021-03-01',
      [
        ['chequeUsed', 'yes'],
        ['chequeWhen', 'no'],
      ],
      { chequeUsedOn: '2014-01-01' },
    ],
    [
      '"I don\'t know" when becomes "unknown"',
      '2021-03-01',
      [
        ['chequeUsed', 'yes'],
        ['chequeWhen', 'unknown'],
      ],
      { chequeUsedOn: 'unknown' },
    ],
    ['outplacement yes becomes true', '2026-11-26', [['outplacement', 'yes']], { outplacement: true }],
    [
      '"I don\'t know" where the engine has no value gives no input',
      '2026-11-26',
      [
        ['residence', 'unknown'],
        ['outplacement', 'unknown'],
      ],
      {},
    ],
  ])('When %s, Then the engine gets exactly that', (_name, date, answers, input) => {
    expect(checkWith(date, ...(answers as [CheckQuestion, Answers[CheckQuestion]][])).input).toStrictEqual(input);
  });

  it('When an earlier question is answered again, Then the answers after it are dropped', () => {
    const check = checkWith('2026-11-26', ['residence', 'flanders'], ['work', 'employee'], ['years', 'at_least'], ['work', 'student']);
    expect(check.said).toStrictEqual({ residence: 'flanders', work: 'student' });
    expect(check.input).toStrictEqual({ residence: 'flanders', work: 'student' });
  });
});

describe('the verdict and the next question', () => {
  it('When residence is not known, Then a person looks at it at once with that reason', () => {
    const check = checkWith('2026-11-26', ['residence', 'unknown']);
    expect(nextCheckQuestion(check, rules)).toBeNull();
    expect(verdictOf(check, rules)).toStrictEqual({
      outcome: 'refer',
      reasons: ['residence_unknown'],
      regime: 'transitional-2025',
      next: ['talk_to_person'],
    });
  });

  it('When outplacement is not known and all else is fine, Then refer with that reason instead of a yes', () => {
    const check = checkWith(
      '2026-11-26',
      ['residence', 'flanders'],
      ['work', 'employee'],
      ['years', 'at_least'],
      ['chequeUsed', 'never'],
      ['outplacement', 'unknown'],
    );
    expect(verdictOf(check, rules)).toStrictEqual({
      outcome: 'refer',
      reasons: ['outplacement_unknown'],
      regime: 'transitional-2025',
      next: ['talk_to_person'],
    });
  });

  it('When enough years were part-time, Then a person looks at it (how part-time counts is not known); too few stays a "no"', () => {
    const partTime = (years: 'at_least' | 'below', outplacement: 'no' | 'unknown' = 'no') => {
      const check = checkWith(
        '2026-11-26',
        ['residence', 'flanders'],
        ['work', 'employee'],
        ['years', years],
        ['chequeUsed', 'never'],
        ['outplacement', outplacement],
      );
      const said = check.said.years && { ...check.said.years, partTime: true as const };
      return verdictOf({ ...check, said: { ...check.said, ...(said && { years: said }) } }, rules);
    };
    expect(partTime('at_least')).toStrictEqual({
      outcome: 'refer',
      reasons: ['part_time_years'],
      regime: 'transitional-2025',
      next: ['talk_to_person'],
    });
    expect(partTime('at_least', 'unknown')?.reasons).toEqual(['part_time_years', 'outplacement_unknown']);
    expect(partTime('below')?.outcome).toBe('not_eligible');
  });

  it('When part-time years reach the minimum even counted pro rata, Then yes under either reading; below it, or not known, a person looks at it', () => {
    const check = checkWith(
      '2026-11-26',
      ['residence', 'flanders'],
      ['work', 'employee'],
      ['years', 'at_least'],
      ['chequeUsed', 'never'],
      ['outplacement', 'no'],
    );
    const withProRata = (proRata?: number) => {
      const years = check.said.years && { ...check.said.years, partTime: true as const, ...(proRata !== undefined && { proRata }) };
      return verdictOf({ ...check, said: { ...check.said, ...(years && { years }) } }, rules)?.outcome;
    };
    expect(withProRata(16)).toBe('eligible');
    expect(withProRata(7)).toBe('eligible');
    expect(withProRata(6.4)).toBe('refer');
    expect(withProRata()).toBe('refer');
  });

  it('When outplacement is not known but a definite "no" stands, Then the "no" stays', () => {
    const check = checkWith(
      '2026-11-26',
      ['residence', 'flanders'],
      ['work', 'employee'],
      ['years', 'at_least'],
      ['chequeUsed', 'yes'],
      ['outplacement', 'unknown'],
    );
    expect(verdictOf(check, rules)?.outcome).toBe('not_eligible');
  });

  it.each<[string, string, [CheckQuestion, string][], CheckQuestion | null]>([
    ['nothing answered: residence first', '2026-11-26', [], 'residence'],
    [
      'a jobseeker: nothing more',
      '2026-11-26',
      [
        ['residence', 'flanders'],
        ['work', 'jobseeker'],
      ],
      null,
    ],
    [
      '"used" under a portfolio: when',
      '2021-03-01',
      [
        ['residence', 'flanders'],
        ['work', 'employee'],
        ['years', 'at_least'],
        ['chequeUsed', 'yes'],
      ],
      'chequeWhen',
    ],
    ['the loopbaankrediet: only the years', '2027-01-02', [], 'years'],
  ])('When %s, Then the next question is as expected', (_name, date, answers, next) => {
    expect(nextCheckQuestion(checkWith(date, ...(answers as [CheckQuestion, Answers[CheckQuestion]][])), rules)).toBe(next);
  });
});
