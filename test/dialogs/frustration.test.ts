import { describe, it } from 'vitest';
import { converse, type Line } from '../support/converse.js';
import { hello, helloToForWhom, helloToResidence, menu, offerPerson, residence, work } from '../support/lines.js';

/*
 * "Dit werkt niet", "jij bent dom", "this is useless": someone stuck and cross. Before, they got
 * the menu's help text or "Sorry, dat begreep ik niet" once more. Now: sorry, and a person one tap
 * away, or the question again.
 */

/** The free number's button, as each language writes it. */
const CALL = { nl: 'Bel 0800 30 700', fr: 'Appeler le 0800 30 700', en: 'Call 0800 30 700' } as const;
/** The handover's one question, in the chat's language. */
const toPerson = (locale: keyof typeof CALL): Line[] => [
  ['says', 'handover:intro'],
  ['says', 'handover:callSelf', [CALL[locale]]],
  ['says', 'handover:how.question', ['handover:how.chat', 'handover:how.callback', 'handover:how.no']],
];
const YES = { nl: 'ja', fr: 'oui', en: 'yes' } as const;
const offer: Line = ['says', 'fallback.frustrated', ['menu.person', 'fallback.tryAgain']];
const toResidence: Line[] = helloToResidence;
/** "Voor wie kijk je dit na?" not answered: which button to tap, and the buttons. */
const forWhomWhich: Line = ['says', 'checkEligibility:forWhom.which', ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other']];

describe('Frustration said in the chat', () => {
  it.each([
    ['nl', 'dit werkt niet'],
    ['nl', 'jij bent dom'],
    ['nl', 'ik word gek van jou'],
    // "jij" and "ge" for "je": was "Sorry, dat was niet duidelijk" again.
    ['nl', 'jij snapt er niks van'],
    ['nl', 'ge verstaat er niks van'],
    ['fr', 'tu comprends rien'],
    ['fr', 'ça marche pas'],
    ['en', 'this is useless'],
    ['en', "you don't understand"],
    // Found by a blind persona probe: "echt" was read as "recht" (the check), the others as nothing.
    ['nl', 'gij zijt echt nutteloos'],
    ['nl', 'wat een slechte bot zeg'],
    ['nl', 'ik wil gewoon weten of ik die cheque krijg verdomme'],
    ['fr', 'tu sers à rien'],
    ['en', 'you are not helping'],
    // Found by a blind persona probe: cross at the buttons got how to use them, or "Bedoel je: Hoe werkt dit?".
    ['fr', "je m'en fous de vos boutons"],
    ['nl', 'ik heb genoeg van die knoppen'],
    ['en', 'enough with the buttons'],
    ['fr', 'vous etes inutile'],
    ['fr', 'wtf'],
  ] as const)('When (%s) "%s" is typed at the menu, Then sorry and a person offered; "ja" takes it', async (locale, said) => {
    await converse([...hello, ['user', said], offer, ['user', YES[locale]], ...toPerson(locale)], {
      locale,
      date: '2026-12-07',
    });
  });

  // Before, a face alone was "Sorry, dat begreep ik niet": the words were read, and there were none.
  it.each(['😡', '🤬🤬', '😭', '☹️'])(
    'When "%s" alone is sent, Then sorry and a person offered, at the menu and in the check',
    async (face) => {
      await converse([...hello, ['user', face], offer, ['user', 'ja'], ...toPerson('nl')], { date: '2026-12-07' });
      await converse([...toResidence, ['user', face], offer, ['tap', 'fallback.tryAgain'], residence], { date: '2026-12-07' });
    },
  );

  it('When it is typed in the middle of the check, Then the same offer; "Opnieuw proberen" asks the question again, the answers kept', () =>
    converse([...toResidence, ['user', 'stomme bot'], offer, ['tap', 'fallback.tryAgain'], residence], { date: '2026-12-07' }));

  it('When "nee" answers the offer at the menu, Then the menu again', () =>
    converse([...hello, ['user', 'jij bent dom'], offer, ['user', 'nee'], menu], { date: '2026-12-07' }));
});

/*
 * "ja" to every question, where no answer is a yes: before, the same sentence came back each time
 * ("ja" six times at "Waar woon je?" never offered a person). Now three are said kindly what is
 * asked, and every fourth one in a row offers a person, as a second miss does.
 */
describe('Only "ja" where no answer is a yes', () => {
  /** "Waar woon je?" put plainly after a "ja": which town, or the postcode. */
  const residencePlainly: Line[] = [['says', 'checkEligibility:residence.simpler'], residence];

  it('When "ja" comes four times at "Waar woon je?", Then what is asked said plainly three times, then a person offered; "Opnieuw proberen" counts afresh', () =>
    converse(
      [
        ...helloToResidence,
        ['user', 'ja'],
        ...residencePlainly,
        ['user', 'ja'],
        ...residencePlainly,
        ['user', 'ja'],
        ...residencePlainly,
        ['user', 'ja'],
        offerPerson,
        ['tap', 'fallback.tryAgain'],
        residence,
        ['user', 'ja'],
        ...residencePlainly,
        ['user', 'Vlaanderen'],
        work,
      ],
      { date: '2026-12-07' },
    ));

  it('When "ja", "nee", "ok", "ja" come at "Voor wie kijk je dit na?", Then which buttons to tap three times, then a person; "ja" takes that offer', () =>
    converse(
      [
        ...helloToForWhom,
        ['user', 'ja'],
        forWhomWhich,
        ['user', 'nee'],
        forWhomWhich,
        ['user', 'ok'],
        forWhomWhich,
        ['user', 'ja'],
        offerPerson,
        ['user', 'ja'],
        ...toPerson('nl'),
      ],
      { date: '2026-12-07' },
    ));

  it('When "ok" comes four times at the menu, Then a thank-you each time, never "Het lukt nog niet goed"', () =>
    converse([...hello, ...Array.from({ length: 4 }, (): Line[] => [['user', 'ok'], ['says', 'menu.pickAgain'], menu]).flat()], {
      date: '2026-12-07',
    }));
});

describe('"nee" right after "Sorry, dat begreep ik niet" at the menu', () => {
  it('When "nee" follows a miss at the menu, Then "say it otherwise", not goodbye; a second "nee" is goodbye', () =>
    converse(
      [
        ...hello,
        ['user', 'ik zoek een huis'],
        ['says', 'notUnderstood'],
        menu,
        ['user', 'nee'],
        ['says', 'fallback.sayItDifferently'],
        menu,
        ['user', 'nee'],
        ['says', 'goodbye', ['buttons.startAgain']],
      ],
      { date: '2026-12-07' },
    ));

  it('When "nee" is the first reply at the menu, Then goodbye, as before', () =>
    converse([...hello, ['user', 'nee'], ['says', 'goodbye', ['buttons.startAgain']]], { date: '2026-12-07' }));
});
