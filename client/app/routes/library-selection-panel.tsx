import { lazy, Suspense, useMemo } from 'react';
import type { BulkTarget, FileSummary } from '../../features/bulk/bulk-target.ts';
import { SelectionToolbar } from '../../features/library/components/selection-toolbar.tsx';
import type { LibrarySelection } from '../../features/library/use-library-selection.ts';
import { useViewFiles } from '../../features/library/use-view-files.ts';
import { viewToQuery, type LibraryView } from '../../lib/library-view.ts';

// Bulk tagging brings the tag select (react-select); the library loads it only when selecting.
const LibraryBulkActions = lazy(async () => ({
  default: (await import('./library-bulk-actions.tsx')).LibraryBulkActions,
}));

interface LibrarySelectionPanelProps {
  view: LibraryView;
  selection: LibrarySelection;
}

/** What the bulk bar changes: the picked files (loaded or remembered), or the whole view. */
function bulkTarget(
  view: LibraryView,
  { selection, knownFiles }: LibrarySelection,
  loaded: readonly FileSummary[],
  loadedById: ReadonlyMap<string, FileSummary>,
  total: number,
): BulkTarget {
  if (selection.mode === 'all') {
    return {
      kind: 'query',
      query: viewToQuery(view),
      count: total,
      excluded: selection.ids,
      loaded,
    };
  }
  const files = [...selection.ids].flatMap((id) => {
    const file = loadedById.get(id) ?? knownFiles.get(id);
    return file ? [file] : [];
  });
  return { kind: 'files', files };
}

/** Selection mode's panel above the grid: the count, the ways to select many, and the bulk bar. */
export function LibrarySelectionPanel({ view, selection }: LibrarySelectionPanelProps) {
  const { files, total } = useViewFiles(view);
  // Built once per page loaded, not on every click: with 10,000 files loaded it is not free.
  const byId = useMemo(() => new Map(files.map((file) => [file.fileId, file])), [files]);
  return (
    <section className="selection-panel" aria-label="Selection">
      <SelectionToolbar selection={selection} shown={files} total={total} />
      <Suspense
        fallback={
          <p className="hint" role="status">
            Loading the tag tools…
          </p>
        }
      >
        <LibraryBulkActions target={bulkTarget(view, selection, files, byId, total)} />
      </Suspense>
    </section>
  );
}
