import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { UPLOAD_IMAGE_TYPES } from '../../../../common/api/upload.ts';
import { NOTHING_STAGED, stageFiles, type StagedImages } from '../staged-images.ts';
import { useUploadQueue } from '../use-upload-queue.ts';
import { UploadForm, type TagInputProps } from './upload-form.tsx';
import { UploadList } from './upload-list.tsx';
import './upload.css';

interface UploadAreaProps {
  /** The folder being viewed: where the images go. */
  folder: string;
  renderTagInput(props: TagInputProps): ReactNode;
  /** What images are dropped onto: the library's results. */
  children: ReactNode;
}

// Only drags that carry files open the drop target; dragging text or a link does not.
const carriesFiles = (event: DragEvent | globalThis.DragEvent) =>
  event.dataTransfer?.types.includes('Files') ?? false;

/** A file dropped just beside the area must not make the browser leave the app to show it. */
function useNoStrayFileDrops() {
  useEffect(() => {
    const refuse = (event: globalThis.DragEvent) => {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', refuse);
    window.addEventListener('drop', refuse);
    return () => {
      window.removeEventListener('dragover', refuse);
      window.removeEventListener('drop', refuse);
    };
  }, []);
}

/**
 * Bringing images in: a button that opens the browser's file picker (a real file input behind
 * it), or images dropped anywhere on the area. Picked images wait in a form for tags (and, for
 * one image, a region), then go one request each, with their own progress and outcome.
 */
export function UploadArea({ folder, renderTagInput, children }: UploadAreaProps) {
  const uploads = useUploadQueue();
  const [staged, setStaged] = useState<StagedImages>(NOTHING_STAGED);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  useNoStrayFileDrops();

  const stage = (files: FileList | null) => {
    if (files && files.length > 0) setStaged((current) => stageFiles(current, [...files]));
  };

  function dragOver(event: DragEvent) {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  }

  function dragLeave(event: DragEvent) {
    // Leaving for one of the area's own children is not leaving the area.
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  }

  function drop(event: DragEvent) {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    stage(event.dataTransfer.files);
  }

  return (
    <div
      className={dragging ? 'upload-area upload-area--dragging' : 'upload-area'}
      onDragEnter={dragOver}
      onDragOver={dragOver}
      onDragLeave={dragLeave}
      onDrop={drop}
    >
      <section className="upload-bar" aria-label="Upload images">
        <div className="upload-bar__pick">
          <button
            type="button"
            className="button"
            aria-describedby={hintId}
            onClick={() => input.current?.click()}
          >
            Upload images…
          </button>
          {/* The real picker; the button above is its one keyboard stop. */}
          <input
            ref={input}
            type="file"
            multiple
            accept={UPLOAD_IMAGE_TYPES.join(',')}
            className="visually-hidden"
            tabIndex={-1}
            aria-label="Choose images to upload"
            onChange={(event) => {
              stage(event.target.files);
              event.target.value = '';
            }}
          />
          <span id={hintId} className="hint">
            or drop them here, into {folder}
          </span>
        </div>
        {staged.files.length + staged.skipped.length > 0 && (
          <UploadForm
            staged={staged}
            onStagedChange={setStaged}
            folder={folder}
            renderTagInput={renderTagInput}
            onUpload={(choice) => uploads.add({ ...choice, folder })}
          />
        )}
        <UploadList {...uploads} />
      </section>
      {dragging && (
        <div className="upload-area__drop-hint" aria-hidden="true">
          Drop images to upload them into {folder}
        </div>
      )}
      {children}
    </div>
  );
}
