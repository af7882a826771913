import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { FileDetails } from '../../../common/file-details.ts';
import { uploadFile, useRefreshAfterUpload } from '../../api/files/upload-file.ts';
import { isApiError } from '../../lib/api-client.ts';
import {
  EMPTY_QUEUE,
  summarize,
  uploadQueueReducer,
  uploadsToStart,
  type QueueAction,
  type UploadError,
} from './upload-queue.ts';

// A few at a time: each gets its own progress and answer, and the browser's six connections to
// the server keep room for the grid's thumbnails.
const PARALLEL_UPLOADS = 3;

export type AddUploads = Extract<QueueAction, { type: 'add' }>;

/**
 * What went wrong, and whether trying again can help: after a network failure, a rate limit or
 * a server or ImageKit failure it can; an image refused for what it is stays refused.
 */
function uploadError(error: unknown): UploadError {
  if (!isApiError(error))
    return { message: 'The upload failed.', retryAfter: null, retryable: true };
  const { status } = error;
  const retryable = status === 0 || status === 408 || status === 429 || status >= 500;
  return { message: error.message, retryAfter: error.retryAfter, retryable };
}

/**
 * Runs the upload queue: starts waiting images as room frees up, one request each (so each has
 * its own progress, result and retry), and refreshes the library once a batch has settled.
 * Leaving the page cancels what is still on its way.
 */
export function useUploadQueue() {
  const [queue, dispatch] = useReducer(uploadQueueReducer, EMPTY_QUEUE);
  const refresh = useRefreshAfterUpload();
  const running = useRef(new Map<number, AbortController>());
  const landed = useRef<FileDetails[]>([]);

  useEffect(() => {
    for (const item of uploadsToStart(queue, PARALLEL_UPLOADS)) {
      if (running.current.has(item.id)) continue;
      const controller = new AbortController();
      running.current.set(item.id, controller);
      const { id } = item;
      dispatch({ type: 'start', id });
      uploadFile(item, {
        signal: controller.signal,
        onProgress: ({ loaded, total }) => dispatch({ type: 'progress', id, sent: loaded, total }),
      })
        .then((file) => {
          landed.current.push(file);
          dispatch({ type: 'succeed', id, file });
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          dispatch({ type: 'fail', id, ...uploadError(error) });
        })
        .finally(() => running.current.delete(id));
    }
  }, [queue]);

  const summary = useMemo(() => summarize(queue), [queue]);
  const settled = summary.waiting + summary.sending === 0;
  useEffect(() => {
    if (!settled || landed.current.length === 0) return;
    refresh(landed.current);
    landed.current = [];
  }, [settled, refresh]);

  useEffect(() => {
    const uploads = running.current;
    return () => uploads.forEach((controller) => controller.abort());
  }, []);

  return {
    queue,
    summary,
    add: useCallback(
      (upload: Omit<AddUploads, 'type'>) => dispatch({ type: 'add', ...upload }),
      [],
    ),
    retry: useCallback((id: number) => dispatch({ type: 'retry', id }), []),
    dismiss: useCallback((id: number) => dispatch({ type: 'dismiss', id }), []),
    clearFinished: useCallback(() => dispatch({ type: 'clearFinished' }), []),
  };
}

export type UploadQueueControls = ReturnType<typeof useUploadQueue>;
