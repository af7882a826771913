import { useEffect, useState, type RefCallback } from 'react';
import type { Size } from '../../../common/coordinates.ts';
import { scaledUrl, type ImageFile } from '../../lib/image-url.ts';
import { displayWidthFor } from './display-width.ts';

// The stage measured last. The next image of a pass opens in the same window, so its first
// render can already ask for the copy it will keep, the one that was loaded ahead for it.
let lastStage: Size = { width: 0, height: 0 };

const pixelRatio = () => globalThis.devicePixelRatio ?? 1;

/** The URL the editor will show `file` with first, in a stage the size of the last one. */
export function displayUrlAhead(file: ImageFile, image: Size): string {
  return scaledUrl(file, displayWidthFor(lastStage, image, pixelRatio()));
}

/**
 * The URL to show `image` with inside the stage element: measured as the layout changes, and only
 * ever growing, so a narrower window keeps the sharper copy it already has.
 */
export function useDisplayImage(
  file: ImageFile,
  image: Size,
): { stageRef: RefCallback<HTMLElement>; src: string } {
  const [stage, setStage] = useState<HTMLElement | null>(null);
  const [stageSize, setStageSize] = useState<Size>(lastStage);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    if (!stage || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      lastStage = { width: entry.contentRect.width, height: entry.contentRect.height };
      setStageSize(lastStage);
    });
    observer.observe(stage);
    return () => observer.disconnect();
  }, [stage]);

  const wanted = displayWidthFor(stageSize, image, pixelRatio());
  if (wanted > width) setWidth(wanted);

  return { stageRef: setStage, src: scaledUrl(file, Math.max(width, wanted)) };
}
