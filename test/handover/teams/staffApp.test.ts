import { describe, expect, it } from 'vitest';
import { CLOSE_VERB, HAND_BACK_VERB, TAKE_VERB } from '../../../src/handover/teams/card.js';
import { threadRootOf } from '../../../src/handover/teams/staffChannel.js';
import { cardText, handoverWorld, SERVICE_URL, STAFF_CHANNEL } from '../world.js';

const MENU = ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer'];

/** A user in the queue and the case card staff see for it. */
async function waitingCase() {
  const world = await handoverWorld();
  const user = world.user('c1');
  await user.says('hallo');
  await user.says('Met iemand praten');
  await user.says('Nu chatten');
  const [opened] = await world.store.listOpen();
  if (!opened?.staffThread) throw new Error('no case with a Teams thread');
  return { world, user, caseId: opened.id, rootId: opened.staffThread.activityId };
}

describe('Teams staff app (teams-ai on channel msteams)', () => {
  it('When a case opens, Then its card is posted in the staff channel with the summary and "Neem over" / "Sluit af"', async () => {
    const { world, rootId } = await waitingCase();

    const [card] = world.channel.cards();
    expect(card?.id).toBe(rootId);
    expect(card?.conversation?.id).toBe(`${STAFF_CHANNEL};messageid=${rootId}`);
    const { lines, actions } = cardText(card ?? {});
    expect(lines.slice(0, 7)).toEqual([
      'Iemand wil chatten',
      'Wacht in de rij.',
      'Vraag: Wil met een medewerker praten.',
      'Laatste bericht: "hallo"',
      'Taal: Nederlands',
      'Kanaal: ander kanaal',
      'Contact: wil nu chatten.',
    ]);
    expect(lines).toContain('Gesprek tot nu');
    expect(lines).toContain('Persoon: Met iemand praten');
    expect(actions).toEqual(['Neem over', 'Sluit af']);
  });

  it('When Anna takes the case, Then the card says so for everyone, the user hears who helps, and Bart cannot take it', async () => {
    const { world, user, caseId, rootId } = await waitingCase();
    const before = user.inbox().length;

    const response = await world.staff('Anna Peeters', 'aad-anna').clicks(TAKE_VERB, caseId, rootId);

    expect(response?.type).toBe('application/vnd.microsoft.card.adaptive');
    const updated = world.channel.cards().find((a) => a.id === rootId);
    expect(cardText(updated ?? {}).lines[1]).toBe('Opgenomen door Anna Peeters.');
    expect(cardText(updated ?? {}).actions).toEqual(['Geef terug', 'Sluit af']);
    expect(user.inbox().slice(before)).toEqual([{ text: 'Anna van VDAB helpt je nu verder.', buttons: ['Gesprek stoppen'] }]);

    const second = await world.staff('Bart Claes', 'aad-bart').clicks(TAKE_VERB, caseId, rootId);
    expect(second).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Anna Peeters heeft deze case al opgenomen.',
    });
    expect((await world.store.get(caseId))?.takenBy).toEqual({ kind: 'staff', id: 'aad-anna', name: 'Anna Peeters' });
  });

  it('When two staff click "Neem over" at the same moment, Then exactly one takes the case', async () => {
    const { world, caseId, rootId } = await waitingCase();

    const before = world.teams.activeQueue.length;
    await Promise.all([
      world.staff('Anna Peeters', 'aad-anna').clicks(TAKE_VERB, caseId, rootId),
      world.staff('Bart Claes', 'aad-bart').clicks(TAKE_VERB, caseId, rootId),
    ]);

    // Both turns ran at once, so their replies are read together from the channel.
    const responses = world.teams.activeQueue
      .slice(before)
      .filter((a) => a.type === 'invokeResponse')
      .map((a) => (a.value as { body: { type: string } }).body);
    expect(responses).toHaveLength(2);
    expect(responses.filter((r) => r?.type === 'application/vnd.microsoft.card.adaptive')).toHaveLength(1);
    expect(responses.filter((r) => r?.type === 'application/vnd.microsoft.activity.message')).toHaveLength(1);
  });

  it('When staff reply in the thread and the user writes back, Then both reach the other side in order, once', async () => {
    const { world, user, caseId, rootId } = await waitingCase();
    const anna = world.staff('Anna Peeters', 'aad-anna');
    expect(await anna.replies(rootId, 'Hallo?')).toEqual([
      expect.objectContaining({ text: 'Neem de case eerst over. Dan krijgt de persoon je bericht.' }),
    ]);
    await anna.clicks(TAKE_VERB, caseId, rootId);
    const before = user.inbox().length;

    await anna.replies(rootId, 'Dag, ik ben Anna. Waarmee kan ik helpen?', 'teams-1');
    await anna.replies(rootId, 'Dag, ik ben Anna. Waarmee kan ik helpen?', 'teams-1');
    await anna.replies(rootId, 'Woon je in Gent?', 'teams-2');
    const answer = await user.says('ja in gent', 'user-1');

    expect(answer).toEqual([]);
    expect(user.inbox().slice(before)).toEqual([
      { text: 'Anna: Dag, ik ben Anna. Waarmee kan ik helpen?', buttons: [] },
      { text: 'Anna: Woon je in Gent?', buttons: [] },
    ]);
    expect(world.channel.texts().slice(-1)).toEqual(['Persoon: ja in gent']);
    // Each is a whole reply by itself: the web chat shows it at once, not waiting for more of a reply.
    const fromAnna = user.activities().filter((a) => a.text?.startsWith('Anna: '));
    expect(fromAnna.map((a) => a.channelData)).toEqual([{ standalone: true }, { standalone: true }]);
    expect((await world.store.messages(caseId)).map((m) => `${m.seq} ${m.from} ${m.text}`)).toEqual([
      '1 staff Dag, ik ben Anna. Waarmee kan ik helpen?',
      '2 staff Woon je in Gent?',
      '3 user ja in gent',
    ]);
  });

  it('When the user writes Markdown (a disguised link, bold), Then staff in Teams see it as typed, never as a link or formatting', async () => {
    const { world, user } = await waitingCase();

    await user.says('**Dringend van VDAB**: [vdab.be/aanmelden](https://evil.example/login)');

    const relayed = world.teams.sentTo(STAFF_CHANNEL).filter((a) => a.type === 'message' && a.text?.startsWith('Persoon: '));
    expect(relayed.map((a) => [a.text, a.textFormat])).toEqual([
      ['Persoon: **Dringend van VDAB**: [vdab.be/aanmelden](https://evil.example/login)', 'plain'],
    ]);
  });

  it('When the user typed Markdown before the handover, Then the case card shows it as typed: no bold, italics, list or link', async () => {
    const world = await handoverWorld();
    const user = world.user('c1');
    const typed =
      'ik ben jan_de_smet, *dringend* **nu**: [vdab.be/aanmelden](https://evil.example/login) {{DATE(2026-11-26T10:00:00Z, SHORT)}}';
    await user.says(typed);
    await user.says('Met iemand praten');
    await user.says('Nu chatten');

    const card = (world.channel.cards()[0]?.attachments?.[0]?.content ?? {}) as { body: Record<string, unknown>[] };
    // A TextBlock reads its text as Markdown (Teams' escapes differ per client); a TextRun never does.
    expect(card.body.filter((b) => b.type === 'TextBlock')).toEqual([]);
    // To the eye: a zero-width space is all that keeps a date function from running.
    const lines = cardText(card).lines.map((l) => l.replace(/\u200b/g, ''));
    expect(lines).toContain(`Laatste bericht: "${typed}"`);
    expect(lines).toContain(`Persoon: ${typed}`);
    const said = card.body.find((b) => cardText({ body: [b], actions: [] }).lines[0]?.replace(/\u200b/g, '') === `Persoon: ${typed}`);
    // The bot's own label stands out by its weight, not by Markdown; the person's words are one plain run.
    expect(said).toMatchObject({
      type: 'RichTextBlock',
      inlines: [{ type: 'TextRun', text: 'Persoon: ', weight: 'Bolder' }, { type: 'TextRun' }],
    });
    expect((said?.inlines as { text: string }[])[1]?.text).not.toContain('{{DATE(');
  });

  it('When Anna closes the case, Then the card says so, the user hears it and the bot is back', async () => {
    const { world, user, caseId, rootId } = await waitingCase();
    const anna = world.staff('Anna Peeters', 'aad-anna');
    await anna.clicks(TAKE_VERB, caseId, rootId);
    const before = user.inbox().length;

    const response = await anna.clicks(CLOSE_VERB, caseId, rootId);

    expect(response?.type).toBe('application/vnd.microsoft.card.adaptive');
    const card = world.channel.cards().find((a) => a.id === rootId);
    expect(cardText(card ?? {}).lines[1]).toBe('Afgesloten door Anna Peeters.');
    expect(cardText(card ?? {}).actions).toEqual([]);
    expect(user.inbox().slice(before)).toEqual([
      { text: 'De medewerker heeft het gesprek afgesloten.', buttons: [] },
      { text: 'Kan ik je nog ergens mee helpen?', buttons: MENU },
    ]);
    expect((await user.says('Kan ik er een krijgen?')).at(-1)?.buttons).toEqual(['Voor mezelf', 'Voor iemand anders']);
    expect(await anna.replies(rootId, 'Nog iets?')).toEqual([
      expect.objectContaining({ text: 'Deze case is afgesloten. De persoon krijgt dit bericht niet.' }),
    ]);
    expect(await anna.clicks(CLOSE_VERB, caseId, rootId)).toMatchObject({ value: 'Deze case is al afgesloten.' });
  });

  it('When Anna hands the chat back, Then the person hears it and waits first in line, and Bart takes it with the chat so far', async () => {
    const { world, user, caseId, rootId } = await waitingCase();
    const anna = world.staff('Anna Peeters', 'aad-anna');
    await anna.clicks(TAKE_VERB, caseId, rootId);
    await anna.replies(rootId, 'Dag, ik kijk het na.', 'teams-1');
    const before = user.inbox().length;

    const response = await anna.clicks(HAND_BACK_VERB, caseId, rootId);

    expect(response?.type).toBe('application/vnd.microsoft.card.adaptive');
    const card = cardText(world.channel.cards().find((a) => a.id === rootId) ?? {});
    expect(card.lines[1]).toBe('Teruggegeven door Anna Peeters. Wacht weer in de rij.');
    expect(card.actions).toEqual(['Neem over', 'Sluit af']);
    expect(user.inbox().slice(before)).toEqual([
      { text: 'Anna geeft je vraag door. Een andere medewerker helpt je zo verder.', buttons: ['Stoppen met wachten'] },
      { text: 'Je bent nu nummer 1 in de rij. Hoe lang het duurt, weet ik nog niet.', buttons: ['Stoppen met wachten', 'Bel 0800 30 700'] },
    ]);
    expect(await world.store.queue()).toEqual([caseId]);

    await world.staff('Bart Claes', 'aad-bart').clicks(TAKE_VERB, caseId, rootId);
    expect(user.inbox().at(-1)?.text).toBe('Bart van VDAB helpt je nu verder.');
    expect((await world.store.messages(caseId)).map((m) => `${m.from} ${m.name ?? ''} ${m.text}`)).toEqual([
      'staff Anna Dag, ik kijk het na.',
    ]);
  });

  it('When an activity comes from the staff channel, Then its serviceUrl is kept for posting the next case', async () => {
    const { world } = await waitingCase();
    expect(await world.store.staffChannel()).toBeUndefined();

    await world.staff('Anna Peeters', 'aad-anna').replies('1', 'hallo');

    expect(await world.store.staffChannel()).toMatchObject({
      serviceUrl: SERVICE_URL,
      channelId: 'msteams',
      conversation: { id: STAFF_CHANNEL },
    });
  });

  it('When a Teams thread id is read, Then its root message id comes out', () => {
    expect(threadRootOf(`${STAFF_CHANNEL};messageid=1700000000001`)).toBe('1700000000001');
    expect(threadRootOf(STAFF_CHANNEL)).toBeUndefined();
  });
});
