import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**'],
    globalSetup: ['tests/site/build-once.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // The pure layers are held to their tests: a report in test-output/coverage/, and the run fails below these.
    coverage: {
      enabled: true,
      provider: 'v8',
      include: ['src/lib/**/*.ts', 'src/schemas/**/*.ts'],
      reporter: ['text', 'html', 'json'],
      reportsDirectory: 'test-output/coverage',
      thresholds: {
        'src/lib/**/*.ts': { lines: 95, functions: 95, branches: 90, statements: 95 },
        'src/schemas/**/*.ts': { lines: 95, functions: 95, branches: 90, statements: 95 },
      },
    },
  },
});
