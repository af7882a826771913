import type { Region, Size } from '../../../common/coordinates.ts';
import { resizeWithAspect } from '../../../common/region-aspect.ts';

export type RegionField = keyof Region;

/** A whole number typed into a field, or null when the text is not one. */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^-?\d{1,9}$/.test(trimmed) ? Number(trimmed) : null;
}

/** Where a region starts when the user types a number before drawing one: the centre half. */
export function defaultRegion(image: Size): Region {
  const width = Math.max(1, Math.round(image.width / 2));
  const height = Math.max(1, Math.round(image.height / 2));
  return {
    x: Math.floor((image.width - width) / 2),
    y: Math.floor((image.height - height) / 2),
    width,
    height,
  };
}

const LIMITS: Record<RegionField, (r: Region, image: Size) => [number, number]> = {
  x: (r, image) => [0, image.width - r.width],
  y: (r, image) => [0, image.height - r.height],
  width: (r, image) => [1, image.width - r.x],
  height: (r, image) => [1, image.height - r.y],
};

const LABELS: Record<RegionField, string> = { x: 'X', y: 'Y', width: 'Width', height: 'Height' };

/**
 * Sets one field to a typed value, clamped so the region stays inside the image (the other
 * fields keep their values; with an aspect ratio locked, a typed width sets the height and the
 * other way round). `note` says what was changed and why when the value did not fit.
 */
export function applyField(
  base: Region,
  field: RegionField,
  value: number,
  image: Size,
  aspect: number | null = null,
): { region: Region; note: string | null } {
  if (aspect !== null && (field === 'width' || field === 'height')) {
    const region = resizeWithAspect(base, field, value, aspect, image);
    if (region[field] === value) return { region, note: null };
    const edge =
      value < 1
        ? `${LABELS[field]} cannot be less than 1`
        : `${LABELS[field]} can be at most ${region[field]} here with the aspect ratio held`;
    return { region, note: `${edge}; using ${region[field]}.` };
  }
  const [min, max] = LIMITS[field](base, image);
  const clamped = Math.min(Math.max(value, min), max);
  const region = { ...base, [field]: clamped };
  if (clamped === value) return { region, note: null };
  const reason =
    clamped === min
      ? `${LABELS[field]} cannot be less than ${min}`
      : `${LABELS[field]} can be at most ${max} here (the image is ${image.width} × ${image.height} px)`;
  return { region, note: `${reason}; using ${clamped}.` };
}

/** The spoken and shown summary of a region, e.g. "x 120, y 40, 800 × 600 px". */
export function describeRegion(region: Region | null): string {
  if (!region) return 'No region';
  return `x ${region.x}, y ${region.y}, ${region.width} × ${region.height} px`;
}
