import react from '@vitejs/plugin-react';
import fs from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * The server tests that open tagcrop's database (through the test app, a served app, the test
 * database or the composition root): the ones worth a second run on PostgreSQL. Found by what
 * they import, so a new test that needs a database joins by itself.
 */
const databaseTests = fs
  .readdirSync('server', { recursive: true, encoding: 'utf8' })
  .map((file) => `server/${file}`)
  .filter(
    (file) =>
      file.endsWith('.test.ts') &&
      /(test-app|served-app|test-database|fuzz-harness|compose)\.ts'/.test(
        fs.readFileSync(file, 'utf8'),
      ),
  );

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
    // Test files share a worker's modules instead of importing everything again each: the suite
    // takes half the time. Each test makes its own app, database and library; what a module
    // keeps between tests (the client's one Undo offer) is reset in client/testing/setup.ts.
    isolate: false,
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
          include: databaseTests,
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
