import { describe, it } from 'vitest';
import { converse, type Line } from '../support/converse.js';
import { hello, introToWork, menu, menuAgain } from '../support/lines.js';

/*
 * A dismissal told with a time already past ("ik ben vorig jaar ontslagen", "i got fired last
 * year") is a job lost, not a job one still has: never "Word je ontslagen?". At "Wat doe je nu?" it
 * is no work now, with a word on outplacement (domain §5), and which situation that is comes next.
 */

const a = (key: string) => `checkEligibility:answers.${key}`;
const toWork: Line[] = [
  ['opens'],
  ['says', 'greeting'],
  ['says', 'menu.question', ['menu.explain', 'menu.check', 'menu.book', 'menu.more']],
  ['tap', 'menu.check'],
  ...introToWork,
];
const afterDismissal: Line[] = [
  ['says', 'checkEligibility:work.afterDismissal'],
  ['says', 'checkEligibility:work.noJob', [a('jobseeker'), a('student'), a('retired'), 'menu.more']],
];

describe('A dismissal in the past', () => {
  it('When "ik ben vorig jaar ontslagen" answers "Wat doe je nu?", Then it is no work now: outplacement in brief, which situation, and a jobseeker hears where VDAB helps', () =>
    converse([
      ...toWork,
      ['user', 'ik ben vorig jaar ontslagen'],
      ...afterDismissal,
      ['tap', a('jobseeker')],
      ['says', ['checkEligibility:outcome.not_eligible', 'checkEligibility:reason.jobseeker']],
      ['says', 'checkEligibility:next.jobseeker_coach'],
      menuAgain,
    ]));

  it('When it is said in English or French, or with the year ("ontslagen in 2024"), Then the same', async () => {
    await converse([...toWork, ['user', 'i got fired last year'], ...afterDismissal], { locale: 'en' });
    await converse([...toWork, ['user', "j'ai été licencié l'année dernière"], ...afterDismissal], { locale: 'fr' });
    await converse([...toWork, ['user', 'ik ben ontslagen in 2024'], ...afterDismissal]);
  });

  it('When it is said at the menu, Then no work since then means no cheque, VDAB helps, outplacement may be there; never "Word je ontslagen?"', async () => {
    await converse([...hello, ['user', 'ik ben vorig jaar ontslagen'], ['says', 'sideQuestions:dismissedBefore'], menu]);
    await converse([...hello, ['user', 'i got fired last year'], ['says', 'sideQuestions:dismissedBefore'], menu], { locale: 'en' });
    // Words that are past themselves, without a time: "ik ben mijn werk kwijt", "I lost my job".
    await converse([...hello, ['user', 'ik ben mijn werk kwijt wat nu'], ['says', 'sideQuestions:dismissedBefore'], menu]);
    await converse([...hello, ['user', 'i lost my job'], ['says', 'sideQuestions:dismissedBefore'], menu], { locale: 'en' });
    await converse([...hello, ['user', "j'ai perdu mon emploi"], ['says', 'sideQuestions:dismissedBefore'], menu], { locale: 'fr' });
  });

  it('When a dismissal still to come is told ("ik word volgend jaar ontslagen", "ik ga mijn job kwijt zijn"), Then it is the dismissal to come, as before', async () => {
    await converse([...hello, ['user', 'ik word volgend jaar ontslagen'], ['says', 'sideQuestions:dismissal'], menu]);
    await converse([...hello, ['user', 'ik ga mijn job kwijt zijn'], ['says', 'sideQuestions:dismissal'], menu]);
  });

  it('When it is said in everyday words ("mijn baas wil mij buiten", "ze hebben mij buitengezet"), Then a dismissal to come or one past; never "niet begrepen"', async () => {
    const toCome: [string, string][] = [
      ['nl', 'mijn baas wil mij buiten'],
      ['nl', 'ze willen mij kwijt op het werk'],
      ['fr', 'mon patron veut me mettre dehors'],
      ['en', 'my boss wants to fire me'],
    ];
    for (const [locale, said] of toCome) await converse([...hello, ['user', said], ['says', 'sideQuestions:dismissal'], menu], { locale });
    const past: [string, string][] = [
      ['nl', 'ze hebben mij buitengezet'],
      ['fr', "il m'a mis dehors"],
      ['fr', "j'ai été viré"],
      ['en', 'they fired me'],
      ['en', 'I was let go'],
    ];
    for (const [locale, said] of past)
      await converse([...hello, ['user', said], ['says', 'sideQuestions:dismissedBefore'], menu], { locale });
  });
});
