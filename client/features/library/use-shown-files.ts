import type { FileDetails } from '../../../common/file-details.ts';
import { useFileList } from '../../api/files/list-files.ts';
import { fileListParams } from './search-query.ts';

/** The files the grid shows for `searchText` (every page loaded so far), from the same cache. */
export function useShownFiles(searchText: string): FileDetails[] {
  const list = useFileList(fileListParams(searchText));
  return list.data?.pages.flatMap((page) => page.files) ?? [];
}
