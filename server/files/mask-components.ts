import type { Box, Mask } from './pixel-box.ts';

/** A mask grown by `radius` pixels in every direction (a square neighbourhood). */
export function dilate(mask: Mask, width: number, height: number, radius: number): Mask {
  if (radius <= 0) return mask.slice();
  // Two passes (rows, then columns) instead of a full square per pixel.
  const rows = new Uint8Array(mask.length);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (!mask[y * width + x]) continue;
      const from = Math.max(0, x - radius);
      const to = Math.min(width - 1, x + radius);
      rows.fill(1, y * width + from, y * width + to + 1);
    }
  }
  const out = new Uint8Array(mask.length);
  for (let x = 0; x < width; x += 1) {
    for (let y = 0; y < height; y += 1) {
      if (!rows[y * width + x]) continue;
      for (let yy = Math.max(0, y - radius); yy <= Math.min(height - 1, y + radius); yy += 1) {
        out[yy * width + x] = 1;
      }
    }
  }
  return out;
}

interface Component {
  pixels: number;
  box: Box;
}

/** The 8-connected groups of set pixels, each with its size and bounding box. */
export function components(mask: Mask, width: number, height: number): Component[] {
  const seen = new Uint8Array(mask.length);
  const found: Component[] = [];
  const stack: number[] = [];
  for (let start = 0; start < mask.length; start += 1) {
    if (!mask[start] || seen[start]) continue;
    let [minX, minY, maxX, maxY, pixels] = [width, height, -1, -1, 0];
    seen[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const i = stack.pop()!;
      const x = i % width;
      const y = (i - x) / width;
      pixels += 1;
      [minX, minY, maxX, maxY] = [
        Math.min(minX, x),
        Math.min(minY, y),
        Math.max(maxX, x),
        Math.max(maxY, y),
      ];
      for (let dy = -1; dy <= 1; dy += 1) {
        for (let dx = -1; dx <= 1; dx += 1) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const n = ny * width + nx;
          if (mask[n] && !seen[n]) {
            seen[n] = 1;
            stack.push(n);
          }
        }
      }
    }
    found.push({
      pixels,
      box: { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 },
    });
  }
  return found;
}

export function unionBox(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * The box around the parts of `mask` that matter: groups of pixels at least `minShare` the size
 * of the largest group. Specks (a pattern's dots, noise, compression artefacts) are left out.
 */
export function significantBox(
  mask: Mask,
  width: number,
  height: number,
  minShare = 0.05,
): Box | null {
  const groups = components(mask, width, height);
  const largest = Math.max(0, ...groups.map((g) => g.pixels));
  if (largest === 0) return null;
  const kept = groups.filter((g) => g.pixels >= Math.max(4, largest * minShare));
  return unionBox(kept.map((g) => g.box));
}
