import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startBot, type RunningBot } from '../../src/runtime.js';
import { fakeChannelService, httpUser, staffApi } from './httpUser.js';

const TOKEN = 'staff-token-0123456789';
const IN_HOURS = { now: () => new Date('2026-11-26T10:00:00+01:00') };

describe('staff handover API', () => {
  let bot: RunningBot;
  let channel: Awaited<ReturnType<typeof fakeChannelService>>;
  const api = staffApi(() => bot, TOKEN);

  beforeAll(async () => {
    channel = await fakeChannelService();
    bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1', STAFF_TOKEN: TOKEN }), silentLogger, IN_HOURS);
  });
  afterAll(async () => {
    await bot.stop();
    await channel.close();
  });

  it('When the token is wrong or missing, Then the API answers 401 and shows nothing', async () => {
    expect((await api('/api/staff/handovers', { token: 'wrong-token-0000000000' })).status).toBe(401);
    expect((await fetch(`${bot.server.url}/api/staff/handovers`)).status).toBe(401);
  });

  it('When a person waits, Then GET /api/staff/handovers lists the case with its summary, without conversation details', async () => {
    const user = httpUser(bot, channel.url, 'api-1');
    await user.says('hallo');
    await user.says('Met iemand praten');
    await user.says('Nu chatten');

    const { status, body } = await api('/api/staff/handovers');

    expect(status).toBe(200);
    const cases = body.cases as Record<string, unknown>[];
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({
      mode: 'chat',
      state: 'waiting',
      reason: 'asked',
      position: 1,
      summary: [
        'Vraag: Wil met een medewerker praten.',
        'Laatste bericht: "hallo"',
        'Taal: Nederlands',
        'Kanaal: ander kanaal',
        'Contact: wil nu chatten.',
      ],
    });
    expect(JSON.stringify(body)).not.toContain('api-1');
  });

  it('When staff take, write and close through the API, Then the user gets it on their channel and the bot is back', async () => {
    const { body } = await api('/api/staff/handovers');
    const id = String((body.cases as { id: string }[])[0]?.id);

    expect((await api(`/api/staff/handovers/${id}/messages`, { method: 'POST', body: { name: 'Anna', text: 'Hallo?' } })).body).toEqual({
      error: 'not_taken',
    });
    expect((await api(`/api/staff/handovers/${id}/take`, { method: 'POST', body: { name: 'Anna Peeters' } })).status).toBe(200);
    expect(await api(`/api/staff/handovers/${id}/take`, { method: 'POST', body: { name: 'Bart' } })).toEqual({
      status: 409,
      body: { error: 'taken', takenBy: 'Anna Peeters' },
    });
    expect(
      (
        await api(`/api/staff/handovers/${id}/messages`, {
          method: 'POST',
          body: { name: 'Anna Peeters', text: 'Dag, waarmee kan ik helpen?' },
        })
      ).status,
    ).toBe(200);
    expect(await httpUser(bot, channel.url, 'api-1').says('Ik woon in Gent.')).toEqual([]);
    const messages = await api(`/api/staff/handovers/${id}/messages?after=0`);
    expect((messages.body.messages as { seq: number; from: string; text: string }[]).map((m) => `${m.seq} ${m.from} ${m.text}`)).toEqual([
      '1 staff Dag, waarmee kan ik helpen?',
      '2 user Ik woon in Gent.',
    ]);
    expect((await api(`/api/staff/handovers/${id}/close`, { method: 'POST', body: { name: 'Anna Peeters' } })).status).toBe(200);

    expect(channel.delivered.filter((d) => d.conversationId === 'api-1').map((d) => d.text)).toEqual([
      'Anna van VDAB helpt je nu verder.',
      'Anna: Dag, waarmee kan ik helpen?',
      'De medewerker heeft het gesprek afgesloten.',
      'Kan ik je nog ergens mee helpen?',
    ]);
    expect((await api('/api/staff/handovers')).body.count).toBe(0);
    expect((await api(`/api/staff/handovers/${id}/close`, { method: 'POST', body: { name: 'Anna' } })).status).toBe(409);
  });

  it('When a request is malformed, Then it gets 400 or 404 with what is wrong', async () => {
    expect((await api('/api/staff/handovers/not-a-case')).status).toBe(404);
    const { body } = await api('/api/staff/handovers');
    expect(body.count).toBe(0);
    const bad = await api('/api/staff/handovers/00000000-0000-4000-8000-000000000000/take', { method: 'POST', body: { name: '' } });
    expect(bad.status).toBe(400);
    expect((await api('/api/staff/reach?weeks=500')).status).toBe(400);
  });

  it("When the reach is asked, Then it gives this week's anonymous counts", async () => {
    const { status, body } = await api('/api/staff/reach?weeks=2');
    expect(status).toBe(200);
    expect(body.weeks).toEqual(['2026-W47', '2026-W48']);
    expect(body.counts).toEqual(
      expect.arrayContaining([
        { week: '2026-W48', event: 'conversation', channel: 'other', locale: 'nl', count: 1 },
        { week: '2026-W48', event: 'handover', channel: 'other', locale: 'nl', count: 1 },
      ]),
    );
  });

  it('When a call-back is asked for a day ("morgen namiddag"), Then the API gives the day in the summary and in the contact', async () => {
    const user = httpUser(bot, channel.url, 'api-2');
    await user.says('hallo');
    await user.says('Met iemand praten');
    await user.says('Bel me terug');
    await user.says('0470 12 34 56');
    await user.says('morgen namiddag');

    const cases = (await api('/api/staff/handovers')).body.cases as Record<string, unknown>[];
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({
      mode: 'callback',
      contact: { mode: 'callback', phone: '+32470123456', partOfDay: 'afternoon', day: '2026-11-27' },
    });
    expect(cases[0]?.summary).toContain('Contact: bel +32470123456 op vrijdag 27 november, in de namiddag.');
  });
});

describe('staff handover API: what a person writes while waiting', () => {
  let bot: RunningBot;
  let channel: Awaited<ReturnType<typeof fakeChannelService>>;
  const api = staffApi(() => bot, TOKEN);

  beforeAll(async () => {
    channel = await fakeChannelService();
    bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1', STAFF_TOKEN: TOKEN }), silentLogger, IN_HOURS);
  });
  afterAll(async () => {
    await bot.stop();
    await channel.close();
  });

  it('When the person writes while the case still waits, Then the queue shows their words at once, and the one who takes it reads them first', async () => {
    const user = httpUser(bot, channel.url, 'wait-1');
    await user.says('hallo');
    await user.says('Met iemand praten');
    await user.says('Nu chatten');
    await user.says('Mijn contract stopt volgende maand.');
    await user.says('Ik woon in Gent.');

    const waiting = ((await api('/api/staff/handovers')).body.cases as Record<string, unknown>[])[0];
    expect(waiting).toMatchObject({ state: 'waiting' });
    expect((waiting?.messages as { from: string; text: string }[]).map((m) => `${m.from}: ${m.text}`)).toEqual([
      'user: Mijn contract stopt volgende maand.',
      'user: Ik woon in Gent.',
    ]);

    const id = String(waiting?.id);
    expect((await api(`/api/staff/handovers/${id}/take`, { method: 'POST', body: { name: 'Anna' } })).status).toBe(200);
    const chat = await api(`/api/staff/handovers/${id}/messages?after=0`);
    expect((chat.body.messages as { text: string }[]).map((m) => m.text)).toEqual([
      'Mijn contract stopt volgende maand.',
      'Ik woon in Gent.',
    ]);
  });

  it('When a waiting person closes the chat page, Then the case shows "left" with all they wrote and the number they typed, and cannot be taken', async () => {
    const user = httpUser(bot, channel.url, 'wait-2');
    await user.says('hallo');
    await user.says('Met iemand praten');
    await user.says('Nu chatten');
    await user.says('Bel me op 0470 12 34 56 als het lukt.');
    // What the web chat page sends on `pagehide` (here over /api/messages, as the emulator channel).
    await user.event('loopbaanbot/pageLeft');

    const cases = (await api('/api/staff/handovers')).body.cases as Record<string, unknown>[];
    const left = cases.find((c) => c.left === true);
    expect(left).toMatchObject({ state: 'waiting', left: true, typedPhone: '0470 12 34 56' });
    expect(left?.position).toBeUndefined();
    expect((left?.messages as { text: string }[]).map((m) => m.text)).toEqual(['Bel me op 0470 12 34 56 als het lukt.']);
    expect(left?.summary).toContain('Laatste bericht: "hallo"');

    expect(await api(`/api/staff/handovers/${String(left?.id)}/take`, { method: 'POST', body: { name: 'Bart' } })).toEqual({
      status: 409,
      body: { error: 'left' },
    });
    expect((await api(`/api/staff/handovers/${String(left?.id)}/messages?after=0`)).body).toMatchObject({ state: 'waiting', left: true });
    expect((await api(`/api/staff/handovers/${String(left?.id)}/close`, { method: 'POST', body: { name: 'Bart' } })).status).toBe(200);
  });

  it('When Anna hands a chat back, Then the person hears it, the case waits first in line with the chat so far, and Bart can take it', async () => {
    const user = httpUser(bot, channel.url, 'wait-3');
    await user.says('hallo');
    await user.says('Met iemand praten');
    await user.says('Nu chatten');
    const id = String(
      ((await api('/api/staff/handovers')).body.cases as { id: string; state: string }[]).find((c) => c.state === 'waiting')?.id,
    );
    await api(`/api/staff/handovers/${id}/take`, { method: 'POST', body: { name: 'Anna Peeters' } });
    await api(`/api/staff/handovers/${id}/messages`, { method: 'POST', body: { name: 'Anna Peeters', text: 'Ik kijk het na.' } });
    await user.says('Dank je.');

    expect((await api(`/api/staff/handovers/${id}/handback`, { method: 'POST', body: { name: 'Anna Peeters' } })).status).toBe(200);

    // The wait after it follows the queue's pace (other tests took cases in this bot).
    expect(
      channel.delivered
        .filter((d) => d.conversationId === 'wait-3')
        .map((d) => d.text)
        .slice(-2),
    ).toEqual([
      'Anna geeft je vraag door. Een andere medewerker helpt je zo verder.',
      expect.stringMatching(/^Je bent nu nummer 1 in de rij\. /),
    ]);
    const waiting = ((await api('/api/staff/handovers')).body.cases as Record<string, unknown>[]).find((c) => c.id === id);
    expect(waiting).toMatchObject({ state: 'waiting', position: 1, handedBackBy: 'Anna Peeters' });
    expect((waiting?.messages as { from: string; text: string }[]).map((m) => `${m.from}: ${m.text}`)).toEqual([
      'staff: Ik kijk het na.',
      'user: Dank je.',
    ]);
    expect((await api(`/api/staff/handovers/${id}/handback`, { method: 'POST', body: { name: 'Anna Peeters' } })).body).toEqual({
      error: 'not_taken',
    });
    expect((await api(`/api/staff/handovers/${id}/take`, { method: 'POST', body: { name: 'Bart' } })).status).toBe(200);
  });
});

describe('staff console without STAFF_TOKEN', () => {
  it('When no token is configured, Then the console and its API do not exist', async () => {
    const bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1' }), silentLogger, IN_HOURS);
    try {
      for (const path of ['/staff', '/staff/reach', '/staff/assets/chart.js', '/api/staff/handovers', '/api/staff/reach']) {
        expect((await fetch(`${bot.server.url}${path}`)).status, path).toBe(404);
      }
    } finally {
      await bot.stop();
    }
  });
});
