import { useEffect, useState, type RefCallback } from 'react';
import type { Size } from '../../../common/coordinates.ts';
import { scaledUrl, type ImageFile } from '../../lib/image-url.ts';
import { displayWidthFor } from './display-width.ts';

/**
 * The URL to show `image` with inside the stage element: measured as the layout changes, and only
 * ever growing, so a narrower window keeps the sharper copy it already has.
 */
export function useDisplayImage(
  file: ImageFile,
  image: Size,
): { stageRef: RefCallback<HTMLElement>; src: string } {
  const [stage, setStage] = useState<HTMLElement | null>(null);
  const [stageSize, setStageSize] = useState<Size>({ width: 0, height: 0 });
  const [width, setWidth] = useState(0);

  useEffect(() => {
    if (!stage || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setStageSize({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(stage);
    return () => observer.disconnect();
  }, [stage]);

  const wanted = displayWidthFor(stageSize, image, globalThis.devicePixelRatio ?? 1);
  if (wanted > width) setWidth(wanted);

  return { stageRef: setStage, src: scaledUrl(file, Math.max(width, wanted)) };
}
