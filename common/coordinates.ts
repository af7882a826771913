import { z } from 'zod';

/** A rectangle in the pixels of the original file: top-left corner plus size. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

const COORDINATES_PATTERN = /^(\d{1,6}),(\d{1,6}),(\d{1,6}),(\d{1,6})$/;

/** Parses ImageKit's `"x,y,width,height"`; null when the text is not four non-negative integers. */
export function parseCoordinates(text: string): Region | null {
  const match = COORDINATES_PATTERN.exec(text);
  if (!match) return null;
  const [x, y, width, height] = match.slice(1).map(Number) as [number, number, number, number];
  return { x, y, width, height };
}

export function formatCoordinates(region: Region): string {
  return `${region.x},${region.y},${region.width},${region.height}`;
}

/** Why a region does not fit an image of the given size; empty when it does. */
export function regionProblems(region: Region, image: Size): string[] {
  const problems: string[] = [];
  const values = [region.x, region.y, region.width, region.height];
  if (!values.every((v) => Number.isInteger(v) && v >= 0)) {
    problems.push('Coordinates must be non-negative whole numbers.');
    return problems;
  }
  if (region.width < 1 || region.height < 1) problems.push('Width and height must be at least 1.');
  if (region.x + region.width > image.width) {
    problems.push(
      `x + width is ${region.x + region.width}, past the image width of ${image.width} px.`,
    );
  }
  if (region.y + region.height > image.height) {
    problems.push(
      `y + height is ${region.y + region.height}, past the image height of ${image.height} px.`,
    );
  }
  return problems;
}

/**
 * The format of `customCoordinates` on its own. Whether the rectangle fits the image needs the
 * file's size, which only the server knows for sure; it checks that with `regionProblems`.
 */
export const CustomCoordinatesSchema = z.string().superRefine((text, ctx) => {
  const region = parseCoordinates(text);
  if (!region) {
    ctx.addIssue({
      code: 'custom',
      message:
        'customCoordinates must be "x,y,width,height" in whole pixels, e.g. "10,20,300,400".',
    });
  } else if (region.width < 1 || region.height < 1) {
    ctx.addIssue({ code: 'custom', message: 'Width and height must be at least 1.' });
  }
});
