import { z } from 'zod/v4';

const account = z.looseObject({ id: z.string().min(1) });

/**
 * The least an incoming activity must carry before the bot touches it. Channels always send these;
 * state keys are built from them, so without them a turn cannot load its conversation. Everything
 * else passes through untouched for the SDK.
 */
export const InboundActivity = z.looseObject({
  type: z.string().min(1),
  channelId: z.string().min(1),
  conversation: account,
  from: account,
  recipient: account,
  text: z.string().optional(),
  locale: z.string().max(35).optional(),
});

/** Problems with a request body as `field: message` lines, or [] when it can go to the adapter. */
export function inboundActivityProblems(body: unknown): string[] {
  const parsed = InboundActivity.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
}
