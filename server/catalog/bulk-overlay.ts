import type { Db } from '../db/database.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { parseDetails, searchTextOf, tagsOf } from './catalog-row.ts';
import { chunks, existingRows, writeDetails } from './catalog-rows-sql.ts';
import { applyTagChanges, type TagChange } from './tag-index.ts';

export interface TagDelta {
  add?: string[];
  remove?: string[];
}

/**
 * What an ImageKit bulk call did (it answers with file ids only), made here too, as ImageKit
 * makes it: added tags go on unless present (exactly: tags are case-sensitive there), removed
 * ones come off. `updatedAt` stays, and the row is marked overlaid, so the next sync still
 * brings ImageKit's own version but a page read before the call cannot undo it.
 */
export async function overlayTagDelta(
  db: Db,
  fileIds: readonly string[],
  change: TagDelta,
  now: () => number,
): Promise<void> {
  for (const ids of chunks(fileIds)) {
    await writeTransaction(db, async (trx) => {
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
}
