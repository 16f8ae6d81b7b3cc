import { SendResponse, type OutboundPayload } from './payloads.js';

/** Sends one message through the WhatsApp Cloud API; resolves to Meta's message id when given. */
export interface GraphClient {
  send(payload: OutboundPayload): Promise<string | undefined>;
}

export interface GraphClientOptions {
  /** e.g. https://graph.facebook.com/v21.0 (tests: a local fake Graph server). */
  apiUrl: string;
  phoneNumberId: string;
  token: string;
  /** Per request; Meta usually answers well within a second. */
  timeoutMs?: number;
}

/**
 * Thrown when Graph refuses a send. Carries the HTTP status and Meta's error code only: Meta's
 * error texts can quote the recipient's number, so they stay out of errors and logs.
 */
export class GraphSendError extends Error {
  constructor(
    readonly status: number,
    readonly code: number | undefined,
  ) {
    super(`WhatsApp Graph API refused the message: HTTP ${status}${code === undefined ? '' : `, code ${code}`}`);
    this.name = 'GraphSendError';
  }
}

/** `POST {apiUrl}/{phoneNumberId}/messages` with the bearer token, as channels.md §3.5 describes. */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const url = `${options.apiUrl.replace(/\/+$/, '')}/${encodeURIComponent(options.phoneNumberId)}/messages`;
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    async send(payload) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body: unknown = await response.json().catch(() => undefined);
      if (!response.ok) throw new GraphSendError(response.status, errorCode(body));
      const parsed = SendResponse.safeParse(body);
      return parsed.success ? parsed.data.messages?.[0]?.id : undefined;
    },
  };
}

function errorCode(body: unknown): number | undefined {
  const code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === 'number' ? code : undefined;
}
