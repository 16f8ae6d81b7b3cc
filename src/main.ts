import { ConfigError, loadConfig, type Config } from './config.js';
import { describeError } from './observability/errors.js';
import { createLogger } from './observability/logger.js';
import { startBot } from './runtime.js';

function reportConfigError(error: ConfigError): never {
  process.stderr.write(`Loopbaanbot cannot start, the configuration is wrong:\n${error.problems.map((p) => `  ${p}\n`).join('')}`);
  process.exit(1);
}

/** The entry point: the only place that reads the environment. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    reportConfigError(error);
  }
  const logger = createLogger(config.LOG_LEVEL);
  const bot = await startBot(config, logger);
  const shutdown = async (signal: string) => {
    logger.info('stopping', { signal });
    await bot.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // A rules file that does not validate is found while starting; it reads like any configuration problem.
  if (error instanceof ConfigError) reportConfigError(error);
  process.stderr.write(`Loopbaanbot stopped: ${String(describeError(error).message)}\n`);
  process.exit(1);
});
