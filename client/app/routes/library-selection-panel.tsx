import { lazy, Suspense } from 'react';
import { SelectionToolbar } from '../../features/library/components/selection-toolbar.tsx';
import type { FileSelection } from '../../features/library/use-file-selection.ts';
import { useShownFiles } from '../../features/library/use-shown-files.ts';

// Bulk tagging brings the tag select (react-select); the library loads it only when selecting.
const LibraryBulkActions = lazy(async () => ({
  default: (await import('./library-bulk-actions.tsx')).LibraryBulkActions,
}));

interface LibrarySelectionPanelProps {
  searchText: string;
  selection: FileSelection;
}

/** Selection mode's panel above the grid: the count, select all / clear, and the bulk bar. */
export function LibrarySelectionPanel({ searchText, selection }: LibrarySelectionPanelProps) {
  const shown = useShownFiles(searchText);
  const selected = shown.filter((file) => selection.ids.has(file.fileId));
  return (
    <section className="selection-panel" aria-label="Selection">
      <SelectionToolbar selection={selection} shown={shown.map((file) => file.fileId)} />
      <Suspense
        fallback={
          <p className="hint" role="status">
            Loading the tag tools…
          </p>
        }
      >
        <LibraryBulkActions files={selected} />
      </Suspense>
    </section>
  );
}
