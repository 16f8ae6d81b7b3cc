import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryBookingStore } from '../../src/booking/memoryBookingStore.js';
import type { NewBooking } from '../../src/booking/model.js';
import { silentLogger } from '../../src/observability/logger.js';
import { MemoryClarityCounter } from '../../src/readability/clarity.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { staffBookingsRoutes, tokenMatches } from '../../src/staff/bookingsApi.js';

const TOKEN = 'staff-token-0123456789abcdef';

function booking(centreId: string, start: string, firstName: string): NewBooking {
  return {
    centreId,
    slot: { centreId, start, end: new Date(Date.parse(start) + 1_800_000).toISOString() },
    person: { firstName, phone: '+32470000000' },
    locale: 'nl',
    mode: 'online',
    reminderOptIn: true,
    conversationReference: { conversation: { id: 'private' } },
  };
}

const clarity = new MemoryClarityCounter();
await clarity.record('explainCheque', 'yes');
await clarity.record('explainCheque', 'no');
await clarity.record('explainCheque', 'yes');
await clarity.record('explainCheque.simple', 'no');

async function serverWith(token: string | undefined): Promise<RunningServer> {
  const bookings = new MemoryBookingStore({ clock: { now: () => new Date('2026-11-26T10:00:00Z') }, retentionDays: 3650 });
  await bookings.reserve(booking('demo-gent', '2026-12-02T09:00:00.000Z', 'Bart'));
  await bookings.reserve(booking('demo-brugge', '2026-12-01T09:00:00.000Z', 'Amira'));
  await bookings.reserve(booking('demo-gent', '2026-12-04T09:00:00.000Z', 'Cor'));
  return startServer(
    {
      endpoint: { process: async () => {} },
      bot: { run: async () => {} },
      readiness: [],
      logger: silentLogger,
      routes: [staffBookingsRoutes({ bookings, clarity, token, logger: silentLogger })],
    },
    { port: 0, host: '127.0.0.1' },
  );
}

const get = async (server: RunningServer, query = '', authorization?: string) => {
  const response = await fetch(`${server.url}/api/staff/bookings${query}`, { headers: authorization ? { authorization } : {} });
  return {
    status: response.status,
    body: (await response.json()) as {
      count?: number;
      bookings?: { person: { firstName: string }; conversationReference?: unknown }[];
      problems?: string[];
    },
  };
};

describe('GET /api/staff/bookings', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serverWith(TOKEN);
  });
  afterAll(() => server.stop());

  it('When the right token is sent, then all bookings come by start, without conversation references', async () => {
    const { status, body } = await get(server, '', `Bearer ${TOKEN}`);

    expect(status).toBe(200);
    expect(body.count).toBe(3);
    expect(body.bookings?.map((b) => b.person.firstName)).toStrictEqual(['Amira', 'Bart', 'Cor']);
    expect(body.bookings?.some((b) => 'conversationReference' in b)).toBe(false);
  });

  it('When from, to and centreId are given, then only matching bookings come', async () => {
    const { body } = await get(server, '?centreId=demo-gent&from=2026-12-02T00:00:00Z&to=2026-12-03T00:00:00%2B01:00', `Bearer ${TOKEN}`);

    expect(body.bookings?.map((b) => b.person.firstName)).toStrictEqual(['Bart']);
  });

  it('When the token is missing, wrong or not a bearer token, then the answer is 401', async () => {
    expect((await get(server)).status).toBe(401);
    expect((await get(server, '', `Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await get(server, '', `Basic ${TOKEN}`)).status).toBe(401);
  });

  it('When the query is not valid, then the answer is 400 naming the problem', async () => {
    const bad = await get(server, '?from=yesterday', `Bearer ${TOKEN}`);
    const unknown = await get(server, '?limit=5', `Bearer ${TOKEN}`);
    const reversed = await get(server, '?from=2026-12-03T00:00:00Z&to=2026-12-01T00:00:00Z', `Bearer ${TOKEN}`);

    expect([bad.status, unknown.status, reversed.status]).toStrictEqual([400, 400, 400]);
    expect(bad.body.problems?.[0]).toMatch(/^from: /);
    expect(reversed.body.problems).toStrictEqual(['to: from must be before to']);
  });

  it('When tokens are compared, then only the same token matches', () => {
    expect([tokenMatches(TOKEN, TOKEN), tokenMatches('', TOKEN), tokenMatches(TOKEN.slice(0, -1), TOKEN)]).toStrictEqual([
      true,
      false,
      false,
    ]);
  });
});

describe('GET /api/staff/bookings without STAFF_TOKEN', () => {
  it('When no token is configured, then the API does not exist (404), whatever is sent', async () => {
    const server = await serverWith(undefined);
    try {
      expect((await get(server, '', 'Bearer ')).status).toBe(404);
      expect((await get(server, '', 'Bearer anything')).status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});

describe('the running bot (src/runtime.ts)', () => {
  it("When STAFF_TOKEN is set, then GET /api/staff/bookings answers with the bot's (empty) booking list", async () => {
    const { startBot } = await import('../../src/runtime.js');
    const { loadConfig } = await import('../../src/config.js');
    const bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1', STAFF_TOKEN: TOKEN }), silentLogger);
    try {
      const ok = await get(bot.server, '', `Bearer ${TOKEN}`);
      expect([ok.status, ok.body.count]).toStrictEqual([200, 0]);
      expect((await get(bot.server)).status).toBe(401);
    } finally {
      await bot.stop();
    }
  });
});

describe('GET /api/staff/clarity', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serverWith(TOKEN);
  });
  afterAll(() => server.stop());
  const clarityOf = (authorization?: string) =>
    fetch(`${server.url}/api/staff/clarity`, { headers: authorization ? { authorization } : {} });

  it('When staff ask with the token, Then they get the yes/no counts per step and nothing about users', async () => {
    const response = await clarityOf(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ steps: { explainCheque: { yes: 2, no: 1 }, 'explainCheque.simple': { yes: 0, no: 1 } } });
  });

  it('When the token is missing or wrong, Then the answer is 401', async () => {
    expect((await clarityOf()).status).toBe(401);
    expect((await clarityOf('Bearer wrong')).status).toBe(401);
  });
});

describe('GET /api/staff/bookings: guessing the token', () => {
  it('When one address sends 10 wrong tokens, Then the 11th try gets 429 with Retry-After, even with the right token', async () => {
    const server = await serverWith(TOKEN);
    try {
      for (let i = 0; i < 10; i++) expect((await get(server, '', `Bearer wrong-${i}`)).status).toBe(401);
      const response = await fetch(`${server.url}/api/staff/bookings`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });

  it('When the right token comes after a few wrong ones, Then it still works', async () => {
    const server = await serverWith(TOKEN);
    try {
      for (let i = 0; i < 3; i++) await get(server, '', `Bearer wrong-${i}`);
      expect((await get(server, '', `Bearer ${TOKEN}`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
