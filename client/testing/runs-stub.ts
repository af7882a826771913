import type { RunDetails, RunKind } from '../../common/api/runs.ts';
import type { StubHandler, StubRequest } from './fetch-stub.ts';
import { makeRun } from './fixtures.ts';

interface StubRun {
  details: RunDetails;
  fileIds: string[];
}

export interface RunsStubOptions {
  /** The files a run started by `request` changes (default: the body's fileIds). */
  filesOf?(request: StubRequest): string[];
  /** Why a file fails, or null when it is updated. */
  failure?(fileId: string): string | null;
  /** Files each poll moves on by; by default a run ends at its first poll. */
  step?: number;
  /** When true, a run moves only when the test calls `advance`. */
  manual?: boolean;
}

/**
 * A server's runs, in memory: starting one (bulk tags, tag rewrite, undo) answers 202 with it,
 * each `GET /api/runs/:runId` moves it on, cancel stops it. For client tests of run progress.
 */
export function runsStub(options: RunsStubOptions = {}) {
  const runs: StubRun[] = [];
  const filesOf =
    options.filesOf ?? ((request) => (request.body as { fileIds?: string[] }).fileIds ?? []);

  function advance(run: StubRun, by: number) {
    const { details } = run;
    if (details.status !== 'running') return;
    const next = run.fileIds.slice(details.done, details.done + by);
    for (const fileId of next) {
      const message = options.failure?.(fileId) ?? null;
      if (message) details.failures.push({ fileId, message });
      else details.updated++;
    }
    details.failed = details.failures.length;
    details.done += next.length;
    if (details.done >= details.total) details.status = 'done';
  }

  const start =
    (kind: RunKind): StubHandler =>
    (request) => {
      const fileIds = filesOf(request);
      const id = `00000000-0000-4000-8000-${String(runs.length + 1).padStart(12, '0')}`;
      const body = request.body as { add?: string[]; remove?: string[] };
      const details = makeRun(fileIds.length, {
        id,
        kind,
        status: 'running',
        done: 0,
        updated: 0,
        change: { add: body.add ?? [], remove: body.remove ?? [] },
      });
      runs.push({ details, fileIds });
      return { status: 202, body: { ...details } };
    };

  const find = (request: StubRequest) => runs.find((r) => request.path.includes(r.details.id))!;

  return {
    runs,
    /** Moves every running run on by `files`. */
    advance(files: number) {
      for (const run of runs) advance(run, files);
    },
    routes: {
      'POST /api/bulk/tags': start('bulk-tags'),
      'POST /api/tags/rewrite': start('tag-rename'),
      'GET /api/runs/:runId': (request) => {
        const run = find(request);
        if (!options.manual) advance(run, options.step ?? Infinity);
        return { body: { ...run.details } };
      },
      'POST /api/runs/:runId/cancel': (request) => {
        const { details, fileIds } = find(request);
        if (details.status === 'running') {
          details.notSentIds = fileIds.slice(details.done);
          details.notSent = details.notSentIds.length;
          details.done = details.total;
          details.status = 'cancelled';
        }
        return { body: { ...details } };
      },
    } satisfies Record<string, StubHandler>,
  };
}
