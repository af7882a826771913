import type { FileState, JournalAction } from '../../common/api/history.ts';
import type { UpdateDetails } from '../../common/api/update-details.ts';
import type { FileDetails } from '../../common/file-details.ts';
import type { Catalog } from '../catalog/catalog-service.ts';
import type { ImageKitGateway } from '../imagekit/imagekit-gateway.ts';
import { isOutcomeUnknown, requestIdIn } from '../imagekit/upstream-errors.ts';
import { showsChanges, stateOf, withChanges } from '../journal/file-state.ts';
import type { Journal } from '../journal/journal-store.ts';
import type { FileLocks } from './file-locks.ts';
import { readBack } from './read-back.ts';

export interface WriteRequest {
  user: string;
  action: JournalAction;
  revertOf?: number;
  /**
   * Looks at the file as it is now (read under the lock) and names the change, or throws (a
   * stale If-Match, a revert in the way). Null: nothing to change.
   */
  decide(current: FileDetails): UpdateDetails | null;
}

export interface Written {
  file: FileDetails;
  /** The journal entry of the change; null when there was nothing to change. */
  entryId: number | null;
}

export interface WriterDeps {
  imagekit: ImageKitGateway;
  catalog: Catalog;
  journal: Journal;
  locks: FileLocks;
  /** Reads one file from ImageKit (and writes it through to the catalog). */
  get(fileId: string): Promise<FileDetails>;
}

/**
 * Every single-file change: under the file's lock, read it, decide, journal the intent, write,
 * and settle the entry with what really happened. When ImageKit's answer is lost, the file is
 * read back: a change that went through is answered and recorded as made.
 */
export function createFileWriter(deps: WriterDeps) {
  const { imagekit, catalog, journal } = deps;

  async function settleLost(
    entryId: number,
    fileId: string,
    before: FileState,
    intended: FileState,
    changes: UpdateDetails,
    error: Error,
  ): Promise<FileDetails> {
    const seen = await readBack(deps.get, fileId);
    const state = seen && stateOf(seen);
    if (seen && state && showsChanges(state, intended, changes)) {
      await journal.settle(entryId, {
        status: 'applied',
        after: state,
        message: `ImageKit's answer was lost (${error.message}); reading the file back showed the change was made.`,
      });
      return seen;
    }
    const unchanged = state !== null && showsChanges(state, before, changes);
    await journal.settle(entryId, {
      status: unchanged ? 'failed' : 'unknown',
      message: unchanged
        ? `${error.message} Reading the file back showed the change was not made.`
        : `${error.message} ${state ? 'The file has changed in another way since.' : 'The file could not be read back.'}`,
    });
    throw error;
  }

  return async function write(fileId: string, request: WriteRequest): Promise<Written> {
    return deps.locks.withFiles([fileId], async () => {
      const current = await deps.get(fileId);
      const changes = request.decide(current);
      if (changes === null) return { file: current, entryId: null };
      const before = stateOf(current);
      const intended = withChanges(before, changes);
      const entryId = await journal.begin({
        fileId,
        user: request.user,
        action: request.action,
        before,
        after: intended,
        revertOf: request.revertOf,
      });
      try {
        const { data: file, requestId } = await imagekit.updateDetails(fileId, changes);
        await catalog.store.upsert([file], { fresh: true });
        await journal.settle(entryId, { status: 'applied', after: stateOf(file), requestId });
        return { file, entryId };
      } catch (error) {
        if (isOutcomeUnknown(error)) {
          const file = await settleLost(entryId, fileId, before, intended, changes, error as Error);
          return { file, entryId };
        }
        await journal.settle(entryId, {
          status: 'failed',
          requestId: requestIdIn(error),
          message: error instanceof Error ? error.message : 'ImageKit call failed.',
        });
        throw error;
      }
    });
  };
}

export type FileWriter = ReturnType<typeof createFileWriter>;
