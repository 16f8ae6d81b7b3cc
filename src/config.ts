import { z } from 'zod/v4';
import { LOG_LEVELS } from './observability/logger.js';

/** Empty variables (`REDIS_URL=` in a .env file) mean "not set". */
const blankAsUnset = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema);
const optional = <T extends z.ZodType>(schema: T) => blankAsUnset(schema.optional());

const AUTH_TYPES = ['SingleTenant', 'MultiTenant', 'UserAssignedMSI'] as const;

const Schema = z.object({
  /** HTTP port; 0 picks a free one (tests). */
  PORT: blankAsUnset(z.coerce.number({ error: 'must be a port number from 0 to 65535' }).int().min(0).max(65535).default(3978)),
  /** Interface to listen on. */
  HOST: blankAsUnset(z.string().min(1).default('0.0.0.0')),
  /** Redis for conversation and user state; unset = in-memory state (lost on restart). */
  REDIS_URL: optional(z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })),
  /** Prefix for every Redis key, so several bots can share one Redis. */
  REDIS_KEY_PREFIX: blankAsUnset(z.string().min(1).default('loopbaanbot:')),
  /** Days a conversation's state is kept after its last message (privacy: not forever). */
  STATE_TTL_DAYS: blankAsUnset(
    z.coerce.number({ error: 'must be a number of days from 1 to 365' }).int().positive().max(365).default(30),
  ),
  /** Azure Bot registration; unset = local mode with channel authentication off. */
  MicrosoftAppId: optional(z.string().min(1)),
  MicrosoftAppPassword: optional(z.string().min(1)),
  /** SingleTenant for new registrations (multi-tenant ones are deprecated since July 2025). */
  MicrosoftAppType: blankAsUnset(z.enum(AUTH_TYPES, { error: `must be one of ${AUTH_TYPES.join(', ')}` }).default('SingleTenant')),
  MicrosoftAppTenantId: optional(z.string().min(1)),
  LOG_LEVEL: blankAsUnset(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info')),
});

export type Config = z.infer<typeof Schema>;

/** Thrown when the environment is wrong; `problems` has one line per variable, never its value. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration once at start-up; every problem is reported, not just the first. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = Schema.safeParse(env);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`)),
    ...authProblems(env),
  ];
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  return parsed.data;
}

/**
 * Which Azure Bot settings go together. Checked on the raw environment, next to the schema, so
 * these problems are reported even when another variable is wrong too.
 */
function authProblems(env: Record<string, string | undefined>): string[] {
  const set = (name: string) => (env[name] ?? '') !== '';
  if (!set('MicrosoftAppId')) return [];
  const type = set('MicrosoftAppType') ? env.MicrosoftAppType : 'SingleTenant';
  const problems: string[] = [];
  if (type !== 'UserAssignedMSI' && !set('MicrosoftAppPassword')) {
    problems.push('MicrosoftAppPassword: is required when MicrosoftAppId is set');
  }
  if (type !== 'MultiTenant' && !set('MicrosoftAppTenantId')) {
    problems.push(`MicrosoftAppTenantId: is required when MicrosoftAppType is ${type}`);
  }
  return problems;
}
