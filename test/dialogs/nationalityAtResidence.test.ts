import { describe, expect, it } from 'vitest';
import { converse, type Line } from '../support/converse.js';
import { keysOf, labelOf } from '../support/keys.js';
import { helloToResidence, residence, work } from '../support/lines.js';

/*
 * At "Waar woon je?" people say where they are from, or that they do not live in Belgium. "I'm
 * Dutch" and "je suis anglais" were heard as a language to speak (the chat switched to Dutch or
 * English); "ik ben Nederlander" was read as "Nederland", abroad; "ik woon niet in België",
 * "buiten België" and "outside Belgium" got the retry; "I live in Belgium" was read as abroad.
 * Nationality is no condition (domain C1): it is said, and where one lives is asked again.
 */

const toResidence: Line[] = helloToResidence;
const nationality: Line = ['says', 'sideQuestions:nationality'];
const retry: Line = ['says', 'checkEligibility:residence.retry', residence[2] as readonly string[]];

describe('"Waar woon je?": nationality and Belgium said there', () => {
  it.each([
    ['nl', 'ik ben nederlander'],
    ['nl', 'ik kom uit nederland'],
    ['en', 'i am dutch'],
    ['en', "I'm British"],
    ['fr', 'je suis anglais'],
    ['fr', 'je suis néerlandais'],
  ])('When (%s) "%s" is typed, Then nationality is no condition, in the same language, and the question again', async (locale, said) => {
    await converse([...toResidence, ['user', said], nationality, residence], { locale, date: '2026-12-07' });
  });

  it.each([
    ['nl', 'ik woon in antwerpen maar ben nederlander'],
    ['en', "i live in antwerp but i'm dutch"],
  ])('When (%s) "%s" names a town beside the nationality, Then the town answers the question', async (locale, said) => {
    await converse([...toResidence, ['user', said], work], { locale, date: '2026-12-07' });
  });

  it.each([
    ['nl', 'ik woon niet in belgie'],
    ['en', "i don't live in belgium"],
    ['fr', "je n'habite pas en Belgique"],
    ['nl', 'buiten België'],
    ['nl', 'ik woon buiten belgie'],
    ['en', 'outside Belgium'],
    ['en', 'outside of belgium'],
    ['fr', 'hors de Belgique'],
  ])('When (%s) "%s" is typed, Then it is abroad: the verdict names living abroad', async (locale, said) => {
    const chat = await converse([...toResidence, ['user', said], work], { locale, date: '2026-12-07' });
    for (const key of [
      'checkEligibility:answers.employee',
      'checkEligibility:years.ranges.7.atLeast',
      'checkEligibility:answers.never',
      'answers.no',
    ])
      await chat.says(labelOf(key, chat.locale));
    expect(chat.received.flatMap((m) => keysOf(chat, m.text))).toContain('checkEligibility:reason.lives_abroad');
  });

  it.each([
    ['nl', 'ik woon in belgie'],
    ['en', 'i live in belgium'],
    ['fr', "j'habite en Belgique"],
  ])('When (%s) "%s" is typed, Then it is not taken for abroad: Belgium has three regions, so the town is asked', async (locale, said) => {
    await converse([...toResidence, ['user', said], retry], { locale, date: '2026-12-07' });
  });
});
