import {
  BotCallbackHandlerKey,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  DeliveryModes,
  StatusCodes,
  TurnContext,
  type Activity,
  type Request,
  type Response,
} from 'botbuilder';
// The SDK's own request fix-up (timestamps to Dates), so both paths hand the bot the same activity.
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator.js';
import type { Config } from '../config.js';
import { describeError } from '../observability/errors.js';
import type { Logger } from '../observability/logger.js';

type Logic = (context: TurnContext) => Promise<void>;
/** The argument lists of CloudAdapter.process: (req, res, logic) and the two WebSocket upgrades. */
type ProcessArgs = CloudAdapter['process'] extends {
  (...args: infer A): Promise<void>;
  (...args: infer B): Promise<void>;
  (...args: infer C): Promise<void>;
}
  ? A | B | C
  : never;
type Authentication = ConfigurationBotFrameworkAuthentication;
type AuthenticateResult = Awaited<ReturnType<Authentication['authenticateRequest']>>;
type ConnectorClient = Awaited<ReturnType<NonNullable<AuthenticateResult['connectorFactory']>['create']>>;
type UserTokenClient = Awaited<ReturnType<Authentication['createUserTokenClient']>>;

/**
 * With authentication off, `serviceUrl` is whatever the caller wrote, so the cache of connector
 * clients by serviceUrl must stay small: a handful of real channel URLs, the oldest evicted.
 */
const MAX_CACHED_CONNECTOR_CLIENTS = 16;

/**
 * CloudAdapter with one shortcut for the only traffic where the SDK itself checks no token: no app
 * credentials configured, no Authorization header, `deliveryMode: expectReplies` (local tools, the
 * load test, HTTP clients that read replies from the response). For those turns the stock adapter
 * builds two Azure service clients (a ConnectorClient and a UserTokenClient) that an expectReplies
 * turn never calls, about a quarter of a turn's CPU; this path reuses them instead.
 *
 * Authentication stays exactly as strong: the shortcut still asks the SDK's `authenticateRequest`
 * (with the empty header) for the turn's identity, so if the SDK ever required a token it throws
 * 401 here as well. Every other request, including any with credentials configured or a header
 * present, goes through `CloudAdapter.process` unchanged.
 */
export class LoopbaanAdapter extends CloudAdapter {
  private readonly connectorClients = new Map<string, ConnectorClient>();
  private anonymousUserTokenClient: UserTokenClient | undefined;

  constructor(
    auth: Authentication,
    private readonly options: {
      /** True only when no app id, password or tenant is configured (then the SDK checks no tokens). */
      credentialsConfigured: boolean;
      logger: Logger;
    },
  ) {
    super(auth);
  }

  override async process(...args: ProcessArgs): Promise<void> {
    if (args.length === 3) {
      const [req, res, logic] = args;
      if (this.mayTakeShortcut(req)) return this.processExpectReplies(req, res, logic);
      return super.process(req, res, logic);
    }
    const [req, socket, head, logic] = args;
    return super.process(req, socket, head, logic);
  }

  private mayTakeShortcut(req: Request): boolean {
    if (this.options.credentialsConfigured || req.method !== 'POST') return false;
    const headers = req.headers;
    if (headers.authorization !== undefined || headers.Authorization !== undefined) return false;
    const body = req.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return false;
    if (body.deliveryMode !== DeliveryModes.ExpectReplies || typeof body.type !== 'string') return false;
    // The SDK gives Emulator skill calls a skill identity (not anonymous): leave those to it.
    const recipient = body.recipient as { role?: unknown } | undefined;
    return !(body.channelId === 'emulator' && recipient?.role === 'skill');
  }

  /** CloudAdapterBase.processActivity for an expectReplies turn, with the service clients reused. */
  private async processExpectReplies(req: Request, res: Response, logic: Logic): Promise<void> {
    try {
      const activity = validateAndFixActivity(req.body as unknown as Activity);
      const auth = await this.botFrameworkAuthentication.authenticateRequest(activity, '');
      // As the SDK: the caller id is whatever authentication says (none when it is off).
      Object.assign(activity, { callerId: auth.callerId });
      const context = new TurnContext(this, activity);
      context.turnState.set(this.BotIdentityKey, auth.claimsIdentity);
      context.turnState.set(this.ConnectorClientKey, await this.connectorClient(auth, activity.serviceUrl));
      context.turnState.set(this.UserTokenClientKey, await this.userTokenClient(auth));
      context.turnState.set(BotCallbackHandlerKey, logic);
      context.turnState.set(this.ConnectorFactoryKey, auth.connectorFactory);
      context.turnState.set(this.OAuthScopeKey, auth.audience);
      await this.runMiddleware(context, logic);
      res.status(StatusCodes.OK);
      res.send({ activities: context.bufferedReplyActivities });
      res.end();
    } catch (error) {
      // As CloudAdapter.process: 401 for the SDK's AuthenticationError, 500 for anything else.
      const unauthorized = (error as { statusCode?: unknown } | null)?.statusCode === StatusCodes.UNAUTHORIZED;
      if (!unauthorized) this.options.logger.error('turn could not be processed', describeError(error));
      res.status(unauthorized ? StatusCodes.UNAUTHORIZED : StatusCodes.INTERNAL_SERVER_ERROR);
      res.end();
    }
  }

  private async connectorClient(auth: AuthenticateResult, serviceUrl: string): Promise<ConnectorClient> {
    const key = `${auth.audience}\n${serviceUrl}`;
    const cached = this.connectorClients.get(key);
    if (cached) {
      // Most recently used goes last, so the first entry is always the one to evict.
      this.connectorClients.delete(key);
      this.connectorClients.set(key, cached);
      return cached;
    }
    if (!auth.connectorFactory) throw new Error('LoopbaanAdapter: the SDK gave no connector factory.');
    const client = await auth.connectorFactory.create(serviceUrl, auth.audience);
    if (this.connectorClients.size >= MAX_CACHED_CONNECTOR_CLIENTS) {
      const oldest = this.connectorClients.keys().next().value;
      if (oldest !== undefined) this.connectorClients.delete(oldest);
    }
    this.connectorClients.set(key, client);
    return client;
  }

  /** Anonymous identities (no claims) all get the same client; any other identity a fresh one. */
  private async userTokenClient(auth: AuthenticateResult): Promise<UserTokenClient> {
    if (auth.claimsIdentity.claims.length > 0) return this.botFrameworkAuthentication.createUserTokenClient(auth.claimsIdentity);
    this.anonymousUserTokenClient ??= await this.botFrameworkAuthentication.createUserTokenClient(auth.claimsIdentity);
    return this.anonymousUserTokenClient;
  }
}

/**
 * The Bot Framework adapter for /api/messages. With a MicrosoftAppId every request must carry a
 * valid channel token; without one, authentication is off, which is only for a local machine.
 */
export function createAdapter(config: Config, logger: Logger): LoopbaanAdapter {
  if (!config.MicrosoftAppId) {
    logger.warn('channel authentication is OFF (MicrosoftAppId is not set): use this only on your own machine');
  }
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppId ? config.MicrosoftAppType : undefined,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const credentialsConfigured = Boolean(config.MicrosoftAppId || config.MicrosoftAppPassword || config.MicrosoftAppTenantId);
  return new LoopbaanAdapter(auth, { credentialsConfigured, logger });
}
