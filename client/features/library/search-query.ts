import type { FileListParams } from '../../api/files/file-keys.ts';

/** A double-quoted string of ImageKit's search language, with `"` and `\` escaped. */
export function quoteSearchValue(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * What the search box means: files whose name starts with the text, or that carry it as a tag.
 * Undefined for blank text, which lists everything.
 */
export function buildSearchQuery(text: string): string | undefined {
  const term = text.trim();
  if (term === '') return undefined;
  const value = quoteSearchValue(term);
  return `name : ${value} OR tags IN [${value}]`;
}

/** The list request for what the user typed in the search box. */
export function fileListParams(searchText: string): FileListParams {
  return { searchQuery: buildSearchQuery(searchText) };
}
