import { describe, it } from 'vitest';
import { ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, TextPrompt, type WaterfallStep } from 'botbuilder-dialogs';
import { Steps } from '../../dialogs/shared/steps.js';

/*
 * Named steps keep their place across a redeploy that adds, removes or moves a step: the state
 * stores the names with the step index, and the index is read by name.
 */

const ID = 'form';

/** A step that asks `question` and keeps the answer it received under the name of the step before. */
function asking(name: string, question: string, answerOf?: string): WaterfallStep {
  return async (step) => {
    if (answerOf) (step.values as Record<string, unknown>)[answerOf] = step.result;
    (step.values as Record<string, unknown>).ran = [...(((step.values as Record<string, unknown>).ran as string[]) ?? []), name];
    return step.prompt('text', question);
  };
}

function ending(answerOf: string): WaterfallStep {
  return async (step) => {
    const values = step.values as Record<string, unknown>;
    await step.context.sendActivity(`done ${answerOf}=${String(step.result)} ran=${(values.ran as string[]).join(',')}`);
    return step.endDialog();
  };
}

/** A bot whose one dialog is `steps`; state in `storage`, as across a deploy. */
function bot(storage: MemoryStorage, steps: Steps) {
  const conversation = new ConversationState(storage);
  const dialogs = new DialogSet(conversation.createProperty('dialogs'));
  dialogs.add(new TextPrompt('text'));
  dialogs.add(steps);
  return new TestAdapter(async (context: TurnContext) => {
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(ID);
    await conversation.saveChanges(context);
  });
}

describe('named steps across a redeploy', () => {
  it('When a step was added before the waiting one, Then the answer goes to the step after the waiting one, by name', async () => {
    const storage = new MemoryStorage();
    const before = new Steps(ID, { steps: { name: asking('name', 'name?'), city: asking('city', 'city?', 'name'), end: ending('city') } });
    await bot(storage, before).send('hi').assertReply('name?').send('Ann').assertReply('city?').startTest();

    const after = new Steps(ID, {
      steps: {
        name: asking('name', 'name?'),
        age: asking('age', 'age?', 'name'),
        city: asking('city', 'city?', 'name'),
        end: ending('city'),
      },
    });
    await bot(storage, after).send('Gent').assertReply('done city=Gent ran=name,city').startTest();
  });

  it('When the waiting step was removed, Then its answer goes to the step that followed it', async () => {
    const storage = new MemoryStorage();
    const before = new Steps(ID, {
      steps: {
        name: asking('name', 'name?'),
        age: asking('age', 'age?', 'name'),
        city: asking('city', 'city?', 'age'),
        end: ending('city'),
      },
    });
    await bot(storage, before).send('hi').assertReply('name?').send('Ann').assertReply('age?').startTest();

    const after = new Steps(ID, { steps: { name: asking('name', 'name?'), city: asking('city', 'city?', 'age'), end: ending('city') } });
    await bot(storage, after).send('40').assertReply('city?').send('Gent').assertReply('done city=Gent ran=name,age,city').startTest();
  });
});
