import { describe, it } from 'vitest';
import { converse, type Line } from '../support/converse.js';
import { forWhom, residence, work } from '../support/lines.js';

/*
 * "Kan een zelfstandige het krijgen?" in the middle of the check asks about a kind of work, not
 * about oneself: the yes or no of the rules for it, in brief, and the check goes on at the question
 * it was at. Said of oneself or of someone named, it is the check's answer.
 */

const toCheck: Line[] = [
  ['opens'],
  ['says', 'greeting'],
  ['says', 'menu.question', ['menu.explain', 'menu.check', 'menu.book', 'menu.more']],
  ['tap', 'menu.check'],
  ['says', 'checkEligibility:intro'],
  forWhom,
];
const yes: Line = ['says', ['sideQuestions:workQualifies.yes', 'sideQuestions:yearsOfWork']];
const years: Line[] = [
  ['says', 'checkEligibility:years.whatCounts'],
  [
    'says',
    'checkEligibility:years.question',
    ['checkEligibility:years.ranges.7.below', 'checkEligibility:years.ranges.7.atLeast', 'checkEligibility:answers.unknown'],
  ],
];

describe('A kind of work asked about in the check', () => {
  it('When "kan een zelfstandige het krijgen" is typed at "Voor wie kijk je dit na?", Then the yes for the self-employed comes in brief and the check goes on', () =>
    converse([
      ...toCheck,
      ['user', 'kan een zelfstandige het krijgen'],
      yes,
      forWhom,
      ['tap', 'checkEligibility:forWhom.self'],
      residence,
    ]));

  it('When a student, a jobseeker or a retired person is asked about, Then the no and its reason (and the free help for a jobseeker), then the question again', async () => {
    await converse([
      ...toCheck,
      ['user', 'kan een student er een krijgen'],
      ['says', ['sideQuestions:workQualifies.no', 'checkEligibility:reason.student', 'sideQuestions:yearsOfWork']],
      forWhom,
    ]);
    await converse([
      ...toCheck,
      ['user', 'kan je als werkzoekende er een krijgen?'],
      ['says', ['sideQuestions:workQualifies.no', 'checkEligibility:reason.jobseeker', 'sideQuestions:jobSearch']],
      forWhom,
    ]);
    await converse([
      ...toCheck,
      ['user', 'kan iemand met pensioen het krijgen'],
      ['says', ['sideQuestions:workQualifies.no', 'checkEligibility:reason.retired']],
      forWhom,
    ]);
  });

  it('When it is asked in French or English, Then the same answer comes in that language', async () => {
    await converse([...toCheck, ['user', "un indépendant peut l'avoir ?"], yes, forWhom], { locale: 'fr' });
    await converse([...toCheck, ['user', 'can a self-employed person get it'], yes, forWhom], { locale: 'en' });
  });

  it('When it is asked at "Wat doe je nu?", Then it is answered and the question comes again: asking about others is no answer', () =>
    converse([
      ...toCheck,
      ['tap', 'checkEligibility:forWhom.self'],
      residence,
      ['user', 'Gent'],
      work,
      ['user', 'kan een zelfstandige het krijgen'],
      yes,
      work,
    ]));

  it('When one tells one\'s own work with it ("ik ben zelfstandige, kan ik het krijgen?"), Then it is the answer, never what "zelfstandige" means', () =>
    converse([
      ...toCheck,
      ['tap', 'checkEligibility:forWhom.self'],
      residence,
      ['user', 'Gent'],
      work,
      ['user', 'ik ben zelfstandige, kan ik het krijgen?'],
      ...years,
    ]));

  it('When someone named is asked about ("kan mijn man als zelfstandige het krijgen?"), Then the check is for him and his work is kept', () =>
    converse([
      ...toCheck,
      ['user', 'kan mijn man als zelfstandige het krijgen?'],
      [
        'says',
        'checkEligibility:residence.question_helperHe',
        ['checkEligibility:answers.flanders', 'checkEligibility:answers.brussels', 'checkEligibility:answers.elsewhere'],
      ],
      ['tap', 'checkEligibility:answers.flanders'],
      ['says', 'checkEligibility:years.whatCounts'],
      [
        'says',
        'checkEligibility:years.question_helperHe',
        ['checkEligibility:years.ranges.7.below', 'checkEligibility:years.ranges.7.atLeast', 'checkEligibility:answers.unknown'],
      ],
    ]));
});
