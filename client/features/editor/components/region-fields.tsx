import type { Region, Size } from '../../../../common/coordinates.ts';
import { defaultRegion } from '../region-numbers.ts';
import { RegionInputs } from './region-inputs.tsx';

interface RegionFieldsProps {
  region: Region | null;
  image: Size;
  onChange(region: Region): void;
  onClear(): void;
  onValidityChange(valid: boolean): void;
  readOnly: boolean;
  /** Changes when the draft is replaced wholesale, so half-typed numbers start over. */
  version: number;
}

/** The region's numbers, plus the buttons that add a region or clear it. */
export function RegionFields({
  region,
  image,
  onChange,
  onClear,
  onValidityChange,
  readOnly,
  version,
}: RegionFieldsProps) {
  return (
    <section className="editor__section">
      <RegionInputs
        key={version}
        region={region}
        image={image}
        onChange={onChange}
        onValidityChange={onValidityChange}
        readOnly={readOnly}
      />
      {!readOnly && (
        <div className="button-row">
          {region ? (
            <button type="button" className="button button--quiet" onClick={onClear}>
              Clear region
            </button>
          ) : (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onChange(defaultRegion(image))}
            >
              Add region
            </button>
          )}
        </div>
      )}
    </section>
  );
}
