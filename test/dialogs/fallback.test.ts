import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../dialogs/shared/ask.js';
import { missReply, rememberRecognition } from '../../dialogs/shared/fallback.js';
import { createI18n, translatorFor } from '../../src/i18n/i18n.js';
import type { Recognition } from '../../src/understanding/nlu/intents.js';

/** The menu's question, as far as "Bedoel je …?" reads it: its answers and the intents that stand for them. */
const menu: Question = {
  text: { key: 'menu.question' },
  choices: [
    { id: 'check', label: 'menu.check' },
    { id: 'book', label: 'menu.book' },
  ],
  intents: { check_eligibility: 'check', book_intake: 'book' },
};

/** The titles "Bedoel je …?" offers for a sentence at the menu that comes close to both answers, the booking closest. */
async function offeredTitles(leaning: number): Promise<string[]> {
  const t = translatorFor(await createI18n(), 'nl');
  const activity: Partial<Activity> = { type: 'message', text: 'een afspraak of kan ik er een krijgen misschien', locale: 'nl' };
  const context = new TurnContext(new TestAdapter(), activity);
  const recognition: Recognition = {
    intent: 'none',
    score: 1 - leaning,
    confidence: 'unsure',
    alternatives: [
      { intent: 'check_eligibility', score: leaning },
      { intent: 'book_intake', score: 0.1 },
    ],
  };
  rememberRecognition(context, recognition);
  const { offered } = missReply({
    t,
    context,
    question: menu,
    state: {},
    attempts: 1,
    likelyChoices: ['book', 'check'],
    atMenu: true,
    buttons: () => [],
  });
  return (offered ?? []).map((o) => o.title);
}

describe('"Bedoel je …?" at the menu', () => {
  it('When the recognizer leans to one answer (at least 0.5, not sure), Then that answer leads; a weaker lean leaves the closest words first', async () => {
    expect(await offeredTitles(0.6)).toEqual(['Kan ik er een krijgen?', 'Afspraak maken', 'Iets anders']);
    expect(await offeredTitles(0.4)).toEqual(['Afspraak maken', 'Kan ik er een krijgen?', 'Iets anders']);
  });
});

describe('"Bedoel je …?" in the middle of a flow', () => {
  /** "Waar woon je?" in the check, as "Bedoel je …?" reads it: its answers, none heard in the message. */
  const residence: Question = {
    text: { key: 'checkEligibility:residence.question' },
    choices: [
      { id: 'flanders', label: 'checkEligibility:answers.flanders' },
      { id: 'brussels', label: 'checkEligibility:answers.brussels' },
    ],
  };

  /** What a miss at "Waar woon je?" offers, when the recognizer leans to the check (going on) with `runnerUp` behind it. */
  async function offeredInTheCheck(runnerUp: number): Promise<string[]> {
    const t = translatorFor(await createI18n(), 'nl');
    const context = new TurnContext(new TestAdapter(), { type: 'message', text: 'voor mij', locale: 'nl' });
    rememberRecognition(context, {
      intent: 'none',
      score: 0.46,
      confidence: 'unsure',
      alternatives: [
        { intent: 'check_eligibility', score: 0.54 },
        { intent: 'book_intake', score: runnerUp },
      ],
    });
    const { offered, messages } = missReply({
      t,
      context,
      question: residence,
      state: {},
      attempts: 1,
      likelyChoices: [],
      ownIntents: ['check_eligibility'],
      buttons: () => [],
    });
    return (offered ?? []).map((o) => o.title).concat(messages.map((m) => m.text ?? ''));
  }

  it('When the best guess is the flow going on and the runner-up is far behind ("voor mij" late in the check), Then no flow is offered: not understood, and the question again', async () => {
    expect(await offeredInTheCheck(0.06)).toEqual([
      'Sorry, dat begreep ik niet. Tik op een knop of typ het nummer van de knop.',
      'Waar woon je?',
    ]);
  });

  it('When the runner-up is as likely as a meaning worth asking about, Then it is offered', async () => {
    expect(await offeredInTheCheck(0.3)).toEqual([
      'Afspraak maken',
      'Iets anders',
      'Ik weet niet zeker of ik je goed begrijp. Bedoel je dit?',
    ]);
  });
});
