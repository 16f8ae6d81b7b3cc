import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { isLocale, type Locale } from '../i18n/locale.js';
import { NluRecognizer } from '../understanding/nlu/recognizer.js';

/**
 * npm run --silent nlu -- --locale nl|fr|en < utterances.txt
 *
 * Reads one utterance per line on stdin and prints one JSON line per utterance on stdout:
 * {"text": ..., "intent": ..., "score": ...}. `intent` is what the bot would act on: `none` unless
 * the recognizer is sure; `score` is its calibrated probability (for `none`: that no intent was
 * meant clearly enough). Empty lines give intent "none" like any unclear text.
 * Exit codes: 0 ok; 2 bad usage (message on stderr, nothing on stdout).
 */

const USAGE = 'usage: npm run --silent nlu -- --locale nl|fr|en < utterances.txt';

function parseLocale(argv: string[]): Locale | string {
  try {
    const { values } = parseArgs({ args: argv, options: { locale: { type: 'string' } }, strict: true, allowPositionals: false });
    if (values.locale === undefined) return `--locale is required\n${USAGE}`;
    return isLocale(values.locale) ? values.locale : `--locale: "${values.locale}" is not one of nl, fr, en\n${USAGE}`;
  } catch (error) {
    return `${(error as Error).message}\n${USAGE}`;
  }
}

async function main(): Promise<number> {
  const locale = parseLocale(process.argv.slice(2));
  if (!isLocale(locale)) {
    process.stderr.write(`nlu: ${locale}\n`);
    return 2;
  }
  const recognizer = await NluRecognizer.train();
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const { intent, score } = await recognizer.recognize(locale, line);
    process.stdout.write(`${JSON.stringify({ text: line, intent, score })}\n`);
  }
  return 0;
}

process.exitCode = await main();
