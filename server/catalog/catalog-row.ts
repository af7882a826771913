import type { Insertable } from 'kysely';
import { folderOf } from '../../common/folder-path.ts';
import type { FileDetails } from '../../common/file-details.ts';
import type { CatalogFilesTable } from '../db/schema.ts';

/** The catalog_files columns of a file, and its details JSON (stored beside them). */
export type CatalogRow = Omit<Insertable<CatalogFilesTable>, 'id'> & { details: string };

/** A file's user tags, each once (exact text: ImageKit's tags are case-sensitive). */
export function tagsOf(file: Pick<FileDetails, 'tags'>): string[] {
  return [...new Set(file.tags ?? [])];
}

/** What `q` searches: name, folder and tags, folded, separated by spaces (q words have none). */
export function searchTextOf(file: Pick<FileDetails, 'name' | 'filePath' | 'tags'>): string {
  return [file.name, folderOf(file.filePath), ...tagsOf(file)].join(' ').toLowerCase();
}

const epochMs = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`ImageKit sent a date we cannot read: ${iso}`);
  return ms;
};

/** The details as we keep and serve them: the update answer's extensionStatus is not a property. */
export function storedDetails(file: FileDetails): FileDetails {
  const details = { ...file };
  delete details.extensionStatus;
  return details;
}

/** The columns of a catalog row, from ImageKit's FileDetails. */
export function rowFromDetails(file: FileDetails, confirmedAt: number): CatalogRow {
  const tags = tagsOf(file);
  return {
    file_id: file.fileId,
    name: file.name,
    name_key: file.name.toLowerCase(),
    file_path: file.filePath,
    folder: folderOf(file.filePath),
    file_type: file.fileType,
    mime: file.mime ?? '',
    width: file.width ?? null,
    height: file.height ?? null,
    size: file.size ?? 0,
    tag_count: tags.length,
    ai_tags: file.AITags?.length ? JSON.stringify(file.AITags.map((t) => t.name)) : null,
    has_region: file.customCoordinates ? 1 : 0,
    custom_coordinates: file.customCoordinates ?? null,
    description: file.description ?? null,
    is_private: file.isPrivateFile ? 1 : 0,
    is_published: file.isPublished === false ? 0 : 1,
    created_at: epochMs(file.createdAt),
    updated_at: epochMs(file.updatedAt),
    url: file.url,
    search_text: searchTextOf(file),
    details: JSON.stringify(storedDetails(file)),
    patched_locally: 0,
    confirmed_at: confirmedAt,
  };
}

export const parseDetails = (json: string): FileDetails => JSON.parse(json) as FileDetails;
