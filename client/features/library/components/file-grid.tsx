import type { FileDetails } from '../../../../common/file-details.ts';
import type { FileSelection } from '../use-file-selection.ts';
import { FileCard } from './file-card.tsx';

export function FileGrid({
  files,
  selection,
}: {
  files: readonly FileDetails[];
  selection?: FileSelection;
}) {
  const order = files.map((file) => file.fileId);
  return (
    <ul className="file-grid">
      {files.map((file) => (
        <li key={file.fileId}>
          <FileCard
            file={file}
            selection={
              selection && {
                isSelected: selection.ids.has(file.fileId),
                onToggle: (withShift) => selection.toggle(file.fileId, order, withShift),
              }
            }
          />
        </li>
      ))}
    </ul>
  );
}
