import { useEffect, useState } from 'react';
import type { Size } from '../../../common/coordinates.ts';

/**
 * The pixel size of an image file before it is uploaded, as the browser decodes it (EXIF
 * orientation applied, as the server counts a region); null while unknown or undecodable.
 */
export function useImageSize(file: File | null): Size | null {
  const [size, setSize] = useState<{ file: File; size: Size } | null>(null);
  useEffect(() => {
    if (!file || typeof createImageBitmap !== 'function') return;
    let current = true;
    createImageBitmap(file).then(
      (bitmap) => {
        if (current) setSize({ file, size: { width: bitmap.width, height: bitmap.height } });
        bitmap.close();
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [file]);
  return size && size.file === file ? size.size : null;
}
