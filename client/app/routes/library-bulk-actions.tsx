import { useQueryClient } from '@tanstack/react-query';
import type { FileDetails } from '../../../common/file-details.ts';
import { BulkBar } from '../../features/bulk/components/bulk-bar.tsx';
import { fileKeys } from '../../features/editor/api/file-keys.ts';
import { fileListKeys } from '../../features/library/api/file-list-keys.ts';
import { tagKeys } from '../../features/tags/api/tag-keys.ts';
import { TagSelect } from '../../features/tags/tag-select.tsx';

/** The bulk bar with the app's tag select, refreshing what a bulk change makes stale. */
export function LibraryBulkActions({ files }: { files: readonly FileDetails[] }) {
  const queryClient = useQueryClient();
  return (
    <BulkBar
      files={files}
      renderAddInput={(input) => <TagSelect label="Tags to add" {...input} />}
      onChanged={() => {
        // Grids and editors show tags, and suggestions count them: all of it is stale now.
        void queryClient.invalidateQueries({ queryKey: fileListKeys.all });
        void queryClient.invalidateQueries({ queryKey: fileKeys.all });
        void queryClient.invalidateQueries({ queryKey: tagKeys.all });
      }}
    />
  );
}
