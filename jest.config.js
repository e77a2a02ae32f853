/**
 * Three projects: `unit` (pure functions, no servers), `integration` (a real Neo4j started
 * once for the run by test/support/global-setup.ts, unless NEO4J_URI points at one) and
 * `browser` (the explorer in Debian's chromium, test/browser; shares that Neo4j).
 * Type checking is `tsc --noEmit` in `npm test`; ts-jest only transpiles, for speed.
 */
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
};

/** @type {import('jest').Config} */
module.exports = {
  // The integration tests share one Neo4j and compare node counts: run files one at a time.
  maxWorkers: 1,
  // Integration hooks start servers and write fixtures; on a busy 2-core machine 5 s is too tight.
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      setupFiles: ['reflect-metadata'],
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      setupFiles: ['reflect-metadata'],
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      // The explorer in Debian's chromium (headless) against the real API and Neo4j.
      displayName: 'browser',
      testEnvironment: 'node',
      transform,
      setupFiles: ['reflect-metadata'],
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/test/browser/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
