import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LOCALES } from '../i18n/locale.js';
import { addTallies, emptyTally, evaluate, readLabelled, type Tally } from '../understanding/nlu/evaluation.js';
import { describeTally } from './nluFigures.js';
import { NluRecognizer } from '../understanding/nlu/recognizer.js';

/**
 * npm run --silent nlu:eval [-- --set eval|dev] [--misses]
 *
 * Runs a labelled set (test/understanding/nlu/eval: the blind set, written apart from the training data; or
 * test/understanding/nlu/dev: the development set the thresholds were chosen on) through the recognizer and
 * prints per language and in total: right, asked (the meant intent was one of the two "Bedoel je"
 * buttons), acted on wrongly, not understood. The last line is one JSON object of the totals.
 * --misses also lists what went wrong (meant for the dev set: looking at the blind set's misses
 * would make it a development set).
 * Exit codes: 0 ok; 2 bad usage or a missing set.
 */

const USAGE = 'usage: npm run --silent nlu:eval [-- --set eval|dev] [--misses]';

function options(): { set: 'eval' | 'dev'; misses: boolean } | string {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: { set: { type: 'string', default: 'eval' }, misses: { type: 'boolean', default: false } },
      strict: true,
    });
    if (values.set !== 'eval' && values.set !== 'dev') return `--set: "${values.set}" is not one of eval, dev\n${USAGE}`;
    return { set: values.set, misses: values.misses };
  } catch (error) {
    return `${(error as Error).message}\n${USAGE}`;
  }
}

async function main(): Promise<number> {
  const chosen = options();
  if (typeof chosen === 'string') {
    process.stderr.write(`nlu:eval: ${chosen}\n`);
    return 2;
  }
  const file = (locale: string) => new URL(`../../test/understanding/nlu/${chosen.set}/${locale}.json`, import.meta.url);
  const missing = LOCALES.filter((l) => !existsSync(file(l)));
  if (missing.length > 0) {
    process.stderr.write(`nlu:eval: no test/understanding/nlu/${chosen.set}/${missing.join(', ')}.json\n`);
    return 2;
  }
  const recognizer = await NluRecognizer.train();
  let total: Tally = emptyTally();
  for (const locale of LOCALES) {
    const { tally, judged } = await evaluate(recognizer, locale, readLabelled(file(locale)));
    total = addTallies(total, tally);
    process.stdout.write(`${describeTally(locale, tally)}\n`);
    if (chosen.misses) {
      for (const j of judged.filter((x) => x.outcome === 'wrong' || x.outcome === 'missed')) {
        const alternatives = j.recognition.alternatives.map((a) => `${a.intent} ${a.score}`).join(', ');
        process.stdout.write(
          `  ${j.outcome.padEnd(6)} ${JSON.stringify(j.text)} meant ${j.meant}, got ${j.recognition.intent} (${j.recognition.confidence}; ${alternatives})\n`,
        );
      }
    }
  }
  process.stdout.write(`${describeTally('total', total)}\n`);
  process.stdout.write(`${JSON.stringify({ set: chosen.set, ...total })}\n`);
  return 0;
}

process.exitCode = await main();
