import { ConfigError, loadConfig } from '../../src/config.js';

/** The problem lines loadConfig reports for `env`; fails the test when the config is accepted. */
export function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}
