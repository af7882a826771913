import type { RunSummary } from '../../../common/api/runs.ts';

const quoted = (tag: string) => `“${tag}”`;

/** What a run did, in a line: "Added sale; removed red", "Renamed “a” to “b”", "Undid …". */
export function describeRun(run: RunSummary, others: readonly RunSummary[] = []): string {
  const { tag, change } = run;
  if (run.kind === 'tag-rename' && tag)
    return `Renamed ${quoted(tag.from)} to ${quoted(tag.to ?? '')}`;
  if (run.kind === 'tag-merge' && tag)
    return `Merged ${quoted(tag.from)} into ${quoted(tag.to ?? '')}`;
  if (run.kind === 'tag-delete' && tag) return `Deleted ${quoted(tag.from)}`;
  if (run.kind === 'undo') {
    const undone = others.find((other) => other.id === run.undoOf);
    return undone ? `Undid: ${describeRun(undone, others).toLowerCase()}` : 'Undid a run';
  }
  const parts = [];
  if (change?.add.length) parts.push(`added ${change.add.join(', ')}`);
  if (change?.remove.length) parts.push(`removed ${change.remove.join(', ')}`);
  const text = parts.join('; ') || 'changed tags';
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const files = (count: number) => `${count} ${count === 1 ? 'file' : 'files'}`;

/** How it went: "Running: 120 of 1,000 files", "12 files changed, 1 failed, 3 not sent". */
export function describeOutcome(run: RunSummary): string {
  if (run.status === 'running') return `Running: ${run.done} of ${files(run.total)}`;
  const parts = [`${files(run.updated)} changed`];
  if (run.failed > 0) parts.push(`${run.failed} failed`);
  if (run.notSent > 0) parts.push(`${run.notSent} not sent`);
  const how =
    run.status === 'cancelled'
      ? ' (cancelled)'
      : run.status === 'stopped'
        ? ` (stopped: ${run.stopReason ?? 'ImageKit failed'})`
        : '';
  return `${parts.join(', ')} of ${run.total}${how}`;
}
