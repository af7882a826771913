/** ImageKit refuses tag lists longer than this, counted comma-joined as uploads send them. */
export const MAX_TAGS_TOTAL_CHARS = 500;

export function tagsTotalLength(tags: readonly string[]): number {
  return tags.join(',').length;
}
