import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n.js';
import { asksForAPerson, namesStaffAsAJob } from '../../src/understanding/person.js';
import { Vocabulary } from '../../src/understanding/vocabulary.js';

const { person } = new Vocabulary(await createI18n());

describe('asksForAPerson', () => {
  it.each([
    // Long sentences, and a human named beside a wish only.
    ['I would prefer to speak to an actual human being if that is possible', 'strong'],
    ['i want a human not a bot', 'strong'],
    ['graag een mens', 'strong'],
    ['real person plz', 'strong'],
    // Flemish dialect: "nie" that asks ("can't I"), "ne", "kheb", "gin", "'k".
    ['kan ik nie ne mens aan de lijn krijgen', 'strong'],
    ['kheb gin goesting in ne robot ik wil ne mens', 'strong'],
    ["'k wil ne mens aan de foon", 'strong'],
    ['ik wil geen robot ik wil een echt persoon', 'strong'],
    ['geef mij iemand van de vdab', 'strong'],
    // Typos and no accents.
    ['ik wil een medewerkr spreken', 'strong'],
    ['je prefere parler a un etre humain', 'strong'],
    ['je veux pas un robot je veux un humain', 'strong'],
    ['y a t il quelqu un de reel', 'strong'],
    ['passez moi un conseiller svp', 'strong'],
    // Only someone to talk to: the question on screen may read its answer in the rest.
    ['ik versta het niet, kan iemand mij helpen', 'weak'],
    ['ik versta het niet kan iemand mij helpen', 'weak'],
    ['i dont understand can someone help me', 'weak'],
    ['est ce que je peux avoir quelqu un au telephone', 'weak'],
    ['let me speak to somone please', 'weak'],
    ['kan iemand mij bellen', 'weak'],
    ['is er iemand die mij kan helpen', 'weak'],
  ])('When "%s" is said, Then a person is asked for (%s)', (text, strength) => {
    expect(asksForAPerson(text, person)?.strength).toBe(strength);
  });

  it.each([
    // Denied, said plainly.
    ['ik wil niet met iemand praten'],
    ['i dont want to talk to a person'],
    ['je ne veux pas parler a un conseiller'],
    ['ik heb geen zin om met een mens te praten'],
    // Someone else, a job, the career itself, nobody.
    ['voor iemand anders'],
    ['let someone else check it'],
    ['je veux devenir conseiller'],
    ['ik ben medewerker bij colruyt'],
    ['I work as a customer service agent and want to talk'],
    ['i want to work in human resources'],
    ['ik wil met iemand praten over mijn loopbaan'],
    ['niemand wil mij helpen'],
    // "Iemand" with no word of talking, a human with no wish.
    ['kan iemand zonder werk een cheque krijgen'],
    ['ik ben maar een mens'],
    // Asking what the bot is.
    ['ben je een mens?'],
    ['are you human?'],
    ['es-tu un humain ?'],
    ['mijn vrouw wil weten of ze recht heeft'],
  ])('When "%s" is said, Then it is no request for a person', (text) => {
    expect(asksForAPerson(text, person)).toBeUndefined();
  });

  it('When only someone is named, Then the words without them and without the talking are kept for the question ("kan iemand mij bellen": by phone)', () => {
    expect(asksForAPerson('kan iemand mij bellen', person)).toEqual({
      strength: 'weak',
      withoutPerson: 'kan mij bellen',
      withoutTalk: 'kan iemand mij',
    });
  });
});

describe('namesStaffAsAJob', () => {
  it.each([['je suis conseillère en banque'], ['ik werk als medewerker in een winkel'], ['I work as a support agent']])(
    'When "%s" is said, Then it names a job',
    (text) => {
      expect(namesStaffAsAJob(text, person)).toBe(true);
    },
  );

  it.each([['passez moi un conseiller'], ['ik ben medewerker en wil een mens spreken'], ['je suis perdue']])(
    'When "%s" is said, Then it names no job of staff (or a person is asked for too)',
    (text) => {
      expect(namesStaffAsAJob(text, person)).toBe(false);
    },
  );
});

describe('asksForAPerson, asked again of the same message', () => {
  it('When one message is read against other word lists, Then those lists decide, not an earlier answer', () => {
    const text = 'ik wil een mens spreken';
    expect(asksForAPerson(text, person)?.strength).toBe('strong');
    const withoutHumans = { ...person, humans: [], staff: [], anyone: [] };
    expect(asksForAPerson(text, withoutHumans)).toBeUndefined();
    expect(asksForAPerson(text, person)?.strength).toBe('strong');
  });
});
