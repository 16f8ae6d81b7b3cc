import { describe, it } from 'vitest';
import { converse, type Line } from '../support/converse.js';
import { hello, menu } from '../support/lines.js';

const DATE = '2026-12-07';

/** The free number and its hours, which the sources give differently (so said to be unsure). */
const PHONE_HOURS = ['talkToPerson:call', 'talkToPerson:hours', 'sideQuestions:phoneHoursUnsure'];
/** Tell the centre; no booking made here, so where the centres are listed. */
const RUNNING_LATE = ['sideQuestions:runningLate', 'sideQuestions:centreContactUnknown'];
/** What VDAB does and what a centre does, under the cheque. */
const VDAB_ROLE = ['sideQuestions:vdabRole', 'sideQuestions:vdabHelpsJobseekers'];
/** What the centre keeps to itself, and that the employer need not know. */
const CONFIDENTIAL = ['sideQuestions:confidential', 'sideQuestions:employer'];

/** "hallo", the menu, `said`; then `answer` and the menu again. */
async function answeredAtTheMenu(locale: string, said: string, answer: string | readonly string[]): Promise<void> {
  await converse([...hello, ['user', said], ['says', answer], menu] as Line[], { date: DATE, locale });
}

/**
 * A question typed on a phone, with the typo a thumb makes, at the menu: answered as if it were
 * spelt right, then the menu again. Each was "Sorry, dat begreep ik niet", "Dat weet ik niet",
 * "Bedoel je …?" or the way to a person before its words were put right.
 */
describe('a question typed with a typo, read as it was meant', () => {
  it.each([
    ['nl', 'waneer is het open', PHONE_HOURS],
    ['nl', 'waneer zijn julie open', PHONE_HOURS],
    // "wanner kan ik bellen" asks when, not for a call: never the way to a person.
    ['nl', 'wanner kan ik bellen', PHONE_HOURS],
    ['nl', 'tot hoe laat kan ik belen', PHONE_HOURS],
    ['nl', 'is het vertrouwlijk', CONFIDENTIAL],
    ['nl', 'ik heb geen computr', 'sideQuestions:noComputer'],
    ['nl', 'kan het ook onlien', 'sideQuestions:remote'],
    ['fr', "quelles sont les heurs d'ouverture", PHONE_HOURS],
    ['fr', 'est-ce possible en lignne', 'sideQuestions:remote'],
    ['en', 'is it confidentail', CONFIDENTIAL],
    // Chat spellings written out, then read as a whole: "kheb gen" is "ik heb geen", "dont" "don't".
    ['nl', 'kheb gen auto', 'sideQuestions:noTransport'],
    ['nl', 'ik kan ni goe lzen', 'sideQuestions:reading'],
    ['en', 'i dont hve a car', 'sideQuestions:noTransport'],
    ['en', 'until wat time can i call vdab', PHONE_HOURS],
    // A letter typed twice in a short word; two words as near, the message's language chooses.
    ['nl', 'kome ze aan huiss', 'sideQuestions:atHome'],
    ['nl', 'ik zoek wrek', 'sideQuestions:jobSearch'],
    // A question mark after a typo still asks; a letter too many in a short word.
    ['fr', 'ca peut se faire a domicle?', 'sideQuestions:atHome'],
    ['fr', "c'est trop loins pour moi", 'sideQuestions:noTransport'],
    ['en', 'i have no diplom', 'sideQuestions:noDiploma'],
    ['nl', 'ik werk via een interrimkantoor, telt da', 'sideQuestions:tempWork'],
    // A French article glued to its word: "dattente" is "d'attente".
    ['fr', 'y a une liste dattente ?', 'sideQuestions:waitingTime'],
  ] as const)('When (%s) "%s" comes at the menu, Then %s, and the menu again', answeredAtTheMenu);
});

/** Asked with words the lists lacked, spelt right: the same answers. */
describe('a question in words of its own', () => {
  it.each([
    // Was a booking: "hoelang" written as one word.
    ['nl', 'hoelang moet ik wachten op een afspraak', 'sideQuestions:waitingTime'],
    // Was a booking: "kan de coach …" asks as "kan ik …" does.
    ['nl', 'kan de coach bij mij thuis komen', 'sideQuestions:atHome'],
    // Was where a centre is: "vaste" as people say it.
    ['nl', 'ik heb geen vaste adres', 'sideQuestions:noFixedAddress'],
    // Were the answer about this chat's data: the employer warned, the talk at the centre private.
    ['nl', 'wordt mijn baas daarvan verwittigd', 'sideQuestions:employer'],
    ['nl', 'is het gesprek privé', CONFIDENTIAL],
    // Were "Sorry" or the check begun: whether one can read, or needs a diploma.
    ['nl', 'ik ben laaggeletterd', 'sideQuestions:reading'],
    ['nl', 'is een diploma verplicht', 'sideQuestions:noDiploma'],
    ['fr', 'faut un diplome pour ca ?', 'sideQuestions:noDiploma'],
    ['en', 'do i need a degree for this', 'sideQuestions:noDiploma'],
    // Were "Dat weet ik niet", the order of the cheque, "Bedoel je …?".
    ['nl', 'hoe laat is vdab open', PHONE_HOURS],
    ['nl', 'ik ben 10 min te laat', RUNNING_LATE],
    ['en', 'my train is delayed', RUNNING_LATE],
    ['fr', 'on peut faire ca en visio ?', 'sideQuestions:remote'],
    ['nl', 'waarom kan vdab dat niet zelf doen', VDAB_ROLE],
    // "can the …" asks as "can I …" does (was a booking begun).
    ['en', 'can the meeting be online', 'sideQuestions:remote'],
  ] as const)('When (%s) "%s" comes at the menu, Then %s, and the menu again', answeredAtTheMenu);
});
