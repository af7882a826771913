import { useId, useState } from 'react';
import type { Region, Size } from '../../../../common/coordinates.ts';
import {
  applyField,
  defaultRegion,
  parseWholeNumber,
  type RegionField,
} from '../region-numbers.ts';

const FIELDS: { field: RegionField; label: string }[] = [
  { field: 'x', label: 'X' },
  { field: 'y', label: 'Y' },
  { field: 'width', label: 'Width' },
  { field: 'height', label: 'Height' },
];

type PerField = Partial<Record<RegionField, string>>;

interface RegionInputsProps {
  region: Region | null;
  image: Size;
  onChange(region: Region): void;
  /** Told whenever the fields go from all readable to not, or back; Save waits for readable. */
  onValidityChange(valid: boolean): void;
  readOnly: boolean;
  /** Width / height held while typing a size, or null. */
  aspect?: number | null;
}

/**
 * The region as four numbers in original pixels. What the user types stays in the field while
 * they edit it: a number that does not fit is clamped (and the field says so), text that is not a
 * whole number is flagged and kept, so nothing typed disappears without a word.
 */
export function RegionInputs({
  region,
  image,
  onChange,
  onValidityChange,
  readOnly,
  aspect = null,
}: RegionInputsProps) {
  const id = useId();
  const [drafts, setDrafts] = useState<PerField>({});
  const [notes, setNotes] = useState<PerField>({});
  const errorOf = (text: string | undefined) =>
    text !== undefined && parseWholeNumber(text) === null
      ? 'Enter a whole number of pixels.'
      : null;

  function updateDrafts(next: PerField) {
    const wasValid = Object.values(drafts).every((t) => errorOf(t) === null);
    const isValid = Object.values(next).every((t) => errorOf(t) === null);
    setDrafts(next);
    if (wasValid !== isValid) onValidityChange(isValid);
  }

  function type(field: RegionField, text: string) {
    updateDrafts({ ...drafts, [field]: text });
    const value = parseWholeNumber(text);
    if (value === null) {
      setNotes({ ...notes, [field]: undefined });
      return;
    }
    const result = applyField(region ?? defaultRegion(image), field, value, image, aspect);
    setNotes({ ...notes, [field]: result.note ?? undefined });
    onChange(result.region);
  }

  function leave(field: RegionField) {
    // A readable number has been applied (maybe clamped): show the region's value from now on.
    if (errorOf(drafts[field]) === null) {
      const next = { ...drafts };
      delete next[field];
      updateDrafts(next);
    }
  }

  return (
    <fieldset className="region-inputs">
      <legend>Region in original pixels</legend>
      <div className="region-inputs__grid">
        {FIELDS.map(({ field, label }) => {
          const draft = drafts[field];
          const error = errorOf(draft);
          const message = error ?? notes[field];
          const messageId = `${id}-${field}-message`;
          return (
            <div key={field} className="region-inputs__field">
              <label htmlFor={`${id}-${field}`}>{label}</label>
              <input
                id={`${id}-${field}`}
                type="number"
                inputMode="numeric"
                step={1}
                min={field === 'width' || field === 'height' ? 1 : 0}
                max={field === 'x' || field === 'width' ? image.width : image.height}
                value={draft ?? (region ? String(region[field]) : '')}
                placeholder={region ? undefined : '–'}
                readOnly={readOnly}
                aria-invalid={error !== null}
                aria-describedby={message ? messageId : undefined}
                onChange={(e) => type(field, e.target.value)}
                onBlur={() => leave(field)}
              />
              {message && (
                <p id={messageId} className={error ? 'field-problem' : 'field-note'}>
                  {message}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
