import { useState, type ReactNode } from 'react';
import type { TagChange } from '../bulk-change.ts';
import { countedFiles, planFor, targetCount, type BulkTarget } from '../bulk-target.ts';
import { tagCountsIn } from '../tag-counts.ts';
import { useBulkRun } from '../use-bulk-run.ts';
import { BulkForm, type AddInputProps } from './bulk-form.tsx';
import { BulkProgress } from './bulk-progress.tsx';
import { BulkSummary } from './bulk-summary.tsx';
import './bulk.css';

interface BulkBarProps {
  /** The selected files, or every file of a view. */
  target: BulkTarget;
  renderAddInput(props: AddInputProps): ReactNode;
  /** Files per request; tests make it small. */
  batchSize?: number;
}

/** Add and remove tags on every selected file, in batches, with progress, cancel and a summary. */
export function BulkBar({ target, renderAddInput, batchSize }: BulkBarProps) {
  const run = useBulkRun(batchSize);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const { state } = run;
  const counted = countedFiles(target);

  function remember() {
    setNames((known) => new Map([...known, ...counted.map((f) => [f.fileId, f.name] as const)]));
  }

  function apply(change: TagChange) {
    remember();
    run.run(planFor(target, change));
  }

  function retry(fileIds: string[], change: TagChange) {
    remember();
    run.start(fileIds, change);
  }

  if (state.kind === 'running') {
    return (
      <section className="bulk-bar" aria-label="Bulk tags">
        <BulkProgress {...state} onCancel={run.cancel} />
      </section>
    );
  }
  return (
    <section className="bulk-bar" aria-label="Bulk tags">
      {state.kind === 'finished' && (
        <BulkSummary
          {...state}
          names={names}
          onRetry={(fileIds) => retry(fileIds, state.change)}
          onDismiss={run.dismiss}
        />
      )}
      <BulkForm
        count={targetCount(target)}
        counts={tagCountsIn(counted)}
        countedOf={target.kind === 'query' ? counted.length : null}
        renderAddInput={renderAddInput}
        onApply={apply}
      />
    </section>
  );
}
