import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { FileDetails } from '../../../common/file-details.ts';
import { uploadRequest, type UploadOptions } from '../../lib/api-client.ts';
import { refreshAfterFileChange } from './file-cache.ts';

/** One image and what goes with it; the server checks all of it again, from the bytes up. */
export interface ImageUpload {
  file: File;
  /** The folder being viewed, e.g. `/products/shoes/`. */
  folder: string;
  tags: readonly string[];
  /** `x,y,width,height` in the image's pixels; for a single image only. */
  customCoordinates?: string;
}

/** `POST /api/files` with one image, reporting progress; answers the new file's details. */
export function uploadFile(upload: ImageUpload, options: UploadOptions = {}): Promise<FileDetails> {
  const form = new FormData();
  form.set('folder', upload.folder);
  // ImageKit's upload takes tags comma-separated; the shared rules forbid commas inside a tag.
  if (upload.tags.length > 0) form.set('tags', upload.tags.join(','));
  if (upload.customCoordinates) form.set('customCoordinates', upload.customCoordinates);
  form.set('file', upload.file, upload.file.name);
  return uploadRequest<FileDetails>('/api/files', form, options);
}

/** Lists, counts, folders and tag counts are stale once uploads land: one refresh per batch. */
export function useRefreshAfterUpload(): (added: readonly FileDetails[]) => void {
  const queryClient = useQueryClient();
  return useCallback((added) => refreshAfterFileChange(queryClient, { added }), [queryClient]);
}
