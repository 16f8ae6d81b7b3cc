import { describe, expect, it } from 'vitest';
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

  // A jobstudent is a student who works: a no, for too few years of work (domain 1c). Before, "Ja, een werknemer …".
  it('When a jobstudent is asked about ("kan een jobstudent het krijgen?", "étudiant jobiste", "student with a student job"), Then the no for a student, with the years of work it lacks', async () => {
    const noForAStudentJob: Line = ['says', ['sideQuestions:workQualifies.no', 'sideQuestions:yearsOfWork']];
    const chat = await converse([...toCheck, ['user', 'kan een jobstudent het krijgen?'], noForAStudentJob, forWhom]);
    const [answer] = chat.received.slice(-2);
    expect(answer?.text).toContain('een student');
    await converse([...toCheck, ['user', "un étudiant jobiste peut l'avoir ?"], noForAStudentJob, forWhom], { locale: 'fr' });
    await converse([...toCheck, ['user', 'can a student with a student job get it?'], noForAStudentJob, forWhom], { locale: 'en' });
    // As an answer to "Wat doe je nu?" a student job is still work for a boss: the years decide.
    await converse([
      ...toCheck,
      ['tap', 'checkEligibility:forWhom.self'],
      residence,
      ['user', 'Gent'],
      work,
      ['user', 'jobstudent'],
      ...years,
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
