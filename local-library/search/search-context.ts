import type { FieldType } from '../metadata/custom-field.ts';

/** What compiling a query needs besides the query: the time and the library's custom fields. */
export interface SearchContext {
  /** Relative dates (`createdAt > 7d`) count back from here (epoch ms). */
  now: number;
  /** Types of the live custom metadata fields, for "customMetadata.<field>" conditions. */
  customFields: ReadonlyMap<string, FieldType>;
}

/** Files are `files f`, folders `folders d`; a query is compiled once for each table it searches. */
export type SearchTarget = 'file' | 'folder';

export const defaultSearchContext = (): SearchContext => ({
  now: Date.now(),
  customFields: new Map(),
});
