/**
 * `npm run bench`: every benchmark in bench/ (its top-level .ts files; helpers live in
 * bench/support/), one after another so they do not compete for the CPU, each printing its own
 * side-by-side figures. Run one alone with `npx tsx bench/<name>.ts` to pass it options.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const benches = fs
  .readdirSync(path.join(ROOT, 'bench'))
  .filter((name) => name.endsWith('.ts'))
  .sort();

let failed = 0;
for (const name of benches) {
  console.log(`\n=== bench/${name} ===\n`);
  const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join('bench', name)], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (run.status !== 0) failed += 1;
}
process.exitCode = failed > 0 ? 1 : 0;
