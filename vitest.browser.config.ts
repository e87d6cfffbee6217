import { defineConfig } from 'vitest/config';

/** Real-browser tests: `npm run test:browser` (needs Chromium, see README). */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/site/build-once.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
