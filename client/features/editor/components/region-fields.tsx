import type { Region, Size } from '../../../../common/coordinates.ts';
import { RegionInputs } from './region-inputs.tsx';

interface RegionFieldsProps {
  region: Region | null;
  image: Size;
  onChange(region: Region): void;
  onValidityChange(valid: boolean): void;
  readOnly: boolean;
  aspect: number | null;
  /** Changes when the draft is replaced wholesale, so half-typed numbers start over. */
  version: number;
}

/** The region's numbers, right after the region in the tab order and right before Save. */
export function RegionFields({ version, ...props }: RegionFieldsProps) {
  return (
    <section className="editor__section">
      <RegionInputs key={version} {...props} />
    </section>
  );
}
