import { defineConfig } from 'vitest/config';

/**
 * Four projects, each named for what its tests need:
 * - unit: pure functions, schemas, Markdown transforms and workflow files; no build (`npm run test:unit`);
 * - build: small fixture sites under tests/fixtures/ built with bad input, which must fail helpfully;
 * - site: every page of the two builds of the real site (tests/site/build-once.ts makes them);
 * - browser: those builds in Chromium (`npm run test:browser`).
 * `npm test` runs unit, build and site.
 */
const SITE_BUILDS = ['tests/site/build-once.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/{lib,schemas,plugins,workflows,fixtures}/**/*.test.ts'],
          pool: 'threads',
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          // Builds that must fail, and the import run against git repositories the tests make.
          include: ['tests/build/**/*.test.ts', 'tests/import/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: SITE_BUILDS,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: SITE_BUILDS,
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One file at a time: Chromium keeps both cores busy, and two files at once took longer (791 s against 721 s).
          fileParallelism: false,
        },
      },
    ],
    // The pure layers are held to their unit tests: a report in test-output/coverage/, and the run fails below these.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts', 'src/schemas/**/*.ts'],
      reporter: ['text-summary', 'html', 'json'],
      reportsDirectory: 'test-output/coverage',
      thresholds: {
        'src/lib/**/*.ts': { lines: 95, functions: 95, branches: 90, statements: 95 },
        'src/schemas/**/*.ts': { lines: 95, functions: 95, branches: 90, statements: 95 },
      },
    },
  },
});
