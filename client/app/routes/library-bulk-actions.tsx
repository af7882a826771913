import { BulkBar } from '../../features/bulk/components/bulk-bar.tsx';
import type { BulkTarget } from '../../features/bulk/bulk-target.ts';
import { TagSelect } from '../../features/tags/tag-select.tsx';

/** The bulk bar with the app's tag select. */
export function LibraryBulkActions({ target }: { target: BulkTarget }) {
  return (
    <BulkBar
      target={target}
      renderAddInput={(input) => <TagSelect label="Tags to add" {...input} />}
    />
  );
}
