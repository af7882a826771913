import { describe, expect, it } from 'vitest';
import { makeFile } from '../../testing/fixtures.ts';
import {
  EMPTY_QUEUE,
  summarize,
  summaryText,
  uploadQueueReducer,
  uploadsToStart,
  type QueueAction,
  type UploadQueue,
} from './upload-queue.ts';

const image = (name: string, bytes = 100) => new File([new Uint8Array(bytes)], name);

function run(...actions: QueueAction[]): UploadQueue {
  return actions.reduce(uploadQueueReducer, EMPTY_QUEUE);
}

const addThree: QueueAction = {
  type: 'add',
  files: [image('a.png'), image('b.png'), image('c.png', 200)],
  folder: '/shoes/',
  tags: ['sale'],
};

describe('the upload queue', () => {
  it('when files are added, then each waits with the folder and tags it was given', () => {
    const queue = run(addThree);
    expect(queue.items.map((i) => [i.id, i.file.name, i.status, i.folder, i.tags])).toEqual([
      [1, 'a.png', 'waiting', '/shoes/', ['sale']],
      [2, 'b.png', 'waiting', '/shoes/', ['sale']],
      [3, 'c.png', 'waiting', '/shoes/', ['sale']],
    ]);
    expect(queue.nextId).toBe(4);
  });

  it.each<[string, QueueAction[], number[]]>([
    ['nothing sending', [addThree], [1, 2]],
    ['one sending', [addThree, { type: 'start', id: 1 }], [2]],
    ['two sending', [addThree, { type: 'start', id: 1 }, { type: 'start', id: 2 }], []],
    [
      'one done',
      [
        addThree,
        { type: 'start', id: 1 },
        { type: 'start', id: 2 },
        { type: 'succeed', id: 1, file: makeFile() },
      ],
      [3],
    ],
  ])('when %s, then two at a time start, oldest first', (_when, actions, ids) => {
    expect(uploadsToStart(run(...actions), 2).map((i) => i.id)).toEqual(ids);
  });

  it('when an upload fails and is retried, then it waits again without its error', () => {
    const failed = run(
      addThree,
      { type: 'start', id: 2 },
      {
        type: 'fail',
        id: 2,
        message: '"b.png" is not an image we accept',
        retryAfter: null,
        retryable: false,
      },
    );
    expect(failed.items[1]).toMatchObject({
      status: 'failed',
      error: { message: expect.any(String) },
    });
    const retried = uploadQueueReducer(failed, { type: 'retry', id: 2 });
    expect(retried.items[1]).toMatchObject({ status: 'waiting', sent: 0, error: undefined });
  });

  it('when a failed upload is dismissed, then it leaves the queue', () => {
    const queue = run(
      addThree,
      { type: 'start', id: 1 },
      { type: 'fail', id: 1, message: 'not an image', retryAfter: null, retryable: false },
      { type: 'dismiss', id: 1 },
    );
    expect(queue.items.map((i) => i.id)).toEqual([2, 3]);
  });

  it('when progress comes for an upload no longer sending, then it is ignored', () => {
    const queue = run(
      addThree,
      { type: 'start', id: 1 },
      { type: 'succeed', id: 1, file: makeFile() },
    );
    const after = uploadQueueReducer(queue, { type: 'progress', id: 1, sent: 5, total: 100 });
    expect(after.items[0]).toMatchObject({ status: 'done', sent: 100 });
  });

  it('when finished ones are cleared, then failed and unfinished ones stay', () => {
    const queue = run(
      addThree,
      { type: 'start', id: 1 },
      { type: 'succeed', id: 1, file: makeFile() },
      { type: 'start', id: 2 },
      { type: 'fail', id: 2, message: 'no', retryAfter: 3, retryable: true },
      { type: 'clearFinished' },
    );
    expect(queue.items.map((i) => [i.id, i.status])).toEqual([
      [2, 'failed'],
      [3, 'waiting'],
    ]);
  });
});

describe('what the live region says', () => {
  it.each<[string, QueueAction[], string]>([
    ['nothing was added', [], ''],
    ['three wait', [addThree], 'Uploading 3 images: 0 uploaded, 0% sent.'],
    [
      'one is done and the next half sent',
      [
        addThree,
        { type: 'start', id: 1 },
        { type: 'succeed', id: 1, file: makeFile() },
        { type: 'start', id: 2 },
        { type: 'progress', id: 2, sent: 50, total: 100 },
      ],
      // 150 of 400 bytes: 37%, said as the quarter below it.
      'Uploading 3 images: 1 uploaded, 25% sent.',
    ],
    [
      'all ended, one failed',
      [
        { ...addThree, files: addThree.files.slice(0, 2) },
        { type: 'start', id: 1 },
        { type: 'succeed', id: 1, file: makeFile() },
        { type: 'start', id: 2 },
        { type: 'fail', id: 2, message: 'no', retryAfter: null, retryable: true },
      ],
      '1 image uploaded, 1 failed.',
    ],
  ])('when %s, then %j', (_when, actions, text) => {
    expect(summaryText(summarize(run(...actions)))).toBe(text);
  });
});
