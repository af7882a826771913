import type { FileState } from '../../common/api/history.ts';
import type { RunFileState } from '../db/schema.ts';
import { withTagDelta } from '../journal/file-state.ts';
import type { RunFile } from './run-progress.ts';
import { sendTags, type StepDeps, type StepOutcome } from './send-tags.ts';

/** How one file of a chunk turned out: for the run's progress and for its journal entry. */
export interface Settled {
  /** What the run reports. */
  state: RunFileState;
  /** What the journal records: `applied` whenever the file was changed at all. */
  status: 'applied' | 'failed' | 'unknown';
  /** What the file holds now, when known and changed; null otherwise. */
  after: FileState | null;
  message: string | null;
  requestId: string | null;
  /** ImageKit says the file does not exist. */
  missing: boolean;
}

/** One file's outcome from the outcomes of its steps (adding, then removing). */
export function settle(
  before: FileState,
  file: RunFile,
  added: StepOutcome | null,
  removed: StepOutcome | null,
): Settled {
  const steps = [added, removed].filter((step): step is StepOutcome => step !== null);
  const applied = steps.filter((step) => step.kind === 'applied');
  const requestId =
    applied.map((step) => (step.kind === 'applied' ? step.requestId : null)).find(Boolean) ?? null;
  const notes = steps.map((step) => (step.kind === 'applied' ? step.note : step.message));
  const message = notes.filter(Boolean).join(' ') || null;
  const missing = steps.some((step) => step.kind === 'failed' && step.missing === true);
  const base = { message, requestId, missing };
  if (steps.some((step) => step.kind === 'unknown')) {
    return { ...base, state: 'unknown', status: 'unknown', after: null };
  }
  const expected = Number(file.add.length > 0) + Number(file.remove.length > 0);
  if (applied.length === expected) {
    return { ...base, state: 'applied', status: 'applied', after: withTagDelta(before, file) };
  }
  if (added?.kind === 'applied') {
    // The new tags went on but the old ones did not come off: half a change, and a change.
    const after = withTagDelta(before, { add: file.add, remove: [] });
    return { ...base, state: 'failed', status: 'applied', after };
  }
  return { ...base, state: 'failed', status: 'failed', after: null };
}

/**
 * Sends one group's change (files that all get the same tags added and removed). Tags come off
 * only where the new ones went on, so a failed call never leaves a file with neither.
 */
export async function applyGroup(
  deps: StepDeps,
  group: RunFile[],
  before: Map<string, FileState | null>,
): Promise<Map<number, Settled>> {
  const { add, remove } = group[0]!;
  const ids = group.map((file) => file.fileId);
  const added = add.length > 0 ? await sendTags(deps, 'add', ids, add) : null;
  const onward = added ? ids.filter((id) => added.get(id)?.kind === 'applied') : ids;
  const removed =
    remove.length > 0 && onward.length > 0 ? await sendTags(deps, 'remove', onward, remove) : null;
  return new Map(
    group.map((file) => [
      file.position,
      settle(
        before.get(file.fileId)!,
        file,
        added?.get(file.fileId) ?? null,
        removed?.get(file.fileId) ?? null,
      ),
    ]),
  );
}

/** The tags each changed file gained and lost, grouped, for the catalog's bulk overlay. */
export function catalogDeltas(
  files: RunFile[],
  settled: Map<number, Settled>,
  before: Map<string, FileState | null>,
): Array<{ ids: string[]; add: string[]; remove: string[] }> {
  const byDelta = new Map<string, { ids: string[]; add: string[]; remove: string[] }>();
  for (const file of files) {
    const after = settled.get(file.position)?.after;
    const was = before.get(file.fileId);
    if (!after || !was) continue;
    const add = after.tags.filter((tag) => !was.tags.includes(tag));
    const remove = was.tags.filter((tag) => !after.tags.includes(tag));
    if (add.length + remove.length === 0) continue;
    const key = JSON.stringify([add, remove]);
    const delta = byDelta.get(key) ?? { ids: [], add, remove };
    delta.ids.push(file.fileId);
    byDelta.set(key, delta);
  }
  return [...byDelta.values()];
}
