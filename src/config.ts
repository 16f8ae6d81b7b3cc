import { z } from 'zod/v4';
import { LOG_LEVELS } from './observability/logger.js';

/** Empty variables (`REDIS_URL=` in a .env file) mean "not set". */
const blankAsUnset = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema);
const optional = <T extends z.ZodType>(schema: T) => blankAsUnset(schema.optional());

const AUTH_TYPES = ['SingleTenant', 'MultiTenant', 'UserAssignedMSI'] as const;
const MAX_WORKERS = 64;
const WORKERS_ERROR = `must be a number of processes from 1 to ${MAX_WORKERS}`;
const PER_MINUTE_RANGE = 'must be a number from 1 to 10000';

const Schema = z.object({
  /** HTTP port; 0 picks a free one (tests). */
  PORT: blankAsUnset(z.coerce.number({ error: 'must be a port number from 0 to 65535' }).int().min(0).max(65535).default(3978)),
  /** Interface to listen on. */
  HOST: blankAsUnset(z.string().min(1).default('0.0.0.0')),
  /** Bot processes sharing the port (node:cluster, src/cluster.ts); above 1 needs REDIS_URL, and DIRECTLINE_TOKEN_SECRET for the built-in Direct Line. */
  WORKERS: blankAsUnset(
    z.coerce
      .number({ error: WORKERS_ERROR })
      .int({ error: WORKERS_ERROR })
      .min(1, { error: WORKERS_ERROR })
      .max(MAX_WORKERS, { error: WORKERS_ERROR })
      .default(1),
  ),
  /** Redis for conversation and user state; unset = in-memory state (lost on restart). */
  REDIS_URL: optional(z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })),
  /** Prefix for every Redis key, so several bots can share one Redis. */
  REDIS_KEY_PREFIX: blankAsUnset(z.string().min(1).default('loopbaanbot:')),
  /** Days a conversation's state is kept after its last message (privacy: not forever). */
  STATE_TTL_DAYS: blankAsUnset(z.coerce.number({ error: 'must be a number of days from 1 to 365' }).int().positive().max(365).default(30)),
  /** Secret salt of the pseudonyms in keys that would name a person; unset = random per process (local use only). */
  DATA_HASH_SALT: optional(z.string().min(32, { error: 'must be at least 32 characters' })),
  /** Azure Bot registration; unset = local mode with channel authentication off. */
  MicrosoftAppId: optional(z.string().min(1)),
  MicrosoftAppPassword: optional(z.string().min(1)),
  /** SingleTenant for new registrations (multi-tenant ones are deprecated since July 2025). */
  MicrosoftAppType: blankAsUnset(z.enum(AUTH_TYPES, { error: `must be one of ${AUTH_TYPES.join(', ')}` }).default('SingleTenant')),
  MicrosoftAppTenantId: optional(z.string().min(1)),
  /** Azure Bot Service Direct Line secret; set = the web chat page talks to Azure's Direct Line. Never sent to browsers. */
  DIRECTLINE_SECRET: optional(z.string().min(1)),
  /** Azure's Direct Line base URL (a regional one, e.g. https://europe.directline.botframework.com/v3/directline). */
  DIRECTLINE_ENDPOINT: blankAsUnset(
    z
      .url({ protocol: /^https?$/, error: 'must be an https:// URL (http:// only for localhost)' })
      .refine((url) => url.startsWith('https://') || /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(url), {
        error: 'must be an https:// URL (http:// only for localhost)',
      })
      .default('https://directline.botframework.com/v3/directline'),
  ),
  /** The bot's own Direct Line endpoint (/v3/directline); unset = on when DIRECTLINE_SECRET is not set. */
  DIRECTLINE_BUILTIN: optional(z.enum(['on', 'off'], { error: 'must be on or off' })),
  /** Key that signs the built-in endpoint's tokens (≥ 32 characters); unset = random per process. Instances sharing REDIS_URL need the same one. */
  DIRECTLINE_TOKEN_SECRET: optional(z.string().min(32, { error: 'must be at least 32 characters' })),
  /**
   * New web chat conversations a minute from one address (default 10). Phones on a mobile network
   * or in one office can share an address: raise it where many people reach the bot that way.
   */
  WEBCHAT_NEW_CONVERSATIONS_PER_MINUTE: blankAsUnset(
    z.coerce
      .number({ error: PER_MINUTE_RANGE })
      .int({ error: PER_MINUTE_RANGE })
      .min(1, { error: PER_MINUTE_RANGE })
      .max(10_000, { error: PER_MINUTE_RANGE })
      .default(10),
  ),
  /** Reverse proxies in front of the bot (0 = none); per-address rate limits read X-Forwarded-For through them. */
  TRUST_PROXY_HOPS: blankAsUnset(z.coerce.number({ error: 'must be a number from 0 to 5' }).int().min(0).max(5).default(0)),
  LOG_LEVEL: blankAsUnset(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info')),
  /** on: before listening, hold a few long conversations with a bot of its own in memory, so the first long user message is not slow (src/bot/rehearsal.ts). */
  REHEARSE: blankAsUnset(z.enum(['on', 'off'], { error: 'must be on or off' }).default('on')),
  /** JSON file with the loopbaancheque rules (format of data/cheque-regimes.json); unset = the shipped rules. */
  RULES_FILE: optional(z.string().min(1)),
  /** JSON file with the real centre catalogue (data/README.md); unset = the shipped DEMO centres. */
  CENTRES_FILE: optional(z.string().min(1)),
  /** Hours between now and the earliest slot offered. */
  BOOKING_MIN_NOTICE_HOURS: blankAsUnset(
    z.coerce.number({ error: 'must be a number of hours from 0 to 336' }).int().min(0).max(336).default(24),
  ),
  /** Days a booking (name, phone/e-mail) is kept after the appointment; privacy: not forever. */
  BOOKING_RETENTION_DAYS: blankAsUnset(
    z.coerce.number({ error: 'must be a number of days from 1 to 365' }).int().min(1).max(365).default(30),
  ),
  /** SMTP server for the centre e-mails (smtp:// or smtps://, credentials in the URL); unset = no e-mails. */
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' })),
  /** Sender address of the centre e-mails. */
  BOOKING_MAIL_FROM: blankAsUnset(z.string().min(3).default('Loopbaanbot <loopbaanbot@localhost>')),
  /** Optional JSON webhook told about every booking, signed with BOOKING_WEBHOOK_SECRET. */
  BOOKING_WEBHOOK_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' })),
  BOOKING_WEBHOOK_SECRET: optional(z.string().min(16, { error: 'must be at least 16 characters' })),
  /** Bearer token for the staff API and the console at /staff; unset = both answer 404. */
  STAFF_TOKEN: optional(z.string().min(16, { error: 'must be at least 16 characters' })),
  /** Teams channel where new handover cases are posted (`19:…@thread.tacv2`); unset = staff use the console only. */
  TEAMS_STAFF_CHANNEL_ID: optional(
    z.string().regex(/^19:[^;\s]+@thread\.(tacv2|skype)$/, { error: 'must be a Teams channel id such as 19:abc@thread.tacv2' }),
  ),
  /** Teams service URL for posting the first case, until an activity from the channel gives the real one. */
  TEAMS_SERVICE_URL: blankAsUnset(
    z.url({ protocol: /^https$/, error: 'must be an https:// URL' }).default('https://smba.trafficmanager.net/teams/'),
  ),
  /** JSON file with staff hours and holidays (format: data/README.md); unset = data/staff-hours.json. */
  STAFF_HOURS_FILE: optional(z.string().min(1)),
  /** on = also offer cases to an external contact-centre hub with `handoff.initiate` and obey its `handoff.status`. */
  HANDOVER_HUB: blankAsUnset(z.enum(['on', 'off'], { error: 'must be on or off' }).default('off')),
  /** Days a handover case (summary, transcript, messages) is kept after it was opened; privacy: not forever. */
  HANDOVER_TTL_DAYS: blankAsUnset(z.coerce.number({ error: 'must be a number of days from 1 to 90' }).int().min(1).max(90).default(7)),
  /** WhatsApp Cloud API (Meta); on only when the four WHATSAPP_* secrets and ids below are all set. */
  WHATSAPP_API_URL: blankAsUnset(
    z
      .url({ protocol: /^https?$/, error: 'must be an https:// URL (http:// only for localhost)' })
      .refine((url) => url.startsWith('https://') || /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(url), {
        error: 'must be an https:// URL (http:// only for localhost)',
      })
      .default('https://graph.facebook.com/v21.0'),
  ),
  WHATSAPP_TOKEN: optional(z.string().min(1)),
  WHATSAPP_PHONE_NUMBER_ID: optional(z.string().regex(/^\d+$/, { error: 'must be the numeric phone number id from Meta' })),
  WHATSAPP_APP_SECRET: optional(z.string().min(1)),
  WHATSAPP_VERIFY_TOKEN: optional(z.string().min(1)),
  /** Approved template for messages outside the 24-hour window; unset = such messages are not sent. */
  WHATSAPP_REMINDER_TEMPLATE: optional(z.string().regex(/^[a-z0-9_]{1,512}$/, { error: 'must be a template name (a-z, 0-9, _)' })),
  WHATSAPP_REMINDER_TEMPLATE_LANGUAGE: blankAsUnset(
    z
      .string()
      .regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, { error: 'must be a language code such as nl or en_US' })
      .default('nl'),
  ),
});

export type Config = z.infer<typeof Schema>;

/** Every variable the bot reads; .env.example documents each one (a test checks it). */
export const CONFIG_VARIABLES = Object.keys(Schema.shape) as (keyof Config)[];

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
    ...whatsAppProblems(env),
    ...webhookProblems(env),
    ...workerProblems(env),
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

/** The settings without which the WhatsApp channel cannot work; all or none. */
export const WHATSAPP_REQUIRED = ['WHATSAPP_TOKEN', 'WHATSAPP_PHONE_NUMBER_ID', 'WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN'] as const;

/** Half a WhatsApp configuration is a mistake, not "WhatsApp off": name what is missing. */
function whatsAppProblems(env: Record<string, string | undefined>): string[] {
  const set = (name: string) => (env[name] ?? '') !== '';
  const given = [...WHATSAPP_REQUIRED, 'WHATSAPP_REMINDER_TEMPLATE'].filter(set);
  if (given.length === 0) return [];
  return WHATSAPP_REQUIRED.filter((name) => !set(name)).map(
    (name) => `${name}: is required when WhatsApp is configured (${given[0]} is set)`,
  );
}

/**
 * Worker processes share nothing but Redis: a conversation's next message may reach another
 * worker, and the built-in Direct Line keeps web chat conversations in one process's memory.
 */
function workerProblems(env: Record<string, string | undefined>): string[] {
  const set = (name: string) => (env[name] ?? '') !== '';
  const workers = Number(env.WORKERS);
  if (!Number.isInteger(workers) || workers <= 1 || workers > MAX_WORKERS) return [];
  const problems: string[] = [];
  if (!set('REDIS_URL')) problems.push('REDIS_URL: is required when WORKERS is above 1 (the workers share state through Redis)');
  const builtinDirectLine = set('DIRECTLINE_BUILTIN') ? env.DIRECTLINE_BUILTIN === 'on' : !set('DIRECTLINE_SECRET');
  // The built-in Direct Line keeps its conversations in Redis, so any worker serves them; its
  // tokens must then be signed with one key that every worker knows.
  if (builtinDirectLine && !set('DIRECTLINE_TOKEN_SECRET')) {
    problems.push(
      'DIRECTLINE_TOKEN_SECRET: is required when WORKERS is above 1 and the built-in Direct Line is on (every worker must accept the tokens)',
    );
  }
  return problems;
}

/** A webhook without its secret could not be signed, and a secret alone does nothing: both or neither. */
function webhookProblems(env: Record<string, string | undefined>): string[] {
  const set = (name: string) => (env[name] ?? '') !== '';
  if (set('BOOKING_WEBHOOK_URL') === set('BOOKING_WEBHOOK_SECRET')) return [];
  return set('BOOKING_WEBHOOK_URL')
    ? ['BOOKING_WEBHOOK_SECRET: is required when BOOKING_WEBHOOK_URL is set']
    : ['BOOKING_WEBHOOK_URL: is required when BOOKING_WEBHOOK_SECRET is set'];
}
