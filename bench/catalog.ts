/**
 * The catalog at 100,000 files: seeds a local library's database directly (fast), lets tagcrop
 * sync it over HTTP through the SDK as in production, then times `GET /api/files` per filter and
 * `GET /api/tags?q=` through the real HTTP API, then what the editor's pass through a view asks
 * (a file's position, a view's top tags), and prints each filter's query plan.
 *
 *   npx tsx bench/catalog.ts [--files 100000] [--runs 60] [--postgres]
 *
 * With --postgres the catalog lives in a scratch PostgreSQL database (made and dropped through
 * TAGCROP_TEST_DATABASE_URL, the tests' maintenance connection) instead of SQLite.
 *
 * Budgets (issue 8): full sync ≤ 60 s; each filter p50 ≤ 15 ms, p95 ≤ 40 ms; tags p95 ≤ 10 ms.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { TagQuerySchema } from '../common/api/catalog.ts';
import { FileListQuerySchema } from '../common/api/file-query.ts';
import { startLocalLibrary } from '../local-library/index.ts';
import { composeServer } from '../server/compose.ts';
import { loadConfig } from '../server/config.ts';
import { createScratchDatabase } from '../server/testing/postgres-maintenance.ts';
import { explainFilters } from './support/catalog-plans.ts';
import { seedLibraryDatabase } from './support/seed-library-database.ts';
import { percentile, serveForBench } from './support/bench-http.ts';
import { timePassQueries } from './support/pass-timings.ts';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '60' },
    // Leaves the synced databases in this folder, to look at plans by hand afterwards.
    keep: { type: 'string' },
    postgres: { type: 'boolean', default: false },
  },
});
const FILES = Number(values.files);
const RUNS = Number(values.runs);

const FILTERS: Array<[string, Record<string, string>]> = [
  ['(no filter, newest first)', {}],
  ['untagged=true', { untagged: 'true' }],
  ['region=none', { region: 'none' }],
  ['region=set', { region: 'set' }],
  ['q=red', { q: 'red' }],
  ['q=wristwatch', { q: 'wristwatch' }],
  ['q=gold watch', { q: 'gold watch' }],
  ['tags=sneaker', { tags: 'sneaker' }],
  ['tags=red-sneaker,summer-sale', { tags: 'red-sneaker,summer-sale' }],
  ['anyTags=boot,sandal', { anyTags: 'boot,sandal' }],
  ['notTags=red', { notTags: 'red' }],
  ['folder=/products/shoes/', { folder: '/products/shoes/' }],
  ['folder=/products/shoes/ subfolders=false', { folder: '/products/shoes/', subfolders: 'false' }],
  ['type=non-image', { type: 'non-image' }],
  ['private=true', { private: 'true' }],
  ['sort=name', { sort: 'name' }],
  ['sort=-updated', { sort: '-updated' }],
  [
    'untagged=true region=none folder=/campaigns/',
    { untagged: 'true', region: 'none', folder: '/campaigns/' },
  ],
  ['region=none sort=name (page 2)', { region: 'none', sort: 'name', page: '2' }],
];

const dataDir = values.keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tagcrop-catalog-bench-'));
if (values.keep) fs.rmSync(dataDir, { recursive: true, force: true });
const postgres = values.postgres ? await createScratchDatabase('tagcrop_bench_') : null;
console.log(`Database: ${postgres ? `PostgreSQL (${postgres.name})` : 'SQLite'}`);
try {
  const libraryDir = path.join(dataDir, 'library');
  const seedMs = seedLibraryDatabase(libraryDir, FILES);
  console.log(
    `Seeded the local library's database with ${FILES} files in ${(seedMs / 1000).toFixed(1)} s.`,
  );
  const library = await startLocalLibrary({ dataDir: libraryDir, seedSamples: false });

  // How much of the sync is ImageKit's (here: the library's) time, and how much is ours.
  let listingMs = 0;
  const started = performance.now();
  const server = await composeServer(
    loadConfig({
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      ...(postgres && { DATABASE_URL: postgres.url }),
      LOG_LEVEL: 'warn',
      IMAGEKIT_PRIVATE_KEY: library.privateKey,
      IMAGEKIT_URL_ENDPOINT: library.urlEndpoint,
      IMAGEKIT_API_BASE_URL: library.baseURL,
      CATALOG_SYNC_SECONDS: '0',
    }),
    {
      logger: pino({ level: 'warn' }),
      wrapGateway: (gateway) => ({
        ...gateway,
        async listFiles(params) {
          const t0 = performance.now();
          try {
            return await gateway.listFiles(params);
          } finally {
            listingMs += performance.now() - t0;
          }
        },
      }),
    },
  );
  await server.startCatalogSync();
  const syncSeconds = (performance.now() - started) / 1000;
  const status = await server.catalog.status();
  console.log(
    `First full sync over HTTP: ${syncSeconds.toFixed(1)} s for ${status.files} files, ` +
      `${status.tags} distinct tags (budget 60 s) ${syncSeconds <= 60 ? 'OK' : 'MISSED'}; ` +
      `${(listingMs / 1000).toFixed(1)} s of it waiting for the library's list answers\n`,
  );

  const http = await serveForBench(server);
  const floor: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    await http.getJson('/api/session');
    floor.push(performance.now() - t0);
  }
  console.log(
    `Floor: GET /api/session (HTTP, session check, no catalog) p50 ${percentile(floor, 50).toFixed(1)} ms, ` +
      `p95 ${percentile(floor, 95).toFixed(1)} ms\n`,
  );
  // One untimed round first: the sync just allocated a lot, and caches are cold.
  const requests = FILTERS.map(([label, query]) => {
    const params = { ...query };
    delete params.page;
    return { label, params, page: query.page !== undefined };
  });
  for (const { params } of requests) await http.getJson('/api/files', params);
  console.log(
    'GET /api/files filter'.padEnd(52),
    'total'.padStart(7),
    'p50 ms'.padStart(8),
    'p95 ms'.padStart(8),
    ' in-process p50 ms (no HTTP)',
  );
  for (const { label, params, page } of requests) {
    const cursor = page
      ? ((await http.getJson('/api/files', params)).nextCursor as string)
      : undefined;
    const full = { ...params, ...(cursor && { cursor }) };
    const samples: number[] = [];
    const inProcess: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const t0 = performance.now();
      const body = await http.getJson('/api/files', full);
      samples.push(performance.now() - t0);
      total = body.total as number;
      const t1 = performance.now();
      await server.catalog.queries.listPage(FileListQuerySchema.parse(full));
      inProcess.push(performance.now() - t1);
    }
    const p50 = percentile(samples, 50);
    const p95 = percentile(samples, 95);
    const ok = p50 <= 15 && p95 <= 40 ? '' : '  MISSED';
    console.log(
      label.padEnd(52),
      String(total).padStart(7),
      p50.toFixed(1).padStart(8),
      p95.toFixed(1).padStart(8),
      percentile(inProcess, 50).toFixed(1).padStart(8) + ok,
    );
  }

  const tagSamples: number[] = [];
  const tagInProcess: number[] = [];
  const words = [
    'red',
    'sne',
    'style-12',
    'STYLE-7',
    'watch',
    'o',
    'summer-sale',
    'zz',
    'gold-wr',
    'e',
  ];
  for (let i = 0; i < RUNS * 2; i += 1) {
    const t0 = performance.now();
    await http.getJson('/api/tags', { q: words[i % words.length]!, limit: '20' });
    tagSamples.push(performance.now() - t0);
    const t1 = performance.now();
    await server.catalog.searchTags(TagQuerySchema.parse({ q: words[i % words.length] }));
    tagInProcess.push(performance.now() - t1);
  }
  const tagP95 = percentile(tagSamples, 95);
  console.log(
    `\nGET /api/tags?q= over ${status.tags} tags: p50 ${percentile(tagSamples, 50).toFixed(1)} ms, ` +
      `p95 ${tagP95.toFixed(1)} ms (budget 10 ms) ${tagP95 <= 10 ? 'OK' : 'MISSED'}; in-process ` +
      `p50 ${percentile(tagInProcess, 50).toFixed(1)} ms, p95 ${percentile(tagInProcess, 95).toFixed(1)} ms\n`,
  );

  await timePassQueries(http.getJson, RUNS);

  await explainFilters(
    server.db,
    server.catalog,
    FILTERS.map(([label, q]) => [label, q]),
  );
  await http.close();
  await server.close();
  await library.close();
} finally {
  if (!values.keep) fs.rmSync(dataDir, { recursive: true, force: true });
  if (!values.keep) await postgres?.drop();
}
