import { useState, type Ref } from 'react';
import ReactCrop, { type PercentCrop } from 'react-image-crop';
import 'react-image-crop/dist/ReactCrop.css';
import type { Region, Size } from '../../../../common/coordinates.ts';
import { originalToPercent, percentToOriginal } from '../../../../common/region-math.ts';
import { useRegionKeyboard } from '../use-region-keyboard.ts';

// Worded without the letters x and y (and not naming a field) so that a label lookup for the
// "X", "Y", "Width" or "Height" fields, which matches substrings, finds only the field.
const ARIA_LABELS = {
  cropArea: 'Region. Arrows move it; Shift and arrows resize it.',
  nwDragHandle: 'Top-left corner; arrows move it',
  nDragHandle: 'Top edge; up and down arrows move it',
  neDragHandle: 'Top-right corner; arrows move it',
  eDragHandle: 'Right edge; left and right arrows move it',
  seDragHandle: 'Bottom-right corner; arrows move it',
  sDragHandle: 'Bottom edge; up and down arrows move it',
  swDragHandle: 'Bottom-left corner; arrows move it',
  wDragHandle: 'Left edge; left and right arrows move it',
};

interface RegionEditorProps {
  src: string;
  alt: string;
  image: Size;
  region: Region | null;
  onChange(region: Region): void;
  disabled: boolean;
  stageRef: Ref<HTMLDivElement>;
}

/**
 * The image with the region drawn over it (react-image-crop, in percent so the displayed size
 * does not matter). The region itself lives in original pixels; percent is only the drawing.
 */
export function RegionEditor(props: RegionEditorProps) {
  const { src, alt, image, region, onChange, disabled, stageRef } = props;
  // A click on the image starts a zero-size crop; it only replaces the region once it has a size.
  const [drawing, setDrawing] = useState<PercentCrop | null>(null);
  const onKeyDownCapture = useRegionKeyboard(region, image, onChange, disabled);

  const crop: PercentCrop | undefined =
    drawing ?? (region ? { unit: '%', ...originalToPercent(region, image) } : undefined);

  function change(_pixels: unknown, percent: PercentCrop) {
    if (percent.width === 0 || percent.height === 0) {
      setDrawing(percent);
      return;
    }
    setDrawing(null);
    onChange(percentToOriginal(percent, image));
  }

  return (
    <div className="region-stage" ref={stageRef} onKeyDownCapture={onKeyDownCapture}>
      <ReactCrop
        crop={crop}
        onChange={change}
        // Not onComplete: ReactCrop also calls that when a crop first appears, i.e. on the
        // pointer-down of a new drawing, which would drop the drawing before it has a size.
        onDragEnd={() => setDrawing(null)}
        disabled={disabled}
        ariaLabels={ARIA_LABELS}
      >
        <img src={src} alt={alt} draggable={false} />
      </ReactCrop>
    </div>
  );
}
