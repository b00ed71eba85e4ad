import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup/page-strings.ts'],
    // A guard against a hang, not a speed goal: the tests that read the whole corpus (2,547 letters)
    // take 3–4 s on a quiet 2-core machine, and went past vitest's default 5 s when the machine was busy.
    testTimeout: 20_000,
  },
});
