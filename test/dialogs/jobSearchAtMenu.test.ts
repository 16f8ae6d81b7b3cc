import { describe, expect, it } from 'vitest';
import { Chat } from '../support/converse.js';
import { keysOf } from '../support/keys.js';

/*
 * "werk zoeken", "hulp bij werk zoeken", "kunnen jullie mij helpen met werk zoeken" at the menu:
 * looking for a job, so VDAB's free help, as "ik zoek werk" gets (was the booking: "zoeken" is one
 * letter from "boeken", a word of "Afspraak maken"). "aide pour trouver un emploi" and "je cherche un
 * nouveau travail" were a miss; "je cherche un autre emploi" got "Dans quelle langue ?".
 */

const GREETING = { nl: 'hallo', fr: 'bonjour', en: 'hello' } as const;

const SAID = [
  ['nl', 'ik zoek werk'],
  ['nl', 'werk zoeken'],
  ['nl', 'hulp bij werk zoeken'],
  ['nl', 'kunnen jullie mij helpen met werk zoeken'],
  ['fr', 'chercher du travail'],
  ['fr', 'aide pour trouver un emploi'],
  ['fr', 'je cherche un nouveau travail'],
  ['fr', 'je cherche un autre emploi'],
  // Sought, not wished ("ik wil een nieuwe job" is what a coach is for).
  ['nl', 'ik zoek een nieuwe job'],
  ['en', 'help finding a job'],
  ['en', 'looking for work'],
  // Help with a CV is help with looking for a job.
  ['nl', 'kunnen ze mij helpen met cv'],
  ['nl', 'ik wil hulp bij mijn cv'],
  ['fr', 'aide pour faire mon cv'],
  ['en', 'can you help me write a cv'],
] as const;

describe('The menu: looking for a job in other words', () => {
  it.each(SAID)('When (%s) "%s" is typed at the menu, Then VDAB helps for free is said and the menu comes again', async (locale, said) => {
    const chat = await Chat.start({ locale, date: '2026-12-07' });
    await chat.says(GREETING[locale]);
    const reply = await chat.says(said);
    expect(keysOf(chat, reply[0]?.text)).toEqual(['sideQuestions:jobSearch']);
    expect(keysOf(chat, reply.at(-1)?.text)).toContain('menu.question');
  });

  it.each(SAID)('When (%s) "%s" is the first message, Then VDAB helps for free is said, never the booking', async (locale, said) => {
    const chat = await Chat.start({ locale, date: '2026-12-07' });
    const reply = await chat.says(said);
    expect(reply.flatMap((m) => keysOf(chat, m.text))).toContain('sideQuestions:jobSearch');
    expect(reply.flatMap((m) => keysOf(chat, m.text))).not.toContain('bookIntake:where.question');
  });

  it('When (nl) "ik zoek werk, kan ik een afspraak maken?" is typed at the menu, Then the booking starts (the answer named as it is)', async () => {
    const chat = await Chat.start({ locale: 'nl', date: '2026-12-07' });
    await chat.says('hallo');
    const reply = await chat.says('ik zoek werk, kan ik een afspraak maken?');
    expect(reply.flatMap((m) => keysOf(chat, m.text))).not.toContain('sideQuestions:jobSearch');
  });

  // A probe: a truck driver whose back gives out was told only that VDAB helps jobseekers for free.
  it.each([
    ['nl', 'ik ben vrachtwagenchauffeur en heb rugpijn, de dokter zegt ik moet ander werk zoeken, kan die cheque mij helpen'],
    ['nl', 'ik zoek werk, kan die cheque mij helpen'],
  ] as const)('When (%s) "%s" asks what the cheque does for it, Then the check starts, never only the job search', async (locale, said) => {
    const chat = await Chat.start({ locale, date: '2026-12-07' });
    const keys = (await chat.says(said)).flatMap((m) => keysOf(chat, m.text));
    expect(keys).not.toContain('sideQuestions:jobSearch');
    expect(keys).toContain('checkEligibility:intro');
  });
});
