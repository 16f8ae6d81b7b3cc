import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config.js';

// No Bicep compiler runs here (no network, no az CLI): these checks read the template as text and
// hold it to what the app needs. `az bicep build -f deployment/azure/main.bicep` is the full check.
const root = new URL('../../', import.meta.url).pathname;
const bicep = readFileSync(`${root}deployment/azure/main.bicep`, 'utf8');
const example = JSON.parse(readFileSync(`${root}deployment/azure/main.parameters.example.json`, 'utf8')) as {
  parameters: Record<string, { value: unknown }>;
};

/** `param name type [= default]` lines, with whether a @secure() decorator is right above. */
const params = [...bicep.matchAll(/^((?:@[^\n]*\n)*)param (\w+) (\w+)( = [^\n]+)?$/gm)].map((m) => ({
  name: m[2],
  secure: (m[1] ?? '').includes('@secure()'),
  hasDefault: m[4] !== undefined,
}));

/** The `{ name: 'X', value|secretRef: … }` entries of the container's environment. */
const appSettings = [
  ...bicep
    .slice(bicep.indexOf('var appSettings'), bicep.indexOf('resource app '))
    .matchAll(/\{ name: '(\w+)', (value|secretRef): ([^}]+) \}/g),
].map((m) => ({
  name: m[1],
  kind: m[2],
  /** A quoted literal without its quotes, or the Bicep expression as written. */
  ref: m[3].trim().replace(/^'([^']*)'$/, '$1'),
  literal: /^'[^']*'$/.test(m[3].trim()),
}));

/** The `{ name: 'x', keyVaultUrl: … }` secrets of the container app. */
const appSecrets = [
  ...bicep
    .slice(bicep.indexOf('var keyVaultSecrets'), bicep.indexOf('var appSettings'))
    .matchAll(/\{ name: '([\w-]+)', keyVaultUrl: (\w+)\.properties\.secretUri/g),
].map((m) => ({
  name: m[1],
  resource: m[2],
}));

const SECRET_SETTINGS = ['REDIS_URL', 'DIRECTLINE_SECRET', 'MicrosoftAppPassword', 'STAFF_TOKEN', 'SMTP_URL'];

describe('deployment/azure/main.bicep', () => {
  it('When deployed, Then it creates the bot registration, the app, Redis and Key Vault', () => {
    for (const type of [
      'Microsoft.BotService/botServices@',
      'Microsoft.App/containerApps@',
      'Microsoft.App/managedEnvironments@',
      'Microsoft.Cache/redis@',
      'Microsoft.KeyVault/vaults@',
      'Microsoft.ManagedIdentity/userAssignedIdentities@',
    ]) {
      expect(bicep, type).toContain(`'${type}`);
    }
  });

  it('When the bot is registered, Then Teams and Direct Line channels are on and the endpoint is the app /api/messages', () => {
    expect(bicep).toMatch(/name: 'MsTeamsChannel'[\s\S]*?channelName: 'MsTeamsChannel'[\s\S]*?isEnabled: true/);
    expect(bicep).toMatch(/name: 'DirectLineChannel'[\s\S]*?channelName: 'DirectLineChannel'[\s\S]*?isV3Enabled: true/);
    expect(bicep).toContain("endpoint: 'https://${appFqdn}/api/messages'");
  });

  it('When the app starts, Then every setting it gets is one the configuration knows', () => {
    expect(appSettings.length).toBeGreaterThan(10);
    expect(appSettings.map((s) => s.name).filter((name) => !(CONFIG_VARIABLES as string[]).includes(name))).toEqual([]);
  });

  it('When a setting is a secret, Then the app setting is a reference to Key Vault, never the value', () => {
    for (const name of SECRET_SETTINGS) {
      const setting = appSettings.find((s) => s.name === name);
      expect(setting?.kind, name).toBe('secretRef');
    }
    const secretNames = appSecrets.map((s) => s.name);
    for (const setting of appSettings.filter((s) => s.kind === 'secretRef')) expect(secretNames, setting.name).toContain(setting.ref);
    for (const secret of appSecrets) {
      expect(bicep, secret.name).toMatch(
        new RegExp(
          `resource ${secret.resource} 'Microsoft\\.KeyVault/vaults/secrets@[^']+'[^{]*\\{\\s*parent: vault\\s*name: '${secret.name}'`,
        ),
      );
    }
    expect(bicep).toContain('principalId: identity.properties.principalId');
    expect(bicep).toContain("keyVaultSecretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'");
  });

  it('When the settings are read with placeholder secrets, Then they are a valid configuration for several replicas', () => {
    // What the expressions evaluate to in a deployment with workersPerReplica = 2.
    const evaluated: Record<string, string> = {
      WORKERS: '2',
      LOG_LEVEL: 'info',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002',
      DIRECTLINE_ENDPOINT: 'https://europe.directline.botframework.com/v3/directline',
      BOOKING_MAIL_FROM: 'Loopbaanbot <loopbaanbot@vdab.be>',
      REDIS_URL: 'rediss://:key@cache.redis.cache.windows.net:6380/0',
      SMTP_URL: 'smtps://user:password@smtp.example:465',
    };
    const env = Object.fromEntries(
      appSettings.map((s) => [
        s.name,
        evaluated[s.name] ?? (s.kind === 'secretRef' || !s.literal ? 'placeholder-secret-value-0123456789' : s.ref),
      ]),
    );
    expect(Object.keys(evaluated).filter((name) => !(name in env))).toEqual([]);
    expect(loadConfig(env)).toMatchObject({ WORKERS: 2, DIRECTLINE_BUILTIN: 'off', TRUST_PROXY_HOPS: 1 });
  });

  it('When the platform probes a replica, Then liveness asks /healthz and readiness /readyz', () => {
    expect(bicep).toMatch(/type: 'Liveness'\s*httpGet: \{ path: '\/healthz', port: 3978 \}/);
    expect(bicep).toMatch(/type: 'Readiness'\s*httpGet: \{ path: '\/readyz', port: 3978 \}/);
    expect(bicep).toContain('terminationGracePeriodSeconds: 35');
  });

  it('When Redis is created, Then only TLS connections are allowed', () => {
    expect(bicep).toContain('enableNonSslPort: false');
    expect(bicep).toContain("minimumTlsVersion: '1.2'");
  });

  it('When the example parameters are used, Then they name only declared parameters, give every required one, and hold no secret', () => {
    const declared = params.map((p) => p.name);
    expect(Object.keys(example.parameters).filter((name) => !declared.includes(name))).toEqual([]);
    expect(params.filter((p) => !p.hasDefault && !(p.name in example.parameters)).map((p) => p.name)).toEqual([]);
    const secure = params.filter((p) => p.secure).map((p) => p.name);
    expect(secure.sort()).toEqual(['microsoftAppPassword', 'smtpUrl', 'staffToken']);
    expect(Object.keys(example.parameters).filter((name) => secure.includes(name))).toEqual([]);
  });
});
