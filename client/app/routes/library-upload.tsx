import { lazy, Suspense, type ReactNode } from 'react';
import { UploadArea } from '../../features/upload/components/upload-area.tsx';

// The tag select brings react-select; the library loads it only once images are picked.
const TagSelect = lazy(async () => ({
  default: (await import('../../features/tags/tag-select.tsx')).TagSelect,
}));

interface LibraryUploadProps {
  /** The folder being viewed (null: the whole library, so uploads go to the top). */
  folder: string | null;
  canUpload: boolean;
  children: ReactNode;
}

/** The library's results, for editors and admins inside the upload area (button and drops). */
export function LibraryUpload({ folder, canUpload, children }: LibraryUploadProps) {
  if (!canUpload) return children;
  return (
    <UploadArea
      folder={folder ?? '/'}
      renderTagInput={(input) => (
        <Suspense
          fallback={
            <p className="hint" role="status">
              Loading the tag input…
            </p>
          }
        >
          <TagSelect label="Tags for these images" {...input} />
        </Suspense>
      )}
    >
      {children}
    </UploadArea>
  );
}
