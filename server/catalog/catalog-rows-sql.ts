import { forWrite, type Trx } from '../db/write-transaction.ts';
import { parseDetails, tagsOf } from './catalog-row.ts';
import { applyTagChanges } from './tag-index.ts';

export type { Trx };

// Files per transaction: a sync page commits in a few steps, and a save waits at most one.
export const BATCH = 250;

export function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/** What a write needs of a row as it stands: its version, its overlay flag, its details. */
export interface Existing {
  id: number;
  file_id: string;
  updated_at: number;
  patched_locally: number;
  details: string;
}

/** The rows of these files as they stand, locked for the caller's transaction (forWrite). */
export async function existingRows(trx: Trx, fileIds: string[]): Promise<Map<string, Existing>> {
  const query = trx
    .selectFrom('catalog_files as f')
    .innerJoin('catalog_details as d', 'd.id', 'f.id')
    .select(['f.id', 'f.file_id', 'f.updated_at', 'f.patched_locally', 'd.details'])
    .where('f.file_id', 'in', fileIds)
    .orderBy('f.id');
  const rows = await forWrite(trx, query, ['f', 'd']).execute();
  return new Map(rows.map((row) => [row.file_id, row as Existing]));
}

export async function writeDetails(trx: Trx, rows: Array<{ id: number; details: string }>) {
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

/** Rows with their details, locked, for the writes that need a file's tags before the change. */
export const withDetails = (trx: Trx) =>
  forWrite(
    trx,
    trx
      .selectFrom('catalog_files as f')
      .innerJoin('catalog_details as d', 'd.id', 'f.id')
      .select(['f.id', 'd.details'])
      .orderBy('f.id'),
    ['f', 'd'],
  );

/** Deletes rows, their details and tags, and takes them out of the tag counts. */
export async function deleteRows(trx: Trx, rows: Array<{ id: number; details: string }>) {
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
