import type { ReactNode } from 'react';
import type { TagChange } from '../bulk-change.ts';
import { countedFiles, planFor, targetCount, type BulkTarget } from '../bulk-target.ts';
import { tagCountsIn } from '../tag-counts.ts';
import { useBulkRun } from '../use-bulk-run.ts';
import { BulkForm, type AddInputProps } from './bulk-form.tsx';
import { BulkRunStatus } from './bulk-run-status.tsx';
import './bulk.css';

interface BulkBarProps {
  /** The selected files, or every file of a view. */
  target: BulkTarget;
  renderAddInput(props: AddInputProps): ReactNode;
  /** How often the run is asked how far it got; tests make it short. */
  pollMs?: number;
}

/** Add and remove tags on every selected file, as one run, with progress, cancel and a summary. */
export function BulkBar({ target, renderAddInput, pollMs }: BulkBarProps) {
  const run = useBulkRun(pollMs);
  const counted = countedFiles(target);

  function apply(change: TagChange) {
    run.run(planFor(target, change), new Map(counted.map((f) => [f.fileId, f.name])));
  }

  return (
    <section className="bulk-bar" aria-label="Bulk tags">
      <BulkRunStatus run={run} />
      {run.state.kind !== 'running' && (
        <BulkForm
          count={targetCount(target)}
          counts={tagCountsIn(counted)}
          countedOf={target.kind === 'query' ? counted.length : null}
          renderAddInput={renderAddInput}
          onApply={apply}
        />
      )}
    </section>
  );
}
