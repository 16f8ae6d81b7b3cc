import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testRegime, testRulesFile } from '../support/rules.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the real CLI from the repository root, as `npm run eligibility` does (tsx). */
function cli(args: string[], stdin: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/eligibility.ts', ...args], {
    cwd: repoRoot,
    input: stdin,
    encoding: 'utf8',
    timeout: 15_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const good = '{"residence":"flanders","work":"employee","yearsExperience":8,"chequeUsedOn":"never","outplacement":false}';

describe('the eligibility CLI', () => {
  it('When a good input is piped in with --date, then it prints one JSON line with the verdict and exits 0', () => {
    const { status, stdout, stderr } = cli(['--date', '2026-11-26'], good);
    expect({ status, stderr }).toStrictEqual({ status: 0, stderr: '' });
    expect(stdout).toBe('{"outcome":"eligible","reasons":[],"regime":"transitional-2025","next":["book_intake","order_cheque"]}\n');
  });

  it('When --date=VALUE is used and several reasons fail, then all of them are printed', () => {
    const input = '{"residence":"wallonia","work":"jobseeker","yearsExperience":null,"chequeUsedOn":"unknown","outplacement":true}';
    const { status, stdout } = cli(['--date=2021-03-01'], input);
    expect(status).toBe(0);
    expect(stdout).toBe(
      '{"outcome":"not_eligible","reasons":["lives_outside_flanders_brussels","jobseeker","outplacement"],"regime":"cheque-2020","next":["forem","outplacement_programme"]}\n',
    );
  });

  it('When the date is before 2013-07-01, then it prints refer with no regime', () => {
    expect(cli(['--date', '2013-06-30'], good).stdout).toBe(
      '{"outcome":"refer","reasons":["no_regime"],"regime":null,"next":["talk_to_person"]}\n',
    );
  });

  // The output at each date where the rules change, pinned: what an operator or a caseworker sees.
  const eligible = (regime: string) => `{"outcome":"eligible","reasons":[],"regime":"${regime}","next":["book_intake","order_cheque"]}`;
  const unclearOctober = '{"outcome":"refer","reasons":["start_date_unclear"],"regime":"cheque-2020","next":["talk_to_person"]}';
  const credit = '{"outcome":"refer","reasons":["rules_changing"],"regime":"loopbaankrediet-2027","next":["talk_to_person"]}';
  it.each([
    ['2013-06-30', '{"outcome":"refer","reasons":["no_regime"],"regime":null,"next":["talk_to_person"]}'],
    ['2013-07-01', '{"outcome":"refer","reasons":["recent_work_unknown"],"regime":"cheque-2013","next":["talk_to_person"]}'],
    ['2019-12-31', '{"outcome":"refer","reasons":["recent_work_unknown"],"regime":"cheque-2013","next":["talk_to_person"]}'],
    ['2020-01-01', eligible('cheque-2020')],
    ['2025-02-28', eligible('cheque-2020')],
    ['2025-03-01', eligible('cheque-2020')],
    ['2025-09-30', eligible('cheque-2020')],
    ['2025-10-01', unclearOctober],
    ['2025-10-31', unclearOctober],
    ['2025-11-01', eligible('transitional-2025')],
    ['2026-12-15', eligible('transitional-2025')],
    ['2026-12-31', eligible('transitional-2025')],
    ['2027-01-01', credit],
    ['2027-01-02', credit],
  ])('When the check is dated %s, then it prints exactly %s', (date, expected) => {
    const { status, stdout, stderr } = cli(['--date', date], good);
    expect({ status, stderr, stdout }).toStrictEqual({ status: 0, stderr: '', stdout: `${expected}\n` });
  });

  it('When someone with 6 years checks on 2027-01-02, then the reported 7 years of the loopbaankrediet are named as a reason', () => {
    expect(cli(['--date', '2027-01-02'], good.replace('"yearsExperience":8', '"yearsExperience":6')).stdout).toBe(
      '{"outcome":"refer","reasons":["rules_changing","announced_experience_below"],"regime":"loopbaankrediet-2027","next":["talk_to_person"]}\n',
    );
  });

  it('When --rules names a file that does not validate, then it exits 1 with one line per problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-cli-'));
    const file = join(dir, 'rules.json');
    writeFileSync(file, JSON.stringify({ sources: {}, unclearPeriods: [], regimes: [] }));
    const { status, stdout, stderr } = cli(['--date', '2026-12-15', '--rules', file], good);
    expect({ status, stdout }).toStrictEqual({ status: 1, stdout: '' });
    expect(stderr).toBe(`eligibility: the rules file ${file} is wrong:\n  regimes: Too small: expected array to have >=1 items\n`);
  });

  it('When --rules names a valid file, then its rules decide', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-cli-'));
    const file = join(dir, 'rules.json');
    writeFileSync(file, JSON.stringify(testRulesFile([testRegime('only-regime', '2026-01-01', null)])));
    expect(cli(['--date', '2026-12-15', '--rules', file], good).stdout).toBe(`${eligible('only-regime')}\n`);
  });

  it('When --date is left out, then it uses today and still prints one JSON line', () => {
    const { status, stdout } = cli([], good);
    expect(status).toBe(0);
    expect(stdout.split('\n')).toHaveLength(2);
    expect(Object.keys(JSON.parse(stdout))).toStrictEqual(['outcome', 'reasons', 'regime', 'next']);
  });

  it.each([
    ['stdin is not JSON', ['--date', '2026-11-26'], 'this is not json', /not valid JSON/],
    ['stdin is empty', ['--date', '2026-11-26'], '', /no input on stdin/],
    ['stdin is a JSON array', ['--date', '2026-11-26'], '[1]', /input: must be a JSON object/],
    [
      'a field has a wrong value',
      ['--date', '2026-11-26'],
      good.replace('"flanders"', '"mars"'),
      /residence: must be one of "flanders", "brussels", "wallonia", "abroad"/,
    ],
    ['a field is missing', ['--date', '2026-11-26'], good.replace(',"outplacement":false', ''), /outplacement: is required/],
    ['there is an unknown field', ['--date', '2026-11-26'], good.replace('}', ',"age":40}'), /age: unknown field/],
    [
      'the cheque was used after the check date',
      ['--date', '2026-11-26'],
      good.replace('"never"', '"2026-12-01"'),
      /chequeUsedOn: must not be after the check date 2026-11-26/,
    ],
    ['--date is not a calendar date', ['--date', '2026-02-30'], good, /--date: "2026-02-30" is not a calendar date YYYY-MM-DD/],
    ['--date has no value', ['--date'], good, /--date/],
    ['a flag is unknown', ['--dat', '2026-11-26'], good, /Unknown option '--dat'/],
    ['there is a stray argument', ['2026-11-26'], good, /Unexpected argument/],
  ])('When %s, then it exits 2 with a message on stderr and nothing on stdout', (_name, args, stdin, message) => {
    const { status, stdout, stderr } = cli(args, stdin);
    expect({ status, stdout }).toStrictEqual({ status: 2, stdout: '' });
    expect(stderr).toMatch(message);
  });
});
