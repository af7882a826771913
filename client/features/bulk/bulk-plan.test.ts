import { describe, expect, it, vi } from 'vitest';
import type { BulkTagsResult } from '../../../common/api/bulk-tags.ts';
import { makeFile } from '../../testing/fixtures.ts';
import { runPlan, type PlanDeps, type RunProgress } from './bulk-plan.ts';

const CHANGE = { add: ['new'], remove: ['old'] };

function deps(overrides: Partial<PlanDeps> = {}) {
  const progress: RunProgress[] = [];
  const send = vi.fn(
    async (request: { fileIds: string[] } | { query: unknown }): Promise<BulkTagsResult> => ({
      updated: 'fileIds' in request ? request.fileIds : ['q1', 'q2'],
      failed: [],
    }),
  );
  const all: PlanDeps = {
    send,
    findFiles: async (_query, onProgress) => {
      onProgress(3, 3);
      return ['a', 'b', 'c'].map((fileId) => makeFile({ fileId }));
    },
    batchSize: 2,
    onProgress: (p) => progress.push(p),
    shouldStop: () => false,
    signal: new AbortController().signal,
    describeError: (e) => String(e),
    ...overrides,
  };
  return { all, send, progress };
}

describe('runPlan', () => {
  it('a whole query goes in one request of the query form, which cannot be cancelled', async () => {
    const { all, send, progress } = deps();
    const outcome = await runPlan(
      { kind: 'query', query: { untagged: true }, count: 2, change: CHANGE },
      all,
    );
    expect(send.mock.calls).toEqual([[{ query: { untagged: true } }, CHANGE]]);
    expect(outcome).toEqual({ updated: ['q1', 'q2'], failed: [], notSent: [], stopReason: null });
    expect(progress).toEqual([{ phase: 'sending', done: 0, total: 2, canCancel: false }]);
  });

  it('a query less some files finds the files first, then sends the kept ones in batches', async () => {
    const { all, send, progress } = deps();
    const outcome = await runPlan(
      { kind: 'find', query: {}, keep: (f) => f.fileId !== 'b', count: 3, change: CHANGE },
      all,
    );
    expect(send.mock.calls.map(([request]) => request)).toEqual([{ fileIds: ['a', 'c'] }]);
    expect(outcome.updated).toEqual(['a', 'c']);
    expect(progress.map((p) => `${p.phase} ${p.done}/${p.total}`)).toEqual([
      'finding 0/3',
      'finding 3/3',
      'sending 0/2',
      'sending 2/2',
    ]);
  });

  it('when finding the files fails, then nothing is sent and the reason is told', async () => {
    const { all, send } = deps({
      findFiles: async () => {
        throw new Error('catalog down');
      },
    });
    const outcome = await runPlan(
      { kind: 'find', query: {}, keep: () => true, count: 3, change: CHANGE },
      all,
    );
    expect(send).not.toHaveBeenCalled();
    expect(outcome.stopReason).toBe('Error: catalog down');
  });

  it('when the query request fails, then the run stops with the server’s reason', async () => {
    const { all } = deps({
      send: async () => {
        throw new Error('12,000 files match; at most 10,000 can be changed at once.');
      },
    });
    const outcome = await runPlan({ kind: 'query', query: {}, count: 12_000, change: CHANGE }, all);
    expect(outcome.updated).toEqual([]);
    expect(outcome.stopReason).toMatch(/12,000/);
  });
});
