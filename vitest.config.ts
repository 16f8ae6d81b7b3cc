import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/redisGlobalSetup.ts'],
    testTimeout: 20_000,
    reporters: ['default', './test/support/summaryReporter.ts'],
  },
});
