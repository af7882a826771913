/**
 * Fails when any modules import each other in a circle (type-only imports included, which
 * ESLint's import-x/no-cycle skips). Part of `npm run lint`.
 */
import path from 'node:path';
import { findImportCycles, readImportGraph } from './import-graph.ts';

const root = path.resolve(import.meta.dirname, '..');
const ROOTS = ['client', 'common', 'server', 'local-library', 'e2e', 'bench', 'scripts'];
const cycles = findImportCycles(readImportGraph(root, ROOTS));
if (cycles.length > 0) {
  console.error(`Import cycles (${cycles.length}); break each by moving what both sides need:`);
  for (const cycle of cycles) {
    console.error(`  - ${cycle.map((file) => path.relative(root, file)).join('  ↔  ')}`);
  }
  process.exit(1);
}
console.log('No import cycles.');
