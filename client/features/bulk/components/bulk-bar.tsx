import { useState, type ReactNode } from 'react';
import type { FileDetails } from '../../../../common/file-details.ts';
import type { TagChange } from '../bulk-change.ts';
import { tagCountsIn } from '../tag-counts.ts';
import { useBulkRun } from '../use-bulk-run.ts';
import { BulkForm, type AddInputProps } from './bulk-form.tsx';
import { BulkProgress } from './bulk-progress.tsx';
import { BulkSummary } from './bulk-summary.tsx';
import './bulk.css';

interface BulkBarProps {
  /** The selected files. */
  files: readonly FileDetails[];
  renderAddInput(props: AddInputProps): ReactNode;
  /** Files per request; tests make it small. */
  batchSize?: number;
}

/** Add and remove tags on every selected file, in batches, with progress, cancel and a summary. */
export function BulkBar({ files, renderAddInput, batchSize }: BulkBarProps) {
  const run = useBulkRun(batchSize);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const { state } = run;

  function start(fileIds: readonly string[], change: TagChange) {
    setNames((known) => new Map([...known, ...files.map((f) => [f.fileId, f.name] as const)]));
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
          onRetry={(fileIds) => start(fileIds, state.change)}
          onDismiss={run.dismiss}
        />
      )}
      <BulkForm
        fileIds={files.map((f) => f.fileId)}
        counts={tagCountsIn(files)}
        renderAddInput={renderAddInput}
        onApply={(change) =>
          start(
            files.map((f) => f.fileId),
            change,
          )
        }
      />
    </section>
  );
}
