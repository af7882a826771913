import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileDetails } from '../../common/file-details.ts';
import type { Db } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { createCatalogStore, type CatalogStore } from './catalog-store.ts';

const FILES = 60;

function file(n: number, tags: string[], updatedAt: number): FileDetails {
  const id = `file${String(n).padStart(3, '0')}`;
  return {
    fileId: id,
    type: 'file',
    name: `${id}.jpg`,
    filePath: `/race/${id}.jpg`,
    tags,
    AITags: null,
    versionInfo: { id, name: 'Version 1' },
    isPrivateFile: false,
    isPublished: true,
    customCoordinates: null,
    url: `https://ik.example/race/${id}.jpg`,
    thumbnail: `https://ik.example/race/${id}.jpg`,
    fileType: 'image',
    mime: 'image/jpeg',
    size: 100,
    customMetadata: {},
    createdAt: new Date(1_700_000_000_000 + n * 1000).toISOString(),
    updatedAt: new Date(updatedAt).toISOString(),
  };
}

const T0 = 1_700_000_000_000;
const ids = Array.from({ length: FILES }, (_, n) => file(n, [], T0).fileId);

let db: Db;
let close: () => Promise<void>;
let store: CatalogStore;
beforeAll(async () => {
  ({ db, close } = await openTestDatabase());
  store = createCatalogStore(db);
  await store.upsert(Array.from({ length: FILES }, (_, n) => file(n, ['red', 'blue'], T0)));
});
afterAll(() => close());

/** The kept counts, and the counts the join table says they should be. */
async function tagCounts() {
  const kept = await db.selectFrom('catalog_tags').select(['tag', 'file_count']).execute();
  const actual = await db
    .selectFrom('catalog_file_tags')
    .select(['tag', db.fn.countAll<number>().as('file_count')])
    .groupBy('tag')
    .execute();
  const byTag = (rows: Array<{ tag: string; file_count: number }>) =>
    Object.fromEntries(rows.map((r) => [r.tag, Number(r.file_count)]));
  return { kept: byTag(kept), actual: byTag(actual) };
}

// One server runs a sync page, saves and bulk changes at the same time; PostgreSQL runs them
// in parallel transactions (SQLite one after another), which must neither deadlock nor fail
// nor leave a count wrong.
describe('catalog writes racing on the same files', { timeout: 30_000 }, () => {
  it('when sync pages, saves and bulk changes touch the same files in different orders, then all succeed and counts stay exact', async () => {
    const later = (n: number, tags: string[]) => file(n, tags, T0 + 1000 + n);
    const writes: Array<Promise<unknown>> = [];
    for (let round = 0; round < 4; round += 1) {
      const forward = Array.from({ length: FILES }, (_, n) => later(n, ['red', `r${round}`]));
      writes.push(store.upsert(forward));
      writes.push(store.upsert([...forward].reverse().map((f) => ({ ...f, tags: ['blue'] }))));
      writes.push(store.applyTagDelta([...ids].reverse(), { add: ['green'], remove: ['red'] }));
      writes.push(store.applyTagDelta(ids, { add: [`g${round}`], remove: ['blue'] }));
      for (let n = 0; n < FILES; n += 7) {
        writes.push(store.upsert([later(n, ['saved', 'red'])], { fresh: true }));
      }
    }
    writes.push(store.recountTags());
    const results = await Promise.allSettled(writes);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const { kept, actual } = await tagCounts();
    expect(kept).toEqual(actual);
  });

  it('when the same new files arrive from two writers at once, then both succeed and each file counts once', async () => {
    const fresh = Array.from({ length: 30 }, (_, n) => file(1000 + n, ['new'], T0 + 5000));
    const results = await Promise.allSettled([
      store.upsert(fresh),
      store.upsert([...fresh].reverse()),
      ...fresh.slice(0, 10).map((f) => store.upsert([f], { fresh: true })),
    ]);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const { kept, actual } = await tagCounts();
    expect(kept).toEqual(actual);
    expect(kept.new).toBe(30);
  });
});
