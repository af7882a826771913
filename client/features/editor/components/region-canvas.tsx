import type { Ref } from 'react';
import type { Region, Size } from '../../../../common/coordinates.ts';
import { REGION_BIG_STEP_PX } from '../region-keyboard.ts';
import { RegionEditor } from './region-editor.tsx';
import { RegionStatus } from './region-status.tsx';

interface RegionCanvasProps {
  src: string;
  alt: string;
  image: Size;
  region: Region | null;
  onChange(region: Region): void;
  readOnly: boolean;
  stageRef: Ref<HTMLDivElement>;
}

/** The drawing surface with its read-out and the keyboard hint. */
export function RegionCanvas({ readOnly, ...props }: RegionCanvasProps) {
  return (
    <section className="region-canvas" aria-label="Region">
      <RegionEditor {...props} disabled={readOnly} />
      <RegionStatus region={props.region} image={props.image} />
      {!readOnly && (
        <p className="hint">
          Drag on the image to draw the region. With the region focused (Tab to it), the arrow keys
          move it and Shift + arrow keys resize it (→ ↓ grow, ← ↑ shrink), 1 px at a time; hold Ctrl
          or ⌘ for {REGION_BIG_STEP_PX} px steps. The corner and edge handles can be moved with the
          arrow keys too.
        </p>
      )}
    </section>
  );
}
