import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client.ts';

/** What a query or mutation may say about its errors. */
export interface AppMeta extends Record<string, unknown> {
  /** `false` when the component shows the error itself (form-level messages). */
  errorNotice?: false;
}

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: AppMeta;
    mutationMeta: AppMeta;
  }
}

export interface QueryClientHooks {
  /** Shows an error to the user; the one notice path of the app. */
  notify(message: string): void;
  /** Called on any 401: the session is gone. */
  onUnauthenticated(): void;
}

const MAX_RETRIES = 2;

/** 4xx answers will not change by asking again (429 has its own Retry-After, shown to the user). */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

/** The sentence shown for an error, with the wait when the server asked for one. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) {
    return error.retryAfter !== null && error.status === 429
      ? `${error.message} Try again in ${error.retryAfter} s.`
      : error.message;
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

function handleError(hooks: QueryClientHooks, error: unknown, meta: AppMeta | undefined): void {
  if (isApiError(error) && error.status === 401) {
    hooks.onUnauthenticated();
    return;
  }
  if (meta?.errorNotice === false) return;
  hooks.notify(errorMessage(error));
}

export interface QueryClientOptions {
  /** Tests pass false so failures show at once. */
  retry?: false;
}

export function createQueryClient(hooks: QueryClientHooks, options: QueryClientOptions = {}) {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => handleError(hooks, error, query.meta),
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) =>
        handleError(hooks, error, mutation.options.meta),
    }),
    defaultOptions: {
      queries: {
        retry: options.retry ?? shouldRetry,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
