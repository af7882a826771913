/**
 * How the local library's searchQuery holds up at 100k files: inserts them through the
 * repository into a temporary library, then times representative queries (median of several
 * runs), compares one with filtering the same files in JavaScript, and prints query plans.
 *
 *   npx tsx bench/local-library-search.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createFileRepository, type FileListQuery } from '../local-library/db/file-repository.ts';
import { openDatabase } from '../local-library/db/open-database.ts';
import type { FileRecord, NewFileRecord } from '../local-library/files/file-record.ts';
import type { FieldType } from '../local-library/metadata/custom-field.ts';
import type { SearchContext } from '../local-library/search/search-context.ts';
import { parseSearchQuery } from '../local-library/search/search-parser.ts';
import { searchToSql } from '../local-library/search/search-to-sql.ts';
import { seededRandom } from '../scripts/product-library-spec.ts';

const FILES = 100_000;
const RUNS = 7;
const DAY = 24 * 3600 * 1000;
const NOW = Date.now();
const FORMATS = ['jpeg', 'png', 'webp'] as const;
const CONTEXT: SearchContext = {
  now: NOW,
  customFields: new Map<string, FieldType>([
    ['brand', 'Text'],
    ['price', 'Number'],
    ['colors', 'MultiSelect'],
  ]),
};

function makeFile(i: number, next: () => number): NewFileRecord {
  const pick = (n: number) => Math.floor(next() * n);
  const id = i.toString(16).padStart(24, '0');
  const name = `file-${String(i).padStart(6, '0')}.${FORMATS[i % 3] === 'jpeg' ? 'jpg' : FORMATS[i % 3]}`;
  const folder = `/folder-${pick(20)}/`;
  const created = NOW - pick(730) * DAY - pick(DAY);
  return {
    id,
    name,
    folder,
    filePath: `${folder}${name}`,
    fileType: 'image',
    mime: `image/${FORMATS[i % 3]}`,
    format: FORMATS[i % 3]!,
    width: 100 + pick(3000),
    height: 100 + pick(3000),
    size: 1000 + pick(4 * 1024 * 1024),
    hasAlpha: next() < 0.2,
    isPrivateFile: next() < 0.05,
    isPublished: next() > 0.02,
    customCoordinates: null,
    description: null,
    customMetadata: {
      brand: `brand-${pick(50)}`,
      price: pick(1000),
      colors: [['red', 'blue', 'green', 'black'][pick(4)]!],
    },
    embeddedMetadata: {},
    tags: [...new Set([`tag-${pick(500)}`, `tag-${pick(500)}`, `tag-${pick(500)}`])],
    aiTags:
      next() < 0.3
        ? [{ name: `ai-${pick(100)}`, confidence: 80, source: 'google-auto-tagging' }]
        : [],
    versionId: id,
    versionNumber: 1,
    createdAt: created,
    updatedAt: created + pick(10) * DAY,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => unknown, runs = RUNS): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-library-bench-'));
const db = openDatabase(dataDir);
try {
  const files = createFileRepository(db);
  const next = seededRandom(42);
  const insertStart = performance.now();
  db.transaction(() => {
    for (let i = 0; i < FILES; i += 1) files.insert(makeFile(i, next));
  })();
  console.log(
    `Inserted ${files.count()} files through the repository in ${((performance.now() - insertStart) / 1000).toFixed(1)} s.\n`,
  );

  const page = (searchQuery: string | null, limit = 100): FileListQuery => ({
    folder: null,
    fileType: 'all',
    sort: { column: 'CREATED', descending: true },
    limit,
    skip: 0,
    filter: searchQuery ? searchToSql(parseSearchQuery(searchQuery)!, CONTEXT) : null,
  });

  const queries: [string | null, number][] = [
    [null, 1000],
    ['tags IN ["tag-7"]', 100],
    ['tags NOT IN ["tag-7"]', 100],
    ['name : "file-01234"', 100],
    ['createdAt > "30d"', 100],
    ['size < "1mb" AND width > 500', 100],
    ['(size < "1mb" AND width > 500) OR (tags IN ["tag-1", "tag-2"])', 100],
    ['format = "png" AND private = false AND transparency = true', 100],
    ['"customMetadata.brand" = "brand-7"', 100],
    ['"customMetadata.price" >= 990', 100],
    ['"customMetadata.colors" IN ["black"] AND tags IN ["ai-3"]', 100],
    ['tags IN ["tag-7"]', 1000],
  ];
  console.log('query (newest first)'.padEnd(70), 'rows'.padStart(5), 'median ms'.padStart(10));
  for (const [query, limit] of queries) {
    const request = page(query, limit);
    const rows = files.list(request).length;
    const ms = time(() => files.list(request));
    const label = `${query ?? '(no searchQuery)'}  limit ${limit}`;
    console.log(label.padEnd(70), String(rows).padStart(5), ms.toFixed(2).padStart(10));
  }

  const wanted = (file: FileRecord) => file.customMetadata.brand === 'brand-7';
  const sqlMs = time(() => files.list(page('"customMetadata.brand" = "brand-7"', 1000)));
  const scanMs = time(() => files.list(page(null, FILES)).filter(wanted).slice(0, 1000), 3);
  console.log(
    `\n"customMetadata.brand" = "brand-7", first 1000 rows: SQL ${sqlMs.toFixed(1)} ms, loading every file and filtering in JavaScript ${scanMs.toFixed(1)} ms: SQL is ${(scanMs / sqlMs).toFixed(0)}x faster.\n`,
  );

  for (const query of [
    'tags IN ["tag-7"]',
    '"customMetadata.brand" = "brand-7"',
    'size < "1mb" AND width > 500',
  ]) {
    const { sql, params } = searchToSql(parseSearchQuery(query)!, CONTEXT);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT f.id FROM files f WHERE ${sql} ORDER BY f.created_at DESC LIMIT 100`,
      )
      .all(...params) as { detail: string }[];
    console.log(`EXPLAIN QUERY PLAN  ${query}`);
    for (const row of plan) console.log(`  ${row.detail}`);
  }
} finally {
  db.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
