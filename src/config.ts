import { z } from 'zod/v4';
import { LOG_LEVELS } from './observability/logger.js';

/** Empty variables (`REDIS_URL=` in a .env file) mean "not set". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const Schema = z
  .object({
    /** HTTP port; 0 picks a free one (tests). */
    PORT: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(65535).default(3978)),
    /** Interface to listen on. */
    HOST: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).default('0.0.0.0')),
    /** Redis for conversation and user state; unset = in-memory state (lost on restart). */
    REDIS_URL: optional(z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })),
    /** Prefix for every Redis key, so several bots can share one Redis. */
    REDIS_KEY_PREFIX: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).default('loopbaanbot:')),
    /** Days a conversation's state is kept after its last message (privacy: not forever). */
    STATE_TTL_DAYS: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().positive().max(365).default(30)),
    /** Azure Bot registration; unset = local mode with channel authentication off. */
    MicrosoftAppId: optional(z.string().min(1)),
    MicrosoftAppPassword: optional(z.string().min(1)),
    /** SingleTenant for new registrations (multi-tenant ones are deprecated since July 2025). */
    MicrosoftAppType: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
    ),
    MicrosoftAppTenantId: optional(z.string().min(1)),
    LOG_LEVEL: z.preprocess((v) => (v === '' ? undefined : v), z.enum(LOG_LEVELS).default('info')),
  })
  .superRefine((config, ctx) => {
    if (!config.MicrosoftAppId) return;
    if (config.MicrosoftAppType !== 'UserAssignedMSI' && !config.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (config.MicrosoftAppType !== 'MultiTenant' && !config.MicrosoftAppTenantId) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppTenantId'],
        message: `is required when MicrosoftAppType is ${config.MicrosoftAppType}`,
      });
    }
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
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(environment)';
    const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
    return `${name}: ${message}`;
  });
  throw new ConfigError(problems);
}
