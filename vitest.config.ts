import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests beside the code, API tests through fastify.inject on a real
// migrated database, and browser flows in Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'],
          environment: 'node',
          // A few unit tests spawn the CLI (node + tsx start-up): seconds on a busy 2-core machine.
          testTimeout: 30000,
        },
      },
      {
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          env: { DTPC_ARGON2_FAST: '1', DTPC_LOGIN_RATE: '1000', DTPC_DATA_DIR: 'test-artifacts/data' },
          testTimeout: 30000,
          hookTimeout: 120000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          env: { DTPC_ARGON2_FAST: '1', DTPC_LOGIN_RATE: '1000', DTPC_DATA_DIR: 'test-artifacts/data' },
          environment: 'node',
          testTimeout: 120000,
          hookTimeout: 180000,
          // expect.poll waits for a state the page reaches in its own time (a title, a refetched list): its
          // 1-second default is a fixed hope on a loaded machine; the test timeout still bounds every wait.
          expect: { poll: { timeout: 30000, interval: 100 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
