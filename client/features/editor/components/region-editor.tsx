import {
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import ReactCrop, { type PercentCrop } from 'react-image-crop';
import 'react-image-crop/dist/ReactCrop.css';
import type { Region, Size } from '../../../../common/coordinates.ts';
import { snapToAspect } from '../../../../common/region-aspect.ts';
import { originalToPercent, percentToOriginal } from '../../../../common/region-math.ts';
import { useRegionKeyboard } from '../use-region-keyboard.ts';
import { ProposalOutline } from './proposal-outline.tsx';

// Worded without the letters x and y (and not naming a field) so that a label lookup for the
// "X", "Y", "Width" or "Height" fields, which matches substrings, finds only the field.
const ARIA_LABELS = {
  cropArea: 'Region. Arrows move it; Shift and arrows resize it.',
  nwDragHandle: 'Top-left corner',
  nDragHandle: 'Top edge',
  neDragHandle: 'Top-right corner',
  eDragHandle: 'Right edge',
  seDragHandle: 'Bottom-right corner',
  sDragHandle: 'Bottom edge',
  swDragHandle: 'Bottom-left corner',
  wDragHandle: 'Left edge',
};

const SELECTION = '.ReactCrop__crop-selection';

export interface RegionEditorHandle {
  /** Moves the focus to the region, now or as soon as it is drawn. */
  focusRegion(): void;
}

interface RegionEditorProps {
  src: string;
  alt: string;
  image: Size;
  region: Region | null;
  onChange(region: Region): void;
  disabled: boolean;
  stageRef: Ref<HTMLDivElement>;
  /** Width / height the region is held to while drawing, or null for any shape. */
  aspect: number | null;
  /** A suggested region, drawn dashed until the user takes it (Enter) or lets it go (Escape). */
  proposal: Region | null;
  onAcceptProposal(): void;
  onDismissProposal(): void;
  /** Enter on the image while it has no region and no suggestion. */
  onAdd(): void;
  handleRef?: Ref<RegionEditorHandle>;
}

function setRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/**
 * The image with the region drawn over it (react-image-crop, in percent so the displayed size
 * does not matter). The region itself lives in original pixels; percent is only the drawing.
 * The region is one Tab stop: the drawn selection, or the image itself while there is none.
 * react-image-crop makes each of its eight handles a Tab stop too; they stay draggable but leave
 * the tab order, since Shift + arrows on the selection resizes it exactly.
 */
export function RegionEditor(props: RegionEditorProps) {
  const { src, alt, image, region, onChange, disabled, aspect, proposal } = props;
  // A click on the image starts a zero-size crop; it only replaces the region once it has a size.
  const [drawing, setDrawing] = useState<PercentCrop | null>(null);
  const stage = useRef<HTMLDivElement | null>(null);
  const focusPending = useRef(false);
  const onKeyDownCapture = useRegionKeyboard(region, image, onChange, disabled, aspect);

  useImperativeHandle(props.handleRef, () => ({
    focusRegion() {
      focusPending.current = true;
      stage.current?.querySelector<HTMLElement>(SELECTION)?.focus();
    },
  }));

  useLayoutEffect(() => {
    stage.current?.querySelectorAll<HTMLElement>('.ReactCrop__drag-handle').forEach((handle) => {
      handle.tabIndex = -1;
    });
    const selection = stage.current?.querySelector<HTMLElement>(SELECTION);
    if (focusPending.current && selection) {
      focusPending.current = false;
      selection.focus();
    }
  });

  const crop: PercentCrop | undefined =
    drawing ?? (region ? { unit: '%', ...originalToPercent(region, image) } : undefined);

  function change(_pixels: unknown, percent: PercentCrop) {
    if (percent.width === 0 || percent.height === 0) {
      setDrawing(percent);
      return;
    }
    setDrawing(null);
    const next = percentToOriginal(percent, image);
    // react-image-crop holds the ratio in screen pixels; rounding to original ones may be off by one.
    onChange(aspect === null ? next : snapToAspect(next, aspect, image));
  }

  function keyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (disabled) return;
    const onRegion = event.target === stage.current || (event.target as Element).matches(SELECTION);
    if (!onRegion) return;
    if (event.key === 'Enter' && (proposal || !region)) {
      event.preventDefault();
      focusPending.current = true;
      if (proposal) props.onAcceptProposal();
      else props.onAdd();
    } else if (event.key === 'Escape' && proposal) {
      event.preventDefault();
      props.onDismissProposal();
    }
  }

  const waiting = !disabled && !region;
  return (
    <div
      className="region-stage"
      ref={(element) => {
        stage.current = element;
        setRef(props.stageRef, element);
      }}
      onKeyDownCapture={onKeyDownCapture}
      onKeyDown={keyDown}
      tabIndex={waiting ? 0 : undefined}
      role={waiting ? 'group' : undefined}
      aria-label={
        waiting
          ? `Region: none so far. Enter adds ${proposal ? 'the suggested one' : 'one'}, or drag on the image.`
          : undefined
      }
    >
      <ReactCrop
        crop={crop}
        onChange={change}
        // Not onComplete: ReactCrop also calls that when a crop first appears, i.e. on the
        // pointer-down of a new drawing, which would drop the drawing before it has a size.
        onDragEnd={() => setDrawing(null)}
        disabled={disabled}
        aspect={aspect ?? undefined}
        ariaLabels={
          proposal
            ? { ...ARIA_LABELS, cropArea: `${ARIA_LABELS.cropArea} Enter takes the suggestion.` }
            : ARIA_LABELS
        }
      >
        <img src={src} alt={alt} draggable={false} />
        {proposal && <ProposalOutline region={proposal} image={image} />}
      </ReactCrop>
    </div>
  );
}
