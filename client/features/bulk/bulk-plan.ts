import type { RunDetails, RunSummary, TagRewrite } from '../../../common/api/runs.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import type { FileQuery } from '../../lib/file-query.ts';
import type { TagChange } from './bulk-change.ts';

/** What one run changes, and on which files. The server runs it; this side follows it. */
export type BulkPlan =
  /** Files the user picked one by one. */
  | { kind: 'files'; fileIds: readonly string[]; change: TagChange }
  /** Every file a query matches: the server picks them (up to 10,000). */
  | { kind: 'query'; query: FileQuery; count: number; change: TagChange }
  /** The files a query matches that pass `keep`, found page by page first ("all results" less some). */
  | {
      kind: 'find';
      query: FileQuery;
      keep(file: FileDetails): boolean;
      count: number;
      change: TagChange;
    }
  /** A tag renamed, merged or deleted across the library; `change` describes it. */
  | { kind: 'rewrite'; rewrite: TagRewrite; count: number; change: TagChange };

export interface RunProgress {
  phase: 'finding' | 'sending';
  done: number;
  total: number;
  canCancel: boolean;
}

export type BulkFailure = RunDetails['failures'][number];

export interface PlanOutcome {
  /** The runs that made the change, in order: what Undo takes back. */
  runIds: string[];
  updated: number;
  /** The files updated, when known here (picked files), to refresh just those. */
  updatedIds: string[] | null;
  failed: BulkFailure[];
  /** Files never sent: the run was cancelled or stopped first. */
  notSent: string[];
  /** Why it stopped early, when that was not the user's choice. */
  stopReason: string | null;
  cancelled: boolean;
}

export interface PlanDeps {
  start(
    request: { fileIds: string[] } | { query: FileQuery },
    change: TagChange,
  ): Promise<RunSummary>;
  startRewrite(rewrite: TagRewrite): Promise<RunSummary>;
  follow(runId: string, onProgress: (run: RunDetails) => void): Promise<RunDetails>;
  findFiles(
    query: FileQuery,
    onProgress: (found: number, total: number) => void,
    signal: AbortSignal,
  ): Promise<FileDetails[]>;
  onProgress(progress: RunProgress): void;
  /** Each run as it starts, so that Cancel can reach it. */
  onRunStarted(runId: string): void;
  /** Aborted when the user cancels, so a long search for files stops too. */
  signal: AbortSignal;
  /** The files a `find` plan found, for naming them if they fail. */
  onFound?(files: readonly FileDetails[]): void;
  describeError(error: unknown): string;
}

async function follow(deps: PlanDeps, run: RunSummary, outcome: PlanOutcome): Promise<RunDetails> {
  deps.onRunStarted(run.id);
  outcome.runIds.push(run.id);
  const ended = await deps.follow(run.id, (now) =>
    deps.onProgress({ phase: 'sending', done: now.done, total: now.total, canCancel: true }),
  );
  outcome.failed.push(...ended.failures);
  outcome.notSent.push(...ended.notSentIds);
  if (ended.status === 'stopped') outcome.stopReason = ended.stopReason;
  if (ended.status === 'cancelled') outcome.cancelled = true;
  return ended;
}

async function findFileIds(plan: Extract<BulkPlan, { kind: 'find' }>, deps: PlanDeps) {
  const progress = (done: number, total: number) =>
    deps.onProgress({ phase: 'finding', done, total, canCancel: true });
  progress(0, plan.count);
  const kept = (await deps.findFiles(plan.query, progress, deps.signal)).filter(plan.keep);
  deps.onFound?.(kept);
  return kept.map((file) => file.fileId);
}

/** Starts the plan's run; answers it with the files it names, when they are known here. */
async function startRun(plan: BulkPlan, deps: PlanDeps) {
  const sending = (total: number) =>
    deps.onProgress({ phase: 'sending', done: 0, total, canCancel: false });
  if (plan.kind === 'rewrite' || plan.kind === 'query') {
    sending(plan.count);
    const run =
      plan.kind === 'rewrite'
        ? await deps.startRewrite(plan.rewrite)
        : await deps.start({ query: plan.query }, plan.change);
    return { run, fileIds: null };
  }
  const fileIds = plan.kind === 'files' ? [...plan.fileIds] : await findFileIds(plan, deps);
  sending(fileIds.length);
  return { run: await deps.start({ fileIds }, plan.change), fileIds };
}

/** Starts the plan's run on the server and follows it to its end; never throws. */
export async function runPlan(plan: BulkPlan, deps: PlanDeps): Promise<PlanOutcome> {
  const outcome: PlanOutcome = {
    runIds: [],
    updated: 0,
    updatedIds: null,
    failed: [],
    notSent: [],
    stopReason: null,
    cancelled: false,
  };
  try {
    const { run, fileIds } = await startRun(plan, deps);
    const ended = await follow(deps, run, outcome);
    outcome.updated = ended.updated;
    if (fileIds) {
      const left = new Set([...ended.failures.map((f) => f.fileId), ...ended.notSentIds]);
      outcome.updatedIds = fileIds.filter((id) => !left.has(id));
    }
  } catch (error) {
    // Cancelled while finding the files: nothing was sent, and nothing went wrong.
    if (deps.signal.aborted && outcome.runIds.length === 0) outcome.cancelled = true;
    else outcome.stopReason = deps.describeError(error);
  }
  return outcome;
}
