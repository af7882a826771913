import { z } from 'zod';

/**
 * ImageKit rejects tag lists longer than 500 characters in all. Uploads send the list
 * comma-joined, so we count it the same way: a list that passes here passes every endpoint.
 */
export const MAX_TAGS_TOTAL_CHARS = 500;

export const FORBIDDEN_TAG_CHARS = ['%', ','] as const;

// C0 and C1 controls (Unicode's Cc): NEL (U+0085) breaks lines as surely as "\n" does.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

/** Why a single tag (already trimmed) is not acceptable, or null when it is. */
export function tagProblem(tag: string): string | null {
  if (tag.length === 0) return 'A tag cannot be empty.';
  for (const c of FORBIDDEN_TAG_CHARS) {
    if (tag.includes(c)) return `Tags cannot contain "${c}".`;
  }
  if (CONTROL_CHARS.test(tag)) return 'Tags cannot contain control characters.';
  if (tag.length > MAX_TAGS_TOTAL_CHARS) {
    return `A tag can have at most ${MAX_TAGS_TOTAL_CHARS} characters.`;
  }
  return null;
}

export function tagsTotalLength(tags: readonly string[]): number {
  return tags.join(',').length;
}

/** Every problem of a whole tag list, for instant feedback in the editor and for the server. */
export function tagListProblems(tags: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const tag of tags) {
    const problem = tagProblem(tag);
    if (problem) problems.push(`"${tag}": ${problem}`);
    const key = tag.toLowerCase();
    if (seen.has(key)) problems.push(`"${tag}" is listed twice (tags ignore case).`);
    seen.add(key);
  }
  const total = tagsTotalLength(tags);
  if (total > MAX_TAGS_TOTAL_CHARS) {
    problems.push(
      `Tags are ${total} characters together; ImageKit allows at most ${MAX_TAGS_TOTAL_CHARS}.`,
    );
  }
  return problems;
}

/** Trims a tag the way the schema will, so the UI shows what will be saved. */
export function normalizeTag(raw: string): string {
  return raw.trim();
}

export const TagSchema = z.string().trim().max(MAX_TAGS_TOTAL_CHARS);

/** A full list of user tags: trimmed, non-empty, no `%` or `,`, unique ignoring case, ≤ 500. */
export const TagListSchema = z.array(TagSchema).superRefine((tags, ctx) => {
  for (const message of tagListProblems(tags)) ctx.addIssue({ code: 'custom', message });
});
