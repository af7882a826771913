import { overflowProblems, parseCoordinates, type Size } from './region.ts';
import { MAX_TAGS_TOTAL_CHARS, tagsTotalLength } from './tag-limits.ts';
import { badRequest } from '../library-error.ts';

const TAGS_INVALID = 'Your request contains invalid value for tags parameter.';
const COORDINATES_INVALID = 'Your request contains invalid value for customCoordinates parameter.';

/** Checks a tag list as ImageKit documents it; returns it without exact duplicates. */
export function checkTags(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((tag) => typeof tag === 'string')) {
    throw badRequest(`${TAGS_INVALID} It should be an array of strings or null.`);
  }
  const tags = [...new Set(value as string[])];
  if (tags.some((tag) => tag.trim() === '')) {
    throw badRequest(`${TAGS_INVALID} A tag cannot be empty.`);
  }
  if (tags.some((tag) => tag.includes('%'))) {
    throw badRequest(`${TAGS_INVALID} Tags cannot contain the "%" character.`);
  }
  if (tagsTotalLength(tags) > MAX_TAGS_TOTAL_CHARS) {
    throw badRequest(
      `${TAGS_INVALID} Combined length of all tags should be less than or equal to ${MAX_TAGS_TOTAL_CHARS}.`,
    );
  }
  return tags;
}

/** Checks `"x,y,width,height"` against the image as displayed; returns it in canonical form. */
export function checkCustomCoordinates(value: unknown, image: Size): string {
  const region = typeof value === 'string' ? parseCoordinates(value.trim()) : null;
  if (!region || region.width < 1 || region.height < 1) {
    throw badRequest(
      `${COORDINATES_INVALID} Use "x,y,width,height" with non-negative whole numbers and a width and height of at least 1, e.g. "10,10,100,100".`,
    );
  }
  const problems = overflowProblems(region, image);
  if (problems.length > 0) {
    throw badRequest(
      `${COORDINATES_INVALID} The area must lie inside the ${image.width}x${image.height} image: ${problems.join(' ')}`,
    );
  }
  return `${region.x},${region.y},${region.width},${region.height}`;
}

export function checkDescription(value: unknown): string {
  if (typeof value !== 'string') {
    throw badRequest(
      'Your request contains invalid value for description parameter. It should be a string.',
    );
  }
  return value;
}
