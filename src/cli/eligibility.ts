import { parseArgs } from 'node:util';
import { z } from 'zod/v4';
import { brusselsDate, type IsoDate } from '../domain/calendar.js';
import { ChequeRules, RulesFileError } from '../domain/chequeRegimes.js';
import { eligibilityInputOn, evaluateEligibility } from '../domain/eligibility.js';

/**
 * npm run --silent eligibility -- [--date YYYY-MM-DD] [--rules FILE] < input.json
 *
 * Reads ONE eligibility input (JSON) on stdin and prints the result as one JSON line on stdout.
 * --date is the day of the check (default: today in Europe/Brussels); --rules a rules file in the
 * format of data/cheque-regimes.json (default: the shipped one), so an operator can try a new file
 * before pointing RULES_FILE at it.
 * Exit codes: 0 ok; 2 bad usage or bad input (message on stderr, nothing on stdout);
 * 1 the rules data itself is invalid (one line per problem on stderr).
 */

const USAGE = 'usage: npm run --silent eligibility -- [--date YYYY-MM-DD] [--rules FILE] < input.json';

class UsageError extends Error {}

interface Args {
  date: IsoDate;
  rulesFile?: string | undefined;
}

function parseArguments(argv: string[]): Args {
  let values: { date?: string | undefined; rules?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { date: { type: 'string' }, rules: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.date !== undefined && !z.iso.date().safeParse(values.date).success) {
    throw new UsageError(`--date: "${values.date}" is not a calendar date YYYY-MM-DD\n${USAGE}`);
  }
  return { date: values.date ?? brusselsDate(new Date()), rulesFile: values.rules };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function describe(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `${key}: unknown field`);
  const field = issue.path.length > 0 ? issue.path.join('.') : 'input';
  if (issue.path.length === 0 && issue.code === 'invalid_type') return ['input: must be a JSON object'];
  return [`${field}: ${issue.message}`];
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArguments(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`eligibility: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  const text = await readStdin();
  if (text.trim() === '') {
    process.stderr.write(`eligibility: no input on stdin; expected one JSON object\n${USAGE}\n`);
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`eligibility: stdin is not valid JSON (${(error as Error).message})\n`);
    return 2;
  }
  const { date } = args;
  const parsed = eligibilityInputOn(date).safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.flatMap(describe).map((line) => `  ${line}`);
    process.stderr.write(`eligibility: invalid input\n${lines.join('\n')}\n`);
    return 2;
  }

  let rules: ChequeRules;
  try {
    rules = args.rulesFile ? ChequeRules.fromFile(args.rulesFile) : ChequeRules.load();
  } catch (error) {
    if (!(error instanceof RulesFileError)) throw error;
    process.stderr.write(
      `eligibility: the rules file ${args.rulesFile ?? '(shipped)'} is wrong:\n${error.problems.map((p) => `  ${p}\n`).join('')}`,
    );
    return 1;
  }
  process.stdout.write(`${JSON.stringify(evaluateEligibility(parsed.data, rules, date))}\n`);
  return 0;
}

process.exitCode = await main();
