import type { FileListParams } from './list-files.ts';

export const fileListKeys = {
  all: ['files', 'list'] as const,
  list: (params: FileListParams) => [...fileListKeys.all, params] as const,
};
