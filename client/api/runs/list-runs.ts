import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RunsAnswer } from '../../../common/api/runs.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { runKeys } from './run-keys.ts';

/** While a run goes, the list is asked again this often, so its counts move. */
export const RUNS_POLL_MS = 1000;

/** The latest runs, newest first: who, when, what, how many files, failures. */
export function listRuns(signal?: AbortSignal): Promise<RunsAnswer> {
  return apiRequest<RunsAnswer>('/api/runs', { signal });
}

export const runsQueryOptions = () =>
  queryOptions({
    queryKey: runKeys.lists(),
    queryFn: ({ signal }) => listRuns(signal),
    select: (answer) => answer.runs,
    refetchInterval: (query) =>
      query.state.data?.runs.some((run) => run.status === 'running') ? RUNS_POLL_MS : false,
  });

export function useRuns() {
  return useQuery(runsQueryOptions());
}
