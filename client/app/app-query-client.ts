import { forgetSession } from '../api/session/session-cache.ts';
import type { NoticeStore } from '../lib/notices.ts';
import { createQueryClient, type QueryClientOptions } from '../lib/query-client.ts';

/**
 * The app's query client: errors become notices, and a 401 from any call forgets the session,
 * which sends the user to the sign-in page through the session guard.
 */
export function createAppQueryClient(notices: NoticeStore, options: QueryClientOptions = {}) {
  const queryClient = createQueryClient(
    {
      notify: (message) => notices.push(message),
      onUnauthenticated: () => forgetSession(queryClient, { keepLoadedData: true }),
    },
    options,
  );
  return queryClient;
}
