import { sql, type Transaction } from 'kysely';
import type { FileDetails } from '../../common/file-details.ts';
import type { Db } from '../db/database.ts';
import type { Schema } from '../db/schema.ts';
import {
  parseDetails,
  rowFromDetails,
  searchTextOf,
  tagsOf,
  type CatalogRow,
} from './catalog-row.ts';
import { applyTagChanges, type TagChange } from './tag-index.ts';

// Files per transaction: a sync page commits in a few steps, and a save waits at most one.
const BATCH = 250;

interface Existing {
  id: number;
  file_id: string;
  updated_at: number;
  patched_locally: number;
  details: string;
}

/** Every column an upsert rewrites (all but the key). */
const REWRITTEN: Array<Exclude<keyof CatalogRow, 'file_id' | 'details'>> = [
  'name',
  'name_key',
  'file_path',
  'folder',
  'file_type',
  'mime',
  'width',
  'height',
  'size',
  'tag_count',
  'ai_tags',
  'has_region',
  'custom_coordinates',
  'description',
  'is_private',
  'is_published',
  'created_at',
  'updated_at',
  'url',
  'search_text',
  'patched_locally',
  'confirmed_at',
];

/**
 * Should ImageKit's description of a file replace our row? Only when it is newer, or as new but
 * different and not overlaid by a bulk change of ours that ImageKit has not re-described yet:
 * a sync that read a file before a save landed must not put the older version back.
 */
export function isNewer(incoming: CatalogRow, existing: Existing | undefined): boolean {
  if (!existing) return true;
  const stored = Number(existing.updated_at);
  if (incoming.updated_at !== stored) return incoming.updated_at > stored;
  return existing.patched_locally === 0 && existing.details !== incoming.details;
}

function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/** The catalog's writes. Every one keeps the tag join table and tag counts in step. */
export function createCatalogStore(db: Db, now: () => number = Date.now) {
  async function existingRows(trx: Transaction<Schema>, fileIds: string[]) {
    const rows = await trx
      .selectFrom('catalog_files as f')
      .innerJoin('catalog_details as d', 'd.id', 'f.id')
      .select(['f.id', 'f.file_id', 'f.updated_at', 'f.patched_locally', 'd.details'])
      .where('f.file_id', 'in', fileIds)
      .execute();
    return new Map(rows.map((row) => [row.file_id, row as Existing]));
  }

  async function upsertBatch(files: FileDetails[], confirmedAt: number): Promise<number> {
    return db.transaction().execute(async (trx) => {
      const existing = await existingRows(
        trx,
        files.map((f) => f.fileId),
      );
      const rows = files.map((file) => rowFromDetails(file, confirmedAt));
      const fresh = rows.filter((row) => isNewer(row, existing.get(row.file_id)));
      const freshIds = new Set(fresh.map((row) => row.file_id));
      const unchanged = rows.map((row) => row.file_id).filter((id) => !freshIds.has(id));
      if (unchanged.length > 0) {
        await trx
          .updateTable('catalog_files')
          .set({ confirmed_at: confirmedAt })
          .where('file_id', 'in', unchanged)
          .execute();
      }
      if (fresh.length === 0) return 0;
      const written = await trx
        .insertInto('catalog_files')
        .values(fresh.map(({ details: _details, ...columns }) => columns))
        .onConflict((oc) =>
          oc
            .column('file_id')
            .doUpdateSet((eb) =>
              Object.fromEntries(REWRITTEN.map((c) => [c, eb.ref(`excluded.${c}`)])),
            )
            // The decision above already holds inside this transaction; this guard keeps it
            // true where writers are not serialised (PostgreSQL, several instances).
            .where('catalog_files.updated_at', '<=', (eb) => eb.ref('excluded.updated_at')),
        )
        .returning(['id', 'file_id'])
        .execute();
      const after = new Map(fresh.map((row) => [row.file_id, row]));
      await writeDetails(
        trx,
        written.map(({ id, file_id }) => ({ id, details: after.get(file_id)!.details })),
      );
      const changes: TagChange[] = written.map(({ id, file_id }) => {
        const before = existing.get(file_id);
        return {
          fileRowId: id,
          before: before ? tagsOf(parseDetails(before.details)) : [],
          after: tagsOf(parseDetails(after.get(file_id)!.details)),
        };
      });
      await applyTagChanges(trx, changes);
      return written.length;
    });
  }

  async function writeDetails(
    trx: Transaction<Schema>,
    rows: Array<{ id: number; details: string }>,
  ) {
    for (const batch of chunks(rows)) {
      await trx
        .insertInto('catalog_details')
        .values(batch)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({ details: eb.ref('excluded.details') })),
        )
        .execute();
    }
  }

  /** Rows with their details, for the writes that need a file's tags before the change. */
  const withDetails = (trx: Transaction<Schema>) =>
    trx
      .selectFrom('catalog_files as f')
      .innerJoin('catalog_details as d', 'd.id', 'f.id')
      .select(['f.id', 'd.details']);

  async function deleteRows(
    trx: Transaction<Schema>,
    rows: Array<{ id: number; details: string }>,
  ) {
    if (rows.length === 0) return;
    await applyTagChanges(
      trx,
      rows.map((row) => ({
        fileRowId: row.id,
        before: tagsOf(parseDetails(row.details)),
        after: [],
      })),
    );
    const ids = rows.map((r) => r.id);
    await trx.deleteFrom('catalog_details').where('id', 'in', ids).execute();
    await trx.deleteFrom('catalog_files').where('id', 'in', ids).execute();
  }

  return {
    /**
     * Takes ImageKit's word for these files (a sync page, a save's answer), except where our
     * row is newer. Returns how many rows changed. Every file given is confirmed to exist.
     */
    async upsert(files: readonly FileDetails[], confirmedAt = now()): Promise<number> {
      let written = 0;
      for (const batch of chunks(files)) written += await upsertBatch(batch, confirmedAt);
      return written;
    },

    /**
     * What an ImageKit bulk call did (it answers with file ids only): the same tag change, made
     * here. `updatedAt` stays, so the next sync still brings ImageKit's own version.
     */
    async applyTagDelta(fileIds: readonly string[], change: { add?: string[]; remove?: string[] }) {
      for (const ids of chunks(fileIds)) {
        await db.transaction().execute(async (trx) => {
          const changes: TagChange[] = [];
          for (const row of (await existingRows(trx, ids)).values()) {
            const details = parseDetails(row.details);
            const before = tagsOf(details);
            const added = (change.add ?? []).filter((tag) => !before.includes(tag));
            const after = [...before, ...added].filter((tag) => !change.remove?.includes(tag));
            if (after.length === before.length && added.length === 0) continue;
            const patched = { ...details, tags: after.length > 0 ? after : null };
            await trx
              .updateTable('catalog_files')
              .set({
                tag_count: after.length,
                search_text: searchTextOf(patched),
                patched_locally: 1,
                confirmed_at: now(),
              })
              .where('id', '=', row.id)
              .execute();
            await writeDetails(trx, [{ id: row.id, details: JSON.stringify(patched) }]);
            changes.push({ fileRowId: row.id, before, after });
          }
          await applyTagChanges(trx, changes);
        });
      }
    },

    /** Files ImageKit says do not exist (a 404 on a read, a bulk call's missing ids). */
    async remove(fileIds: readonly string[]): Promise<void> {
      for (const ids of chunks(fileIds)) {
        await db.transaction().execute(async (trx) => {
          const rows = await withDetails(trx).where('f.file_id', 'in', ids).execute();
          await deleteRows(trx, rows);
        });
      }
    },

    /** Fresh planner statistics (after a full pass), so filters pick the narrowest index. */
    async refreshStatistics(): Promise<void> {
      await sql`ANALYZE`.execute(db);
    },

    /** The reconcile's sweep: drops every file not confirmed since `since`. Returns how many. */
    async sweep(since: number): Promise<number> {
      let removed = 0;
      for (;;) {
        const count = await db.transaction().execute(async (trx) => {
          const rows = await withDetails(trx)
            .where('f.confirmed_at', '<', since)
            .limit(BATCH)
            .execute();
          await deleteRows(trx, rows);
          return rows.length;
        });
        removed += count;
        if (count < BATCH) return removed;
      }
    },
  };
}

export type CatalogStore = ReturnType<typeof createCatalogStore>;
