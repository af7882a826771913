/** A rectangle in the pixels of the stored original: ImageKit's `customCoordinates`. */
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

/** Parses `"x,y,width,height"`; null when the text is not four non-negative integers. */
export function parseCoordinates(text: string): Region | null {
  const match = COORDINATES_PATTERN.exec(text);
  if (!match) return null;
  const [x, y, width, height] = match.slice(1).map(Number) as [number, number, number, number];
  return { x, y, width, height };
}

/** Where a region sticks out of an image of the given size; empty when it fits. */
export function overflowProblems(region: Region, image: Size): string[] {
  const problems: string[] = [];
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
