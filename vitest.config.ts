import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
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
    // The conversation tests (test/dialogs) import the whole bot, which took 388 s of a 931 s run
    // on a 2-core machine when every file loaded it afresh. Their modules hold loaded data and
    // caches, never a test's state (each Chat composes its own bot and storage), so their files
    // share one module graph per worker: the same run took 613 s. Everything else (servers, Redis,
    // browsers, fetch) stays isolated: with every file sharing, the webhook tests' fetches hung.
    projects: [
      { extends: true, test: { name: 'conversations', include: ['test/dialogs/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'the rest', include: ['test/**/*.test.ts'], exclude: ['test/dialogs/**', 'node_modules/**'] } },
    ],
  },
});
