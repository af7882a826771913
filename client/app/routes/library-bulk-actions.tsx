import { memo } from 'react';
import { BulkBar } from '../../features/bulk/components/bulk-bar.tsx';
import type { BulkTarget } from '../../features/bulk/bulk-target.ts';
import { TagSelect } from '../../features/tags/tag-select.tsx';

// Its props change only when the tags to add do: a click on an image must not re-render it.
const AddTags = memo(TagSelect);

/** The bulk bar with the app's tag select. */
export function LibraryBulkActions({ target }: { target: BulkTarget }) {
  return (
    <BulkBar
      target={target}
      renderAddInput={(input) => <AddTags label="Tags to add" {...input} />}
    />
  );
}
