import { z } from 'zod/v4';

/*
 * Shapes of the WhatsApp Cloud API as documented by Meta (see
 * /work/shared/reference/channels.md §3.4 and §3.5). Inbound: validated with zod at the edge;
 * unknown fields are dropped, unknown message types are kept as such so they get a kind answer.
 */

const reply = z.object({ id: z.string().min(1).max(256), title: z.string().max(256) });

const InboundMessage = z.object({
  from: z.string().min(1).max(32),
  id: z.string().min(1).max(256),
  timestamp: z.string().regex(/^\d+$/),
  type: z.string().min(1),
  text: z.object({ body: z.string().max(65_536) }).optional(),
  interactive: z
    .object({
      type: z.string(),
      button_reply: reply.optional(),
      list_reply: reply.extend({ description: z.string().optional() }).optional(),
    })
    .optional(),
  /** A quick-reply button of a template message (the reminder template). */
  button: z.object({ text: z.string().max(256), payload: z.string().optional() }).optional(),
  audio: z.object({ id: z.string().optional(), mime_type: z.string().optional(), voice: z.boolean().optional() }).optional(),
});
export type InboundMessage = z.infer<typeof InboundMessage>;

const Status = z.object({
  id: z.string(),
  status: z.string(),
  timestamp: z.string().optional(),
  recipient_id: z.string().optional(),
});

/**
 * The `value` of a `messages` change. Parsed per change, so one odd change (another webhook field
 * Meta adds later) does not make the whole delivery fail.
 */
export const MessagesChange = z.object({
  messaging_product: z.literal('whatsapp'),
  metadata: z.object({ display_phone_number: z.string().optional(), phone_number_id: z.string().min(1) }),
  contacts: z.array(z.object({ wa_id: z.string().min(1) })).optional(),
  messages: z.array(InboundMessage).optional(),
  statuses: z.array(Status).optional(),
});

/** One webhook POST: possibly several entries, changes and messages at once. */
export const WebhookEnvelope = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(
    z.object({
      id: z.string(),
      changes: z.array(z.object({ field: z.string(), value: z.unknown() })),
    }),
  ),
});
export type WebhookEnvelope = z.infer<typeof WebhookEnvelope>;

export type MessagesChange = z.infer<typeof MessagesChange>;

/** Every outbound message carries these; `to` is the user's wa_id. */
interface Addressed {
  messaging_product: 'whatsapp';
  recipient_type: 'individual';
  to: string;
}

export interface TextPayload extends Addressed {
  type: 'text';
  text: { body: string; preview_url: boolean };
}

export interface ReplyButton {
  type: 'reply';
  reply: { id: string; title: string };
}

export interface ButtonsPayload extends Addressed {
  type: 'interactive';
  interactive: { type: 'button'; body: { text: string }; action: { buttons: ReplyButton[] } };
}

export interface ListRow {
  id: string;
  title: string;
  description?: string;
}

export interface ListPayload extends Addressed {
  type: 'interactive';
  interactive: {
    type: 'list';
    body: { text: string };
    action: { button: string; sections: { title?: string; rows: ListRow[] }[] };
  };
}

export interface TemplatePayload extends Addressed {
  type: 'template';
  template: { name: string; language: { code: string } };
}

/** What the bot posts to `/{phone-number-id}/messages`. */
export type OutboundPayload = TextPayload | ButtonsPayload | ListPayload | TemplatePayload;

/** The part of Graph's answer to a send that the adapter uses. */
export const SendResponse = z.object({ messages: z.array(z.object({ id: z.string() })).optional() });
