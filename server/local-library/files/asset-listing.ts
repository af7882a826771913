import type { FileRepository } from '../db/file-repository.ts';
import type { FolderRepository } from '../db/folder-repository.ts';
import { badRequest } from '../library-error.ts';
import { SearchQueryError } from '../search/search-ast.ts';
import { searchToSql, type SqlFragment } from '../search/search-to-sql.ts';
import type { FileRecord, FolderRecord } from './file-record.ts';
import { SEARCH_QUERY_INVALID, type ListRequest } from './list-request.ts';

export type ListedAsset =
  { kind: 'file'; file: FileRecord } | { kind: 'folder'; folder: FolderRecord };

/**
 * One page of `GET /v1/files`. With `type=all`, folders come before files and `skip`/`limit`
 * count across both. A `searchQuery` lists files only (ImageKit ignores `type` then). This
 * library keeps no old versions, so `type=file-version` is always empty.
 */
export function listAssets(
  request: ListRequest,
  repositories: { files: FileRepository; folders: FolderRepository },
): ListedAsset[] {
  const type = request.search ? 'file' : request.type;
  const { limit, skip } = request;
  const page: ListedAsset[] = [];
  let fileSkip = skip;
  if (type === 'folder' || type === 'all') {
    const folders = repositories.folders.list(request.folder, limit, skip);
    page.push(...folders.map((folder) => ({ kind: 'folder' as const, folder })));
    fileSkip = Math.max(0, skip - repositories.folders.count(request.folder));
  }
  if ((type === 'file' || type === 'all') && page.length < limit) {
    const files = repositories.files.list({
      folder: request.folder,
      fileType: request.fileType,
      sort: request.sort,
      limit: limit - page.length,
      skip: fileSkip,
      filter: request.search ? compileSearch(request.search) : null,
    });
    page.push(...files.map((file) => ({ kind: 'file' as const, file })));
  }
  return page;
}

function compileSearch(search: NonNullable<ListRequest['search']>): SqlFragment {
  try {
    return searchToSql(search);
  } catch (error) {
    if (error instanceof SearchQueryError) {
      throw badRequest(`${SEARCH_QUERY_INVALID} ${error.message}`);
    }
    throw error;
  }
}
