import { describe, expect, it } from 'vitest';
import { converse, type Line } from '../support/converse.js';
import { hello, introToWork, menuAgain, work } from '../support/lines.js';

/*
 * Work that was, and years told before their question. Found by a blind persona probe: after "Geen
 * werk nu", "I worked 10 years" was read as an employee, and the check said "Yes, you can get a
 * career cheque" to someone without a job; "depuis 8 ans" at "Que faites-vous en ce moment ?" was
 * heard as "depuis le début" and started the chat again, every answer lost.
 */

const a = (key: string) => `checkEligibility:answers.${key}`;
const toWork: Line[] = [...hello, ['tap', 'menu.check'], ...introToWork];
const noJob: Line = ['says', 'checkEligibility:work.noJob', [a('jobseeker'), a('student'), a('retired'), 'menu.more']];
const chequeUsed: Line = ['says', 'checkEligibility:chequeUsed.question', [a('never'), 'answers.yes', a('unknown')]];

describe('Work told that was, where no work now was said', () => {
  it.each([
    ['en', 'I worked 10 years'],
    ['en', 'I worked as a cleaner'],
    ['fr', 'j ai perdu mon travail le mois passé, avant j ai travaillé 10 ans'],
    ['nl', 'ik heb 20 jaar gewerkt in de haven'],
  ] as const)(
    'When (%s) "%s" answers which situation it is after "Geen werk nu", Then it is no job now: said so, the question again, and a jobseeker gets no',
    async (locale, said) => {
      await converse(
        [
          ...toWork,
          ['tap', a('noJob')],
          noJob,
          ['user', said],
          ['says', 'checkEligibility:told.pastWork'],
          noJob,
          ['tap', a('jobseeker')],
          ['says', ['checkEligibility:outcome.not_eligible', 'checkEligibility:reason.jobseeker']],
          ['says', 'checkEligibility:next.jobseeker_coach'],
          menuAgain,
        ],
        { locale },
      );
    },
  );

  it('When "ik werk" comes there, Then that is work now after all: the years are asked', async () => {
    const chat = await converse([...toWork, ['tap', a('noJob')], noJob]);
    const replies = await chat.says('ik werk');
    expect(replies.at(-1)?.text).toBe('Hoe lang heb je in totaal al gewerkt?');
  });
});

describe('Years told at "Wat doe je nu?"', () => {
  it.each([
    ['fr', 'depuis 8 ans'],
    ['fr', 'depuis 2015'],
    ['nl', 'al 12 jaar'],
  ] as const)(
    'When (%s) "%s" is typed there, Then they are kept for later and the question comes again; after the work, the years are not asked',
    async (locale, said) => {
      await converse(
        [...toWork, ['user', said], ['says', 'checkEligibility:told.keptForLater'], work, ['tap', a('employee')], chequeUsed],
        {
          locale,
        },
      );
    },
  );
});
