import { describe, it } from 'vitest';
import { converse, type Line } from '../support/converse.js';
import { forWhom, residence, work } from '../support/lines.js';

/*
 * The check as people type it on a phone, off the happy path: typos in the answers, words in
 * dialect, questions back, answers that change. Each reply is read for what it means.
 */

const a = (key: string) => `checkEligibility:answers.${key}`;
const UNKNOWN = a('unknown');
const YES_NO_UNKNOWN = ['answers.yes', 'answers.no', UNKNOWN];

/** "Kan ik er een krijgen?" typed in the chat's language; for oneself, in Flanders, an employee, years typed: the cheque question is open. */
const toChequeQuestion = (ask: string, years: string): Line[] => [
  ['user', ask],
  ['says', 'greetingShort'],
  ['says', 'checkEligibility:intro'],
  forWhom,
  ['tap', 'checkEligibility:forWhom.self'],
  residence,
  ['tap', a('flanders')],
  work,
  ['tap', a('employee')],
  ['says', 'checkEligibility:years.whatCounts'],
  [
    'says',
    'checkEligibility:years.question',
    ['checkEligibility:years.ranges.7.below', 'checkEligibility:years.ranges.7.atLeast', UNKNOWN],
  ],
  ['user', years],
  ['says', 'checkEligibility:chequeUsed.question', [a('never'), 'answers.yes', UNKNOWN]],
];
const askOutplacement: Line = ['says', 'checkEligibility:outplacement.question', YES_NO_UNKNOWN];

describe('the check, typed with typos', () => {
  it.each([
    ['fr', 'Puis-je en recevoir un ?', '10 ans', 'jamai'],
    ['fr', 'Puis-je en recevoir un ?', '10 ans', 'non jamai'],
    ['nl', 'Kan ik er een krijgen?', '10 jaar', 'nooi'],
    ['nl', 'Kan ik er een krijgen?', '10 jaar', 'nog nooi'],
    ['en', 'Can I get one?', '10 years', 'nevr'],
  ])(
    'When (%s) "never" is typed with a typo at "Heb je al eens een loopbaancheque gebruikt?" ("%s", then "%s" worked, then "%s"), Then it is "Nee, nooit": the next question, no "Bedoel je dit?"',
    async (locale, ask, years, never) => {
      await converse([...toChequeQuestion(ask, years), ['user', never], askOutplacement], { locale, date: '2026-12-03' });
    },
  );
});
