import type { KeyboardEvent } from 'react';
import type { Region, Size } from '../../../common/coordinates.ts';
import { nudgeRegion } from './region-keyboard.ts';

const SELECTION_CLASS = 'ReactCrop__crop-selection';

/**
 * Keyboard control of the drawn region, in original pixels. react-image-crop 11 already moves
 * its selection with the arrow keys, but in *displayed* pixels and with Shift meaning a bigger
 * step; resizing by keyboard needs Tab to a handle first. This handler runs in the capture phase
 * on the wrapper, so on the focused selection arrows move and Shift + arrows resize, exactly, in
 * the units of the numbers next to it, holding the aspect ratio when one is locked.
 */
export function useRegionKeyboard(
  region: Region | null,
  image: Size,
  onChange: (region: Region) => void,
  disabled: boolean,
  aspect: number | null = null,
) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (disabled || !region) return;
    const target = event.target as HTMLElement;
    if (!target.classList.contains(SELECTION_CLASS)) return;
    const next = nudgeRegion(
      region,
      image,
      {
        key: event.key,
        shiftKey: event.shiftKey,
        bigStep: event.ctrlKey || event.metaKey,
      },
      aspect,
    );
    if (!next) return;
    event.preventDefault();
    event.stopPropagation();
    onChange(next);
  };
}
