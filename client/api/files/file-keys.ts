import type { FileQuery } from '../../lib/file-query.ts';

export const fileKeys = {
  all: ['files'] as const,
  lists: () => [...fileKeys.all, 'list'] as const,
  /** Every field of the query is part of the key. */
  list: (query: FileQuery) => [...fileKeys.lists(), query] as const,
  /**
   * One pass of the editor through a view (`passId`): the file's place and the pages read from
   * it. Apart from `lists()`, so that saves during the pass leave the list as it was read.
   */
  pass: (passId: number) => [...fileKeys.all, 'pass', passId] as const,
  position: (passId: number, fileId: string, query: FileQuery) =>
    [...fileKeys.pass(passId), 'position', fileId, query] as const,
  passPages: (passId: number, query: FileQuery, direction: 'after' | 'before') =>
    [...fileKeys.pass(passId), 'pages', direction, query] as const,
  details: () => [...fileKeys.all, 'detail'] as const,
  detail: (fileId: string) => [...fileKeys.details(), fileId] as const,
  // Apart from the detail, so that failing to load it leaves an open editor alone.
  current: (fileId: string) => [...fileKeys.all, 'current', fileId] as const,
  // Per version of the image itself (`versionInfo.id`): tag edits do not change the pixels.
  suggestedRegion: (fileId: string, imageVersion: string) =>
    [...fileKeys.all, 'suggested-region', fileId, imageVersion] as const,
};
