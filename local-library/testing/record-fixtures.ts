import type { NewFileRecord } from '../files/file-record.ts';
import type { FieldType } from '../metadata/custom-field.ts';
import type { SearchContext } from '../search/search-context.ts';

/** The fixed "now" search tests count relative dates from. */
export const SEARCH_NOW = Date.parse('2024-06-15T12:00:00.000Z');

/** Custom metadata fields of every type, for search tests. */
export const SEARCH_CONTEXT: SearchContext = {
  now: SEARCH_NOW,
  customFields: new Map<string, FieldType>([
    ['brand', 'Text'],
    ['price', 'Number'],
    ['launch', 'Date'],
    ['active', 'Boolean'],
    ['fit', 'SingleSelect'],
    ['colors', 'MultiSelect'],
  ]),
};

/** A plain public 10×10 PNG at the root, for repository tests; `extra` overrides any field. */
export function fileRecord(name: string, extra: Partial<NewFileRecord> = {}): NewFileRecord {
  return {
    id: `id-${name}`,
    name,
    folder: '/',
    filePath: `/${name}`,
    fileType: 'image',
    mime: 'image/png',
    format: 'png',
    width: 10,
    height: 10,
    size: 100,
    hasAlpha: false,
    isPrivateFile: false,
    isPublished: true,
    customCoordinates: null,
    description: null,
    customMetadata: {},
    embeddedMetadata: {},
    tags: [],
    aiTags: [],
    versionId: `id-${name}`,
    versionNumber: 1,
    createdAt: 1000,
    updatedAt: 1000,
    ...extra,
  };
}
