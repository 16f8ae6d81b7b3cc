import { describe, expect, it } from 'vitest';
import { MemoryStorage } from 'botbuilder';
import { Chat } from '../support/converse.js';
import { rewriteWaterfall, withoutStep, withStepBefore, type StoredSteps } from '../support/olderLayout.js';

/*
 * The bot redeployed with a step added while a conversation waits at a question: the root, the
 * booking and the check's waterfalls store their step names with the step index, so the answer goes
 * to the step after the question asked, not to whatever step now has the stored number
 * (dialogs/shared/steps.ts).
 */

const DATE = '2026-11-26';
const KEY = 'test/conversations/conversation-1/';
const MENU = ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer'];
const CONTACT = 'Op welk gsm-nummer of e-mailadres kan het centrum je bereiken?';
const CHEQUE_USED = 'Heb je al eens een loopbaancheque gebruikt?';
const OUTPLACEMENT = /Krijg je nu outplacement aangeboden, of volg je het al\?$/;

async function chat(storage: MemoryStorage): Promise<Chat> {
  return Chat.start({ date: DATE, storage });
}

/** In Gent, in person, at "Wat is je voornaam?" after the first free hour. */
async function atFirstName(storage: MemoryStorage): Promise<Chat> {
  const user = await chat(storage);
  for (const said of ['hallo', 'Afspraak maken', '9000', 'Gent', 'Ter plaatse']) await user.says(said);
  expect((await user.says('1')).at(-1)?.text).toBe('Wat is je voornaam?');
  return user;
}

/** An employee in Flanders with twenty years of work, at "Heb je al eens een loopbaancheque gebruikt?". */
async function atChequeUsed(storage: MemoryStorage): Promise<Chat> {
  const user = await chat(storage);
  for (const said of ['hallo', 'Kan ik er een krijgen?', 'voor mezelf', 'vlaanderen', 'werknemer']) await user.says(said);
  expect((await user.says('twintig jaar')).at(-1)?.text).toBe(CHEQUE_USED);
  return user;
}

describe('the bot redeployed with a step added while a question waits', () => {
  it('When the menu waits and the root had no first step before, Then "Afspraak maken" still starts the booking', async () => {
    const storage = new MemoryStorage();
    const user = await chat(storage);
    expect((await user.says('hallo')).at(-1)).toEqual({ text: 'Waar kan ik je mee helpen?', buttons: MENU });
    await rewriteWaterfall(storage, KEY, 'root.steps', withoutStep('firstMessage'));

    expect((await user.says('Afspraak maken'))[0]?.text).toBe('Ik zoek een loopbaancentrum voor je gratis eerste gesprek.');
  });

  it('When the first name waits and the booking and the root had a step less, Then the name is taken and the contact asked; the booking goes on to "Klopt dit?"', async () => {
    const storage = new MemoryStorage();
    const user = await atFirstName(storage);
    await rewriteWaterfall(storage, KEY, 'bookIntake.steps', withoutStep('outside'));
    await rewriteWaterfall(storage, KEY, 'root.steps', withoutStep('firstMessage'));

    expect((await user.says('An')).at(-1)?.text).toBe(CONTACT);
    const summary = await user.says('0470123456');
    expect(summary.map((m) => m.text).join('\n')).toContain('Voor: An, 0470 12 34 56');
    expect(summary.at(-1)?.text).toBe('Klopt dit?');
  });

  it('When the hours wait and the booking had no first step before, Then the hour tapped is taken and the name asked', async () => {
    const storage = new MemoryStorage();
    const user = await chat(storage);
    for (const said of ['hallo', 'Afspraak maken', '9000', 'Gent']) await user.says(said);
    const hours = (await user.says('Ter plaatse')).at(-1);
    await rewriteWaterfall(storage, KEY, 'bookIntake.steps', withoutStep('existing'));

    expect((await user.says(hours?.buttons[0] ?? '')).at(-1)?.text).toBe('Wat is je voornaam?');
  });

  it("When the state was written before step names were stored, Then it is read as today's layout", async () => {
    const storage = new MemoryStorage();
    const user = await atFirstName(storage);
    const unnamed = (state: StoredSteps) => delete state.layout;
    for (const id of ['root.steps', 'bookIntake.steps']) await rewriteWaterfall(storage, KEY, id, unnamed);

    expect((await user.says('An')).at(-1)?.text).toBe(CONTACT);
  });

  it('When "Heb je al eens een loopbaancheque gebruikt?" waits and the check had no step to confirm the years before, Then "nee" is taken and outplacement asked', async () => {
    const storage = new MemoryStorage();
    const user = await atChequeUsed(storage);
    await rewriteWaterfall(storage, KEY, 'checkEligibility.steps', withoutStep('confirmYears'));

    expect((await user.says('nee')).at(-1)?.text).toMatch(OUTPLACEMENT);
  });

  it('When the check had a step less before, Then "terug" at "Heb je al eens een loopbaancheque gebruikt?" asks the years again', async () => {
    const storage = new MemoryStorage();
    const user = await atChequeUsed(storage);
    await rewriteWaterfall(storage, KEY, 'checkEligibility.steps', withoutStep('confirmYears'));

    expect((await user.says('terug')).at(-1)?.text).toBe('Hoe lang heb je in totaal al gewerkt?');
  });

  it("When the check's state was written before its step names were stored, Then it is read as today's layout", async () => {
    const storage = new MemoryStorage();
    const user = await atChequeUsed(storage);
    const unnamed = (state: StoredSteps) => delete state.layout;
    for (const id of ['root.steps', 'checkEligibility.steps']) await rewriteWaterfall(storage, KEY, id, unnamed);

    expect((await user.says('nee')).at(-1)?.text).toMatch(OUTPLACEMENT);
  });

  it('When "Eenvoudiger uitleg of met iemand praten?" waits and the explanation had no step for "Meer uitleg" before, Then "eenvoudiger" gets the simple version', async () => {
    const storage = new MemoryStorage();
    const user = await chat(storage);
    for (const said of ['hallo', 'Wat is een loopbaancheque?']) await user.says(said);
    expect((await user.says('nee')).at(-1)?.buttons).toEqual(['Eenvoudiger uitleg', 'Met iemand praten']);
    await rewriteWaterfall(storage, KEY, 'explainCheque.steps', withoutStep('details'));

    const simpler = await user.says('eenvoudiger');
    expect(simpler[0]?.text).toMatch(/^Een loopbaancheque helpt je bij je werk\./);
    expect(simpler.at(-1)).toEqual({ text: 'Was dit duidelijk?', buttons: ['Ja', 'Nee'] });
  });

  it('When "Wil je dat ik alles over jou wis?" waits and the state was written by a bot with a step before it (a deploy rolled back), Then "Nee" still keeps it all', async () => {
    const storage = new MemoryStorage();
    const user = await chat(storage);
    await user.says('hallo');
    expect((await user.says('vergeet mij')).at(-1)?.text).toMatch(/^Wil je dat ik alles over jou wis\?/);
    await rewriteWaterfall(storage, KEY, 'forgetMe.steps', withStepBefore('intro', 'ask'));

    expect((await user.says('Nee')).map((m) => m.text)).toContain('Goed. Ik wis niets.');
  });

  it('When the language question waits and the state was written by a bot with a step before it, Then "Français" still switches to French', async () => {
    const storage = new MemoryStorage();
    const user = await chat(storage);
    for (const said of ['hallo', 'meer']) await user.says(said);
    const asked = (await user.says('andere taal')).at(-1);
    expect(asked?.buttons).toContain('Français');
    await rewriteWaterfall(storage, KEY, 'chooseLanguage.steps', withStepBefore('intro', 'askLanguage'));

    expect((await user.says('Français')).at(-1)?.text).toBe('Comment puis-je vous aider ?');
  });
});
