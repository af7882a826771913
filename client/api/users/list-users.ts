import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UserSummary } from '../../../common/api/users.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { userKeys } from './user-keys.ts';

/** Every user of the app (admins only). */
export async function listUsers(signal?: AbortSignal): Promise<UserSummary[]> {
  const answer = await apiRequest<{ users: UserSummary[] }>('/api/users', { signal });
  return answer.users;
}

export const usersQueryOptions = () =>
  queryOptions({
    queryKey: userKeys.list(),
    queryFn: ({ signal }) => listUsers(signal),
    // The page explains a 403 itself ("needs the admin role").
    meta: { errorNotice: false },
  });

export function useUsers() {
  return useQuery(usersQueryOptions());
}
