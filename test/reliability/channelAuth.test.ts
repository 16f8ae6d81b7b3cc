import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/observability/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';

const APP_ID = '00000000-0000-0000-0000-000000000001';
const ISSUER = 'https://api.botframework.com';

/** A stand-in for login.botframework.com: an OpenID document and a key set with one key, `k1`. */
async function keyServer(publicKey: KeyObject): Promise<{ server: Server; url: string }> {
  const jwk = publicKey.export({ format: 'jwk' });
  let url = '';
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/openid') res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${url}/keys` }));
    else res.end(JSON.stringify({ keys: [{ ...jwk, kid: 'k1', kty: 'RSA', use: 'sig', endorsements: ['directline'] }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, url };
}

/** An RS256 JWT signed with `key`, claiming key id `kid`: what a forger can make. */
function jwt(key: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(claims)}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), key).toString('base64url')}`;
}

const claims = () => ({
  iss: ISSUER,
  aud: APP_ID,
  serviceUrl: 'http://127.0.0.1:9/',
  exp: Math.floor(Date.now() / 1000) + 600,
  nbf: Math.floor(Date.now() / 1000) - 60,
});
const activity = {
  type: 'message',
  channelId: 'directline',
  from: { id: 'u' },
  recipient: { id: 'b' },
  conversation: { id: 'c' },
  serviceUrl: 'http://127.0.0.1:9/',
  text: 'hallo',
};

function botWith(openIdUrl: string, logLines: string[]): Promise<RunningServer> {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-a-real-secret',
    MicrosoftAppType: 'MultiTenant',
    ToBotFromChannelOpenIdMetadataUrl: openIdUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: openIdUrl,
    ToBotFromChannelTokenIssuer: ISSUER,
  });
  return startServer(
    {
      endpoint: new CloudAdapter(auth),
      bot: { run: async () => {} },
      readiness: [],
      logger: createLogger('debug', (l) => logLines.push(l)),
    },
    { port: 0, host: '127.0.0.1' },
  );
}

async function post(server: RunningServer, authorization: string) {
  const response = await fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify(activity),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.text() };
}

describe('channel tokens on /api/messages', () => {
  const real = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let keys: { server: Server; url: string };
  const servers: RunningServer[] = [];
  const logLines: string[] = [];
  beforeAll(async () => {
    keys = await keyServer(real.publicKey);
  });
  afterAll(async () => {
    for (const s of servers) await s.stop(100);
    keys.server.close();
  });

  it('When a token is signed with another key under a real key id, Then it is refused with 401 and a fixed body', async () => {
    const server = await botWith(`${keys.url}/openid`, logLines);
    servers.push(server);
    const answer = await post(server, `Bearer ${jwt(forger.privateKey, 'k1', claims())}`);
    expect(answer).toStrictEqual({ status: 401, retryAfter: null, body: '{"error":"a valid channel token is required"}' });
  });

  it('When a token names an unknown key or is no JWT at all, Then 401', async () => {
    const server = await botWith(`${keys.url}/openid?unknown`, logLines);
    servers.push(server);
    expect((await post(server, `Bearer ${jwt(forger.privateKey, 'k9', claims())}`)).status).toBe(401);
    expect((await post(server, 'Bearer not.a.jwt')).status).toBe(401);
    expect((await post(server, 'Basic abc')).status).toBe(401);
  });

  it('When the signing keys cannot be fetched, Then 503 with Retry-After and no internal error text', async () => {
    const server = await botWith('http://127.0.0.1:1/openid', logLines);
    servers.push(server);
    const answer = await post(server, `Bearer ${jwt(forger.privateKey, 'k1', claims())}`);
    expect(answer).toStrictEqual({ status: 503, retryAfter: '30', body: '{"error":"the channel token cannot be checked right now"}' });
  });

  it('When tokens are refused, Then each refusal is one JSON log line without a stack trace', () => {
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) {
      const parsed = JSON.parse(line) as { stack?: string };
      expect(line).not.toContain('\n');
      expect(parsed.stack ?? '').not.toMatch(/\n/);
    }
    expect(logLines.some((l) => l.includes('"msg":"channel token refused"'))).toBe(true);
    expect(logLines.some((l) => l.includes('"msg":"channel token not checked: signing keys unavailable"'))).toBe(true);
  });
});
