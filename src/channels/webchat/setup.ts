import type { i18n } from 'i18next';
import type { TurnContext } from 'botbuilder';
import type { Config } from '../../config.js';
import type { Logger } from '../../observability/logger.js';
import type { RouteRegistrar } from '../../server.js';
import { DEFAULT_DIRECT_LINE_OPTIONS, DirectLineService, type DirectLineBot } from '../directline/directLineService.js';
import { RateLimiter } from '../directline/rateLimit.js';
import { directLineRoutes } from '../directline/routes.js';
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
>;

export interface WebChannelDeps {
  config: WebChannelConfig;
  bot: DirectLineBot;
  onTurnError: (context: TurnContext, error: unknown) => Promise<void>;
  i18n: i18n;
  phone: string;
  logger: Logger;
}

/**
 * The web chat channel: the page at `/`, its token endpoint, and (unless switched off) the built-in
 * Direct Line endpoint. With DIRECTLINE_SECRET the page talks to Azure's Direct Line and the
 * built-in endpoint is off unless DIRECTLINE_BUILTIN=on; without it the page uses the built-in one.
 */
export function webChannelRoutes(deps: WebChannelDeps): RouteRegistrar[] {
  const { config, logger } = deps;
  const builtinOn = config.DIRECTLINE_BUILTIN ? config.DIRECTLINE_BUILTIN === 'on' : !config.DIRECTLINE_SECRET;
  const routes: RouteRegistrar[] = [];
  let service: DirectLineService | undefined;
  if (builtinOn) {
    if (!config.DIRECTLINE_TOKEN_SECRET) {
      logger.info('built-in Direct Line tokens are signed with a random key: they end when the process stops');
    }
    service = new DirectLineService(
      deps.bot,
      {
        ...DEFAULT_DIRECT_LINE_OPTIONS,
        tokenSecret: config.DIRECTLINE_TOKEN_SECRET ? Buffer.from(config.DIRECTLINE_TOKEN_SECRET, 'utf8') : undefined,
        botId: config.MicrosoftAppId ?? 'loopbaanbot',
      },
      logger,
      deps.onTurnError,
    );
    routes.push(directLineRoutes(service, logger, config.TRUST_PROXY_HOPS));
  }
  let tokens: WebChatTokenSource | undefined;
  if (config.DIRECTLINE_SECRET) {
    tokens = azureTokenSource({
      endpoint: config.DIRECTLINE_ENDPOINT,
      secret: config.DIRECTLINE_SECRET,
      limiter: new RateLimiter(DEFAULT_DIRECT_LINE_OPTIONS.newConversations),
    });
  } else if (service) {
    tokens = builtinTokenSource(service);
  }
  if (tokens) {
    routes.push(webChatRoutes({ i18n: deps.i18n, phone: deps.phone, tokens, logger, trustedProxyHops: config.TRUST_PROXY_HOPS }));
  } else {
    logger.warn('web chat page is off: DIRECTLINE_BUILTIN=off and no DIRECTLINE_SECRET');
  }
  logger.info('web chat', { page: tokens?.kind ?? 'off', builtinDirectLine: builtinOn });
  return routes;
}
