import type { i18n } from 'i18next';
import type { TurnContext } from 'botbuilder';
import type { Redis } from 'ioredis';
import type { ContinueConversation } from '../../bot/proactive.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../observability/logger.js';
import type { RouteRegistrar } from '../../server.js';
import { DEFAULT_DIRECT_LINE_OPTIONS, DirectLineService, type DirectLineBot } from '../directline/directLineService.js';
import { RateLimiter } from '../directline/rateLimit.js';
import { RedisDirectLineStore } from '../directline/redisConversationStore.js';
import { directLineRoutes, type DirectLineEndpoint } from '../directline/routes.js';
import { webChatRoutes } from './routes.js';
import { azureTokenSource, builtinTokenSource, type WebChatTokenSource } from './tokenSource.js';

export type WebChannelConfig = Pick<
  Config,
  | 'MicrosoftAppId'
  | 'DIRECTLINE_SECRET'
  | 'DIRECTLINE_ENDPOINT'
  | 'DIRECTLINE_BUILTIN'
  | 'DIRECTLINE_TOKEN_SECRET'
  | 'TRUST_PROXY_HOPS'
  | 'WEBCHAT_NEW_CONVERSATIONS_PER_MINUTE'
  | 'REDIS_KEY_PREFIX'
>;

export interface WebChannelDeps {
  config: WebChannelConfig;
  bot: DirectLineBot;
  onTurnError: (context: TurnContext, error: unknown) => Promise<void>;
  i18n: i18n;
  phone: string;
  logger: Logger;
  /** The bot's Redis when state is in Redis: built-in Direct Line conversations then live there too. */
  redis?: Redis;
}

/** The web chat channel as the runtime wires it. */
export interface WebChannel {
  routes: RouteRegistrar[];
  /**
   * Writes into a conversation of the built-in Direct Line on the bot's own initiative (reminders,
   * staff replies); undefined when the built-in endpoint is off. Use it for references it `owns`.
   */
  builtin?: { continueConversation: ContinueConversation; owns: DirectLineService['owns']; forget: DirectLineService['forget'] };
  /** Closes open streams and stops listening to other instances; call before the server stops. */
  close(): Promise<void>;
}

/**
 * The web chat channel: the page at `/`, its token endpoint, and (unless switched off) the built-in
 * Direct Line endpoint, in memory or (with REDIS_URL) on Redis. With DIRECTLINE_SECRET the page talks to Azure's Direct Line and the
 * built-in endpoint is off unless DIRECTLINE_BUILTIN=on; without it the page uses the built-in one.
 */
export function webChannel(deps: WebChannelDeps): WebChannel {
  const { config, logger } = deps;
  const builtinOn = config.DIRECTLINE_BUILTIN ? config.DIRECTLINE_BUILTIN === 'on' : !config.DIRECTLINE_SECRET;
  const routes: RouteRegistrar[] = [];
  let service: DirectLineService | undefined;
  let endpoint: DirectLineEndpoint | undefined;
  const newConversations = { ...DEFAULT_DIRECT_LINE_OPTIONS.newConversations, max: config.WEBCHAT_NEW_CONVERSATIONS_PER_MINUTE };
  if (builtinOn) {
    if (!config.DIRECTLINE_TOKEN_SECRET) {
      logger[deps.redis ? 'warn' : 'info'](
        deps.redis
          ? 'built-in Direct Line tokens are signed with a random key: other instances refuse them; set DIRECTLINE_TOKEN_SECRET'
          : 'built-in Direct Line tokens are signed with a random key: they end when the process stops',
      );
    }
    const store = deps.redis
      ? new RedisDirectLineStore(deps.redis, config.REDIS_KEY_PREFIX, DEFAULT_DIRECT_LINE_OPTIONS, logger)
      : undefined;
    service = new DirectLineService(
      deps.bot,
      {
        ...DEFAULT_DIRECT_LINE_OPTIONS,
        newConversations,
        tokenSecret: config.DIRECTLINE_TOKEN_SECRET ? Buffer.from(config.DIRECTLINE_TOKEN_SECRET, 'utf8') : undefined,
        botId: config.MicrosoftAppId ?? 'loopbaanbot',
      },
      logger,
      deps.onTurnError,
      Date.now,
      store,
    );
    endpoint = directLineRoutes(service, logger, config.TRUST_PROXY_HOPS);
    routes.push(endpoint.routes);
  }
  let tokens: WebChatTokenSource | undefined;
  if (config.DIRECTLINE_SECRET) {
    tokens = azureTokenSource({
      endpoint: config.DIRECTLINE_ENDPOINT,
      secret: config.DIRECTLINE_SECRET,
      limiter: new RateLimiter(newConversations),
    });
  } else if (service) {
    tokens = builtinTokenSource(service);
  }
  if (tokens) {
    routes.push(webChatRoutes({ i18n: deps.i18n, phone: deps.phone, tokens, logger, trustedProxyHops: config.TRUST_PROXY_HOPS }));
  } else {
    logger.warn('web chat page is off: DIRECTLINE_BUILTIN=off and no DIRECTLINE_SECRET');
  }
  logger.info('web chat', { page: tokens?.kind ?? 'off', builtinDirectLine: builtinOn, store: deps.redis ? 'redis' : 'memory' });
  const builtin = service;
  return {
    routes,
    ...(builtin && {
      builtin: {
        continueConversation: builtin.continueConversation,
        owns: (reference) => builtin.owns(reference),
        forget: (context) => builtin.forget(context),
      },
    }),
    async close() {
      await endpoint?.close();
      await builtin?.close();
    },
  };
}
