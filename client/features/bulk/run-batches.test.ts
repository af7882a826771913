import { describe, expect, it, vi } from 'vitest';
import type { BulkTagsResult } from '../../../common/api/bulk-tags.ts';
import { runInBatches, type BatchRunOptions } from './run-batches.ts';

const IDS = ['a', 'b', 'c', 'd', 'e'];
const allUpdated = async (ids: string[]): Promise<BulkTagsResult> => ({ updated: ids, failed: [] });

function run(overrides: Partial<BatchRunOptions> = {}) {
  const send = vi.fn(overrides.send ?? allUpdated);
  const progress: Array<[number, number]> = [];
  const outcome = runInBatches({
    fileIds: IDS,
    batchSize: 2,
    onProgress: (done, total) => progress.push([done, total]),
    shouldStop: () => false,
    describeError: (error) => (error instanceof Error ? error.message : 'failed'),
    ...overrides,
    send,
  });
  return { send, progress, outcome };
}

describe('runInBatches', () => {
  it('sends the files in batches of the given size, in order, and reports progress after each', async () => {
    const { send, progress, outcome } = run();
    expect(await outcome).toEqual({ updated: IDS, failed: [], notSent: [], stopReason: null });
    expect(send.mock.calls.map(([ids]) => ids)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(progress).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
  });

  it('collects the per-file failures the server reports and goes on', async () => {
    const { outcome } = run({
      send: async (ids) => ({
        updated: ids.filter((id) => id !== 'c'),
        failed: ids.includes('c') ? [{ fileId: 'c', message: 'The file does not exist.' }] : [],
      }),
    });
    expect(await outcome).toEqual({
      updated: ['a', 'b', 'd', 'e'],
      failed: [{ fileId: 'c', message: 'The file does not exist.' }],
      notSent: [],
      stopReason: null,
    });
  });

  it('when asked to stop, then no further batch is sent and the rest is reported not sent', async () => {
    let stop = false;
    const { send, outcome } = run({
      send: async (ids) => {
        stop = true;
        return { updated: ids, failed: [] };
      },
      shouldStop: () => stop,
    });
    expect(await outcome).toEqual({
      updated: ['a', 'b'],
      failed: [],
      notSent: ['c', 'd', 'e'],
      stopReason: null,
    });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('when a whole request fails, then its files fail with the message and the run stops', async () => {
    const { send, progress, outcome } = run({
      send: async (ids) => {
        if (ids[0] === 'c') throw new Error('ImageKit is not answering.');
        return { updated: ids, failed: [] };
      },
    });
    expect(await outcome).toEqual({
      updated: ['a', 'b'],
      failed: [
        { fileId: 'c', message: 'ImageKit is not answering.' },
        { fileId: 'd', message: 'ImageKit is not answering.' },
      ],
      notSent: ['e'],
      stopReason: 'ImageKit is not answering.',
    });
    expect(send).toHaveBeenCalledTimes(2);
    expect(progress.at(-1)).toEqual([4, 5]);
  });

  it('with nothing to send, sends nothing', async () => {
    const { send, outcome } = run({ fileIds: [] });
    expect((await outcome).updated).toEqual([]);
    expect(send).not.toHaveBeenCalled();
  });
});
