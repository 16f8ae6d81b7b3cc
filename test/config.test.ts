import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('When nothing is set, Then the bot runs locally: port 3978, memory state, no channel auth', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3978, HOST: '0.0.0.0', REDIS_KEY_PREFIX: 'loopbaanbot:', STATE_TTL_DAYS: 30, LOG_LEVEL: 'info' });
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.MicrosoftAppId).toBeUndefined();
  });

  it('When variables are set but empty (as in a copied .env), Then they count as unset', () => {
    expect(loadConfig({ PORT: '', REDIS_URL: '', MicrosoftAppId: '' })).toMatchObject({ PORT: 3978, REDIS_URL: undefined, MicrosoftAppId: undefined });
  });

  it('When values are given, Then they are parsed to their types', () => {
    expect(
      loadConfig({ PORT: '8080', REDIS_URL: 'redis://localhost:6379/2', STATE_TTL_DAYS: '7', LOG_LEVEL: 'warn' }),
    ).toMatchObject({ PORT: 8080, REDIS_URL: 'redis://localhost:6379/2', STATE_TTL_DAYS: 7, LOG_LEVEL: 'warn' });
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

  it('When the error is printed, Then its message has one indented line per problem', () => {
    expect(new ConfigError(['PORT: bad', 'REDIS_URL: bad']).message).toBe('Invalid configuration:\n  PORT: bad\n  REDIS_URL: bad');
  });
});
