import { describe, expect, it } from 'vitest';
import { Chat, converse, type Line } from '../support/converse.js';
import { hello, MENU_BUTTONS, toPerson } from '../support/lines.js';

/*
 * People tried in the chat, in their own words: a builder of 55 who types as he speaks
 * ("ik wil nie online", "nu"), an expat who writes long sentences in English, a Brussels resident
 * who writes French without accents on WhatsApp, and Dutch as a second language.
 */

const DATE = '2026-12-03';

const menu: Line = ['says', 'menu.question', MENU_BUTTONS];
const forWhom: Line = ['says', 'checkEligibility:forWhom.question', ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other']];

describe('a builder of 55, in short words', () => {
  it('When he answers "nu" to "Wil je nu chatten of wil je dat we je bellen?", Then he is in the queue, never the help text', async () => {
    const queued: Line[] = [
      ['says', 'handover:queue.searching'],
      ['says', 'handover:queue.meanwhile'],
      ['says', ['handover:queue.position', 'handover:queue.waitUnknown'], ['handover:queue.leave', 'Bel 0800 30 700']],
    ];
    await converse([...hello, ['user', 'ik wil iemand spreken'], ...toPerson, ['user', 'nu'], ...queued], { date: DATE });
  });

  it('When he says he does not want it online ("ik wil nie online"), Then it need not be online, and the same question again', async () => {
    await converse([...hello, ['user', 'ik wil nie online'], ['says', 'sideQuestions:notRemote'], menu], { date: DATE });
    await converse(
      [
        ...hello,
        ['user', 'Kan ik er een krijgen?'],
        ['says', 'checkEligibility:intro'],
        forWhom,
        ['user', 'ik wil niet via de telefoon'],
        ['says', 'sideQuestions:notRemote'],
        forWhom,
      ],
      { date: DATE },
    );
    // The coming denied, not online: "ik kan niet naar het centrum, liefst online" is no "niet online".
    const chat = await Chat.start({ date: DATE });
    await chat.says('hallo');
    const texts = (await chat.says('ik kan niet naar het centrum, liefst online')).map((m) => m.text).join(' ');
    expect(texts).not.toContain('Dat hoeft niet.');
  });

  it('When a booking names the town and "niet online", Then it stays the booking with its filter, not the answer', async () => {
    const chat = await Chat.start({ date: DATE });
    await chat.says('hallo');
    const texts = (await chat.says('afspraak gent niet online')).map((m) => m.text).join(' ');
    expect(texts).not.toContain('Dat hoeft niet.');
    expect(texts).toContain('Gent');
  });

  it('When it is said in French or English ("je veux pas en ligne", "I do not want to do it by phone"), Then the same answer', async () => {
    await converse(
      [['user', 'bonjour'], ['says', 'greeting'], menu, ['user', 'je veux pas en ligne'], ['says', 'sideQuestions:notRemote'], menu],
      {
        date: DATE,
        locale: 'fr',
      },
    );
    await converse(
      [['user', 'hi'], ['says', 'greeting'], menu, ['user', 'I do not want to do it by phone'], ['says', 'sideQuestions:notRemote'], menu],
      {
        date: DATE,
        locale: 'en',
      },
    );
  });
});

describe('Dutch as a second language', () => {
  it('When she says her diploma is not from here ("mijn diploma niet hier"), Then no diploma is needed, never "niet begrepen"', async () => {
    await converse([...hello, ['user', 'mijn diploma niet hier'], ['says', 'sideQuestions:noDiploma'], menu], { date: DATE });
    await converse(
      [
        ['user', 'bonjour'],
        ['says', 'greeting'],
        menu,
        ['user', 'mon diplome n est pas reconnu ici'],
        ['says', 'sideQuestions:noDiploma'],
        menu,
      ],
      {
        date: DATE,
        locale: 'fr',
      },
    );
    await converse(
      [
        ['user', 'hi'],
        ['says', 'greeting'],
        menu,
        ['user', 'my degree is not recognized in Belgium'],
        ['says', 'sideQuestions:noDiploma'],
        menu,
      ],
      {
        date: DATE,
        locale: 'en',
      },
    );
  });
});
