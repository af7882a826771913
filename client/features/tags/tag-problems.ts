import { MAX_TAGS_TOTAL_CHARS, tagProblem, tagsTotalLength } from '../../../common/tags.ts';

/** Why `tag` (already trimmed) cannot join `current`, or null when it can. */
export function newTagProblem(tag: string, current: readonly string[]): string | null {
  const problem = tagProblem(tag);
  if (problem) return problem;
  const key = tag.toLowerCase();
  const twin = current.find((t) => t.toLowerCase() === key);
  if (twin !== undefined) return `"${twin}" is already a tag (tags ignore case).`;
  const total = tagsTotalLength([...current, tag]);
  if (total > MAX_TAGS_TOTAL_CHARS) {
    return `Tags would be ${total} characters together; ImageKit allows at most ${MAX_TAGS_TOTAL_CHARS}.`;
  }
  return null;
}
