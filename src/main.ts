import { startClusterPrimary } from './cluster.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { describeError } from './observability/errors.js';
import { createLogger } from './observability/logger.js';

/** The entry point: the only place that reads the environment. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Loopbaanbot cannot start, the configuration is wrong:\n${error.problems.map((p) => `  ${p}\n`).join('')}`);
    process.exit(1);
  }
  const logger = createLogger(config.LOG_LEVEL);
  // WORKERS > 1: this process only supervises the workers, which run this same file.
  if (startClusterPrimary({ workers: config.WORKERS, logger })) return;
  // Loaded here, not at the top: a cluster primary never needs the bot (about 150 MB of modules).
  const { startBot } = await import('./runtime.js');
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
  process.stderr.write(`Loopbaanbot stopped: ${String(describeError(error).message)}\n`);
  process.exit(1);
});
