/**
 * Pure pixel work for suggested regions, on small RGBA images (a few hundred pixels a side):
 * the border's colours, masks of what stands out, and the box around the parts that matter.
 */

/** Raw 8-bit RGBA pixels, row by row. */
export interface Pixels {
  data: Uint8Array | Buffer;
  width: number;
  height: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One flag per pixel, row by row. */
export type Mask = Uint8Array;

/** The index of every pixel on the image's outer ring, `depth` pixels deep. */
export function borderIndexes({ width, height }: Pixels, depth = 2): number[] {
  const indexes: number[] = [];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const inside = x >= depth && y >= depth && x < width - depth && y < height - depth;
      if (!inside) indexes.push(y * width + x);
    }
  }
  return indexes;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** The colour most of the border has (per-channel median), and how much of it is that colour. */
export function borderColour(image: Pixels, tolerance: number) {
  const ring = borderIndexes(image);
  const channel = (c: number) => median(ring.map((i) => image.data[i * 4 + c]!));
  const colour = [channel(0), channel(1), channel(2)] as const;
  const near = ring.filter((i) => colourDistance(image, i, colour) <= tolerance).length;
  return { colour, share: ring.length === 0 ? 0 : near / ring.length };
}

/** The largest difference of one channel between pixel `i` and `colour`. */
export function colourDistance(image: Pixels, i: number, colour: readonly number[]): number {
  const d = image.data;
  return Math.max(
    Math.abs(d[i * 4]! - colour[0]!),
    Math.abs(d[i * 4 + 1]! - colour[1]!),
    Math.abs(d[i * 4 + 2]! - colour[2]!),
  );
}

/** Share of the border that is (nearly) see-through. */
export function transparentBorderShare(image: Pixels): number {
  const ring = borderIndexes(image);
  return ring.filter((i) => image.data[i * 4 + 3]! < 16).length / Math.max(1, ring.length);
}

export function maskWhere(image: Pixels, test: (i: number) => boolean): Mask {
  const mask = new Uint8Array(image.width * image.height);
  for (let i = 0; i < mask.length; i += 1) mask[i] = test(i) ? 1 : 0;
  return mask;
}

/** Sobel gradient strength, scaled to the change in level per pixel across an edge. */
export function edgeStrength(values: Float32Array, width: number, height: number): Float32Array {
  const out = new Float32Array(width * height);
  const at = (x: number, y: number) => values[y * width + x]!;
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1) {
      const gx =
        at(x + 1, y - 1) +
        2 * at(x + 1, y) +
        at(x + 1, y + 1) -
        (at(x - 1, y - 1) + 2 * at(x - 1, y) + at(x - 1, y + 1));
      const gy =
        at(x - 1, y + 1) +
        2 * at(x, y + 1) +
        at(x + 1, y + 1) -
        (at(x - 1, y - 1) + 2 * at(x, y - 1) + at(x + 1, y - 1));
      out[y * width + x] = Math.hypot(gx, gy) / 8;
    }
  }
  return out;
}

/**
 * Clears rows and columns that are lines across the whole picture: a horizon, a wall meeting
 * the floor, two background colours side by side. Such a line is set almost all the way across,
 * or, where the product hides part of it, still reaches both edges of the picture; a product
 * rarely spans the picture from edge to edge.
 */
export function clearLongLines(mask: Mask, width: number, height: number): void {
  const isLine = (length: number, at: (k: number) => number) => {
    let count = 0;
    for (let k = 0; k < length; k += 1) count += at(k);
    const touchesBoth = at(0) + at(1) > 0 && at(length - 1) + at(length - 2) > 0;
    return count >= length * FULL_LINE_SHARE || (touchesBoth && count >= length * EDGE_LINE_SHARE);
  };
  const rows: number[] = [];
  const columns: number[] = [];
  for (let y = 0; y < height; y += 1) {
    if (isLine(width, (x) => mask[y * width + x]!)) rows.push(y);
  }
  for (let x = 0; x < width; x += 1) {
    if (isLine(height, (y) => mask[y * width + x]!)) columns.push(x);
  }
  for (const y of rows) mask.fill(0, y * width, (y + 1) * width);
  for (const x of columns) for (let y = 0; y < height; y += 1) mask[y * width + x] = 0;
}

/** A line across set this much of its length is the background's, wherever it runs. */
const FULL_LINE_SHARE = 0.9;
/** A line from edge to edge set this much (the product hiding the rest) is the background's. */
const EDGE_LINE_SHARE = 0.4;
