import { randomBytes } from 'node:crypto';
import { z } from 'zod/v4';
import type { DirectLineService } from '../directline/directLineService.js';
import { DirectLineError } from '../directline/directLineService.js';
import { type RateLimiter } from '../directline/rateLimit.js';

/** What the page needs to connect Web Chat; never a secret. */
export interface WebChatTicket {
  token: string;
  conversationId: string;
  expiresIn: number;
  userId: string;
  /** Direct Line base URL; a path (`/v3/directline`) means this server. */
  domain: string;
}

/** Hands out a Direct Line token for one new conversation, for one client address. */
export interface WebChatTokenSource {
  readonly kind: 'builtin' | 'azure';
  /** Origins the page must be allowed to connect to (Content-Security-Policy connect-src). */
  readonly connectOrigins: readonly string[];
  ticket(client: string): Promise<WebChatTicket>;
}

/** Tokens of the built-in Direct Line endpoint (`/v3/directline`). */
export function builtinTokenSource(service: DirectLineService): WebChatTokenSource {
  return {
    kind: 'builtin',
    connectOrigins: [],
    async ticket(client) {
      const { conversationId, token, expires_in, userId } = service.generate(client);
      return { token, conversationId, expiresIn: expires_in, userId, domain: '/v3/directline' };
    },
  };
}

const AzureTicket = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
});

/**
 * Tokens from Azure Bot Service's Direct Line: the server exchanges the Direct Line secret for a
 * token bound to a new conversation and a random user id (`dl_…`, so Azure's enhanced
 * authentication accepts it), and only that token reaches the browser.
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-direct-line-3-0-authentication
 */
export function azureTokenSource(options: {
  /** e.g. https://europe.directline.botframework.com/v3/directline */
  endpoint: string;
  secret: string;
  limiter: RateLimiter;
  timeoutMs?: number;
}): WebChatTokenSource {
  const endpoint = options.endpoint.replace(/\/+$/, '');
  return {
    kind: 'azure',
    // REST calls over https, the conversation's stream over wss (its streamUrl).
    connectOrigins: [new URL(endpoint).origin, new URL(endpoint).origin.replace(/^http/, 'ws')],
    async ticket(client) {
      const limit = options.limiter.hit(client);
      if (!limit.allowed) {
        throw new DirectLineError(429, 'TooManyRequests', 'too many new conversations from this address', limit.retryAfterSeconds);
      }
      const userId = `dl_${randomBytes(12).toString('base64url')}`;
      let response: Response;
      try {
        response = await fetch(`${endpoint}/tokens/generate`, {
          method: 'POST',
          headers: { authorization: `Bearer ${options.secret}`, 'content-type': 'application/json' },
          body: JSON.stringify({ user: { id: userId } }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
        });
      } catch (error) {
        throw new DirectLineError(502, 'ServiceError', `Direct Line did not answer (${error instanceof Error ? error.name : 'error'})`);
      }
      if (!response.ok) throw new DirectLineError(502, 'ServiceError', `Direct Line refused the token request (${response.status})`);
      const parsed = AzureTicket.safeParse(await response.json().catch(() => undefined));
      if (!parsed.success) throw new DirectLineError(502, 'ServiceError', 'Direct Line answered without a token');
      return {
        token: parsed.data.token,
        conversationId: parsed.data.conversationId,
        expiresIn: parsed.data.expires_in,
        userId,
        domain: endpoint,
      };
    },
  };
}
