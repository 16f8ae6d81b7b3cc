import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Config } from '../config.js';
import type { Logger } from '../observability/logger.js';

/**
 * The Bot Framework adapter for /api/messages. With a MicrosoftAppId every request must carry a
 * valid channel token; without one, authentication is off, which is only for a local machine.
 */
export function createAdapter(config: Config, logger: Logger): CloudAdapter {
  if (!config.MicrosoftAppId) {
    logger.warn('channel authentication is OFF (MicrosoftAppId is not set): use this only on your own machine');
  }
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppId ? config.MicrosoftAppType : undefined,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  return new CloudAdapter(auth);
}
