import { describe, expect, it, vi } from 'vitest';
import type { RunDetails, RunSummary } from '../../../common/api/runs.ts';
import { makeFile, makeRun } from '../../testing/fixtures.ts';
import { runPlan, type PlanDeps, type RunProgress } from './bulk-plan.ts';

const CHANGE = { add: ['new'], remove: ['old'] };

const run = (total: number, fields: Partial<RunDetails> = {}) =>
  makeRun(total, { id: 'run-1', change: CHANGE, ...fields });

function deps(overrides: Partial<PlanDeps> = {}, ended: (total: number) => RunDetails = run) {
  const progress: RunProgress[] = [];
  let total = 0;
  const start = vi.fn(
    async (request: { fileIds: string[] } | { query: unknown }): Promise<RunSummary> => {
      total = 'fileIds' in request ? request.fileIds.length : 2;
      return run(total, { status: 'running', done: 0 });
    },
  );
  const all: PlanDeps = {
    start,
    startRewrite: async () => run(2, { status: 'running', done: 0 }),
    follow: async (_runId, onProgress) => {
      const answer = ended(total);
      onProgress(answer);
      return answer;
    },
    findFiles: async (_query, onProgress) => {
      onProgress(3, 3);
      return ['a', 'b', 'c'].map((fileId) => makeFile({ fileId }));
    },
    onProgress: (p) => progress.push(p),
    onRunStarted: vi.fn(),
    signal: new AbortController().signal,
    describeError: (e) => String(e),
    ...overrides,
  };
  return { all, start, progress };
}

describe('runPlan', () => {
  it('a whole query starts one run of the query form, followed to its end', async () => {
    const { all, start, progress } = deps();
    const outcome = await runPlan(
      { kind: 'query', query: { untagged: true }, count: 2, change: CHANGE },
      all,
    );
    expect(start.mock.calls).toEqual([[{ query: { untagged: true } }, CHANGE]]);
    expect(all.onRunStarted).toHaveBeenCalledWith('run-1');
    expect(outcome).toMatchObject({ runIds: ['run-1'], updated: 2, updatedIds: null, failed: [] });
    expect(progress).toEqual([
      { phase: 'sending', done: 0, total: 2, canCancel: false },
      { phase: 'sending', done: 2, total: 2, canCancel: true },
    ]);
  });

  it('a query less some files finds the files first, then starts a run for the kept ones', async () => {
    const { all, start, progress } = deps();
    const outcome = await runPlan(
      { kind: 'find', query: {}, keep: (f) => f.fileId !== 'b', count: 3, change: CHANGE },
      all,
    );
    expect(start.mock.calls.map(([request]) => request)).toEqual([{ fileIds: ['a', 'c'] }]);
    expect(outcome.updatedIds).toEqual(['a', 'c']);
    expect(progress.map((p) => `${p.phase} ${p.done}/${p.total}`)).toEqual([
      'finding 0/3',
      'finding 3/3',
      'sending 0/2',
      'sending 2/2',
    ]);
  });

  it('when files fail or are not sent, then they are listed and left out of the updated ones', async () => {
    const { all } = deps({}, (total) =>
      run(total, {
        status: 'stopped',
        updated: 1,
        failed: 1,
        notSent: 1,
        stopReason: 'ImageKit failed (502).',
        failures: [{ fileId: 'b', message: 'ImageKit failed (502).' }],
        notSentIds: ['c'],
      }),
    );
    const outcome = await runPlan({ kind: 'files', fileIds: ['a', 'b', 'c'], change: CHANGE }, all);
    expect(outcome).toMatchObject({
      updated: 1,
      updatedIds: ['a'],
      notSent: ['c'],
      stopReason: 'ImageKit failed (502).',
      cancelled: false,
    });
  });

  it('when finding the files fails, then nothing is started and the reason is told', async () => {
    const { all, start } = deps({
      findFiles: async () => {
        throw new Error('catalog down');
      },
    });
    const outcome = await runPlan(
      { kind: 'find', query: {}, keep: () => true, count: 3, change: CHANGE },
      all,
    );
    expect(start).not.toHaveBeenCalled();
    expect(outcome.stopReason).toBe('Error: catalog down');
  });

  it('when the run cannot start, then the plan ends with the server’s reason', async () => {
    const { all } = deps({
      start: async () => {
        throw new Error('12,000 files match; at most 10,000 can be changed at once.');
      },
    });
    const outcome = await runPlan({ kind: 'query', query: {}, count: 12_000, change: CHANGE }, all);
    expect(outcome.updated).toBe(0);
    expect(outcome.stopReason).toMatch(/12,000/);
  });

  it('a tag rewrite starts the server’s rewrite run', async () => {
    const startRewrite = vi.fn(async () => run(2, { status: 'running', done: 0 }));
    const { all, start } = deps({ startRewrite });
    const rewrite = { action: 'rename' as const, from: 'Red', to: 'red' };
    const outcome = await runPlan({ kind: 'rewrite', rewrite, count: 2, change: CHANGE }, all);
    expect(startRewrite).toHaveBeenCalledWith(rewrite);
    expect(start).not.toHaveBeenCalled();
    expect(outcome.runIds).toEqual(['run-1']);
  });
});
