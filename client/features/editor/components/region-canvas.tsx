import type { Ref } from 'react';
import type { Region, Size } from '../../../../common/coordinates.ts';
import { REGION_BIG_STEP_PX } from '../region-keyboard.ts';
import { RegionEditor, type RegionEditorHandle } from './region-editor.tsx';
import { RegionStatus } from './region-status.tsx';

interface RegionCanvasProps {
  src: string;
  alt: string;
  image: Size;
  region: Region | null;
  onChange(region: Region): void;
  readOnly: boolean;
  stageRef: Ref<HTMLDivElement>;
  aspect: number | null;
  proposal: Region | null;
  onAcceptProposal(): void;
  onDismissProposal(): void;
  onAdd(): void;
  handleRef: Ref<RegionEditorHandle>;
}

/** The drawing surface with its read-out and the keyboard hint. */
export function RegionCanvas({ readOnly, ...props }: RegionCanvasProps) {
  return (
    <section className="region-canvas" aria-label="Region">
      <RegionEditor {...props} disabled={readOnly} />
      <RegionStatus
        region={props.region}
        image={props.image}
        hasProposal={!readOnly && props.proposal !== null}
      />
      {!readOnly && (
        <p className="hint">
          Drag on the image to draw the region, or Tab to it: Enter adds one (or takes the dashed
          suggestion, Escape lets it go), the arrow keys move it and Shift + arrow keys resize it (→
          ↓ grow, ← ↑ shrink), 1 px at a time; hold Ctrl or ⌘ for {REGION_BIG_STEP_PX} px steps.
        </p>
      )}
    </section>
  );
}
