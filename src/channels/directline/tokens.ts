import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod/v4';

/**
 * What a token is for: `conversation` tokens authorise the REST calls; `stream` tokens only open
 * the WebSocket of a `streamUrl`, live a minute, and are refused everywhere else (a stream URL
 * ends up in proxy logs more easily than an Authorization header).
 */
export type TokenScope = 'conversation' | 'stream';

/** What a Direct Line token grants: one conversation, for one user, until `expiresAt`. */
export interface TokenClaims {
  conversationId: string;
  userId: string;
  /** Unix time in seconds. */
  expiresAt: number;
}

const Payload = z.strictObject({
  v: z.literal(1),
  c: z.string().min(1).max(100),
  u: z.string().min(1).max(100),
  exp: z.number().int().positive(),
  /** Random, so two tokens issued in the same second still differ. */
  n: z.string().min(1).max(32),
  /** Present on stream tokens only, so an old conversation token can never open a stream and vice versa. */
  s: z.literal('stream').optional(),
});

/** Why a token was refused; the endpoint answers 403 for every one of them. */
export type TokenProblem = 'malformed' | 'bad-signature' | 'expired' | 'wrong-scope';

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; problem: TokenProblem };

/** Direct Line asks clients to connect to a `streamUrl` within 60 seconds. */
export const STREAM_TOKEN_SECONDS = 60;

/** A secret of at least 32 bytes, so the HMAC key is as strong as its output. */
export const MIN_SECRET_BYTES = 32;

/**
 * Short-lived, conversation-scoped tokens for the built-in Direct Line endpoint:
 * `base64url(payload).base64url(HMAC-SHA256(secret, payload))`. Nothing is stored per token, so a
 * token is only as good as its signature and expiry; the signature is compared in constant time.
 *
 * The secret comes from DIRECTLINE_TOKEN_SECRET or is random per process, in which case tokens
 * die with the process (so do the in-memory conversations they point to).
 */
export class TokenIssuer {
  private readonly secret: Buffer;

  constructor(
    secret: Buffer | undefined,
    private readonly lifetimeSeconds: number,
    private readonly now: () => number = Date.now,
  ) {
    if (secret && secret.length < MIN_SECRET_BYTES) {
      throw new Error(`TokenIssuer: the secret must have at least ${MIN_SECRET_BYTES} bytes.`);
    }
    this.secret = secret ?? randomBytes(MIN_SECRET_BYTES);
  }

  /** Seconds a new token lives (Direct Line's `expires_in`). */
  get expiresIn(): number {
    return this.lifetimeSeconds;
  }

  /** A token for `scope`; stream tokens live `STREAM_TOKEN_SECONDS`, others the configured lifetime. */
  issue(conversationId: string, userId: string, scope: TokenScope = 'conversation'): { token: string; claims: TokenClaims } {
    const lifetime = scope === 'stream' ? STREAM_TOKEN_SECONDS : this.lifetimeSeconds;
    const claims: TokenClaims = {
      conversationId,
      userId,
      expiresAt: Math.floor(this.now() / 1000) + lifetime,
    };
    const payload = Buffer.from(
      JSON.stringify({
        v: 1,
        c: claims.conversationId,
        u: claims.userId,
        exp: claims.expiresAt,
        n: randomBytes(9).toString('base64url'),
        ...(scope === 'stream' && { s: 'stream' }),
      }),
    ).toString('base64url');
    return { token: `${payload}.${this.sign(payload).toString('base64url')}`, claims };
  }

  /** Checks signature, shape, expiry and that the token was issued for `scope`. */
  verify(token: string, scope: TokenScope = 'conversation'): TokenCheck {
    const [payload, signature, ...rest] = token.split('.');
    if (!payload || !signature || rest.length > 0 || !/^[\w-]+$/.test(payload) || !/^[\w-]+$/.test(signature)) {
      return { ok: false, problem: 'malformed' };
    }
    const expected = this.sign(payload);
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { ok: false, problem: 'bad-signature' };
    }
    let parsed: z.infer<typeof Payload>;
    try {
      parsed = Payload.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    } catch {
      return { ok: false, problem: 'malformed' };
    }
    if ((parsed.s ?? 'conversation') !== scope) return { ok: false, problem: 'wrong-scope' };
    if (parsed.exp <= Math.floor(this.now() / 1000)) return { ok: false, problem: 'expired' };
    return { ok: true, claims: { conversationId: parsed.c, userId: parsed.u, expiresAt: parsed.exp } };
  }

  private sign(payload: string): Buffer {
    return createHmac('sha256', this.secret).update(payload).digest();
  }
}
