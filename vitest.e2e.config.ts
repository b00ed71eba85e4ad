import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium at a time (the machines have two cores), generous timeouts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // What a test polls for comes in a browser's frames; on a busy CI host a second (the default) was
    // not always enough (a keyboard scroll in the popover, 2026-12-06). It costs time only where a poll would fail.
    expect: { poll: { timeout: 5_000 } },
  },
});
