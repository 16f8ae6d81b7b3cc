import { describe, expect, it } from 'vitest';
import { TAKE_VERB } from '../../src/handover/teams/card.js';
import { cardText, handoverWorld, type World } from './world.js';

const CALL = 'Bel 0800 30 700';

/** People in the chat queue, in order, each with their case and its Teams thread. */
async function queue(world: World, ...conversations: string[]) {
  const people = [];
  for (const id of conversations) {
    const user = world.user(id);
    await user.says('hallo');
    await user.says('Met iemand praten');
    await user.says('Nu chatten');
    const opened = await world.store.openChatOf(user.userKey);
    if (!opened?.staffThread) throw new Error(`no case with a Teams thread for ${id}`);
    people.push({ user, caseId: opened.id, rootId: opened.staffThread.activityId });
  }
  return people;
}

/** What the bot posted in a case's Teams thread (not the card). */
function thread(world: World, rootId: string): string[] {
  return world.teams
    .sentTo(`19:staffdesk@thread.tacv2;messageid=${rootId}`)
    .filter((a) => a.type === 'message' && a.text)
    .map((a) => a.text ?? '');
}

function card(world: World, rootId: string) {
  return cardText(world.channel.cards().find((a) => a.id === rootId) ?? {});
}

describe('the person closes the web chat page while their case waits', () => {
  it('When the first in line closes the page, Then the case stops waiting, staff see "person left", the next one moves up, and nothing is lost', async () => {
    const world = await handoverWorld();
    const [first, second] = await queue(world, 'c1', 'c2');
    if (!first || !second) throw new Error('two people expected');
    await first.user.says('Mijn contract stopt volgende maand.');
    const before = second.user.inbox().length;

    expect(await first.user.page('left')).toEqual([]);

    expect(await world.store.queue()).toEqual([second.caseId]);
    expect(second.user.inbox().slice(before)).toEqual([
      { text: 'Je bent nu nummer 1 in de rij. Hoe lang het duurt, weet ik nog niet.', buttons: ['Stoppen met wachten', CALL] },
    ]);
    expect(thread(world, first.rootId).slice(-1)).toEqual(['De persoon heeft de chat gesloten.']);
    expect(card(world, first.rootId).lines[1]).toBe('De persoon is weg uit de chat.');
    expect(card(world, first.rootId).actions).toEqual(['Sluit af']);
    // Nobody to talk to: taking it is refused with why, and the case stays for staff to read and close.
    expect(await world.staff('Anna Peeters', 'aad-anna').clicks(TAKE_VERB, first.caseId, first.rootId)).toMatchObject({
      value: 'De persoon is weg uit de chat. Je kan de case afsluiten.',
    });
    const kept = await world.store.get(first.caseId);
    expect(kept).toMatchObject({ state: 'waiting', leftAt: expect.any(String) });
    expect(kept?.transcript.map((l) => l.text)).toContain('Met iemand praten');
    expect((await world.store.messages(first.caseId)).map((m) => m.text)).toEqual(['Mijn contract stopt volgende maand.']);
    expect((await world.store.listOpen()).map((c) => c.id)).toEqual([first.caseId, second.caseId]);
  });

  it('When the person typed a phone number while waiting and then closed the page, Then staff read the number to call back', async () => {
    const world = await handoverWorld();
    const [person] = await queue(world, 'c1');
    if (!person) throw new Error('one person expected');
    await person.user.says('Bel me gerust op 0470 12 34 56.');

    await person.user.page('left');

    expect(thread(world, person.rootId).slice(-1)).toEqual([
      'De persoon heeft de chat gesloten. In een bericht staat dit nummer: 0470 12 34 56.',
    ]);
  });

  it('When the page comes back (a reload) or the person writes again, Then the case waits on at its old place and staff see they are back', async () => {
    const world = await handoverWorld();
    const [first, second] = await queue(world, 'c1', 'c2');
    if (!first || !second) throw new Error('two people expected');

    await first.user.page('left');
    await first.user.page('back');

    expect(await world.store.queue()).toEqual([first.caseId, second.caseId]);
    expect(thread(world, first.rootId).slice(-2)).toEqual(['De persoon heeft de chat gesloten.', 'De persoon is terug in de chat.']);
    expect(card(world, first.rootId).actions).toEqual(['Neem over', 'Sluit af']);

    await first.user.page('left');
    const replies = await first.user.says('Ben je daar nog?');

    expect(replies.map((r) => r.text)).toEqual([
      'Je wacht nog op een medewerker. Ik geef je bericht door.',
      'Je bent nummer 1 in de rij. Hoe lang het duurt, weet ik nog niet.',
    ]);
    expect(await world.store.queue()).toEqual([first.caseId, second.caseId]);
    expect(thread(world, first.rootId).slice(-2)).toEqual(['De persoon is terug in de chat.', 'Persoon: Ben je daar nog?']);
  });

  it('When a page closes without an open case, Then nothing happens', async () => {
    const world = await handoverWorld();
    const user = world.user('c1');
    await user.says('hallo');

    expect(await user.page('left')).toEqual([]);
    expect(await user.page('back')).toEqual([]);
    expect(await world.store.listOpen()).toEqual([]);
  });
});
