import type { RevertAnswer } from '../../common/api/history.ts';
import { AppError, notFound } from '../errors.ts';
import type { FileWriter } from '../files/file-writer.ts';
import { stateOf } from './file-state.ts';
import type { Journal } from './journal-store.ts';
import { planRevert } from './revert-plan.ts';

const describeField = (field: string) =>
  field === 'customCoordinates' ? 'the region' : field === 'tags' ? 'the tags' : field;

/**
 * Restores what one journal entry changed, as a new journaled change ("revert"): tags as sets,
 * the region, description and metadata as they were, unless someone has changed them since
 * (409 with what is in the way, and the file as it is now).
 */
export function createReverter(journal: Journal, write: FileWriter) {
  return async function revert(entryId: number, user: string): Promise<RevertAnswer> {
    const entry = await journal.entry(entryId);
    if (!entry) throw notFound('No such change in the journal.');
    if (entry.status !== 'applied') {
      throw new AppError(
        400,
        'bad_request',
        'This change was not made, so there is nothing to revert.',
      );
    }
    if (entry.fileId === null || entry.before === null || entry.after === null) {
      throw new AppError(400, 'bad_request', 'An upload cannot be reverted; the file would stay.');
    }
    const { before, after, fileId } = entry;
    const written = await write(fileId, {
      user,
      action: 'revert',
      revertOf: entry.id,
      decide(current) {
        const plan = planRevert(before, after, stateOf(current));
        if (plan.conflicts.length > 0) {
          const fields = plan.conflicts.map((c) => describeField(c.field));
          throw new AppError(
            409,
            'revert_conflict',
            `Not reverted: ${fields.join(', ')} changed again since; restoring would overwrite that.`,
            { details: fields, body: { conflicts: plan.conflicts, current } },
          );
        }
        return plan.changes;
      },
    });
    return {
      file: written.file,
      entry: written.entryId === null ? null : ((await journal.entry(written.entryId)) ?? null),
    };
  };
}

export type Reverter = ReturnType<typeof createReverter>;
