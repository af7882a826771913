import { useState, type FormEvent, type ReactNode } from 'react';
import { tagListProblems } from '../../../../common/tags.ts';
import { NOTHING_STAGED, unstage, type StagedImages } from '../staged-images.ts';
import { useImageSize } from '../use-image-size.ts';
import { uploadRegionProblems } from '../upload-region.ts';
import { UploadRegionField } from './upload-region-field.tsx';

export interface TagInputProps {
  value: string[];
  onChange(tags: string[]): void;
}

export interface UploadChoice {
  files: readonly File[];
  tags: readonly string[];
  /** Only when a single image is uploaded. */
  customCoordinates?: string;
}

interface UploadFormProps {
  staged: StagedImages;
  onStagedChange(staged: StagedImages): void;
  folder: string;
  /** The tag input (the page supplies the app's tag select). */
  renderTagInput(props: TagInputProps): ReactNode;
  onUpload(choice: UploadChoice): void;
}

const images = (n: number) => `${n} ${n === 1 ? 'image' : 'images'}`;

/** The picked images before they go: which, into which folder, their tags, one image's region. */
export function UploadForm(props: UploadFormProps) {
  const { staged, onStagedChange, folder, renderTagInput, onUpload } = props;
  const [tags, setTags] = useState<string[]>([]);
  const [region, setRegion] = useState('');
  const single = staged.files.length === 1 ? staged.files[0]! : null;
  const size = useImageSize(single);
  const regionText = single ? region.trim() : '';
  const problems = [...tagListProblems(tags), ...uploadRegionProblems(regionText, size)];
  const canUpload = staged.files.length > 0 && problems.length === 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!canUpload) return;
    onUpload({
      files: staged.files,
      tags,
      ...(regionText ? { customCoordinates: regionText } : {}),
    });
    onStagedChange(NOTHING_STAGED);
    setTags([]);
    setRegion('');
  }

  return (
    <form className="upload-form" aria-label="Images to upload" onSubmit={submit}>
      <p className="upload-form__title">
        {images(staged.files.length)} ready to upload into <strong>{folder}</strong>
      </p>
      {staged.skipped.length > 0 && (
        <p className="field-problem" role="alert">
          Left out, not images: {staged.skipped.join(', ')}.
        </p>
      )}
      <ul className="upload-form__files">
        {staged.files.map((file) => (
          <li key={`${file.name}-${file.size}-${file.lastModified}`}>
            <span>{file.name}</span>
            <button
              type="button"
              className="button button--quiet"
              aria-label={`Remove ${file.name}`}
              onClick={() => onStagedChange(unstage(staged, file))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="upload-form__field">{renderTagInput({ value: tags, onChange: setTags })}</div>
      {single && <UploadRegionField value={region} onChange={setRegion} image={size} />}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={!canUpload}>
          Upload {images(staged.files.length)}
        </button>
        <button type="button" className="button" onClick={() => onStagedChange(NOTHING_STAGED)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
