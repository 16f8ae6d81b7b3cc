import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../src/config.js';
import { problemsOf } from './support/config.js';

describe('loadConfig', () => {
  it('When nothing is set, Then the bot runs locally: port 3978, memory state, no channel auth', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3978, HOST: '0.0.0.0', REDIS_KEY_PREFIX: 'loopbaanbot:', STATE_TTL_DAYS: 30, LOG_LEVEL: 'info' });
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.MicrosoftAppId).toBeUndefined();
  });

  it('When variables are set but empty (as in a copied .env), Then they count as unset', () => {
    expect(loadConfig({ PORT: '', REDIS_URL: '', MicrosoftAppId: '' })).toMatchObject({
      PORT: 3978,
      REDIS_URL: undefined,
      MicrosoftAppId: undefined,
    });
  });

  it('When WEBCHAT_NEW_CONVERSATIONS_PER_MINUTE is unset, a number or nonsense, Then 10, that number, or a clear error', () => {
    expect(loadConfig({}).WEBCHAT_NEW_CONVERSATIONS_PER_MINUTE).toBe(10);
    expect(loadConfig({ WEBCHAT_NEW_CONVERSATIONS_PER_MINUTE: '200' }).WEBCHAT_NEW_CONVERSATIONS_PER_MINUTE).toBe(200);
    expect(() => loadConfig({ WEBCHAT_NEW_CONVERSATIONS_PER_MINUTE: '0' })).toThrow(
      /WEBCHAT_NEW_CONVERSATIONS_PER_MINUTE: must be a number from 1 to 10000/,
    );
    expect(() => loadConfig({ WEBCHAT_NEW_CONVERSATIONS_PER_MINUTE: 'veel' })).toThrow(ConfigError);
  });

  it('When values are given, Then they are parsed to their types', () => {
    expect(loadConfig({ PORT: '8080', REDIS_URL: 'redis://localhost:6379/2', STATE_TTL_DAYS: '7', LOG_LEVEL: 'warn' })).toMatchObject({
      PORT: 8080,
      REDIS_URL: 'redis://localhost:6379/2',
      STATE_TTL_DAYS: 7,
      LOG_LEVEL: 'warn',
    });
  });

  it('When several values are wrong, Then every problem is listed, one line each, with the name but never the value', () => {
    const problems = problemsOf({ PORT: 'eighty', REDIS_URL: 'http://secret-host:6379', LOG_LEVEL: 'loud' });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^PORT: /);
    expect(problems[1]).toBe('REDIS_URL: must be a redis:// or rediss:// URL');
    expect(problems[2]).toMatch(/^LOG_LEVEL: /);
    expect(problems.join('\n')).not.toContain('secret-host');
  });

  it('When an app id is set without password and tenant, Then both are reported as required', () => {
    expect(problemsOf({ MicrosoftAppId: 'app-id' })).toEqual([
      'MicrosoftAppPassword: is required when MicrosoftAppId is set',
      'MicrosoftAppTenantId: is required when MicrosoftAppType is SingleTenant',
    ]);
  });

  it('When a managed identity is used, Then no password is needed', () => {
    expect(
      loadConfig({ MicrosoftAppId: 'app-id', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 'tenant' }).MicrosoftAppType,
    ).toBe('UserAssignedMSI');
  });

  it('When WORKERS is not set, Then one process serves', () => {
    expect(loadConfig({}).WORKERS).toBe(1);
  });

  it('When several workers share Redis, with Azure Direct Line or the built-in one with a shared token key, Then the configuration is accepted', () => {
    expect(loadConfig({ WORKERS: '2', REDIS_URL: 'redis://localhost:6379/0', DIRECTLINE_SECRET: 'secret' }).WORKERS).toBe(2);
    expect(loadConfig({ WORKERS: '4', REDIS_URL: 'redis://localhost:6379/0', DIRECTLINE_BUILTIN: 'off' }).WORKERS).toBe(4);
    expect(
      loadConfig({
        WORKERS: '2',
        REDIS_URL: 'redis://localhost:6379/0',
        DIRECTLINE_TOKEN_SECRET: 'one-key-that-every-worker-shares-0123456789',
      }).WORKERS,
    ).toBe(2);
  });

  it('When several workers would keep state in their own memory or sign web chat tokens each with their own key, Then both problems are named', () => {
    expect(problemsOf({ WORKERS: '2' })).toEqual([
      'REDIS_URL: is required when WORKERS is above 1 (the workers share state through Redis)',
      'DIRECTLINE_TOKEN_SECRET: is required when WORKERS is above 1 and the built-in Direct Line is on (every worker must accept the tokens)',
    ]);
    expect(
      problemsOf({ WORKERS: '2', REDIS_URL: 'redis://localhost:6379/0', DIRECTLINE_SECRET: 'secret', DIRECTLINE_BUILTIN: 'on' }),
    ).toHaveLength(1);
  });

  it('When WORKERS is not a whole number from 1 to 64, Then it is refused', () => {
    for (const value of ['0', '65', 'two', '1.5']) {
      expect(problemsOf({ WORKERS: value })).toEqual(['WORKERS: must be a number of processes from 1 to 64']);
    }
  });

  it('When the error is printed, Then its message has one indented line per problem', () => {
    expect(new ConfigError(['PORT: bad', 'REDIS_URL: bad']).message).toBe('Invalid configuration:\n  PORT: bad\n  REDIS_URL: bad');
  });
});

describe('.env.example', () => {
  const lines = readFileSync(new URL('../.env.example', import.meta.url), 'utf8').split('\n');

  it('When the bot reads a variable, Then .env.example lists it with a comment right above', () => {
    const isVariable = (line: string) => /^[A-Za-z_]\w*=/.test(line);
    const undocumented = CONFIG_VARIABLES.filter((name) => {
      const at = lines.findIndex((line) => line.startsWith(`${name}=`));
      // Walk up past the other variables of the same group; the first other line must be a comment.
      const above = lines
        .slice(0, Math.max(at, 0))
        .reverse()
        .find((line) => !isVariable(line));
      return at < 0 || !above?.startsWith('#');
    });
    expect(undocumented).toEqual([]);
  });

  it('When .env.example is loaded as it is, Then it is a valid configuration', () => {
    const env = Object.fromEntries(
      lines
        .filter((line) => /^[A-Za-z_]\w*=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(() => loadConfig(env)).not.toThrow();
  });
});
