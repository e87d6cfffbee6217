import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**'],
    globalSetup: ['tests/site/build-once.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
