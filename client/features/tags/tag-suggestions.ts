import type { TagCount } from '../../api/tags/get-tag-vocabulary.ts';

/**
 * How well `tag` matches what was typed: the tag itself, then tags that start with it, then tags
 * with a word that starts with it ("sale" in "summer-sale"), then tags merely containing it.
 * Null when it does not match at all.
 */
function matchRank(tag: string, typed: string): number | null {
  const name = tag.toLowerCase();
  if (name === typed) return 0;
  if (name.startsWith(typed)) return 1;
  const at = name.indexOf(typed);
  if (at === -1) return null;
  return /[^\p{L}\p{N}]/u.test(name[at - 1] ?? '') ? 2 : 3;
}

/**
 * The suggestions for `typed`, best first, so that the first one is what Enter takes. Within a
 * rank the vocabulary's own order (the most used first) is kept.
 */
export function rankSuggestions(typed: string, tags: readonly TagCount[]): TagCount[] {
  const text = typed.trim().toLowerCase();
  if (text === '') return [...tags];
  return tags
    .map((tag, index) => ({ tag, index, rank: matchRank(tag.name, text) }))
    .filter((entry): entry is { tag: TagCount; index: number; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.tag);
}

/** The existing tag that Enter takes for `typed`, or null when a new tag is to be created. */
export function bestExisting(typed: string, tags: readonly TagCount[]): TagCount | null {
  return rankSuggestions(typed, tags)[0] ?? null;
}
