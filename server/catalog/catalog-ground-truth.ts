import type { FileFilters, FileSort } from '../../common/api/file-query.ts';
import { splitWords } from '../../common/api/file-query.ts';
import type { FileDetails } from '../../common/file-details.ts';

/**
 * What a filter should return, worked out in plain JavaScript from ImageKit's own FileDetails:
 * the catalog's SQL is checked against it, so it must not share that code's logic.
 */
export function expectedMatches(
  files: readonly FileDetails[],
  filters: FileFilters,
): FileDetails[] {
  const folderOfFile = (f: FileDetails) => f.filePath.slice(0, f.filePath.lastIndexOf('/') + 1);
  const lowerTags = (f: FileDetails) => (f.tags ?? []).map((t) => t.toLowerCase());
  return files.filter((f) => {
    const tags = lowerTags(f);
    const has = (tag: string) => tags.includes(tag.toLowerCase());
    const folder = folderOfFile(f);
    const words = filters.q ? splitWords(filters.q) : [];
    const haystacks = [f.name.toLowerCase(), folder.toLowerCase(), ...tags];
    if (!words.every((w) => haystacks.some((h) => h.includes(w)))) return false;
    if (filters.tags && !filters.tags.every(has)) return false;
    if (filters.anyTags && !filters.anyTags.some(has)) return false;
    if (filters.notTags && filters.notTags.some(has)) return false;
    if (filters.untagged !== undefined && (tags.length === 0) !== filters.untagged) return false;
    if (filters.region && !!f.customCoordinates !== (filters.region === 'set')) return false;
    if (filters.folder !== undefined) {
      const inside =
        filters.subfolders === false
          ? folder === filters.folder
          : folder.startsWith(filters.folder);
      if (!inside) return false;
    }
    if (filters.type && f.fileType !== filters.type) return false;
    if (filters.private !== undefined && f.isPrivateFile !== filters.private) return false;
    return true;
  });
}

/** The value a sort orders by, for checking that a page is in order. */
export function sortValue(file: FileDetails, sort: FileSort = '-created'): string | number {
  const key = sort.replace('-', '');
  if (key === 'name') return file.name.toLowerCase();
  return Date.parse(key === 'created' ? file.createdAt : file.updatedAt);
}
