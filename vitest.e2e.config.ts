import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium at a time (the machines have two cores), generous timeouts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
