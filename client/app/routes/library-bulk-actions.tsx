import type { FileDetails } from '../../../common/file-details.ts';
import { BulkBar } from '../../features/bulk/components/bulk-bar.tsx';
import { TagSelect } from '../../features/tags/tag-select.tsx';

/** The bulk bar with the app's tag select. */
export function LibraryBulkActions({ files }: { files: readonly FileDetails[] }) {
  return (
    <BulkBar
      files={files}
      renderAddInput={(input) => <TagSelect label="Tags to add" {...input} />}
    />
  );
}
