import type { FileDetails } from '../../../common/file-details.ts';

export type UploadStatus = 'waiting' | 'sending' | 'done' | 'failed';

/** One image on its way: what it is sent with, how far it got, how it ended. */
export interface UploadItem {
  id: number;
  file: File;
  folder: string;
  tags: readonly string[];
  customCoordinates?: string;
  status: UploadStatus;
  /** Bytes of the request sent, of `total` (the file's size until the browser knows better). */
  sent: number;
  total: number;
  result?: FileDetails;
  error?: UploadError;
}

export interface UploadError {
  message: string;
  retryAfter: number | null;
  /** Whether sending the same file again may go otherwise (not for an image refused as such). */
  retryable: boolean;
}

export interface UploadQueue {
  items: readonly UploadItem[];
  nextId: number;
}

export const EMPTY_QUEUE: UploadQueue = { items: [], nextId: 1 };

export type QueueAction =
  | {
      type: 'add';
      files: readonly File[];
      folder: string;
      tags: readonly string[];
      customCoordinates?: string;
    }
  | { type: 'start'; id: number }
  | { type: 'progress'; id: number; sent: number; total: number }
  | { type: 'succeed'; id: number; file: FileDetails }
  | ({ type: 'fail'; id: number } & UploadError)
  | { type: 'retry'; id: number }
  | { type: 'dismiss'; id: number }
  | { type: 'clearFinished' };

function update(queue: UploadQueue, id: number, change: (item: UploadItem) => UploadItem) {
  return { ...queue, items: queue.items.map((item) => (item.id === id ? change(item) : item)) };
}

/** The queue's one reducer: every upload moves waiting → sending → done or failed (→ waiting). */
export function uploadQueueReducer(queue: UploadQueue, action: QueueAction): UploadQueue {
  switch (action.type) {
    case 'add': {
      const { files, folder, tags, customCoordinates } = action;
      const added = files.map((file, i): UploadItem => ({
        id: queue.nextId + i,
        file,
        folder,
        tags,
        ...(customCoordinates ? { customCoordinates } : {}),
        status: 'waiting',
        sent: 0,
        total: file.size,
      }));
      return { items: [...queue.items, ...added], nextId: queue.nextId + files.length };
    }
    case 'start':
      return update(queue, action.id, (item) => ({ ...item, status: 'sending', sent: 0 }));
    case 'progress':
      return update(queue, action.id, (item) =>
        item.status === 'sending'
          ? { ...item, sent: action.sent, total: action.total || item.total }
          : item,
      );
    case 'succeed':
      return update(queue, action.id, (item) => ({
        ...item,
        status: 'done',
        sent: item.total,
        result: action.file,
      }));
    case 'fail':
      return update(queue, action.id, (item) => ({
        ...item,
        status: 'failed',
        error: {
          message: action.message,
          retryAfter: action.retryAfter,
          retryable: action.retryable,
        },
      }));
    case 'retry':
      return update(queue, action.id, (item) =>
        item.status === 'failed' ? { ...item, status: 'waiting', sent: 0, error: undefined } : item,
      );
    case 'dismiss':
      return { ...queue, items: queue.items.filter((item) => item.id !== action.id) };
    case 'clearFinished':
      return { ...queue, items: queue.items.filter((item) => item.status !== 'done') };
  }
}

/** The waiting uploads to start now, oldest first, so that at most `parallel` are sending. */
export function uploadsToStart(queue: UploadQueue, parallel: number): UploadItem[] {
  const sending = queue.items.filter((item) => item.status === 'sending').length;
  return queue.items.filter((item) => item.status === 'waiting').slice(0, parallel - sending);
}

export interface QueueSummary {
  waiting: number;
  sending: number;
  done: number;
  failed: number;
  /** Of the bytes of everything not failed. */
  percentSent: number;
}

export function summarize(queue: UploadQueue): QueueSummary {
  const count = (status: UploadStatus) => queue.items.filter((i) => i.status === status).length;
  const live = queue.items.filter((item) => item.status !== 'failed');
  const total = live.reduce((sum, item) => sum + item.total, 0);
  const sent = live.reduce((sum, item) => sum + item.sent, 0);
  return {
    waiting: count('waiting'),
    sending: count('sending'),
    done: count('done'),
    failed: count('failed'),
    percentSent: total === 0 ? 100 : Math.floor((sent / total) * 100),
  };
}

const images = (n: number) => `${n} ${n === 1 ? 'image' : 'images'}`;

/**
 * What a screen reader hears as uploads go: counts, and the share sent in quarters only, so the
 * live region speaks a few times per batch rather than at every progress event.
 */
export function summaryText(summary: QueueSummary): string {
  const { waiting, sending, done, failed } = summary;
  const failedText = failed > 0 ? `, ${failed} failed` : '';
  if (waiting + sending > 0) {
    const quarter = Math.floor(summary.percentSent / 25) * 25;
    return `Uploading ${images(waiting + sending + done)}: ${done} uploaded${failedText}, ${quarter}% sent.`;
  }
  if (done + failed === 0) return '';
  return `${images(done)} uploaded${failedText}.`;
}
