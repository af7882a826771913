import type { FileDetails } from '../../../common/file-details.ts';
import type { FileQuery } from '../../lib/file-query.ts';
import { listFiles } from './list-files.ts';

/** The largest page the API gives; finding every file of a tag takes few requests. */
const PAGE_LIMIT = 500;

/**
 * Every file matching `query`, page after page (for changes that need the files themselves, such
 * as renaming a tag). Reports how many it has after each page; stops when `signal` aborts.
 */
export async function listMatchingFiles(
  query: FileQuery,
  onProgress: (found: number, total: number) => void,
  signal?: AbortSignal,
): Promise<FileDetails[]> {
  const files: FileDetails[] = [];
  let cursor: string | null = null;
  do {
    const page = await listFiles(query, { cursor, limit: PAGE_LIMIT }, signal);
    files.push(...page.files);
    onProgress(files.length, page.total);
    cursor = page.nextCursor;
  } while (cursor !== null && !signal?.aborted);
  return files;
}
