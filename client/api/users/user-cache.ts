import type { QueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../../common/api/session.ts';
import type { UserSummary } from '../../../common/api/users.ts';
import { refreshSession } from '../session/session-cache.ts';
import { sessionKeys } from '../session/session-keys.ts';
import { userKeys } from './user-keys.ts';

export type UserChange =
  | { kind: 'added' | 'updated'; user: UserSummary }
  /** `signedOut`: every session of the user ended. */
  | { kind: 'deleted' | 'signedOut'; username: string };

/** The one place that knows what a change to a user makes stale: the user list, and the session. */
export function refreshAfterUserChange(queryClient: QueryClient, change: UserChange): void {
  const username = 'user' in change ? change.user.username : change.username;
  if (change.kind === 'added') {
    void queryClient.invalidateQueries({ queryKey: userKeys.list() });
  } else if (change.kind === 'updated') {
    const { user } = change;
    queryClient.setQueryData<UserSummary[]>(userKeys.list(), (users) =>
      users?.map((u) => (u.username === username ? user : u)),
    );
  } else if (change.kind === 'deleted') {
    queryClient.setQueryData<UserSummary[]>(userKeys.list(), (users) =>
      users?.filter((u) => u.username !== username),
    );
  }
  // An admin who changed their own account: the session knows better now (role, or ended).
  const session = queryClient.getQueryData<SessionInfo | null>(sessionKeys.current());
  if (session?.user.username === username) refreshSession(queryClient);
}
