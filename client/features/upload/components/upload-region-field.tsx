import { useId } from 'react';
import type { Size } from '../../../../common/coordinates.ts';
import { FieldProblems } from '../../../components/field-problems.tsx';
import { uploadRegionProblems } from '../upload-region.ts';

interface UploadRegionFieldProps {
  value: string;
  onChange(text: string): void;
  /** The image's pixel size once the browser has read it. */
  image: Size | null;
}

/**
 * The important region of a single image, typed as ImageKit's `x,y,width,height`; optional. It
 * is checked against the image's size here for quick feedback and again by the server.
 */
export function UploadRegionField({ value, onChange, image }: UploadRegionFieldProps) {
  const id = useId();
  const problems = uploadRegionProblems(value, image);
  return (
    <div className="upload-form__field">
      <label htmlFor={id}>Region (x,y,width,height)</label>
      <input
        id={id}
        value={value}
        inputMode="numeric"
        placeholder="optional, e.g. 10,20,300,400"
        aria-invalid={problems.length > 0}
        aria-describedby={`${id}-size`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-size`} className="hint">
        {image
          ? `The image is ${image.width} × ${image.height} pixels.`
          : 'In the pixels of the original image.'}
      </p>
      <FieldProblems messages={problems} />
    </div>
  );
}
