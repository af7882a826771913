import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

/** `npm start` builds the client only when dist/ is missing or older than its sources. */
const ROOT = path.resolve(import.meta.dirname, '..');
const SOURCES = ['client', 'common', 'public', 'vite.config.ts', 'package-lock.json'];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

const builtAt = newestMtime(path.join(ROOT, 'dist', 'index.html'));
const changedAt = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
if (builtAt === 0 || changedAt > builtAt) {
  console.log(builtAt === 0 ? 'Building the client…' : 'Client sources changed; rebuilding…');
  await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}
