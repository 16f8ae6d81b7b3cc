import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/redisGlobalSetup.ts'],
    testTimeout: 20_000,
    // Hooks that start a whole bot (NLU training, the rehearsal) take 2–4 s on a quiet machine; on
    // a loaded 2-core machine one took over Vitest's default of 10 s and failed the file.
    hookTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: a single one on a 2-core machine, where
    // the browser tests mostly wait on Chromium. Two workers took the whole run from 881 s to 576 s
    // there; files never share Redis keys (redisTest's prefix) nor ports (port 0).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', './test/support/summaryReporter.ts'],
  },
});
