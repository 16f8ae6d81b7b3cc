import { startClusterPrimary } from './cluster.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { describeError } from './observability/errors.js';
import { logEverythingThrough } from './observability/console.js';
import { createLogger } from './observability/logger.js';
import { stopOnSignals } from './shutdown.js';

/** How long requests in flight may take to finish when the bot is told to stop. */
const SHUTDOWN_GRACE_MS = 10_000;

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
  logEverythingThrough(logger);
  // WORKERS > 1: this process only supervises the workers, which run this same file.
  if (startClusterPrimary({ workers: config.WORKERS, logger })) return;
  // Loaded here, not at the top: a cluster primary never needs the bot (about 150 MB of modules).
  const { startBot } = await import('./runtime.js');
  const bot = await startBot(config, logger);
  stopOnSignals((graceMs) => bot.stop(graceMs), logger, { graceMs: SHUTDOWN_GRACE_MS });
}

main().catch((error: unknown) => {
  // A rules file that does not validate is found while starting; it reads like any configuration problem.
  if (error instanceof ConfigError) reportConfigError(error);
  process.stderr.write(`Loopbaanbot stopped: ${String(describeError(error).message)}\n`);
  process.exit(1);
});
