import type { FileDetails } from '../../../../common/file-details.ts';
import { FileCard } from './file-card.tsx';

export function FileGrid({ files }: { files: readonly FileDetails[] }) {
  return (
    <ul className="file-grid">
      {files.map((file) => (
        <li key={file.fileId}>
          <FileCard file={file} />
        </li>
      ))}
    </ul>
  );
}
