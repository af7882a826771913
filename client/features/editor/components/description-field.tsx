import { useId } from 'react';
import { MAX_DESCRIPTION_CHARS } from '../../../../common/api/update-details.ts';

interface DescriptionFieldProps {
  value: string;
  onChange(description: string): void;
  readOnly: boolean;
}

/** ImageKit's `description`: the alt text pages show for the image. */
export function DescriptionField({ value, onChange, readOnly }: DescriptionFieldProps) {
  const id = useId();
  const tooLong = value.length > MAX_DESCRIPTION_CHARS;
  return (
    <section className="editor__section description-field">
      <label htmlFor={id}>Description (alt text)</label>
      <textarea
        id={id}
        rows={3}
        value={value}
        readOnly={readOnly}
        placeholder={
          readOnly ? 'No description' : 'What the image shows, for people who cannot see it'
        }
        aria-invalid={tooLong}
        aria-describedby={`${id}-count`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-count`} className={tooLong ? 'field-problem' : 'field-note'}>
        {value.length} / {MAX_DESCRIPTION_CHARS} characters
      </p>
    </section>
  );
}
