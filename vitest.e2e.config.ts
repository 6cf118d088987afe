import { defineConfig } from 'vitest/config';

/** Browser journeys: playwright-core drives Debian's Chromium against the built app (see test/e2e/harness.ts). */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
