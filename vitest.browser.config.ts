import { defineConfig } from 'vitest/config';

/** Real-browser tests: `npm run test:browser` (needs Chromium, see README). */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/site/build-once.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // One file at a time: Chromium keeps both cores busy, and two files at once took longer (791 s against 721 s).
    fileParallelism: false,
  },
});
