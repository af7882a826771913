import type { FileDetails } from '../../common/file-details.ts';
import { parseDetails, rowFromDetails, tagsOf, type CatalogRow } from './catalog-row.ts';
import { existingRows, writeDetails, type Existing, type Trx } from './catalog-rows-sql.ts';
import { applyTagChanges, type TagChange } from './tag-index.ts';

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
 * Should ImageKit's description of a file replace our row? Only when it is newer (a sync that
 * read a file before a save landed must not put the older version back), or as new but
 * different. At the same `updatedAt`, a row a bulk change of ours overlaid keeps the overlay
 * against a sync page (which may have been read before the bulk call), but not against a single
 * read made just now (`fresh`).
 */
export function isNewer(
  incoming: CatalogRow,
  existing: Existing | undefined,
  fresh = false,
): boolean {
  if (!existing) return true;
  const stored = Number(existing.updated_at);
  if (incoming.updated_at !== stored) return incoming.updated_at > stored;
  return (fresh || existing.patched_locally === 0) && existing.details !== incoming.details;
}

/**
 * Writes ImageKit's description of some files, inside the caller's transaction, where isNewer
 * says so; the rest are only confirmed to exist. Returns how many rows changed.
 */
export async function upsertFromImageKit(
  trx: Trx,
  files: FileDetails[],
  confirmedAt: number,
  fresh: boolean,
): Promise<number> {
  const existing = await existingRows(
    trx,
    files.map((f) => f.fileId),
  );
  const rows = files.map((file) => rowFromDetails(file, confirmedAt));
  // New rows are inserted in file id order, one order for every writer (as in existingRows).
  const newer = rows
    .filter((row) => isNewer(row, existing.get(row.file_id), fresh))
    .sort((a, b) => (a.file_id < b.file_id ? -1 : a.file_id > b.file_id ? 1 : 0));
  const newerIds = new Set(newer.map((row) => row.file_id));
  const unchanged = rows.map((row) => row.file_id).filter((id) => !newerIds.has(id));
  if (unchanged.length > 0) {
    await trx
      .updateTable('catalog_files')
      .set({ confirmed_at: confirmedAt })
      .where('file_id', 'in', unchanged)
      .execute();
  }
  if (newer.length === 0) return 0;
  const written = await trx
    .insertInto('catalog_files')
    .values(newer.map(({ details: _details, ...columns }) => columns))
    .onConflict((oc) =>
      oc
        .column('file_id')
        .doUpdateSet((eb) => Object.fromEntries(REWRITTEN.map((c) => [c, eb.ref(`excluded.${c}`)])))
        // The decision above already holds inside this transaction; this guard keeps it
        // true where writers are not serialised (PostgreSQL, several instances).
        .where('catalog_files.updated_at', '<=', (eb) => eb.ref('excluded.updated_at')),
    )
    .returning(['id', 'file_id'])
    .execute();
  const after = new Map(newer.map((row) => [row.file_id, row]));
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
}
