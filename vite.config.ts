import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: 'client',
  publicDir: '../public',
  plugins: [react()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    sourcemap: false,
  },
  test: {
    root: '.',
    restoreMocks: true,
    // Most server tests wait on real HTTP and timers rather than the CPU, so more workers than
    // this machine's two cores finish sooner.
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'common/**/*.test.ts',
            'server/**/*.test.ts',
            'local-library/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        // The server's suite again on a real PostgreSQL: each test app gets a database of its
        // own (server/testing/test-database.ts). Unreachable, it fails the run; it never skips.
        extends: true,
        test: {
          name: 'node-pg',
          include: ['server/**/*.test.ts'],
          environment: 'node',
          env: { TAGCROP_TEST_DATABASE: 'postgres' },
          globalSetup: ['server/testing/postgres-global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          include: ['client/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['client/testing/setup.ts'],
          // Page tests type into react-select and wait up to 5 s for lazy pages (setup.ts); with
          // the whole suite sharing two cores, one such test can pass vitest's 5 s default.
          testTimeout: 15_000,
        },
      },
    ],
  },
});
