import { createAdapter } from './bot/adapter.js';
import { handleTurnError } from './bot/turnErrors.js';
import { composeBot } from './composition.js';
import type { Config } from './config.js';
import { systemClock, type Clock } from './domain/calendar.js';
import { ChequeRules } from './domain/chequeRegimes.js';
import { loadVdabContact } from './domain/vdabContact.js';
import { createI18n } from './i18n/i18n.js';
import type { Logger } from './observability/logger.js';
import { startServer, type RunningServer } from './server.js';
import { createStorage } from './storage/createStorage.js';

export interface RunningBot {
  server: RunningServer;
  stop(): Promise<void>;
}

/**
 * Builds everything from a validated configuration and starts listening. `npm start` and the
 * server tests both come through here, so tests run the wiring users get.
 */
export async function startBot(config: Config, logger: Logger, clock: Clock = systemClock): Promise<RunningBot> {
  const state = createStorage(config, logger);
  const contact = loadVdabContact();
  const { app, conversationState, language } = composeBot({
    storage: state.storage,
    i18n: await createI18n(),
    rules: ChequeRules.load(),
    contact,
    clock,
  });
  const adapter = createAdapter(config, logger);
  adapter.onTurnError = handleTurnError({
    logger,
    conversationState,
    translate: (context) => language.tOrDefault(context),
    phone: contact.phone,
  });
  const server = await startServer(
    { endpoint: adapter, bot: app, readiness: state.readiness, logger },
    { port: config.PORT, host: config.HOST },
  );
  return {
    server,
    async stop() {
      await server.stop();
      await state.close();
    },
  };
}
