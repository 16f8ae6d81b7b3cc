import { z } from 'zod/v4';

/**
 * The longest text the bot reads from one message. Everything after it is dropped before any
 * understanding runs (spelling correction and intent scoring grow with the text), on every
 * channel. Nobody answering a chatbot question needs more; a pasted CV is cut, not refused.
 */
export const MAX_INBOUND_TEXT = 2_000;

/** `text` cut to MAX_INBOUND_TEXT characters, never in the middle of a surrogate pair. */
export function cutInboundText(text: string): string {
  if (text.length <= MAX_INBOUND_TEXT) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(MAX_INBOUND_TEXT - 1)) ? MAX_INBOUND_TEXT - 1 : MAX_INBOUND_TEXT;
  return text.slice(0, end);
}

/** Cuts `activity.text` in place (the one shared cut; see MAX_INBOUND_TEXT). */
export function boundInboundText(activity: { text?: unknown }): void {
  if (typeof activity.text === 'string') activity.text = cutInboundText(activity.text);
}

const short = (max: number) => z.string().max(max);
const account = z.looseObject({
  id: z.string().min(1).max(512),
  name: short(512).optional(),
  role: short(64).optional(),
  aadObjectId: short(256).optional(),
});
const conversation = account.extend({
  conversationType: short(64).optional(),
  isGroup: z.boolean().optional(),
  tenantId: short(256).optional(),
});
/** Teams puts @mentions here; botbuilder reads `mentioned.id` and `text` of every one. */
const mention = z.looseObject({ type: z.literal('mention'), mentioned: account, text: short(1_024) });
const entity = z.looseObject({ type: short(128) }).refine((e) => e.type !== 'mention' || mention.safeParse(e).success, {
  error: 'incomplete mention',
});
const instant = short(64).refine((s) => !Number.isNaN(Date.parse(s)), { error: 'not a date' });
const reference = z.looseObject({ id: short(512).optional() });

/**
 * What an incoming activity may look like before the bot touches it. Channels always send the
 * ids (state keys are built from them). The fields botbuilder, teams-ai and the bot read are
 * typed and bounded, so a wrong type is a 400 here and never a TypeError in the middle of a turn
 * (which used to end in the error handler, and once wiped the conversation). Other fields pass
 * through for the SDK. `null` counts as absent (see `inboundActivity`).
 */
export const InboundActivity = z.looseObject({
  type: z.string().min(1).max(64),
  id: short(512).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: short(2_048).optional(),
  conversation,
  from: account,
  recipient: account,
  text: z.string().optional(),
  textFormat: short(32).optional(),
  speak: z.string().optional(),
  locale: short(35).optional(),
  name: short(256).optional(),
  replyToId: short(512).optional(),
  deliveryMode: z.enum(['normal', 'notification', 'expectReplies', 'ephemeral']).optional(),
  inputHint: short(32).optional(),
  callerId: short(512).optional(),
  timestamp: instant.optional(),
  localTimestamp: instant.optional(),
  expiration: instant.optional(),
  entities: z.array(entity).max(64).optional(),
  membersAdded: z.array(account).max(100).optional(),
  membersRemoved: z.array(account).max(100).optional(),
  reactionsAdded: z
    .array(z.looseObject({ type: short(128) }))
    .max(50)
    .optional(),
  reactionsRemoved: z
    .array(z.looseObject({ type: short(128) }))
    .max(50)
    .optional(),
  attachments: z
    .array(z.looseObject({ contentType: short(256), name: short(512).optional() }))
    .max(20)
    .optional(),
  channelData: z
    .looseObject({
      eventType: short(128).optional(),
      clientActivityID: short(256).optional(),
      tenant: reference.optional(),
      team: reference.optional(),
      channel: reference.optional(),
    })
    .optional(),
  relatesTo: z.looseObject({}).optional(),
  suggestedActions: z.looseObject({}).optional(),
  value: z.unknown().optional(),
});
export type InboundActivity = z.infer<typeof InboundActivity>;

/** Drops top-level `null`s: clients send them for "not set", and the SDK treats absent and null alike only sometimes. */
function withoutNulls(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  // Nearly every body has none: it goes to the parser as it is (which copies it), without a copy here.
  const record = body as Record<string, unknown>;
  let hasNull = false;
  for (const key of Object.keys(record)) {
    if (record[key] === null) {
      hasNull = true;
      break;
    }
  }
  if (!hasNull) return body;
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));
}

/**
 * The activity to hand to the adapter, with its text cut (see MAX_INBOUND_TEXT), or the problems
 * as `field: message` lines.
 */
export function inboundActivity(body: unknown): { ok: true; activity: InboundActivity } | { ok: false; problems: string[] } {
  const parsed = InboundActivity.safeParse(withoutNulls(body));
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || 'body'}: ${i.message}`) };
  }
  boundInboundText(parsed.data);
  return { ok: true, activity: parsed.data };
}

/** Problems with a request body as `field: message` lines, or [] when it can go to the adapter. */
export function inboundActivityProblems(body: unknown): string[] {
  const result = inboundActivity(body);
  return result.ok ? [] : result.problems;
}
