import { describe, it } from 'vitest';
import { converse, type Line } from '../support/converse.js';
import { endsSoon } from '../support/lines.js';

/*
 * Nothing said about one's situation is lost: what the first message tells counts in the check,
 * and the town typed at "Waar woon je?" is carried on into the booking.
 */

const a = (key: string) => `checkEligibility:answers.${key}`;
const YES_NO_UNKNOWN = ['answers.yes', 'answers.no', a('unknown')];
const askResidence: Line = ['says', 'checkEligibility:residence.question', [a('flanders'), a('brussels'), a('elsewhere')]];
const askWork: Line = ['says', 'checkEligibility:work.question', [a('employee'), a('self_employed'), a('noJob'), 'menu.more']];
const askYears: Line[] = [
  ['says', 'checkEligibility:years.whatCounts'],
  [
    'says',
    'checkEligibility:years.question',
    ['checkEligibility:years.ranges.7.below', 'checkEligibility:years.ranges.7.atLeast', a('unknown')],
  ],
];
const askChequeUsed: Line = ['says', 'checkEligibility:chequeUsed.question', [a('never'), 'answers.yes', a('unknown')]];
const askOutplacement: Line = ['says', 'checkEligibility:outplacement.question', YES_NO_UNKNOWN];
const whatNext: Line = [
  'says',
  'checkEligibility:eligibleNext.questionFree',
  ['menu.book', 'checkEligibility:eligibleNext.order', 'checkEligibility:eligibleNext.later'],
];
const eligible: Line[] = [['says', 'checkEligibility:outcome.eligible'], endsSoon, ['says', 'rules:orderTip'], whatNext];
const start: Line[] = [
  ['opens'],
  ['says', 'greeting'],
  ['says', 'menu.question', ['menu.explain', 'menu.check', 'menu.book', 'menu.more']],
  ['tap', 'menu.check'],
  ['says', 'checkEligibility:intro'],
  ['says', 'checkEligibility:forWhom.question', ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other']],
  ['tap', 'checkEligibility:forWhom.self'],
  askResidence,
];
const fromWorkToBooking = (never = 'nee nooit', no = 'nee'): Line[] => [
  askWork,
  ['tap', a('employee')],
  ...askYears,
  ['tap', 'checkEligibility:years.ranges.7.atLeast'],
  askChequeUsed,
  ['user', never],
  askOutplacement,
  ['user', no],
  ...eligible,
  ['tap', 'menu.book'],
  ['says', 'bookIntake:intro'],
];
const nearHome: Line = ['says', 'bookIntake:where.nearHome', ['answers.yes', 'bookIntake:where.otherPlace']];
const askPlace: Line = ['says', 'bookIntake:where.question', ['buttons.back', 'menu.person']];

describe('The town typed at "Waar woon je?" goes on into the booking', () => {
  it('When the town is "antwerpen" or "2060 antwerpen" (words the region Flanders knows too), Then the booking offers centres near it', async () => {
    await converse([...start, ['user', 'antwerpen'], ...fromWorkToBooking(), nearHome]);
    await converse([...start, ['user', '2060 antwerpen'], ...fromWorkToBooking(), nearHome]);
    await converse([...start, ['user', 'antwerpen'], ...fromWorkToBooking('no never', 'no'), nearHome], { locale: 'en' });
  });

  it('When the region is named ("provincie antwerpen"), Then no town is offered: the booking asks where', () =>
    converse([...start, ['user', 'provincie antwerpen'], ...fromWorkToBooking(), askPlace]));
});
