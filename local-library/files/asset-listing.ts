import type { FileRepository } from '../db/file-repository.ts';
import type { FolderRepository } from '../db/folder-repository.ts';
import { badRequest } from '../library-error.ts';
import { SearchQueryError, type SearchNode } from '../search/search-ast.ts';
import type { SearchContext, SearchTarget } from '../search/search-context.ts';
import { mentionsField, searchToSql, type SqlFragment } from '../search/search-to-sql.ts';
import type { FileRecord, FolderRecord } from './file-record.ts';
import { SEARCH_QUERY_INVALID, type ListRequest } from './list-request.ts';

export type ListedAsset =
  { kind: 'file'; file: FileRecord } | { kind: 'folder'; folder: FolderRecord };

/**
 * One page of `GET /v1/files`. Folders come before files and `skip`/`limit` count across both.
 * A `searchQuery` replaces the `type` parameter: it lists files, and folders too only when the
 * query has a `type` condition (which then decides). This library keeps no old versions, so
 * `file-version` matches nothing.
 */
export function listAssets(
  request: ListRequest,
  repositories: { files: FileRepository; folders: FolderRepository },
  context: SearchContext,
): ListedAsset[] {
  const { limit, skip, search } = request;
  const fileFilter = search ? compileSearch(search, context, 'file') : null;
  const withFolders = search
    ? mentionsField(search, 'type')
    : request.type === 'folder' || request.type === 'all';
  const withFiles = search ? true : request.type === 'file' || request.type === 'all';
  const page: ListedAsset[] = [];
  let fileSkip = skip;
  if (withFolders) {
    const scope = {
      parent: request.folder,
      filter: search ? compileSearch(search, context, 'folder') : null,
    };
    const folders = repositories.folders.list({ ...scope, sort: request.sort, limit, skip });
    page.push(...folders.map((folder) => ({ kind: 'folder' as const, folder })));
    fileSkip = Math.max(0, skip - repositories.folders.count(scope));
  }
  if (withFiles && page.length < limit) {
    const files = repositories.files.list({
      folder: request.folder,
      fileType: request.fileType,
      sort: request.sort,
      limit: limit - page.length,
      skip: fileSkip,
      filter: fileFilter,
    });
    page.push(...files.map((file) => ({ kind: 'file' as const, file })));
  }
  return page;
}

function compileSearch(
  search: SearchNode,
  context: SearchContext,
  target: SearchTarget,
): SqlFragment {
  try {
    return searchToSql(search, context, target);
  } catch (error) {
    if (error instanceof SearchQueryError) {
      throw badRequest(`${SEARCH_QUERY_INVALID} ${error.message}`);
    }
    throw error;
  }
}
